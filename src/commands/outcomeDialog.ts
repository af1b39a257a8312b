/**
 * Shows a command's outcome in the dialog page and waits until the user is done with it: the
 * dialog's button asks to open the report sheet (the command activates it, then closes the
 * dialog), "Đóng" or the dialog's own X closes it. Resolves when the dialog is gone, so the command
 * can then call event.completed(); a safety timer closes it before Office ends the command (about
 * five minutes after it started).
 */
/* global Office */
import { HostError } from "../host";
import { dialogUrl, type DialogData, type DialogMessage } from "./dialogData";

/** Percent of the screen (desktop) or window (web). */
export const DIALOG_SIZE = { height: 52, width: 36 };
/** Office closes a function command after about 5 minutes; close the dialog a little before. */
export const DIALOG_TIMEOUT_MS = 270_000;

/** The dialog could not be opened (Office's dialog error code, e.g. 12007: one is already open). */
export class DialogOpenError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "DialogOpenError";
  }
}

export interface OutcomeDialogOptions {
  /** The URL the dialog page is found next to (commands.html's own address). */
  baseUrl: string;
  /** Opens the report sheet when the dialog's button asks for it. */
  openReport?: () => Promise<void>;
  timeoutMs?: number;
}

function messageOf(arg: unknown): DialogMessage | null {
  const message = (arg as { message?: unknown } | null)?.message;
  return message === "openReport" || message === "close" ? message : null;
}

export function showOutcomeDialog(data: DialogData, options: OutcomeDialogOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(data, options.baseUrl),
      { ...DIALOG_SIZE, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new DialogOpenError(result.error.code, result.error.message));
          return;
        }
        const dialog = result.value;
        let finished = false;
        const finish = (error?: HostError): void => {
          if (finished) return;
          finished = true;
          clearTimeout(timer);
          dialog.close();
          if (error) reject(error);
          else resolve();
        };
        const timer = setTimeout(() => finish(), options.timeoutMs ?? DIALOG_TIMEOUT_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if (messageOf(arg) === "openReport" && options.openReport) {
            options.openReport().then(
              () => finish(),
              (error: unknown) => finish(error instanceof HostError ? error : undefined),
            );
          } else {
            finish();
          }
        });
        // The user closed the dialog (12006), or its page failed to load: either way it is gone.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          finished = true;
          clearTimeout(timer);
          resolve();
        });
      },
    );
  });
}
