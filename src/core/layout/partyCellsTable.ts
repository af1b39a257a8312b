/**
 * The "Chi bộ" table as found in a sheet: header, structure problems, data rows read, the grand
 * total row, the signature rows, and where each output column is (or will be created: at the
 * right end of the header, after anything the header and data rows hold).
 *
 * In order (spec §1, v2): the sheet is read as Unicode or, when its header cannot be found or
 * lacks a required column, decoded from TCVN3 or VNI if that recognises more (`encoding`); merges
 * down a column below the header fill their cells (`filledCells`); rows are classified (a second
 * table ends the table, signature rows are skipped, group rows are never data, data below a
 * signature row is recorded); the data rows are read. What v2 reports as findings is recorded
 * here, typed, for the rules: `encoding` and `header.decodedCells` (W_ENCODING),
 * `header.ignoredColumns`, `classification.secondTable` and `classification.belowSignature`
 * (W_LAYOUT), `filledCells` (W_NORMALIZED), `headerWithoutData` (E_STRUCTURE), and ratings read
 * once decoded (`outcome.encoding`, W_ENCODING).
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { columnNames, isNumericColumn } from "../catalog/columnSpec";
import { OUTPUT_COLUMNS } from "../catalog/outputColumns";
import type { SheetGrid } from "../grid/grid";
import { classifyRows, type RowCell, type RowClassification } from "./classifyRows";
import { fillMergesDown } from "./fillMerges";
import {
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  MIN_HEADER_COLUMNS,
  rowRecognisesColumns,
  type FoundHeader,
  type HeaderOptions,
} from "./findHeaderRow";
import type { CellsInputKey, OutputKey } from "../vocabulary";
import { chooseSheetEncoding } from "./legacySheet";
import { tableStructureProblems, type StructureProblem } from "./tableStructure";
import { lastUsedColumn } from "./usedColumns";
import type { LegacyEncoding } from "../text/legacyEncodings";
import { NameMatcher, normalizeHeader } from "../text/normalizeText";
import { numberFormatAt, valueAt } from "../values/cellValue";
import { readRows, type ReadRow } from "../values/readRows";
import { holdsNumber } from "../values/readValue";

export type CellsColumnKey = CellsInputKey | OutputKey;

const INPUT_KEYS = new Set<CellsColumnKey>(CELLS_COLUMNS.map((c) => c.key));

const CELLS_MATCHER = new NameMatcher<CellsColumnKey>(
  [
    ...CELLS_COLUMNS.map((spec) => ({ key: spec.key as CellsColumnKey, names: columnNames(spec) })),
    ...OUTPUT_COLUMNS.map((spec) => ({ key: spec.key as CellsColumnKey, names: [spec.header] })),
  ],
  normalizeHeader,
);

const REQUIRED_KEYS = CELLS_COLUMNS.filter((c) => c.required).map((c) => c.key as CellsColumnKey);
const NUMERIC_KEYS = new Set(CELLS_COLUMNS.filter(isNumericColumn).map((c) => c.key));
const RATING_KEYS = new Set(CELLS_COLUMNS.filter((c) => c.type === "rating").map((c) => c.key));

/** The default header of a recognised column, for messages. */
export function cellsHeaderOf(key: CellsColumnKey): string {
  return (
    CELLS_COLUMNS.find((c) => c.key === key)?.header ??
    OUTPUT_COLUMNS.find((c) => c.key === key)?.header ??
    key
  );
}

export interface OutputColumn {
  readonly key: OutputKey;
  /** 0-based column. */
  readonly col: number;
  /** True when the template lacks it and the product creates its header. */
  readonly isNew: boolean;
}

/** A sheet read decoded from a legacy encoding: W_ENCODING on its first recognised header cell. */
export interface SheetEncoding {
  readonly encoding: LegacyEncoding;
  /** 0-based cell: the first (leftmost) recognised header cell, where its text is. */
  readonly row: number;
  readonly col: number;
}

/** An input cell of a data row that reads the value of a merge above it (W_NORMALIZED). 0-based. */
export interface FilledInputCell {
  readonly key: CellsInputKey;
  readonly row: number;
  readonly col: number;
  /** 0-based row of the merge's top-left cell, in the same column. */
  readonly fromRow: number;
}

export interface PartyCellsTable {
  /**
   * The sheet the table was read from: the given one, decoded when it is typed in a legacy
   * encoding, with merged cells below the header filled. Its name is the workbook's.
   */
  readonly sheet: SheetGrid;
  readonly header: FoundHeader<CellsColumnKey> | null;
  readonly problems: readonly StructureProblem<CellsColumnKey>[];
  /** Input columns found, by key (0-based columns). */
  readonly inputColumns: ReadonlyMap<CellsInputKey, number>;
  readonly classification: RowClassification | null;
  readonly rows: readonly ReadRow<CellsInputKey>[];
  readonly outputColumns: readonly OutputColumn[];
  /** The legacy encoding the sheet was read in (v2, W_ENCODING), or null for Unicode. */
  readonly encoding: SheetEncoding | null;
  /** Input cells of data rows filled from a merge above them (v2, W_NORMALIZED). */
  readonly filledCells: readonly FilledInputCell[];
  /** The header's first cell when no data row is under it (v2, E_STRUCTURE), else null. */
  readonly headerWithoutData: RowCell | null;
}

export interface PartyCellsTableOptions {
  /** The evaluation year ("Thông tin"), to choose among columns for different years. */
  readonly year?: number | null;
}

function headerOptions(
  year: number | null,
  decodeUnmatched: boolean,
): HeaderOptions<CellsColumnKey> {
  return {
    matcher: CELLS_MATCHER,
    counts: (key) => INPUT_KEYS.has(key) && key !== "stt",
    decodeUnmatched,
    year,
  };
}

