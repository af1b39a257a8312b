/**
 * Merged cells in data rows (spec §1 "Merged cells in data", v2). Excel keeps a merged area's
 * value in its top-left cell only; the clerk sees it across the area. A cell covered by a merge
 * whose top-left cell is in the same column and in a row above it (a merge down a column) reads
 * that value; a merge across a row (a heading over several columns) fills nothing else. Merges are
 * applied before rows are classified, so a merged signature or heading fills its rows the same way.
 */
import type { CellValue, SheetGrid } from "../grid/grid";
import { isEmptyValue } from "../values/cellValue";

/** A cell that reads the value of the merge above it in its column. 0-based. */
export interface FilledCell {
  readonly row: number;
  readonly col: number;
  /** 0-based row of the merge's top-left cell (same column). */
  readonly fromRow: number;
}

export interface FilledSheet {
  /** The sheet with every filled cell holding its merge's value (and number format). */
  readonly sheet: SheetGrid;
  /** The cells filled, by row then column. */
  readonly filled: readonly FilledCell[];
}

/**
 * Fills the cells covered by merges whose top-left cell lies below `headerRow` (the data part of
 * a table; the header band keeps its own rule, `headerTexts`). Rows not touched are shared with
 * the given sheet; the given sheet is not changed.
 */
export function fillMergesDown(sheet: SheetGrid, headerRow: number): FilledSheet {
  const merges = (sheet.merges ?? []).filter((m) => m.top > headerRow && m.bottom > m.top);
  if (merges.length === 0) return { sheet, filled: [] };
  const values: (readonly CellValue[])[] = sheet.values.slice();
  const formats: (readonly (string | null)[] | undefined)[] | null = sheet.numberFormats
    ? sheet.numberFormats.slice()
    : null;
  const copied = new Set<number>();
  const copiedFormats = new Set<number>();
  const filled: FilledCell[] = [];
  for (const merge of merges) {
    const { top, left, bottom } = merge;
    const value = sheet.values[top]?.[left] ?? null;
    if (isEmptyValue(value)) continue;
    const format = sheet.numberFormats?.[top]?.[left] ?? null;
    for (let row = top + 1; row <= bottom; row++) {
      if (!isEmptyValue(values[row]?.[left] ?? null)) continue;
      if (!copied.has(row)) {
        values[row] = [...(values[row] ?? [])];
        copied.add(row);
      }
      const line = values[row] as CellValue[];
      while (line.length <= left) line.push(null);
      line[left] = value;
      if (format !== null && formats !== null) {
        if (!copiedFormats.has(row)) {
          formats[row] = [...(formats[row] ?? [])];
          copiedFormats.add(row);
        }
        const formatLine = formats[row] as (string | null)[];
        while (formatLine.length <= left) formatLine.push(null);
        formatLine[left] = format;
      }
      filled.push({ row, col: left, fromRow: top });
    }
  }
  filled.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheet: {
      ...sheet,
      values,
      ...(formats !== null ? { numberFormats: formats as (readonly (string | null)[])[] } : {}),
    },
    filled,
  };
}
