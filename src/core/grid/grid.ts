/**
 * The grid: the one shape in which every edge (Office.js, exceljs in the command line, the browser
 * preview) hands a workbook to the engine. It mirrors what Excel itself shows, not a file format:
 *
 * - `values[r][c]` is the cell at 0-based row r and column c, counted from A1 (not from the used
 *   range). Rows may be ragged or missing; a missing cell is `null`.
 * - A formula cell holds its cached result. A cell that holds nothing, only spaces, or a formula
 *   whose result is "" may be `null` or a string; the engine treats blank text as empty.
 * - Dates are Excel serial numbers (as Office.js gives them), with their date number format.
 * - Excel error values (#DIV/0!, #N/A, #REF!, ...) are `{ error: "#DIV/0!" }`.
 * - A formula the file stores without any cached result (files written by programs that do not
 *   calculate) is `{ formula: "SUM(C5:C9)" }` (the formula's text, without "="; "" when the file
 *   does not say it). Office.js never gives one: inside Excel every formula has its result. A
 *   formula whose cached result is "" is "" (empty), not this.
 * - A merged range holds its value in its top-left cell only; its other cells are `null`/"" (as
 *   Office.js `Range.values` gives them) and the merge is listed in `merges`.
 * - `numberFormats[r][c]` is the cell's number format code ("General", "0%", "@", ...); missing or
 *   `null` means "General".
 */
export interface ErrorValue {
  readonly error: string;
}

/** A formula cell without a cached result (spec §1 "Values", v2): E_TYPE, "not calculated". */
export interface FormulaWithoutResult {
  readonly formula: string;
}

export type CellValue = string | number | boolean | ErrorValue | FormulaWithoutResult | null;

/** A merged area, 0-based and inclusive on all sides. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly merges?: readonly MergeArea[];
  readonly visibility?: SheetVisibility;
}

/**
 * A workbook as the engine sees it. `sheetNames` lists every sheet in workbook order; `sheets`
 * holds the grids that were read (an edge may read only the sheets `selectSheetsToRead` names).
 */
export interface WorkbookGrid {
  readonly sheetNames: readonly string[];
  readonly sheets: readonly SheetGrid[];
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && typeof (value as ErrorValue).error === "string";
}

export function isFormulaWithoutResult(value: unknown): value is FormulaWithoutResult {
  return typeof value === "object" && value !== null && typeof (value as FormulaWithoutResult).formula === "string";
}
