/**
 * An error the command line reports to the user in their language and ends with an exit status;
 * anything else that is thrown is a fault in the program (exit 70, stack trace with --debug).
 */
import type { ExitCode } from "./exitCodes";
import type { CommandName } from "./usage";

export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export class CliError extends Error {
  readonly messages: BilingualText;
  readonly exitCode: ExitCode;

  constructor(messages: BilingualText, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = "CliError";
    this.messages = messages;
    this.exitCode = exitCode;
  }
}

/** A mistake on the command line: the usage text follows the message. */
export class UsageError extends CliError {
  /** The command whose usage to show, or null for the general usage. */
  readonly command: CommandName | null;

  constructor(messages: BilingualText, command: CommandName | null) {
    super(messages, 64);
    this.name = "UsageError";
    this.command = command;
  }
}
