/**
 * The "Chi bộ" table as found in a sheet: header, structure problems, data rows read, the grand
 * total row, the signature block, and where each output column is (or will be created: at the
 * right end of the header, after anything the header and data rows hold).
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { columnNames, isNumericColumn } from "../catalog/columnSpec";
import { OUTPUT_COLUMNS } from "../catalog/outputColumns";
import type { SheetGrid } from "../grid/grid";
import { classifyRows, type RowClassification } from "./classifyRows";
import { findHeaderRow, type FoundHeader } from "./findHeaderRow";
import type { CellsInputKey, OutputKey } from "../vocabulary";
import { tableStructureProblems, type StructureProblem } from "./tableStructure";
import { lastUsedColumn } from "./usedColumns";
import { NameMatcher } from "../text/normalizeText";
import { numberFormatAt, valueAt } from "../values/cellValue";
import { readRows, type ReadRow } from "../values/readRows";
import { holdsNumber } from "../values/readValue";

export type CellsColumnKey = CellsInputKey | OutputKey;

const INPUT_KEYS = new Set<CellsColumnKey>(CELLS_COLUMNS.map((c) => c.key));

const CELLS_MATCHER = new NameMatcher<CellsColumnKey>([
  ...CELLS_COLUMNS.map((spec) => ({ key: spec.key as CellsColumnKey, names: columnNames(spec) })),
  ...OUTPUT_COLUMNS.map((spec) => ({ key: spec.key as CellsColumnKey, names: [spec.header] })),
]);

const REQUIRED_KEYS = CELLS_COLUMNS.filter((c) => c.required).map((c) => c.key as CellsColumnKey);

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

export interface PartyCellsTable {
  readonly sheet: SheetGrid;
  readonly header: FoundHeader<CellsColumnKey> | null;
  readonly problems: readonly StructureProblem<CellsColumnKey>[];
  /** Input columns found, by key (0-based columns). */
  readonly inputColumns: ReadonlyMap<CellsInputKey, number>;
  readonly classification: RowClassification | null;
  readonly rows: readonly ReadRow<CellsInputKey>[];
  readonly outputColumns: readonly OutputColumn[];
}

export function discoverPartyCellsTable(sheet: SheetGrid): PartyCellsTable {
  const header = findHeaderRow(sheet, {
    matcher: CELLS_MATCHER,
    counts: (key) => INPUT_KEYS.has(key) && key !== "stt",
  });
  const problems = tableStructureProblems(header, REQUIRED_KEYS);
  const inputColumns = new Map<CellsInputKey, number>();
  for (const [key, col] of header?.columns ?? []) {
    if (INPUT_KEYS.has(key)) inputColumns.set(key as CellsInputKey, col);
  }
  if (header === null || problems.length > 0) {
    return { sheet, header, problems, inputColumns, classification: null, rows: [], outputColumns: [] };
  }

  const columnsOf = (predicate: (key: CellsInputKey) => boolean) =>
    [...inputColumns].filter(([key]) => predicate(key)).map(([, col]) => col);
  const numericKeys = new Set(CELLS_COLUMNS.filter(isNumericColumn).map((c) => c.key));
  const ratingKeys = new Set(CELLS_COLUMNS.filter((c) => c.type === "rating").map((c) => c.key));
  const classification = classifyRows(sheet, header.row, {
    codeCol: inputColumns.get("code") ?? null,
    numericCols: columnsOf((key) => numericKeys.has(key)),
    ratingCols: columnsOf((key) => ratingKeys.has(key)),
    holdsNumber: (row, col) => holdsNumber(valueAt(sheet, row, col), numberFormatAt(sheet, row, col)),
  });
  // Party cells are few and each is read by many rules: their rows are kept.
  const rows = readRows(sheet, classification.dataRows, inputColumns, CELLS_COLUMNS).toArray();

  const lastRow = Math.max(header.row, classification.totalRow ?? -1, ...classification.dataRows.slice(-1));
  let next = Math.max(header.lastColumn, lastUsedColumn(sheet, header.row, lastRow)) + 1;
  const outputColumns = OUTPUT_COLUMNS.map((spec): OutputColumn => {
    const existing = header.columns.get(spec.key);
    return existing !== undefined
      ? { key: spec.key, col: existing, isNew: false }
      : { key: spec.key, col: next++, isNew: true };
  });
  return { sheet, header, problems, inputColumns, classification, rows, outputColumns };
}
