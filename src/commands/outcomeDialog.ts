/**
 * Shows a command's outcome in the dialog page and waits until the user is done with it: the
 * dialog's button asks to open the report sheet (the command activates it, then closes the
 * dialog), "Đóng" or the dialog's own X closes it. Resolves when the dialog is gone, so the command
 * can then call event.completed(); a timer closes it first when the command's time runs out
 * (commandBudget.ts).
 *
 * `Dialog.close` is asynchronous and takes no callback: "if you call displayDialogAsync
 * immediately after a call of close, the first dialog may not have completely closed when Office
 * attempts to open the second. If that happens, Office will return a 12007 error"; Microsoft's
 * answer is to try again while it returns 12007 (office-js-docs-pr
 * docs/develop/dialog-best-practices.md, "Opening another dialog immediately after closing one";
 * office-js issue 1451, "dialog.close is incorrectly asynchronous"). So does `openDialog`, briefly.
 */
/* global Office */
import { HostError } from "../host";
import type { CommandClock } from "./commandBudget";
import { dialogUrl, type DialogData, type DialogMessage } from "./dialogData";

/** Percent of the screen (desktop) or window (web). */
export const DIALOG_SIZE = { height: 52, width: 36 };
/** Office's code for "this add-in already has an active dialog". */
export const DIALOG_ALREADY_OPEN = 12007;
/** How a dialog is tried again while the previous one is still closing. */
export const DIALOG_RETRY = { delayMs: 250, attempts: 20 };

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
  /** The command closes the dialog after this long, before its own time runs out. */
  closeAfterMs: number;
  clock: CommandClock;
  retry?: { delayMs: number; attempts: number };
}

function messageOf(arg: unknown): DialogMessage | null {
  const message = (arg as { message?: unknown } | null)?.message;
  return message === "openReport" || message === "close" ? message : null;
}

function displayDialog(url: string): Promise<Office.Dialog> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { ...DIALOG_SIZE, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new DialogOpenError(result.error.code, result.error.message));
        } else {
          resolve(result.value);
        }
      },
    );
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a dialog, trying again while Office answers 12007 (the previous one is still closing). */
export async function openDialog(
  url: string,
  retry: { delayMs: number; attempts: number } = DIALOG_RETRY,
): Promise<Office.Dialog> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await displayDialog(url);
    } catch (error) {
      const busy = error instanceof DialogOpenError && error.code === DIALOG_ALREADY_OPEN;
      if (!busy || attempt >= retry.attempts) throw error;
      await pause(retry.delayMs);
    }
  }
}

export async function showOutcomeDialog(
  data: DialogData,
  options: OutcomeDialogOptions,
): Promise<void> {
  const dialog = await openDialog(dialogUrl(data, options.baseUrl), options.retry);
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const finish = (error?: HostError): void => {
      if (finished) return;
      finished = true;
      cancelTimer();
      dialog.close();
      if (error) reject(error);
      else resolve();
    };
    const cancelTimer = options.clock.after(options.closeAfterMs, () => finish());
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
      if (finished) return;
      finished = true;
      cancelTimer();
      resolve();
    });
  });
}
