/**
 * Which rows under a header are data (spec §1 "which rows are data", v2). The first non-empty
 * row under the header is skipped when it is the row of column numbers; then each row is
 * classified by the first rule that fits:
 *
 * 0. second table: the row passes the header test (3 distinct input columns recognised): it and
 *    every row below are not read (W_LAYOUT on its first non-empty cell);
 * 1. signature row: the code cell is empty or is the very cell holding the keyword, no numeric
 *    input holds a number, and some cell starts with "Người lập biểu", "T/M", "Bí thư" or
 *    "Xác nhận": skipped; the table goes on below it;
 * 2. total row: the first non-empty text cell starts with "Tổng cộng", "Tổng số", "Tổng" or
 *    "Cộng", and the code cell is empty or is that cell: never data; the last one that no data
 *    row follows is the grand total (W_TOTAL), the others subtotals, skipped unchecked;
 * 3. group row: the code cell is empty, and STT holds a Roman numeral (I … XX) or a single
 *    letter, or the first non-empty text starts with one followed by "." or ")": never data;
 * 4. data row: the code cell or any numeric or rating input holds a value; after a signature
 *    row, only when the code holds a value or a numeric input holds a number (W_LAYOUT);
 * 5. anything else is skipped.
 *
 * "A numeric input holds a number" means a number, or numeric text ("12", "92,5%"); a number in a
 * date format does not count (a date under the signature block is no figure).
 */
import type { CellValue, SheetGrid } from "../grid/grid";
import { cleanText, normalizeText, startsWithKeyword } from "../text/normalizeText";
import { isEmptyRow, isEmptyValue } from "../values/cellValue";
import { isColumnLabelRow } from "./columnLabels";

export const SIGNATURE_KEYWORDS = ["Người lập biểu", "T/M", "Bí thư", "Xác nhận"].map(
  normalizeText,
);
export const TOTAL_KEYWORDS = ["Tổng cộng", "Tổng số", "Tổng", "Cộng"].map(normalizeText);

/** A sheet cell, 0-based. */
export interface RowCell {
  readonly row: number;
  readonly col: number;
}

export interface RowClassification {
  /** 0-based rows of data, in sheet order. */
  readonly dataRows: number[];
  /** 0-based row of the grand total (checked by W_TOTAL), or null. */
  readonly totalRow: number | null;
  /** 0-based rows of the other total rows (subtotals), skipped unchecked. */
  readonly subtotalRows: number[];
  /** 0-based row of the first signature row, or null. */
  readonly signatureRow: number | null;
  /** 0-based rows of every signature row (skipped; v2: they no longer end the table). */
  readonly signatureRows: number[];
  /** 0-based row of column numbers that was skipped, or null. */
  readonly labelRow: number | null;
  /** 0-based group rows ("I. Khối xã"), never data whatever numbers they hold (v2). */
  readonly groupRows: number[];
  /** The first non-empty cell of a second table under the first (v2, W_LAYOUT), or null. */
  readonly secondTable: RowCell | null;
  /**
   * Data rows found after a signature row (v2, W_LAYOUT: a Party cell below the signature
   * block): the row and its code cell, or its first non-empty input cell when the code is empty.
   */
  readonly belowSignature: RowCell[];
}

export interface RowRoles {
  /** 0-based column of the code, or null when the table has none. */
  readonly codeCol: number | null;
  /** 0-based column of STT, or null. */
  readonly sttCol?: number | null;
  /** 0-based columns of numeric inputs (integers, percents). */
  readonly numericCols: readonly number[];
  /** 0-based columns of rating inputs. */
  readonly ratingCols: readonly number[];
  /** 0-based columns of every recognised input, in sheet order (for the W_LAYOUT cell). */
  readonly inputCols?: readonly number[];
  /**
   * True when a numeric input cell holds a number: a number (not in a date format) or numeric
   * text ("12", "92,5%").
   */
  readonly holdsNumber: (row: number, col: number) => boolean;
  /** The header test for a row (rule 0); absent: no second table is looked for. */
  readonly isHeaderRow?: (row: number) => boolean;
}

/** The first letter of each keyword list (normalised): a text starting otherwise cannot match. */
const FIRST_LETTERS = new Map<readonly string[], ReadonlySet<string>>(
  [SIGNATURE_KEYWORDS, TOTAL_KEYWORDS].map((keywords) => [keywords, new Set(keywords.map((k) => k.charAt(0)))]),
);

