/** The right edge of what a block of rows holds: where new output columns may start. */
import type { SheetGrid } from "../grid/grid";
import { isEmptyValue } from "../values/cellValue";

/** 0-based index of the last column holding a value or a merge in rows top..bottom, or -1. */
export function lastUsedColumn(sheet: SheetGrid, top: number, bottom: number): number {
  let last = -1;
  for (let row = top; row <= bottom; row++) {
    const values = sheet.values[row];
    if (!values) continue;
    for (let col = values.length - 1; col > last; col--) {
      if (!isEmptyValue(values[col])) {
        last = col;
        break;
      }
    }
  }
  for (const merge of sheet.merges ?? []) {
    if (merge.bottom >= top && merge.top <= bottom) last = Math.max(last, merge.right);
  }
  return last;
}
