/**
 * One input cell as the rules see it: where it is, what it holds, how it read, and whether the
 * value is inside its column's bounds. A cell is *valid* when it read and is in range: only valid
 * values are scored, cross-checked and compared with their targets.
 */
import type { ColumnSpec } from "../catalog/columnSpec";
import type { CellValue, SheetGrid } from "../grid/grid";
import { numberFormatAt, valueAt } from "./cellValue";
import { readValue, type ReadOutcome, type ReadValue } from "./readValue";

export interface ReadCell<K extends string = string> {
  readonly key: K;
  readonly spec: ColumnSpec<K>;
  /** 0-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  readonly outcome: ReadOutcome;
  /** False when a value was read but lies outside the column's bounds (E_RANGE). */
  readonly inRange: boolean;
}

function withinBounds(spec: ColumnSpec, value: ReadValue): boolean {
  if (typeof value !== "number") return true;
  if (spec.min !== undefined && value < spec.min) return false;
  if (spec.max !== undefined && value > spec.max) return false;
  return true;
}

export function readCell<K extends string>(sheet: SheetGrid, row: number, col: number, spec: ColumnSpec<K>): ReadCell<K> {
  const raw = valueAt(sheet, row, col);
  const outcome = readValue(spec.type, raw, numberFormatAt(sheet, row, col));
  const inRange = outcome.status !== "ok" || withinBounds(spec, outcome.value);
  return { key: spec.key, spec, row, col, raw, outcome, inRange };
}

/** The value of a cell that read and is in range, or undefined. */
export function validValue(cell: ReadCell | undefined): ReadValue | undefined {
  if (cell === undefined || cell.outcome.status !== "ok" || !cell.inRange) return undefined;
  return cell.outcome.value;
}

/** The number of a valid numeric cell, or undefined. */
export function validNumber(cell: ReadCell | undefined): number | undefined {
  const value = validValue(cell);
  return typeof value === "number" ? value : undefined;
}

/** A data row: its 0-based row and its recognised cells by key. */
export interface ReadRow<K extends string = string> {
  readonly row: number;
  readonly cells: ReadonlyMap<K, ReadCell<K>>;
}

/** Reads the recognised columns of one row. */
export function readRow<K extends string>(
  sheet: SheetGrid,
  row: number,
  columns: ReadonlyMap<K, number>,
  specs: readonly ColumnSpec<K>[],
): ReadRow<K> {
  const cells = new Map<K, ReadCell<K>>();
  for (const spec of specs) {
    const col = columns.get(spec.key);
    if (col !== undefined) cells.set(spec.key, readCell(sheet, row, col, spec));
  }
  return { row, cells };
}
