/**
 * The request/response machinery of the fake: a RequestContext that queues actions, runs them on
 * `sync()`, counts syncs and measures each request's and response's JSON size, and enforces Excel
 * on the web's limits (5 MB per request and per response, 5,000,000 cells per read). Errors carry
 * Office.js codes (`error.code`), like OfficeExtension.Error.
 */
import { Buffer } from "node:buffer";
import type { FakeSheet, FakeWorkbook } from "./fakeModel";
import { areaA1, type Area } from "./fakeAddress";

export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const WEB_MAX_CELLS_PER_READ = 5_000_000;
/** Bytes the real protocol spends per action (object path, method, ids), on top of the arguments. */
export const ACTION_OVERHEAD_BYTES = 64;

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The error code when the sync failed. */
  error: string | null;
}

export interface FakeLimits {
  requestBytes: number;
  responseBytes: number;
  cellsPerRead: number;
}

/**
 * The messages of the errors the fake raises, in the language of Office's UI. An Office.js error's
 * message is "passed through from the Office application" (OfficeExtension.Error.message, Office.js
 * reference), in that application's language: @microsoft/office-js ships its own per locale
 * (dist/vi-vn/office_strings.js: L_PermissionDenied "Từ chối Quyền", L_InvalidOperationInCellEditMode
 * "Excel đang ở chế độ chỉnh sửa ô…"). Only `code` is stable across languages.
 */
const MESSAGES = {
  protectedSheet: {
    "en-US":
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    "vi-VN":
      "Ô hoặc biểu đồ mà bạn đang tìm cách thay đổi nằm trên trang tính được bảo vệ. Để thực hiện thay đổi, hãy bỏ bảo vệ trang tính.",
  },
  readOnly: {
    "en-US": "You cannot perform the requested operation. The workbook is read-only.",
    "vi-VN": "Bạn không thể thực hiện thao tác được yêu cầu. Sổ làm việc ở chế độ chỉ đọc.",
  },
  structureProtected: {
    "en-US": "The workbook structure is protected.",
    "vi-VN": "Cấu trúc sổ làm việc được bảo vệ.",
  },
  cellEditMode: {
    "en-US":
      "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
    "vi-VN":
      "Excel đang ở chế độ chỉnh sửa ô. Vui lòng thoát chế độ chỉnh sửa bằng cách nhấn ENTER hoặc TAB hay chọn một ô khác, rồi thử lại.",
  },
  generalException: {
    "en-US": "An internal error has occurred while processing the request.",
    "vi-VN": "Đã xảy ra lỗi nội bộ khi xử lý yêu cầu.",
  },
  invalidSelection: {
    "en-US": "The current selection is invalid for this operation.",
    "vi-VN": "Vùng chọn hiện tại không hợp lệ cho thao tác này.",
  },
} as const;

export type FakeOfficeLanguage = "en-US" | "vi-VN";

/** The fake's error of `code`, with its message in the environment's Office language. */
export function officeError(
  env: FakeEnvironment,
  code: string,
  message: keyof typeof MESSAGES,
): FakeOfficeError {
  return new FakeOfficeError(code, MESSAGES[message][env.officeLanguage]);
}

/** Everything the fake shares between contexts: the workbook, the limits, the recorded syncs. */
export class FakeEnvironment {
  readonly syncs: SyncRecord[] = [];
  limits: FakeLimits = {
    requestBytes: WEB_PAYLOAD_LIMIT_BYTES,
    responseBytes: WEB_PAYLOAD_LIMIT_BYTES,
    cellsPerRead: WEB_MAX_CELLS_PER_READ,
  };
  /** While true every sync fails as when the user is typing in a cell. */
  cellEditMode = false;
  /** The language of Office's UI, which error messages come in. */
  officeLanguage: FakeOfficeLanguage = "en-US";
  /**
   * While true another workbook has the focus (Excel on Windows or Mac with several workbooks
   * open): the calls Microsoft lists fail as it says (office-js-docs-pr
   * docs/excel/excel-add-ins-troubleshooting.md, "API limitations when the active workbook
   * switches"): Worksheet.activate, Range.select, WorksheetCollection.add and
   * WorksheetFreezePanes.freezeRows with GeneralException, Worksheet.delete with
   * InvalidSelection. Everything else works.
   */
  otherWorkbookActive = false;
  /** Sheets whose Range.values load comes back null (as Excel on the web sometimes does). */
  readonly nullValuesOnSheets = new Set<string>();
  /** How many merged areas each getMergedAreasOrNullObject call met, in call order. */
  readonly mergedAreaCalls: number[] = [];
  /**
   * Called as each sync starts, with its 1-based number: where a test makes something happen
   * between two syncs (a co-author protecting a sheet, the clerk switching workbooks, time passing).
   */
  onSync: ((sync: number) => void) | null = null;
  /** When set, the sync with this 1-based number fails with this code after running its first actions. */
  failOnSync: { sync: number; afterActions: number; code: string } | null = null;

  constructor(readonly workbook: FakeWorkbook) {}

  /** Cell changes made by the add-in during the sync in progress, fired to listeners afterwards. */
  pendingChanges: { sheet: FakeSheet; area: Area }[] = [];
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

interface QueuedAction {
  requestBytes: number;
  /** Runs the action; returns the response bytes and a commit that publishes loaded values. */
  run(): { responseBytes: number; commit?: () => void } | void;
}

export class FakeContext {
  private queue: QueuedAction[] = [];

