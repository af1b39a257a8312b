/**
 * Header discovery (spec §1 "the header"): the header is the row, within the first 50, in which
 * the most distinct input columns are recognised (STT excluded); at least 3; a tie goes to the
 * upper row. A header cell left empty under a vertical merge whose top-left cell lies above it in
 * the same column takes that cell's text (a header merged over two rows belongs to the header).
 */
import type { MergeArea, SheetGrid } from "../grid/grid";
import { cellText, isEmptyValue, valueAt } from "../values/cellValue";
import { NameMatcher, normalizeText } from "../text/normalizeText";

export const HEADER_SEARCH_ROWS = 50;
export const MIN_HEADER_COLUMNS = 3;

export interface HeaderColumn<K> {
  readonly key: K;
  /** 0-based column. */
  readonly col: number;
}

export interface FoundHeader<K> {
  /** 0-based row of the header. */
  readonly row: number;
  /** The first column recognised for each key. */
  readonly columns: ReadonlyMap<K, number>;
  /** Keys recognised a second (third …) time, with the column of each repeat. */
  readonly repeats: readonly HeaderColumn<K>[];
  /** 0-based index of the last column holding header text (merges included). */
  readonly lastColumn: number;
}

export interface HeaderOptions<K> {
  readonly matcher: NameMatcher<K>;
  /** Keys that count towards choosing the header row (the inputs, STT excluded). */
  readonly counts: (key: K) => boolean;
}

/** Vertical merges whose top-left cell is above `row` and which cover it, by column. */
function mergesCovering(merges: readonly MergeArea[], row: number): Map<number, MergeArea> {
  const byColumn = new Map<number, MergeArea>();
  for (const merge of merges) {
    if (merge.top < row && merge.bottom >= row) byColumn.set(merge.left, merge);
  }
  return byColumn;
}

/** The header texts of a row: own text, or the text a vertical merge carries down into it. */
export function headerTexts(sheet: SheetGrid, row: number): string[] {
  const covering = mergesCovering(sheet.merges ?? [], row);
  const own = sheet.values[row] ?? [];
  let width = own.length;
  for (const col of covering.keys()) width = Math.max(width, col + 1);
  const texts: string[] = [];
  for (let col = 0; col < width; col++) {
    const value = own[col] ?? null;
    if (!isEmptyValue(value)) {
      texts.push(cellText(value));
      continue;
    }
    const merge = covering.get(col);
    texts.push(merge ? cellText(valueAt(sheet, merge.top, merge.left)) : "");
  }
  return texts;
}

function recognise<K>(texts: readonly string[], matcher: NameMatcher<K>): (K | null)[] {
  return texts.map((text) => (text === "" ? null : matcher.matchNormalized(normalizeText(text))));
}

/** The header row of a table, or null when no row within the first 50 qualifies. */
export function findHeaderRow<K>(sheet: SheetGrid, options: HeaderOptions<K>): FoundHeader<K> | null {
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  let best: { row: number; keys: (K | null)[]; texts: string[] } | null = null;
  let bestCount = MIN_HEADER_COLUMNS - 1;
  for (let row = 0; row < last; row++) {
    const texts = headerTexts(sheet, row);
    const keys = recognise(texts, options.matcher);
    const distinct = new Set(keys.filter((key): key is K => key !== null && options.counts(key)));
    if (distinct.size > bestCount) {
      best = { row, keys, texts };
      bestCount = distinct.size;
    }
  }
  if (best === null) return null;

  const columns = new Map<K, number>();
  const repeats: HeaderColumn<K>[] = [];
  best.keys.forEach((key, col) => {
    if (key === null) return;
    if (columns.has(key)) repeats.push({ key, col });
    else columns.set(key, col);
  });
  let lastColumn = -1;
  best.texts.forEach((text, col) => {
    if (text !== "") lastColumn = col;
  });
  for (const merge of sheet.merges ?? []) {
    if (merge.top <= best.row && merge.bottom >= best.row) lastColumn = Math.max(lastColumn, merge.right);
  }
  return { row: best.row, columns, repeats, lastColumn };
}
