/**
 * The in-memory workbook behind the recording fake: what Excel holds, independent of the proxy
 * objects an add-in talks to. Cells are stored row by row (dense within a row) so that a sheet of
 * 200,000 rows stays cheap; formatting is sparse.
 */
import type { Area } from "./fakeAddress";

/** A stored cell value; an Excel error is kept as { error } and shown to Office.js as its text. */
export type FakeValue = string | number | boolean | { error: string };

/** A cell's formatting as Office.js property paths: "font.bold", "fill.color", "borders.EdgeTop.style". */
export type FakeCellStyle = Record<string, string | number | boolean | null>;

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  areas: Area[];
  formula: string;
  fillColor: string | null;
  fontColor: string | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  printTitleRows: string | null;
}

export interface FakeChange {
  address: string;
  changeType: string;
  triggerSource: "Unknown" | "ThisLocalAddin";
}

export type ChangeListener = (change: FakeChange) => void;

interface FakeRow {
  values: (FakeValue | undefined)[];
  formats: (string | undefined)[];
  formulas?: (string | undefined)[];
}

let nextId = 1;

export class FakeSheet {
  readonly id = `{sheet-${nextId++}}`;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  freezeRows = 0;
  readonly rows: (FakeRow | undefined)[] = [];
  readonly styles = new Map<number, FakeCellStyle>();
  readonly hyperlinks = new Map<number, FakeHyperlink>();
  readonly columnWidths = new Map<number, number>();
  merges: Area[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  pageLayout: FakePageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: null,
    printTitleRows: null,
  };
  readonly changeListeners = new Set<ChangeListener>();

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, col: number): number {
    return row * 16_384 + col;
  }

  getValue(row: number, col: number): FakeValue | undefined {
    return this.rows[row]?.values[col];
  }

  getFormat(row: number, col: number): string {
    return this.rows[row]?.formats[col] ?? "General";
  }

  getFormula(row: number, col: number): string | undefined {
    return this.rows[row]?.formulas?.[col];
  }

  private row(row: number): FakeRow {
    let r = this.rows[row];
    if (!r) {
      r = { values: [], formats: [] };
      this.rows[row] = r;
    }
    return r;
  }

  /** Sets a value; "" or undefined clears it (as typing nothing into a cell does). */
  setValue(row: number, col: number, value: FakeValue | undefined): void {
    const r = value === undefined || value === "" ? this.rows[row] : this.row(row);
    if (!r) return;
    r.values[col] = value === "" ? undefined : value;
    if (r.formulas) r.formulas[col] = undefined;
  }

  setFormula(row: number, col: number, formula: string, cached: FakeValue | undefined): void {
    const r = this.row(row);
    r.formulas ??= [];
    r.formulas[col] = formula;
    r.values[col] = cached;
  }

  setFormat(row: number, col: number, format: string): void {
    if (format === "General" && !this.rows[row]) return;
    this.row(row).formats[col] = format === "General" ? undefined : format;
  }

  style(row: number, col: number): FakeCellStyle {
    const k = FakeSheet.key(row, col);
    let s = this.styles.get(k);
    if (!s) {
      s = {};
      this.styles.set(k, s);
    }
    return s;
  }

  /** The bounding box of the cells holding a value (valuesOnly) or also a format; null when none. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (r: number, c: number): void => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.values.forEach((v, c) => {
        if (v !== undefined) include(r, c);
      });
      if (!valuesOnly) {
        row.formats.forEach((f, c) => {
          if (f !== undefined) include(r, c);
        });
      }
    });
    if (!valuesOnly) {
      for (const k of this.styles.keys()) include(Math.floor(k / 16_384), k % 16_384);
      for (const m of this.merges) {
        include(m.top, m.left);
        include(m.bottom, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface FakeCustomProperty {
  key: string;
  value: string | number | boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  readonly customProperties = new Map<string, FakeCustomProperty>();
  readOnly = false;
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextCfId = 1;

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  newConditionalFormatId(): string {
    return `{cf-${this.nextCfId++}}`;
  }
}
