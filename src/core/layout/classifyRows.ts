/**
 * Which rows under a header are data (spec §1 "which rows are data"), each row classified by the
 * first rule that fits: a signature block ends the data; a total row ("Tổng cộng", "Cộng khối A")
 * is never data, and the last one no data row follows is the grand total; a row whose code or any
 * numeric or rating input holds a value is data; anything else is skipped. The first non-empty
 * row under the header is skipped when it is the row of column numbers.
 */
import type { CellValue, SheetGrid } from "../grid/grid";
import { normalizeText, startsWithKeyword } from "../text/normalizeText";
import { isEmptyRow, isEmptyValue } from "../values/cellValue";
import { isColumnLabelRow } from "./columnLabels";

export const SIGNATURE_KEYWORDS = ["Người lập biểu", "T/M", "Bí thư", "Xác nhận"].map(normalizeText);
export const TOTAL_KEYWORDS = ["Tổng cộng", "Tổng số", "Tổng", "Cộng"].map(normalizeText);

export interface RowClassification {
  /** 0-based rows of data, in sheet order. */
  readonly dataRows: number[];
  /** 0-based row of the grand total (checked by W_TOTAL), or null. */
  readonly totalRow: number | null;
  /** 0-based rows of the other total rows (subtotals), skipped unchecked. */
  readonly subtotalRows: number[];
  /** 0-based row where the signature block starts, or null. */
  readonly signatureRow: number | null;
  /** 0-based row of column numbers that was skipped, or null. */
  readonly labelRow: number | null;
}

export interface RowRoles {
  /** 0-based column of the code, or null when the table has none. */
  readonly codeCol: number | null;
  /** 0-based columns of numeric inputs (integers, percents). */
  readonly numericCols: readonly number[];
  /** 0-based columns of rating inputs. */
  readonly ratingCols: readonly number[];
  /** True when a cell of a numeric input holds a number (as a number or as numeric text). */
  readonly holdsNumber: (row: number, col: number) => boolean;
}

function startsWithAny(value: CellValue, keywords: readonly string[]): boolean {
  if (typeof value !== "string") return false;
  const normalized = normalizeText(value);
  return keywords.some((keyword) => startsWithKeyword(normalized, keyword));
}

/** Rule 1: no numeric input holds a number, and some cell starts with a signature keyword. */
export function isSignatureRow(
  values: readonly CellValue[],
  row: number,
  roles: Pick<RowRoles, "numericCols" | "holdsNumber">,
): boolean {
  if (roles.numericCols.some((col) => roles.holdsNumber(row, col))) return false;
  return values.some((value) => startsWithAny(value, SIGNATURE_KEYWORDS));
}

/** Rule 2: the first non-empty text cell starts with a total keyword; the code cell is empty or is it. */
export function isTotalRow(values: readonly CellValue[], codeCol: number | null): boolean {
  const first = values.findIndex((value) => typeof value === "string" && !isEmptyValue(value));
  if (first < 0 || !startsWithAny(values[first], TOTAL_KEYWORDS)) return false;
  return codeCol === null || codeCol === first || isEmptyValue(values[codeCol] ?? null);
}

function holdsValue(values: readonly CellValue[], col: number | null): boolean {
  return col !== null && !isEmptyValue(values[col] ?? null);
}

/** Classifies every row under the header, up to the signature block or the end of the used range. */
export function classifyRows(sheet: SheetGrid, headerRow: number, roles: RowRoles): RowClassification {
  const dataRows: number[] = [];
  const totals: number[] = [];
  let signatureRow: number | null = null;
  let labelRow: number | null = null;
  let seenNonEmpty = false;
  for (let row = headerRow + 1; row < sheet.values.length; row++) {
    const values = sheet.values[row] ?? [];
    if (isEmptyRow(values)) continue;
    if (!seenNonEmpty) {
      seenNonEmpty = true;
      if (isColumnLabelRow(values)) {
        labelRow = row;
        continue;
      }
    }
    if (isSignatureRow(values, row, roles)) {
      signatureRow = row;
      break;
    }
    if (isTotalRow(values, roles.codeCol)) {
      totals.push(row);
      continue;
    }
    const data =
      holdsValue(values, roles.codeCol) ||
      roles.numericCols.some((col) => holdsValue(values, col)) ||
      roles.ratingCols.some((col) => holdsValue(values, col));
    if (data) dataRows.push(row);
  }
  const lastTotal = totals.length > 0 ? totals[totals.length - 1] : null;
  const lastData = dataRows.length > 0 ? dataRows[dataRows.length - 1] : -1;
  const totalRow = lastTotal !== null && lastTotal > lastData ? lastTotal : null;
  return {
    dataRows,
    totalRow,
    subtotalRows: totals.filter((row) => row !== totalRow),
    signatureRow,
    labelRow,
  };
}

/**
 * The member rows of the roster (spec §4): a row whose code or rating cell holds a value; any
 * other row is skipped, except that a signature block ends the list.
 */
export function classifyMemberRows(
  sheet: SheetGrid,
  headerRow: number,
  codeCol: number | null,
  ratingCol: number | null,
): Pick<RowClassification, "dataRows" | "signatureRow" | "labelRow"> {
  const dataRows: number[] = [];
  let signatureRow: number | null = null;
  let labelRow: number | null = null;
  let seenNonEmpty = false;
  for (let row = headerRow + 1; row < sheet.values.length; row++) {
    const values = sheet.values[row] ?? [];
    if (isEmptyRow(values)) continue;
    if (!seenNonEmpty) {
      seenNonEmpty = true;
      if (isColumnLabelRow(values)) {
        labelRow = row;
        continue;
      }
    }
    if (holdsValue(values, codeCol) || holdsValue(values, ratingCol)) {
      dataRows.push(row);
      continue;
    }
    if (values.some((value) => startsWithAny(value, SIGNATURE_KEYWORDS))) {
      signatureRow = row;
      break;
    }
  }
  return { dataRows, signatureRow, labelRow };
}
