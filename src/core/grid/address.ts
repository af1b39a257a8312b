/**
 * The one module that knows how A1 addresses map to 0-based grid indexes. Everything else speaks
 * either A1 ("F9") or { row, col } 0-based indexes obtained from here. Tests use `adr("D14")`.
 */
export interface CellIndex {
  /** 0-based row index (row 1 in Excel is 0). */
  readonly row: number;
  /** 0-based column index (column A is 0). */
  readonly col: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based column index to letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS) {
    throw new RangeError(`column index out of range: ${col}`);
  }
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column letters to 0-based index: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw new RangeError(`column out of range: ${letters}`);
  return n - 1;
}

/** 0-based indexes to an A1 address: (8, 5) → "F9". */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) {
    throw new RangeError(`row index out of range: ${row}`);
  }
  return `${columnLetter(col)}${row + 1}`;
}

/** An A1 address ("F9", "$F$9") to 0-based indexes: "F9" → { row: 8, col: 5 }. */
export function adr(a1: string): CellIndex {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(a1.trim());
  if (!m) throw new RangeError(`not an A1 cell address: ${a1}`);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS) throw new RangeError(`row out of range: ${a1}`);
  return { row, col: columnIndex(m[1]) };
}

/** 1-based sheet row number of a 0-based row index (for reports: `"row": 9`). */
export function rowNumber(row: number): number {
  return row + 1;
}

/** A range address "A1:C3" from 0-based corners (inclusive); a single cell gives "A1". */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = toA1(top, left);
  return top === bottom && left === right ? start : `${start}:${toA1(bottom, right)}`;
}

/** A sheet name quoted for use in a reference: `'Chi bộ'!F9`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A full reference to a cell or range of a sheet: `'Chi bộ'!F9`. */
export function sheetRef(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}
