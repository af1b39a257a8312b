/**
 * Moving a formula as Excel does when it fills it into another cell: relative row and column
 * parts of A1 references shift, absolute ("$") parts stay. Needed when the master of a shared
 * formula sits in an output cell: the cells that shared it get their own copy of the formula.
 * String literals, quoted sheet names and structured references ([...]) are never touched; a
 * reference pushed off the sheet becomes #REF!, as in Excel.
 */
import { columnIndex, columnLetter, MAX_COLS, MAX_ROWS } from "../../core";

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!])/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.!])/y;
const ROWS = /(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!:])/y;

function isIdentifierChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.\\$]/.test(ch);
}

/** Shifted 0-based column, or null when off the sheet or not a column (e.g. "ABCD"). */
function shiftColumn(letters: string, absolute: boolean, delta: number): number | null {
  const col = columnIndex(letters);
  const moved = absolute ? col : col + delta;
  return moved >= 0 && moved < MAX_COLS ? moved : null;
}

function shiftRow(digits: string, absolute: boolean, delta: number): number | null {
  const row = Number(digits) - 1;
  const moved = absolute ? row : row + delta;
  return moved >= 0 && moved < MAX_ROWS ? moved : null;
}

function isColumn(letters: string): boolean {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLS;
}

function isRow(digits: string): boolean {
  const n = Number(digits);
  return n >= 1 && n <= MAX_ROWS;
}

/** Skips a literal that starts at `at` with `open` and ends with `close` (doubled to escape, or nested for brackets). */
function literalEnd(formula: string, at: number): number {
  const open = formula[at];
  if (open === "[") {
    let depth = 0;
    for (let i = at; i < formula.length; i++) {
      if (formula[i] === "[") depth++;
      else if (formula[i] === "]" && --depth === 0) return i + 1;
    }
    return formula.length;
  }
  for (let i = at + 1; i < formula.length; i++) {
    if (formula[i] === open) {
      if (formula[i + 1] === open) i++;
      else return i + 1;
    }
  }
  return formula.length;
}

export function shiftFormulaReferences(formula: string, rowDelta: number, colDelta: number): string {
  if (rowDelta === 0 && colDelta === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      const end = literalEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (!isIdentifierChar(formula[i - 1])) {
      CELL.lastIndex = i;
      const cell = CELL.exec(formula);
      if (cell && isColumn(cell[2]) && isRow(cell[4])) {
        const col = shiftColumn(cell[2], cell[1] === "$", colDelta);
        const row = shiftRow(cell[4], cell[3] === "$", rowDelta);
        out += col === null || row === null ? "#REF!" : `${cell[1]}${columnLetter(col)}${cell[3]}${row + 1}`;
        i = CELL.lastIndex;
        continue;
      }
      COLUMNS.lastIndex = i;
      const columns = COLUMNS.exec(formula);
      if (columns && isColumn(columns[2]) && isColumn(columns[4])) {
        const first = shiftColumn(columns[2], columns[1] === "$", colDelta);
        const last = shiftColumn(columns[4], columns[3] === "$", colDelta);
        out += first === null || last === null ? "#REF!" : `${columns[1]}${columnLetter(first)}:${columns[3]}${columnLetter(last)}`;
        i = COLUMNS.lastIndex;
        continue;
      }
      ROWS.lastIndex = i;
      const rows = ROWS.exec(formula);
      if (rows && isRow(rows[2]) && isRow(rows[4])) {
        const first = shiftRow(rows[2], rows[1] === "$", rowDelta);
        const last = shiftRow(rows[4], rows[3] === "$", rowDelta);
        out += first === null || last === null ? "#REF!" : `${rows[1]}${first + 1}:${rows[3]}${last + 1}`;
        i = ROWS.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
