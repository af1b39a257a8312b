/**
 * Re-anchors a mark formula. A MarkPlan's formula is relative to its first cell, and Excel reads
 * a custom conditional format's relative references from the top-left cell of the range it is
 * added to (office-js issue 5194). When one plan's cells are split into several address chunks
 * (Excel limits an address string), each chunk becomes its own conditional format anchored at its
 * own first cell, so the relative references move by the distance between the two anchors.
 *
 * Handled: cell references ("F9", "$D9", "'Chi bộ'!$C$9:$C$500") and whole-column references
 * ("C:C"); text in double quotes and quoted sheet names are left alone; names followed by "(" are
 * functions (LOG10, ATAN2), not cells.
 */
import { adr, columnIndex, columnLetter, MAX_COLS, MAX_ROWS } from "../core";

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;
const COLUMN_RANGE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.\\]/.test(ch);
}

function shiftColumn(letters: string, absolute: boolean, delta: number): string {
  if (absolute || delta === 0) return letters;
  const col = columnIndex(letters) + delta;
  if (col < 0 || col >= MAX_COLS)
    throw new RangeError(`re-anchoring moves column ${letters} off the sheet`);
  return columnLetter(col);
}

function shiftRow(row: string, absolute: boolean, delta: number): string {
  if (absolute || delta === 0) return row;
  const value = Number(row) + delta;
  if (value < 1 || value > MAX_ROWS)
    throw new RangeError(`re-anchoring moves row ${row} off the sheet`);
  return String(value);
}

/** The formula as it must be written for a range whose top-left cell is `to` instead of `from`. */
export function shiftFormula(formula: string, from: string, to: string): string {
  const a = adr(from);
  const b = adr(to);
  const dRow = b.row - a.row;
  const dCol = b.col - a.col;
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A text literal or a quoted sheet name: copy through its closing quote (doubled quotes escape).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isNameChar(formula[i - 1])) {
      const rest = formula.slice(i);
      const columns = COLUMN_RANGE.exec(rest);
      if (columns) {
        out += `${columns[1]}${shiftColumn(columns[2], columns[1] === "$", dCol)}:${columns[3]}${shiftColumn(columns[4], columns[3] === "$", dCol)}`;
        i += columns[0].length;
        continue;
      }
      const cell = CELL_REF.exec(rest);
      const after = rest[cell?.[0].length ?? 0];
      if (cell && !isNameChar(after) && after !== "(" && after !== "!") {
        out += `${cell[1]}${shiftColumn(cell[2], cell[1] === "$", dCol)}${cell[3]}${shiftRow(cell[4], cell[3] === "$", dRow)}`;
        i += cell[0].length;
        continue;
      }
    }
    // Copy a whole identifier at once so that its tail is never read as a reference.
    if (isNameChar(ch) || ch === "$") {
      let j = i + 1;
      while (j < formula.length && (isNameChar(formula[j]) || formula[j] === "$")) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
