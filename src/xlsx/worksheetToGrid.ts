/**
 * Turns one exceljs worksheet into the engine's SheetGrid, exactly as Office.js would hand it over
 * (see src/core/grid/grid.ts), undoing exceljs's own interpretations:
 * - merged cells: exceljs repeats the top-left value in every cell of the area; Excel gives it in
 *   the top-left cell only, so the other cells become null and the area is listed in `merges`;
 * - formulas: the cached result, read from `cell.result` (exceljs drops a falsy result from
 *   `cell.value`, so `=SUM()` of 0 would otherwise read as empty);
 * - dates: exceljs turns date-formatted numbers into Date objects; they go back to the serial
 *   numbers stored in the file (1900 or 1904 system, as exceljs used), keeping their format;
 * - rich text and hyperlinks: their plain text.
 * Number formats are kept only where they are not "General" (sparse rows), to save memory.
 */
import ExcelJS from "exceljs";
import {
  MAX_COLS,
  MAX_ROWS,
  type CellValue,
  type MergeArea,
  type SheetGrid,
  type SheetVisibility,
} from "../core";
import { packageProblem, WorkbookReadError } from "./packageProblem";

const { ValueType } = ExcelJS;
const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const DATE_1904_OFFSET = 1_462;

/** exceljs keeps the merged areas in a private map; its public `model` would rebuild the sheet. */
interface WorksheetWithMerges {
  _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

/** `name` is the sheet's name in the file, when exceljs was given another (see excelJsInput.ts). */
export function worksheetToGrid(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean,
  name: string = worksheet.name,
): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  let anyFormat = false;

  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber > MAX_ROWS) throw beyondLimits(name, `hàng ${rowNumber} / row ${rowNumber}`);
    const r = rowNumber - 1;
    const rowValues: CellValue[] = [];
    let rowFormats: (string | null)[] | undefined;
    row.eachCell((cell, colNumber) => {
      if (colNumber > MAX_COLS) throw beyondLimits(name, `cột ${colNumber} / column ${colNumber}`);
      const value = cellValue(cell, date1904);
      if (value === null) return;
      const c = colNumber - 1;
      rowValues[c] = value;
      const format = cell.numFmt;
      if (format && format !== "General") {
        rowFormats ??= [];
        rowFormats[c] = format;
        anyFormat = true;
      }
    });
    if (rowValues.length > 0) values[r] = fillHoles(rowValues);
    if (rowFormats) numberFormats[r] = fillHoles(rowFormats);
  });

  const grid: SheetGrid = {
    name,
    values,
    merges: mergesOf(worksheet),
    visibility: visibilityOf(worksheet.state),
    ...(anyFormat ? { numberFormats } : {}),
  };
  return grid;
}

/** Rows are written by column index, so they may have holes; the grid wants null there. */
function fillHoles<T>(row: (T | null)[]): (T | null)[] {
  for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
  return row;
}

function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Formula:
      return plainValue(cell.result, date1904);
    default:
      return plainValue(cell.value, date1904);
  }
}

function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : null;
    case "string":
      return value === "" ? null : value;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return dateToSerial(value, date1904);
  const object = value as { error?: unknown; richText?: unknown; text?: unknown };
  if (typeof object.error === "string") return { error: object.error };
  if (Array.isArray(object.richText)) return richTextToString(object.richText) || null;
  // A hyperlink cell: { text, hyperlink }, its text possibly rich text or a number.
  if ("text" in object) return plainValue(object.text, date1904);
  return null;
}

function richTextToString(runs: unknown[]): string {
  let text = "";
  for (const run of runs) {
    const part = (run as { text?: unknown }).text;
    if (typeof part === "string") text += part;
  }
  return text;
}

/**
 * The inverse of exceljs's conversion (which rounds to whole milliseconds): one division of the
 * exact millisecond count gives the correctly rounded serial, e.g. 08:00 → 0.333… exactly as Excel.
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  const epochSerial = UNIX_EPOCH_SERIAL_1900 - (date1904 ? DATE_1904_OFFSET : 0);
  return (date.getTime() + epochSerial * MS_PER_DAY) / MS_PER_DAY;
}

function mergesOf(worksheet: ExcelJS.Worksheet): MergeArea[] {
  const merges = (worksheet as unknown as WorksheetWithMerges)._merges ?? {};
  return Object.values(merges).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

function beyondLimits(sheet: string, where: string): WorkbookReadError {
  return new WorkbookReadError(packageProblem("cell-beyond-excel-limits", { sheet, where }));
}
