/**
 * Header discovery (spec §1 "the header"): the header is the row, within the first 50, in which
 * the most distinct input columns are recognised (STT excluded); at least 3; a tie goes to the
 * upper row. A header cell left empty under a vertical merge whose top-left cell lies above it in
 * the same column takes that cell's text (a header merged over two rows belongs to the header).
 *
 * v2: header texts are matched with `normalizeHeader` (a trailing "%", "ĐV", "CB"); a header cell
 * that matches no column is tried decoded as TCVN3, then VNI, on its own (one header retyped in
 * an old font), and is recorded when that matches (`decodedCells`, W_ENCODING); a column found
 * twice whose header texts differ only in a trailing bracketed year is no repeat: one column is
 * read, the others are recorded as ignored (`ignoredColumns`, W_LAYOUT).
 */
import type { CellValue, MergeArea, SheetGrid } from "../grid/grid";
import {
  decodeLegacy,
  LEGACY_ENCODINGS,
  mayBeLegacyText,
  type LegacyEncoding,
} from "../text/legacyEncodings";
import { cleanText, foldDiacritics, NameMatcher, normalizeText } from "../text/normalizeText";
import { cellText, isEmptyValue, valueAt } from "../values/cellValue";

export const HEADER_SEARCH_ROWS = 50;
export const MIN_HEADER_COLUMNS = 3;

export interface HeaderColumn<K> {
  readonly key: K;
  /** 0-based column. */
  readonly col: number;
}

/** A header cell recognised only once decoded from a legacy encoding (W_ENCODING on it). */
export interface DecodedHeaderCell<K> extends HeaderColumn<K> {
  /** 0-based row of the cell holding the text (the header row, or a merge's top-left above it). */
  readonly row: number;
  readonly encoding: LegacyEncoding;
}

/** A column for another year, beside the one read (W_LAYOUT on its header cell). */
export interface IgnoredColumn<K> extends HeaderColumn<K> {
  /** The year in its trailing bracket group, or null when it has none. */
  readonly year: number | null;
  /** 0-based column of the column read instead. */
  readonly readCol: number;
}

export interface FoundHeader<K> {
  /** 0-based row of the header. */
  readonly row: number;
  /** The column read for each key (the first recognised, or the one chosen among years). */
  readonly columns: ReadonlyMap<K, number>;
  /** Keys recognised a second (third …) time, with the column of each repeat (E_STRUCTURE / W_ROSTER). */
  readonly repeats: readonly HeaderColumn<K>[];
  /** Columns of a key for other years, not read (v2, W_LAYOUT). */
  readonly ignoredColumns: readonly IgnoredColumn<K>[];
  /** Header cells recognised only after decoding (v2, W_ENCODING). */
  readonly decodedCells: readonly DecodedHeaderCell<K>[];
  /** 0-based index of the last column holding header text (merges included). */
  readonly lastColumn: number;
  /** 0-based column of the first cell of the header row holding text (merges included). */
  readonly firstColumn: number;
  /**
   * 0-based row of each column's header text, by column: the header row, or the top-left of a
   * merge above it that carries its text down (where a finding on that header cell belongs).
   */
  readonly textRows: readonly number[];
}

export interface HeaderOptions<K> {
  /** Matches header texts (built with `normalizeHeader`). */
  readonly matcher: NameMatcher<K>;
  /** Keys that count towards choosing the header row (the inputs, STT excluded). */
  readonly counts: (key: K) => boolean;
  /**
   * Try a header cell that matches nothing decoded as TCVN3, then VNI (default true). False when
   * the whole sheet is already read decoded.
   */
  readonly decodeUnmatched?: boolean;
  /** The evaluation year (from "Thông tin"), to choose among columns for different years. */
  readonly year?: number | null;
}

/** Vertical merges whose top-left cell is above `row` and which cover it, by column. */
function mergesCovering(merges: readonly MergeArea[], row: number): Map<number, MergeArea> {
  const byColumn = new Map<number, MergeArea>();
  for (const merge of merges) {
    if (merge.top < row && merge.bottom >= row) byColumn.set(merge.left, merge);
  }
  return byColumn;
}

