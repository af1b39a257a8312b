/**
 * The normalised input values the fingerprint covers (spec §6): the recognised input columns of
 * "Thông tin", "Chi bộ" (data rows and the grand total row) and "Đảng viên" (member rows),
 * serialised canonically. Keyed by column key and taken in row order, not by address, so
 * formatting, output cells, the report sheet, column order and rows inserted above the table do
 * not change it; any input value that reads differently does.
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { isTotalledColumn } from "../catalog/columnSpec";
import { INFO_FIELDS, type InfoFieldKey } from "../catalog/infoFields";
import { ROSTER_COLUMNS } from "../catalog/rosterColumns";
import type { CellIndex } from "../grid/address";
import type { SheetGrid } from "../grid/grid";
import { cleanText } from "../text/normalizeText";
import { cellText, isEmptyValue, numberFormatAt, valueAt } from "../values/cellValue";
import type { ReadCell, ReadRow } from "../values/readRows";
import { readInteger, readText, type ReadOutcome } from "../values/readValue";
import type { PartyCellsTable } from "../layout/partyCellsTable";
import type { RosterTable } from "../layout/rosterTable";

/** Format version of the canonical text: a stamp made with another version reads as changed. */
export const CANONICAL_INPUTS_VERSION = 1;

type Canonical = string | number | boolean | null | ["!", string];

function canonicalOutcome(outcome: ReadOutcome, raw: unknown): Canonical {
  if (outcome.status === "ok") return outcome.value;
  if (outcome.status === "empty") return null;
  return ["!", cleanText(cellText(raw as never))];
}

function canonicalCell(cell: ReadCell | undefined): Canonical {
  return cell === undefined ? null : canonicalOutcome(cell.outcome, cell.raw);
}

function tableSection<K extends string>(rows: Iterable<ReadRow<K>>, keys: readonly K[]) {
  return {
    columns: keys,
    rows: Array.from(rows, (row) => keys.map((key) => canonicalCell(row.cells.get(key)))),
  };
}

function infoSection(sheet: SheetGrid | null, fields: ReadonlyMap<InfoFieldKey, CellIndex>) {
  if (sheet === null) return null;
  const values: Record<string, Canonical> = {};
  for (const field of INFO_FIELDS) {
    const at = fields.get(field.key);
    if (at === undefined) {
      values[field.key] = null;
      continue;
    }
    const raw = valueAt(sheet, at.row, at.col);
    const read = field.key === "year" ? readInteger(raw, numberFormatAt(sheet, at.row, at.col)) : readText(raw);
    values[field.key] = canonicalOutcome(read, raw);
  }
  return values;
}

/** The unusable "Chi bộ" sheet: every non-empty cell's text in reading order. */
function rawSection(sheet: SheetGrid): string[] {
  const texts: string[] = [];
  for (const values of sheet.values) {
    for (const value of values ?? []) if (!isEmptyValue(value)) texts.push(cleanText(cellText(value)));
    texts.push("");
  }
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts;
}

export interface CanonicalParts {
  infoSheet: SheetGrid | null;
  infoFields: ReadonlyMap<InfoFieldKey, CellIndex>;
  cells: PartyCellsTable | null;
  roster: RosterTable | null;
}

/**
 * The canonical text, serialised only when first asked for (the fingerprint is needed to stamp a
 * workbook or to check a stamp, not to score one: at 10,000 Party cells the text is ~20 MB and a
 * third of the engine's time). What is read from the sheets directly (the info fields, the total
 * row, an unusable sheet) is taken now, so a grid changed after the evaluation cannot change it;
 * the member and data rows were already read into their own objects.
 */
export function deferredCanonicalInputs(parts: CanonicalParts): () => string {
  const { cells, roster } = parts;
  const info = infoSection(parts.infoSheet, parts.infoFields);
  let cellsSection: () => unknown = () => null;
  if (cells !== null && cells.classification !== null) {
    const keys = CELLS_COLUMNS.map((c) => c.key).filter((key) => cells.inputColumns.has(key));
    const totalRow = cells.classification.totalRow;
    const totals = CELLS_COLUMNS.filter(isTotalledColumn)
      .map((spec) => spec.key)
      .filter((key) => cells.inputColumns.has(key));
    const total =
      totalRow === null
        ? null
        : totals.map((key) => {
            const col = cells.inputColumns.get(key) as number;
            const raw = valueAt(cells.sheet, totalRow, col);
            return canonicalOutcome(readInteger(raw, "General"), raw);
          });
    cellsSection = () => ({ ...tableSection(cells.rows, keys), total });
  } else if (cells !== null) {
    const raw = { raw: rawSection(cells.sheet) };
    cellsSection = () => raw;
  }
  let rosterSection: () => unknown = () => null;
  if (roster !== null && roster.header !== null) {
    const keys = ROSTER_COLUMNS.map((c) => c.key).filter((key) => roster.header?.columns.has(key));
    rosterSection = () => tableSection(roster.members, keys);
  }
  let text: string | null = null;
  return () =>
    (text ??= JSON.stringify({
      v: CANONICAL_INPUTS_VERSION,
      info,
      cells: cellsSection(),
      roster: rosterSection(),
    }));
}
