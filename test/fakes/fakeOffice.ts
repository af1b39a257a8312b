/**
 * A small fake of the `Office` global for the parts the add-in touches outside Excel's object
 * model: Office.onReady, requirement sets, the display language, function-command registration
 * (Office.actions.associate) and the dialog API. It records dialogs so tests can read what the
 * user was shown and answer as the user would (press a button, close the dialog).
 */
export interface RecordedDialog {
  url: string;
  options: { height?: number; width?: number; displayInIframe?: boolean };
  closed: boolean;
  /** The dialog page sending a message to the command (its button). */
  sendMessage(message: string): void;
  /** The user closing the dialog with its X (Office reports event 12006). */
  closeByUser(): void;
}

export interface FakeOfficeOptions {
  /** Highest ExcelApi version supported, e.g. "1.13"; null: no ExcelApi at all. */
  excelApi?: string | null;
  displayLanguage?: string;
  /** When set, displayDialogAsync fails with this code (e.g. 12007: a dialog is already open). */
  dialogError?: number;
  /**
   * How long a dialog the add-in closed still counts as open. `Dialog.close` is asynchronous:
   * "if you call displayDialogAsync immediately after a call of close, the first dialog may not
   * have completely closed when Office attempts to open the second. If that happens, Office will
   * return a 12007 error" (office-js-docs-pr docs/develop/dialog-best-practices.md; office-js
   * issue 1451). Default 40 ms. A dialog the user closes with its X is gone at once (office-js
   * issue 6021: reopening after the X works).
   */
  dialogCloseMs?: number;
  /** When set, Office.onReady resolves only after this many ms (a cold webview, a heavy workbook). */
  readyAfterMs?: number;
}

function versionAtLeast(have: string, want: string): boolean {
  const [hMajor, hMinor = 0] = have.split(".").map(Number);
  const [wMajor, wMinor = 0] = want.split(".").map(Number);
  return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
}

export class FakeOffice {
  readonly dialogs: RecordedDialog[] = [];
  /** The dialog Office still holds open for the add-in (until its asynchronous close ends). */
  private activeDialog: RecordedDialog | null = null;
  readonly actions = new Map<string, (event: unknown) => unknown>();
  /** displayDialogAsync calls refused with 12007 because a dialog was still closing. */
  refusedOpens = 0;
  private previous: unknown = undefined;
  readonly namespace: Record<string, unknown>;

  constructor(readonly options: FakeOfficeOptions = {}) {
    const excelApi = options.excelApi === undefined ? "1.17" : options.excelApi;
    const self = this;
    const info = { host: "Excel", platform: "OfficeOnline" };
    this.namespace = {
      HostType: { Excel: "Excel" },
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady(callback?: (i: typeof info) => unknown) {
        const delay = options.readyAfterMs;
        if (delay === undefined) {
          callback?.(info);
          return Promise.resolve(info);
        }
        return new Promise((resolve) =>
          setTimeout(() => {
            callback?.(info);
            resolve(info);
          }, delay),
        );
      },
      context: {
        displayLanguage: options.displayLanguage ?? "vi-VN",
        requirements: {
          isSetSupported(name: string, version?: string): boolean {
            if (name !== "ExcelApi" || excelApi === null) return false;
            return versionAtLeast(excelApi, version ?? "1.1");
          },
        },
        ui: {
          displayDialogAsync(
            url: string,
            dialogOptions: RecordedDialog["options"],
            callback: (r: unknown) => void,
          ) {
            self.openDialog(url, dialogOptions, callback);
          },
        },
      },
      actions: {
        associate(name: string, fn: (event: unknown) => unknown) {
          self.actions.set(name, fn);
        },
      },
    };
  }

  private openDialog(
    url: string,
    options: RecordedDialog["options"],
    callback: (r: unknown) => void,
  ): void {
    const refuse = (code: number, message: string): void => {
      setTimeout(() => callback({ status: "failed", error: { code, message } }), 0);
    };
    if (this.options.dialogError !== undefined) {
      refuse(this.options.dialogError, `Dialog error ${this.options.dialogError}`);
      return;
    }
    if (this.activeDialog) {
      refuse(12007, "The operation failed because this add-in already has an active dialog.");
      this.refusedOpens += 1;
      return;
    }
    const handlers = new Map<string, (arg: unknown) => void>();
    const dialog: RecordedDialog = {
      url,
      options,
      closed: false,
      sendMessage: (message) =>
        handlers.get("dialogMessageReceived")?.({ message, origin: "https://localhost:3000" }),
      closeByUser: () => {
        dialog.closed = true;
        if (this.activeDialog === dialog) this.activeDialog = null;
        handlers.get("dialogEventReceived")?.({ error: 12006 });
      },
    };
    const officeDialog = {
      addEventHandler: (type: string, handler: (arg: unknown) => void) =>
        handlers.set(type, handler),
      close: () => {
        dialog.closed = true;
        setTimeout(() => {
          if (this.activeDialog === dialog) this.activeDialog = null;
        }, this.options.dialogCloseMs ?? 40);
      },
    };
    this.activeDialog = dialog;
    // The dialog is "open" for the test once the add-in has had its callback and registered its
    // handlers, as in Office, where messages can arrive only after that.
    setTimeout(() => {
      callback({ status: "succeeded", value: officeDialog });
      this.dialogs.push(dialog);
    }, 0);
  }

  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    this.previous = g.Office;
    g.Office = this.namespace;
    return () => {
      g.Office = this.previous;
    };
  }

  /** Runs a ribbon function as Excel does and resolves when it calls event.completed(). */
  async invoke(name: string): Promise<{ completedCalls: number }> {
    const fn = this.actions.get(name);
    if (!fn) throw new Error(`no function associated with ${name}`);
    let completedCalls = 0;
    let resolveDone!: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const event = {
      source: { id: name },
      completed: () => {
        completedCalls += 1;
        resolveDone();
      },
    };
    fn(event);
    await done;
    // Let anything still running after completed() (it should not) show up as an extra call.
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { completedCalls };
  }

  /** Waits until the n-th dialog (1-based) is open. */
  async dialog(n = 1): Promise<RecordedDialog> {
    for (let i = 0; i < 2000 && this.dialogs.length < n; i++)
      await new Promise((r) => setTimeout(r, 1));
    const dialog = this.dialogs[n - 1];
    if (!dialog) throw new Error(`dialog ${n} was never opened`);
    return dialog;
  }
}