/**
 * The header's first recognised cell (leftmost), 0-based: where its text is (the header row, or
 * the top-left of a merge above it).
 */
export function firstRecognisedCell(header: FoundHeader<unknown>): RowCell {
  const col = Math.min(...header.columns.values());
  return { row: header.textRows[col] ?? header.row, col };
}

export function discoverPartyCellsTable(given: SheetGrid, options: PartyCellsTableOptions = {}): PartyCellsTable {
  const year = options.year ?? null;
  const plain = headerOptions(year, false);
  const { sheet: read, encoding } = chooseSheetEncoding(given, HEADER_SEARCH_ROWS, (candidate) => {
    const found = findHeaderRow(candidate, plain);
    const problems = tableStructureProblems(found, REQUIRED_KEYS);
    return {
      complete: problems.every((p) => p.kind === "repeat"),
      recognised: found?.columns.size ?? 0,
    };
  });
  // A Unicode sheet's header cells that match nothing are tried decoded on their own.
  const header = findHeaderRow(read, headerOptions(year, encoding === null));
  const problems = tableStructureProblems(header, REQUIRED_KEYS);
  const inputColumns = new Map<CellsInputKey, number>();
  for (const [key, col] of header?.columns ?? []) {
    if (INPUT_KEYS.has(key)) inputColumns.set(key as CellsInputKey, col);
  }
  const sheetEncoding: SheetEncoding | null =
    encoding !== null && header !== null ? { encoding, ...firstRecognisedCell(header) } : null;
  if (header === null || problems.length > 0) {
    return {
      sheet: read,
      header,
      problems,
      inputColumns,
      classification: null,
      rows: [],
      outputColumns: [],
      encoding: sheetEncoding,
      filledCells: [],
      headerWithoutData: null,
    };
  }

  const { sheet, filled } = fillMergesDown(read, header.row);
  const columnsOf = (keys: ReadonlySet<CellsInputKey>) =>
    [...inputColumns].filter(([key]) => keys.has(key)).map(([, col]) => col);
  const secondTableTest = headerOptions(year, false);
  const headerMemo = new Map<string, CellsColumnKey | null>();
  const classification = classifyRows(sheet, header.row, {
    codeCol: inputColumns.get("code") ?? null,
    sttCol: inputColumns.get("stt") ?? null,
    numericCols: columnsOf(NUMERIC_KEYS),
    ratingCols: columnsOf(RATING_KEYS),
    inputCols: [...inputColumns.values()].sort((a, b) => a - b),
    holdsNumber: (row, col) =>
      holdsNumber(valueAt(sheet, row, col), numberFormatAt(sheet, row, col)),
    isHeaderRow: (row) =>
      rowRecognisesColumns(sheet.values[row] ?? [], secondTableTest, MIN_HEADER_COLUMNS, headerMemo),
  });
  // Party cells are few and each is read by many rules: their rows are kept.
  const rows = readRows(sheet, classification.dataRows, inputColumns, CELLS_COLUMNS).toArray();

  const keyAt = new Map<number, CellsInputKey>([...inputColumns].map(([key, col]) => [col, key]));
  const dataRowSet = new Set(classification.dataRows);
  const filledCells: FilledInputCell[] = [];
  for (const cell of filled) {
    const key = keyAt.get(cell.col);
    if (key !== undefined && dataRowSet.has(cell.row)) filledCells.push({ key, ...cell });
  }

  const lastRow = Math.max(
    header.row,
    classification.totalRow ?? -1,
    ...classification.dataRows.slice(-1),
  );
  let next = Math.max(header.lastColumn, lastUsedColumn(sheet, header.row, lastRow)) + 1;
  const outputColumns = OUTPUT_COLUMNS.map((spec): OutputColumn => {
    const existing = header.columns.get(spec.key);
    return existing !== undefined
      ? { key: spec.key, col: existing, isNew: false }
      : { key: spec.key, col: next++, isNew: true };
  });
  return {
    sheet,
    header,
    problems,
    inputColumns,
    classification,
    rows,
    outputColumns,
    encoding: sheetEncoding,
    filledCells,
    headerWithoutData:
      classification.dataRows.length === 0
        ? { row: header.row, col: Math.max(0, header.firstColumn) }
        : null,
  };
}

/** Whether a "Chi bộ" sheet is the one to read among several (spec §1 "Sheets", v2). */
export function cellsTableHasData(table: PartyCellsTable): boolean {
  return table.header !== null && table.rows.length > 0;
}

export interface CellsTableChoice {
  /** The table read: the first whose header is recognised and holds a data row, else the first. */
  readonly table: PartyCellsTable;
  /** The other sheets of the role, in workbook order (W_INFO names the sheet read). */
  readonly others: readonly string[];
}

/**
 * Among the sheets matching "Chi bộ" (in workbook order), the one to read: the first whose header
 * is recognised and that holds at least one data row; when none does, the first (spec §1
 * "Sheets", v2). Null when there is none.
 */
export function choosePartyCellsTable(
  sheets: readonly SheetGrid[],
  options: PartyCellsTableOptions = {},
): CellsTableChoice | null {
  if (sheets.length === 0) return null;
  const tables = sheets.length === 1 ? [discoverPartyCellsTable(sheets[0], options)] : [];
  let chosen: PartyCellsTable | null = tables[0] ?? null;
  if (chosen === null) {
    for (const sheet of sheets) {
      const table = discoverPartyCellsTable(sheet, options);
      tables.push(table);
      if (cellsTableHasData(table)) {
        chosen = table;
        break;
      }
    }
    chosen ??= tables[0];
  }
  const name = chosen.sheet.name;
  return { table: chosen, others: sheets.map((s) => s.name).filter((other) => other !== name) };
}
