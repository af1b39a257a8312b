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
}

function versionAtLeast(have: string, want: string): boolean {
  const [hMajor, hMinor = 0] = have.split(".").map(Number);
  const [wMajor, wMinor = 0] = want.split(".").map(Number);
  return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
}

export class FakeOffice {
  readonly dialogs: RecordedDialog[] = [];
  readonly actions = new Map<string, (event: unknown) => unknown>();
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
        callback?.(info);
        return Promise.resolve(info);
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
    if (this.options.dialogError !== undefined) {
      const code = this.options.dialogError;
      setTimeout(
        () => callback({ status: "failed", error: { code, message: `Dialog error ${code}` } }),
        0,
      );
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
        handlers.get("dialogEventReceived")?.({ error: 12006 });
      },
    };
    const officeDialog = {
      addEventHandler: (type: string, handler: (arg: unknown) => void) =>
        handlers.set(type, handler),
      close: () => {
        dialog.closed = true;
      },
    };
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