interface HeaderCell {
  readonly text: string;
  /** 0-based row the text is in: this row, or the top-left of a merge above. */
  readonly row: number;
}

function headerCells(sheet: SheetGrid, row: number): HeaderCell[] {
  const covering = mergesCovering(sheet.merges ?? [], row);
  const own = sheet.values[row] ?? [];
  let width = own.length;
  for (const col of covering.keys()) width = Math.max(width, col + 1);
  const cells: HeaderCell[] = [];
  for (let col = 0; col < width; col++) {
    const value = own[col] ?? null;
    if (!isEmptyValue(value)) {
      cells.push({ text: cellText(value), row });
      continue;
    }
    const merge = covering.get(col);
    cells.push(
      merge
        ? { text: cellText(valueAt(sheet, merge.top, merge.left)), row: merge.top }
        : { text: "", row },
    );
  }
  return cells;
}

/** The header texts of a row: own text, or the text a vertical merge carries down into it. */
export function headerTexts(sheet: SheetGrid, row: number): string[] {
  return headerCells(sheet, row).map((cell) => cell.text);
}

interface Recognised<K> {
  readonly key: K | null;
  readonly encoding: LegacyEncoding | null;
}

const UNRECOGNISED: Recognised<never> = { key: null, encoding: null };

function recognise<K>(text: string, matcher: NameMatcher<K>, decode: boolean): Recognised<K> {
  if (text === "") return UNRECOGNISED;
  const key = matcher.match(text);
  if (key !== null) return { key, encoding: null };
  if (!decode || !mayBeLegacyText(text)) return UNRECOGNISED;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = matcher.match(decodeLegacy(text, encoding));
    if (decoded !== null) return { key: decoded, encoding };
  }
  return UNRECOGNISED;
}

/** Digits outside a trailing bracket group: no header text of the catalogues has any. */
const DIGIT = /[0-9]/;

/**
 * The header test on one row's own values (the data part of a sheet, merges already filled): true
 * when its texts recognise at least `atLeast` distinct counted columns. Used to find a second
 * table under the first (spec §1 rule 0, v2), on every row under the header: a text with a digit
 * and no bracket (a code, "Chi bộ số 3") is no header text; the answers for other texts are kept
 * in `memo` (ratings repeat). No decoding of single cells here.
 */
export function rowRecognisesColumns<K>(
  values: readonly CellValue[],
  options: HeaderOptions<K>,
  atLeast: number,
  memo: Map<string, K | null> = new Map(),
): boolean {
  let texts = 0;
  for (const value of values) if (typeof value === "string") texts++;
  if (texts < atLeast) return false;
  const distinct = new Set<K>();
  for (const value of values) {
    if (typeof value !== "string") continue;
    texts--;
    let key = memo.get(value);
    if (key === undefined) {
      key = isEmptyValue(value) || (DIGIT.test(value) && !value.includes("(")) ? null : options.matcher.match(value);
      if (memo.size < MEMO_LIMIT) memo.set(value, key);
    }
    if (key !== null && options.counts(key)) {
      distinct.add(key);
      if (distinct.size >= atLeast) return true;
    }
    if (distinct.size + texts < atLeast) return false;
  }
  return false;
}

const MEMO_LIMIT = 4096;