/** The first letter of a text as `normalizeText` would give it ("Đ" → "d", "Ấ" → "a"), cheaply. */
function firstFoldedLetter(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit <= 0x20 || unit === 0xa0 || unit === 0x200b || (unit >= 0x2000 && unit <= 0x200a)) continue;
    if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? String.fromCharCode(unit + 0x20) : text.charAt(i);
    const lower = text.charAt(i).toLowerCase();
    return lower === "đ" ? "d" : lower.normalize("NFD").charAt(0);
  }
  return "";
}

function startsWithAny(value: CellValue, keywords: readonly string[]): boolean {
  if (typeof value !== "string") return false;
  const first = FIRST_LETTERS.get(keywords);
  if (first !== undefined && !first.has(firstFoldedLetter(value))) return false;
  const normalized = normalizeText(value);
  return keywords.some((keyword) => startsWithKeyword(normalized, keyword));
}

/** The code cell is empty, or is the very cell that holds a signature keyword. */
function codeAllowsSignature(values: readonly CellValue[], codeCol: number | null): boolean {
  if (codeCol === null) return true;
  const code = values[codeCol] ?? null;
  return isEmptyValue(code) || startsWithAny(code, SIGNATURE_KEYWORDS);
}

/**
 * Rule 1: the code cell is empty or holds the keyword, no numeric input holds a number, and
 * some cell (in any column) starts with a signature keyword.
 */
export function isSignatureRow(
  values: readonly CellValue[],
  row: number,
  roles: Pick<RowRoles, "codeCol" | "numericCols" | "holdsNumber">,
): boolean {
  if (roles.numericCols.some((col) => roles.holdsNumber(row, col))) return false;
  if (!codeAllowsSignature(values, roles.codeCol)) return false;
  return values.some((value) => startsWithAny(value, SIGNATURE_KEYWORDS));
}

function firstTextCol(values: readonly CellValue[]): number {
  return values.findIndex((value) => typeof value === "string" && !isEmptyValue(value));
}

/** Rule 2: the first non-empty text cell starts with a total keyword; the code cell is empty or is it. */
export function isTotalRow(values: readonly CellValue[], codeCol: number | null): boolean {
  const first = firstTextCol(values);
  if (first < 0 || !startsWithAny(values[first], TOTAL_KEYWORDS)) return false;
  return codeCol === null || codeCol === first || isEmptyValue(values[codeCol] ?? null);
}

const ROMAN = new Set(
  ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    .flatMap((r) => [r, `X${r}`])
    .concat("XX"),
);

/** A Roman numeral I … XX or a single letter (either case). */
export function isGroupLabel(text: string): boolean {
  const upper = text.toUpperCase();
  return ROMAN.has(upper) || /^\p{L}$/u.test(text);
}

/** "I. Khối xã", "B) Khối cơ quan", "XII.": a group label followed by "." or ")". */
const GROUP_HEADING = /^(\p{L}+)\s*[.)]/u;

/**
 * Rule 3: the code cell is empty, and the STT cell holds a Roman numeral or a single letter, or
 * the first non-empty text starts with one followed by "." or ")".
 */
export function isGroupRow(
  values: readonly CellValue[],
  codeCol: number | null,
  sttCol: number | null,
): boolean {
  if (codeCol !== null && !isEmptyValue(values[codeCol] ?? null)) return false;
  const stt = sttCol === null ? null : (values[sttCol] ?? null);
  if (typeof stt === "string" && isGroupLabel(cleanText(stt))) return true;
  const first = firstTextCol(values);
  if (first < 0) return false;
  const heading = GROUP_HEADING.exec(cleanText(values[first] as string));
  return heading !== null && isGroupLabel(heading[1]);
}

function holdsValue(values: readonly CellValue[], col: number | null): boolean {
  return col !== null && !isEmptyValue(values[col] ?? null);
}

