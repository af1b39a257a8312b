/**
 * The error every host raises for the user to see (the task pane's message bars, the ribbon's
 * dialog): a code, and what went wrong and what to do in Vietnamese and English.
 */
export class HostError extends Error {
  readonly code: string;
  readonly messages: { vi: string; en: string };

  constructor(code: string, messages: { vi: string; en: string }, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = "HostError";
    this.code = code;
    this.messages = messages;
  }
}
