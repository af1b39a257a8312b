/**
 * A recording fake of the Excel JavaScript API: an in-memory workbook behind the subset of
 * Office.js the add-in's edge (src/excel) uses. It counts `context.sync()` calls, measures each
 * request's and response's JSON size, enforces Excel on the web's 5 MB limits, and raises errors
 * with Office.js codes. Install it as the global `Excel` for a test, load a WorkbookGrid (or an
 * .xlsx through the command line's reader, see xlsxWorkbook.ts), run the edge, and inspect the
 * workbook or a snapshot of it.
 */
import { isFormulaWithoutResult, type CellValue, type WorkbookGrid } from "../../src/core";
import { areaA1, parseArea, splitAreaList } from "./excel/fakeAddress";
import {
  FakeContext,
  FakeEnvironment,
  FakeOfficeError,
  type SyncRecord,
} from "./excel/fakeContext";
import { FakeSheet, FakeWorkbook, type FakeValue } from "./excel/fakeModel";
import { officeValue } from "./excel/fakeRange";
import { FakeWorkbookProxy } from "./excel/fakeWorksheet";

export { FakeOfficeError, FakeSheet, FakeWorkbook };
export { WEB_PAYLOAD_LIMIT_BYTES, WEB_MAX_CELLS_PER_READ } from "./excel/fakeContext";

class RecordingRequestContext extends FakeContext {
  readonly workbook: FakeWorkbookProxy;

  constructor(env: FakeEnvironment) {
    super(env);
    this.workbook = new FakeWorkbookProxy(this);
  }
}

/** The enums and entry points the edge reads from the global `Excel`. */
function excelNamespace(env: FakeEnvironment): Record<string, unknown> {
  class RequestContext extends RecordingRequestContext {
    constructor() {
      super(env);
    }
  }
  return {
    RequestContext,
    async run<T>(batch: (context: RecordingRequestContext) => Promise<T>): Promise<T> {
      const context = new RecordingRequestContext(env);
      const result = await batch(context);
      if (context.pendingActions > 0) await context.sync();
      return result;
    },
    ConditionalFormatType: {
      custom: "Custom",
      cellValue: "CellValue",
      containsText: "ContainsText",
    },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    PaperType: { a4: "A4", letter: "Letter" },
    RangeCopyType: { all: "All", formats: "Formats", values: "Values", formulas: "Formulas" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    RangeValueType: {
      unknown: "Unknown",
      empty: "Empty",
      string: "String",
      integer: "Integer",
      double: "Double",
      boolean: "Boolean",
      error: "Error",
      richValue: "RichValue",
    },
    EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
    RangeUnderlineStyle: { none: "None", single: "Single", double: "Double" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
    },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      generalException: "GeneralException",
    },
  };
}

export interface CellSnapshot {
  value?: string | number | boolean;
  numberFormat?: string;
  formula?: string;
  style?: Record<string, unknown>;
  hyperlink?: Record<string, unknown>;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  protected: boolean;
  freezeRows: number;
  cells: Record<string, CellSnapshot>;
  merges: string[];
  conditionalFormats: {
    ranges: string[];
    formula: string;
    fill: string | null;
    font: string | null;
    priority: number;
    stopIfTrue: boolean;
  }[];
  columnWidths: Record<string, number>;
  pageLayout: FakeSheet["pageLayout"];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  properties: Record<string, string | number | boolean>;
}

export interface LoadOptions {
  /** Custom document properties (the stamp lives there). */
  properties?: Record<string, string>;
}

export class RecordingExcel {
  readonly workbook = new FakeWorkbook();
  readonly env = new FakeEnvironment(this.workbook);
  readonly namespace = excelNamespace(this.env);
  private previous: unknown = undefined;

  /** Installs the fake as `globalThis.Excel`; returns the function that restores the previous one. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    this.previous = g.Excel;
    g.Excel = this.namespace;
    return () => {
      g.Excel = this.previous;
    };
  }

  /**
   * Excel.run on the fake: a fresh context, the batch, and a final sync of anything left queued.
   * While the batch runs, `globalThis.Excel` is this fake's namespace (the edge reads enums such
   * as `Excel.ConditionalFormatType` from it), unless a test installed it for longer.
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const g = globalThis as Record<string, unknown>;
    const installedBefore = g.Excel;
    g.Excel = this.namespace;
    try {
      const context = this.context();
      const result = await batch(context);
      if ((context as unknown as FakeContext).pendingActions > 0) await context.sync();
      return result;
    } finally {
      g.Excel = installedBefore;
    }
  }

  /** A context as `new Excel.RequestContext()` gives, for calling edge functions directly. */
  context(): Excel.RequestContext {
    return new RecordingRequestContext(this.env) as unknown as Excel.RequestContext;
  }

  get syncs(): readonly SyncRecord[] {
    return this.env.syncs;
  }

