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

/**
 * The cells of one row, as a read-only map from column key to cell. Backed by an array in the
 * order of the row's columns, with the key → position index shared by every row of a table: a
 * roster of 200,000 members would otherwise allocate 200,000 hash maps for the garbage collector.
 */
class RowCells<K extends string> implements ReadonlyMap<K, ReadCell<K>> {
  constructor(
    private readonly positions: ReadonlyMap<K, number>,
    private readonly list: readonly ReadCell<K>[],
  ) {}

  get size(): number {
    return this.list.length;
  }

  get(key: K): ReadCell<K> | undefined {
    const at = this.positions.get(key);
    return at === undefined ? undefined : this.list[at];
  }

  has(key: K): boolean {
    return this.positions.has(key);
  }

  forEach(callback: (value: ReadCell<K>, key: K, map: ReadonlyMap<K, ReadCell<K>>) => void, thisArg?: unknown): void {
    for (const cell of this.list) callback.call(thisArg, cell, cell.key, this);
  }

  *entries(): MapIterator<[K, ReadCell<K>]> {
    for (const cell of this.list) yield [cell.key, cell];
  }

  *keys(): MapIterator<K> {
    for (const cell of this.list) yield cell.key;
  }

  values(): MapIterator<ReadCell<K>> {
    return this.list.values() as MapIterator<ReadCell<K>>;
  }

  [Symbol.iterator](): MapIterator<[K, ReadCell<K>]> {
    return this.entries();
  }
}

interface RowPlan<K extends string> {
  readonly positions: ReadonlyMap<K, number>;
  readonly columns: readonly { readonly spec: ColumnSpec<K>; readonly col: number }[];
}

/** The plan of the recognised columns, by the table's columns map and specs (one per table). */
const ROW_PLANS = new WeakMap<ReadonlyMap<string, number>, WeakMap<readonly ColumnSpec[], RowPlan<string>>>();

function rowPlan<K extends string>(columns: ReadonlyMap<K, number>, specs: readonly ColumnSpec<K>[]): RowPlan<K> {
  let bySpecs = ROW_PLANS.get(columns);
  if (bySpecs === undefined) ROW_PLANS.set(columns, (bySpecs = new WeakMap()));
  let plan = bySpecs.get(specs) as RowPlan<K> | undefined;
  if (plan === undefined) {
    const positions = new Map<K, number>();
    const list: { spec: ColumnSpec<K>; col: number }[] = [];
    for (const spec of specs) {
      const col = columns.get(spec.key);
      if (col === undefined || positions.has(spec.key)) continue;
      positions.set(spec.key, list.length);
      list.push({ spec, col });
    }
    plan = { positions, columns: list };
    bySpecs.set(specs, plan as unknown as RowPlan<string>);
  }
  return plan;
}

/** Reads the recognised columns of one row. */
export function readRow<K extends string>(
  sheet: SheetGrid,
  row: number,
  columns: ReadonlyMap<K, number>,
  specs: readonly ColumnSpec<K>[],
): ReadRow<K> {
  const plan = rowPlan(columns, specs);
  const cells: ReadCell<K>[] = new Array(plan.columns.length);
  for (let i = 0; i < plan.columns.length; i++) {
    const { spec, col } = plan.columns[i];
    cells[i] = readCell(sheet, row, col, spec);
  }
  return { row, cells: new RowCells(plan.positions, cells) };
}