/** Classifies every row under the header, up to a second table or the end of the used range. */
export function classifyRows(
  sheet: SheetGrid,
  headerRow: number,
  roles: RowRoles,
): RowClassification {
  const dataRows: number[] = [];
  const totals: number[] = [];
  const signatureRows: number[] = [];
  const groupRows: number[] = [];
  const belowSignature: RowCell[] = [];
  let secondTable: RowCell | null = null;
  let labelRow: number | null = null;
  let seenNonEmpty = false;
  const sttCol = roles.sttCol ?? null;
  const inputCols = roles.inputCols ?? [];
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
    if (roles.isHeaderRow?.(row)) {
      secondTable = { row, col: values.findIndex((value) => !isEmptyValue(value)) };
      break;
    }
    if (isSignatureRow(values, row, roles)) {
      signatureRows.push(row);
      continue;
    }
    if (isTotalRow(values, roles.codeCol)) {
      totals.push(row);
      continue;
    }
    if (isGroupRow(values, roles.codeCol, sttCol)) {
      groupRows.push(row);
      continue;
    }
    const hasCode = holdsValue(values, roles.codeCol);
    if (signatureRows.length > 0) {
      if (!hasCode && !roles.numericCols.some((col) => roles.holdsNumber(row, col))) continue;
      const col = hasCode
        ? (roles.codeCol as number)
        : inputCols.find((c) => holdsValue(values, c));
      belowSignature.push({
        row,
        col: col ?? roles.numericCols.find((c) => holdsValue(values, c)) ?? 0,
      });
      dataRows.push(row);
      continue;
    }
    const data =
      hasCode ||
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
    signatureRow: signatureRows.length > 0 ? signatureRows[0] : null,
    signatureRows,
    labelRow,
    groupRows,
    secondTable,
    belowSignature,
  };
}

export interface MemberRowClassification {
  /** 0-based member rows, in sheet order. */
  readonly dataRows: number[];
  /** 0-based row of the first signature row, or null. */
  readonly signatureRow: number | null;
  /** 0-based rows of every signature row (skipped; v2: they no longer end the list). */
  readonly signatureRows: number[];
  readonly labelRow: number | null;
  /** Member rows after a signature row: the row and its code cell. */
  readonly belowSignature: RowCell[];
}

export interface MemberRowRoles {
  readonly codeCol: number | null;
  readonly ratingCol: number | null;
  /** True when the rating cell of a row holds a rating that reads (a member rated, not a signer). */
  readonly readsRating: (row: number) => boolean;
}

/**
 * The member rows of the roster (spec §4, v2): a row whose code or rating cell holds a value, unless
 * it is a signature row (its code empty or the keyword itself, some cell starting with a
 * keyword, and no rating that reads: a member whose "Chức vụ" says "Bí thư chi bộ" stays a
 * member). A signature row no longer ends the list; after one, a row is a member row only when
 * its code cell holds a value (signers' names and "(Ký tên, đóng dấu)" under the rating column
 * are no members).
 */
export function classifyMemberRows(
  sheet: SheetGrid,
  headerRow: number,
  roles: MemberRowRoles,
): MemberRowClassification {
  const { codeCol, ratingCol } = roles;
  const dataRows: number[] = [];
  const signatureRows: number[] = [];
  const belowSignature: RowCell[] = [];
  let labelRow: number | null = null;
  let seenNonEmpty = false;
  /** The last code that made a member row (never null or empty once set). */
  let memberCode: CellValue | undefined = undefined;
  for (let row = headerRow + 1; row < sheet.values.length; row++) {
    const values = sheet.values[row] ?? [];
    if (!seenNonEmpty) {
      if (isEmptyRow(values)) continue;
      seenNonEmpty = true;
      if (isColumnLabelRow(values)) {
        labelRow = row;
        continue;
      }
    }
    const code = codeCol === null ? null : (values[codeCol] ?? null);
    // The common case first: a member with a code (a row with a code is never a signature row).
    // A roster lists each Party cell's members together: the previous member's code is known good.
    if (code === memberCode || (!isEmptyValue(code) && !startsWithAny(code, SIGNATURE_KEYWORDS))) {
      memberCode = code;
      if (signatureRows.length > 0) belowSignature.push({ row, col: codeCol as number });
      dataRows.push(row);
      continue;
    }
    if (isEmptyRow(values)) continue;
    const keyword = values.some((value) => startsWithAny(value, SIGNATURE_KEYWORDS));
    if (keyword && codeAllowsSignature(values, codeCol) && !roles.readsRating(row)) {
      signatureRows.push(row);
      continue;
    }
    if (signatureRows.length > 0) continue;
    if (holdsValue(values, codeCol) || holdsValue(values, ratingCol)) dataRows.push(row);
  }
  return {
    dataRows,
    signatureRow: signatureRows.length > 0 ? signatureRows[0] : null,
    signatureRows,
    labelRow,
    belowSignature,
  };
}