/** The header row of a table, or null when no row within the first 50 qualifies. */
export function findHeaderRow<K>(
  sheet: SheetGrid,
  options: HeaderOptions<K>,
): FoundHeader<K> | null {
  const decode = options.decodeUnmatched ?? true;
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  let best: { row: number; found: Recognised<K>[]; cells: HeaderCell[] } | null = null;
  let bestCount = MIN_HEADER_COLUMNS - 1;
  for (let row = 0; row < last; row++) {
    const cells = headerCells(sheet, row);
    const found = cells.map((cell) => recognise(cell.text, options.matcher, decode));
    const distinct = new Set<K>();
    for (const { key } of found) if (key !== null && options.counts(key)) distinct.add(key);
    if (distinct.size > bestCount) {
      best = { row, found, cells };
      bestCount = distinct.size;
    }
  }
  if (best === null) return null;
  const { row, found, cells } = best;

  const occurrences = new Map<K, number[]>();
  const decodedCells: DecodedHeaderCell<K>[] = [];
  found.forEach(({ key, encoding }, col) => {
    if (key === null) return;
    const list = occurrences.get(key);
    if (list) list.push(col);
    else occurrences.set(key, [col]);
    if (encoding !== null) decodedCells.push({ key, col, row: cells[col].row, encoding });
  });

  const columns = new Map<K, number>();
  const repeats: HeaderColumn<K>[] = [];
  const ignoredColumns: IgnoredColumn<K>[] = [];
  for (const [key, cols] of occurrences) {
    const years = cols.length > 1 ? yearColumns(cols.map((col) => cells[col].text)) : null;
    if (years === null) {
      columns.set(key, cols[0]);
      for (const col of cols.slice(1)) repeats.push({ key, col });
      continue;
    }
    const readAt = chooseYear(years, options.year ?? null);
    columns.set(key, cols[readAt]);
    cols.forEach((col, i) => {
      if (i !== readAt) ignoredColumns.push({ key, col, year: years[i], readCol: cols[readAt] });
    });
  }
  repeats.sort((a, b) => a.col - b.col);
  ignoredColumns.sort((a, b) => a.col - b.col);

  let lastColumn = -1;
  let firstColumn = -1;
  cells.forEach((cell, col) => {
    if (cell.text === "") return;
    lastColumn = col;
    if (firstColumn < 0) firstColumn = col;
  });
  for (const merge of sheet.merges ?? []) {
    if (merge.top <= row && merge.bottom >= row) lastColumn = Math.max(lastColumn, merge.right);
  }
  const textRows = cells.map((cell) => cell.row);
  return { row, columns, repeats, ignoredColumns, decodedCells, lastColumn, firstColumn, textRows };
}

// ---------------------------------------------------------------------------------------------
// Columns for different years (v2)
// ---------------------------------------------------------------------------------------------

const TRAILING_GROUP = /\(([^()]*)\)$/;
/** A bracket group holding a year: "(2024)", "(năm 2024)", "(Năm 2024)" (normalised). */
const YEAR_GROUP = /^(?:nam\s*)?((?:19|20|21)[0-9]{2})$/;

/**
 * The year in a header text's trailing bracket group: null when the text has no trailing group,
 * undefined when its group holds something else ("(người)").
 */
function trailingYear(text: string): number | null | undefined {
  const folded = foldDiacritics(cleanText(text))
    .replace(/\s*[:*]$/, "")
    .trim();
  const group = TRAILING_GROUP.exec(folded);
  if (group === null) return null;
  const year = YEAR_GROUP.exec(group[1].trim());
  return year === null ? undefined : Number(year[1]);
}

/**
 * The year (or null) of each occurrence of a key, when the occurrences' header texts differ only
 * in a trailing bracketed year ("Xếp loại chi bộ (năm 2024)" beside "(năm 2025)", or beside
 * "Xếp loại chi bộ"); null when they do not (a true repeat). Two occurrences with the same year,
 * or both without one, do not differ at all: a repeat.
 */
export function yearColumns(texts: readonly string[]): (number | null)[] | null {
  // normalizeText drops one trailing bracket group: what is left must be the same text.
  const base = normalizeText(texts[0]);
  const years: (number | null)[] = [];
  for (const text of texts) {
    if (normalizeText(text) !== base) return null;
    const year = trailingYear(text);
    if (year === undefined) return null;
    if (years.includes(year)) return null;
    years.push(year);
  }
  return years;
}

/** Which occurrence is read: the evaluation year's; else the one without a year; else the latest. */
function chooseYear(years: readonly (number | null)[], evaluationYear: number | null): number {
  if (evaluationYear !== null) {
    const at = years.indexOf(evaluationYear);
    if (at >= 0) return at;
  }
  const plain = years.indexOf(null);
  if (plain >= 0) return plain;
  let latest = 0;
  years.forEach((year, i) => {
    if ((year ?? 0) > (years[latest] ?? 0)) latest = i;
  });
  return latest;
}