  constructor(readonly env: FakeEnvironment) {}

  enqueue(args: unknown, run: QueuedAction["run"]): void {
    this.queue.push({ requestBytes: ACTION_OVERHEAD_BYTES + jsonBytes(args), run });
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const queue = this.queue;
    this.queue = [];
    const env = this.env;
    const record: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      actions: queue.length,
      error: null,
    };
    env.syncs.push(record);
    env.pendingChanges = [];
    env.onSync?.(env.syncs.length);
    for (const action of queue) record.requestBytes += action.requestBytes;
    try {
      if (env.cellEditMode) {
        throw officeError(env, "InvalidOperationInCellEditMode", "cellEditMode");
      }
      if (record.requestBytes > env.limits.requestBytes) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit.",
        );
      }
      const commits: (() => void)[] = [];
      const fail =
        env.failOnSync && env.failOnSync.sync === env.syncs.length ? env.failOnSync : null;
      queue.forEach((action, index) => {
        if (fail && index === fail.afterActions)
          throw new FakeOfficeError(fail.code, `Injected failure (${fail.code}).`);
        const result = action.run();
        if (result) {
          record.responseBytes += result.responseBytes;
          if (result.commit) commits.push(result.commit);
        }
      });
      if (record.responseBytes > env.limits.responseBytes) {
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        );
      }
      for (const commit of commits) commit();
    } catch (error) {
      record.error = error instanceof FakeOfficeError ? error.code : "GeneralException";
      throw error;
    } finally {
      this.fireChanges();
    }
  }

  /** Excel raises onChanged for the add-in's own writes too (triggerSource "ThisLocalAddin"). */
  private fireChanges(): void {
    const changes = this.env.pendingChanges;
    this.env.pendingChanges = [];
    for (const { sheet, area } of changes) {
      if (sheet.changeListeners.size === 0) continue;
      const listeners = [...sheet.changeListeners];
      setTimeout(() => {
        for (const listener of listeners) {
          listener({
            address: areaA1(area),
            changeType: "RangeEdited",
            triggerSource: "ThisLocalAddin",
          });
        }
      }, 0);
    }
  }

  /** Marks an area written by the add-in (for change events). */
  noteWrite(sheet: FakeSheet, area: Area): void {
    this.env.pendingChanges.push({ sheet, area });
  }
}

/**
 * The base of every proxy: lazy resolution at sync time (memoised, like an Office.js object path),
 * `load()` queueing a read whose values appear only after a successful sync, and property access
 * that throws PropertyNotLoaded when the add-in forgot to load.
 */
export abstract class FakeProxy<T> {
  private resolved: { value: T } | null = null;
  protected loaded: Record<string, unknown> = {};

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T,
  ) {}

  /** The Excel object this proxy stands for; throws an Office.js error when it does not exist. */
  target(): T {
    if (!this.resolved) this.resolved = { value: this.resolver() };
    return this.resolved.value;
  }

  /** Reads one property of the resolved target for a load. */
  protected abstract readProperty(name: string, target: NonNullable<T>): unknown;

  load(spec?: string | string[]): this {
    const names = parseLoadSpec(spec);
    this.context.enqueue({ load: names }, () => {
      const target = this.target();
      const values: Record<string, unknown> = { isNullObject: target === null };
      let responseBytes = 0;
      for (const name of names) {
        const value = target === null ? null : this.readProperty(name, target as NonNullable<T>);
        values[name] = value;
        responseBytes += jsonBytes(value) + name.length + 4;
      }
      return {
        responseBytes,
        commit: () => {
          this.loaded = { ...this.loaded, ...values };
        },
      };
    });
    return this;
  }

  /** True when an ...OrNullObject call found nothing (known after a load and a sync). */
  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  protected get<V>(name: string): V {
    if (!(name in this.loaded)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded[name] as V;
  }

  /** Queues a property write; `apply` runs at sync time on the resolved target. */
  protected queueWrite(args: unknown, apply: (target: NonNullable<T>) => void): void {
    this.context.enqueue(args, () => {
      const target = this.target();
      if (target === null) throw itemNotFound("write to a null object");
      apply(target as NonNullable<T>);
    });
  }

  /** Values loaded through a collection's `items/...` load. */
  acceptLoaded(values: Record<string, unknown>): void {
    this.loaded = { ...this.loaded, ...values, isNullObject: false };
  }

  toJSON(): Record<string, unknown> {
    return { ...this.loaded };
  }
}

export function parseLoadSpec(spec?: string | string[]): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

export interface AreasTarget {
  sheet: FakeSheet;
  areas: Area[];
}

/** Office.js refuses writes to a deleted sheet, a protected sheet or a read-only workbook. */
export function assertWritable(context: FakeContext, sheet: FakeSheet): void {
  const workbook = context.env.workbook;
  if (!workbook.sheets.includes(sheet)) throw itemNotFound(`worksheet '${sheet.name}' was deleted`);
  if (workbook.readOnly) throw officeError(context.env, "AccessDenied", "readOnly");
  if (sheet.protected) throw officeError(context.env, "AccessDenied", "protectedSheet");
}

/** The calls Excel refuses while another workbook has the focus (see FakeEnvironment). */
export function assertWorkbookActive(
  context: FakeContext,
  code: "GeneralException" | "InvalidSelection" = "GeneralException",
): void {
  if (!context.env.otherWorkbookActive) return;
  throw officeError(
    context.env,
    code,
    code === "GeneralException" ? "generalException" : "invalidSelection",
  );
}