  get syncCount(): number {
    return this.env.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.env.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.env.syncs.map((s) => s.responseBytes));
  }

  /** getMergedAreasOrNullObject calls made, and the most merged areas one of them met. */
  get mergedAreaCalls(): { calls: number; most: number } {
    const counts = this.env.mergedAreaCalls;
    return { calls: counts.length, most: Math.max(0, ...counts) };
  }

  resetStats(): void {
    this.env.syncs.length = 0;
    this.env.mergedAreaCalls.length = 0;
  }

  /** Fills the workbook from a grid (the engine's shape), replacing what was there. */
  loadGrid(grid: WorkbookGrid, options: LoadOptions = {}): this {
    this.workbook.sheets = [];
    for (const name of grid.sheetNames) {
      const sheet = this.workbook.addSheet(name);
      const source = grid.sheets.find((s) => s.name === name);
      if (!source) continue;
      sheet.visibility =
        source.visibility === "hidden"
          ? "Hidden"
          : source.visibility === "veryHidden"
            ? "VeryHidden"
            : "Visible";
      source.values.forEach((row, r) => {
        row?.forEach((value, c) => {
          const stored = toFakeValue(value);
          if (stored !== undefined) sheet.setValue(r, c, stored);
        });
      });
      source.numberFormats?.forEach((row, r) => {
        row?.forEach((format, c) => {
          if (format && format !== "General") sheet.setFormat(r, c, format);
        });
      });
      sheet.merges = (source.merges ?? []).map((m) => ({ ...m }));
    }
    this.workbook.customProperties.clear();
    for (const [key, value] of Object.entries(options.properties ?? {})) {
      this.workbook.customProperties.set(key.toLowerCase(), { key, value });
    }
    this.workbook.activeSheet = grid.sheetNames[0] ?? null;
    return this;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.workbook.findSheet(name);
    if (!sheet) throw new Error(`no sheet ${name} in the fake`);
    return sheet;
  }

  /** The value Office.js would show in a cell ("" when empty). */
  valueAt(sheet: string, a1: string): string | number | boolean {
    const area = parseArea(a1);
    return officeValue(this.sheet(sheet).getValue(area.top, area.left));
  }

  /** A user typing into cells: stores values and fires onChanged as a local user edit. */
  userEdit(sheet: string, address: string, values: (string | number | boolean)[][]): void {
    const target = this.sheet(sheet);
    const area = parseArea(splitAreaList(address)[0].area);
    values.forEach((line, r) =>
      line.forEach((v, c) =>
        target.setValue(area.top + r, area.left + c, v === "" ? undefined : v),
      ),
    );
    for (const listener of [...target.changeListeners]) {
      listener({ address: areaA1(area), changeType: "RangeEdited", triggerSource: "Unknown" });
    }
  }

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.workbook.sheets.map(snapshotSheet),
      properties: Object.fromEntries(
        [...this.workbook.customProperties.values()].map((p) => [p.key, p.value]),
      ),
    };
  }
}

function toFakeValue(value: CellValue | undefined): FakeValue | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  // Excel calculates every formula of a workbook it opens: Range.values never holds a formula
  // without its result, so a grid that has one cannot be a workbook open in Excel.
  if (isFormulaWithoutResult(value)) {
    throw new Error(`recordingExcel: Excel has no formula without a result (=${value.formula})`);
  }
  return value;
}

function snapshotSheet(sheet: FakeSheet): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  const at = (r: number, c: number): CellSnapshot =>
    (cells[areaA1({ top: r, left: c, bottom: r, right: c })] ??= {});
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.values.forEach((v, c) => {
      if (v !== undefined) at(r, c).value = officeValue(v);
    });
    row.formats.forEach((f, c) => {
      if (f !== undefined) at(r, c).numberFormat = f;
    });
    row.formulas?.forEach((f, c) => {
      if (f !== undefined) at(r, c).formula = f;
    });
  });
  for (const [key, style] of sheet.styles)
    at(Math.floor(key / 16_384), key % 16_384).style = { ...style };
  for (const [key, link] of sheet.hyperlinks)
    at(Math.floor(key / 16_384), key % 16_384).hyperlink = { ...link };
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    freezeRows: sheet.freezeRows,
    cells,
    merges: sheet.merges.map(areaA1),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      ranges: f.areas.map(areaA1),
      formula: f.formula,
      fill: f.fillColor,
      font: f.fontColor,
      priority: f.priority,
      stopIfTrue: f.stopIfTrue,
    })),
    columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [String(c), w])),
    pageLayout: {
      ...sheet.pageLayout,
      zoom: sheet.pageLayout.zoom ? { ...sheet.pageLayout.zoom } : null,
    },
  };
}

export function createRecordingExcel(): RecordingExcel {
  return new RecordingExcel();
}
