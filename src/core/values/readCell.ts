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
 * The cells of one row, as a read-only map from column key to cell. Only the outcomes are kept
 * (in the order of the row's columns, with the key → position index shared by every row of a
 * table); a ReadCell is made when asked for and dies young. A roster of 200,000 members would
 * otherwise keep 1.2 million cell objects and 200,000 hash maps alive for the garbage collector.
 * Cells compare by their fields, never by identity.
 */
class RowCells<K extends string> implements ReadonlyMap<K, ReadCell<K>> {
  constructor(
    private readonly plan: RowPlan<K>,
    private readonly sheet: SheetGrid,
    private readonly row: number,
    private readonly outcomes: readonly ReadOutcome[],
  ) {}

  get size(): number {
    return this.outcomes.length;
  }

  private cellAt(at: number): ReadCell<K> {
    const { spec, col } = this.plan.columns[at];
    const outcome = this.outcomes[at];
    const inRange = outcome.status !== "ok" || withinBounds(spec, outcome.value);
    return { key: spec.key, spec, row: this.row, col, raw: valueAt(this.sheet, this.row, col), outcome, inRange };
  }

  get(key: K): ReadCell<K> | undefined {
    const at = this.plan.positions.get(key);
    return at === undefined ? undefined : this.cellAt(at);
  }

  has(key: K): boolean {
    return this.plan.positions.has(key);
  }

  forEach(callback: (value: ReadCell<K>, key: K, map: ReadonlyMap<K, ReadCell<K>>) => void, thisArg?: unknown): void {
    for (let at = 0; at < this.outcomes.length; at++) {
      const cell = this.cellAt(at);
      callback.call(thisArg, cell, cell.key, this);
    }
  }

  *entries(): MapIterator<[K, ReadCell<K>]> {
    for (let at = 0; at < this.outcomes.length; at++) {
      const cell = this.cellAt(at);
      yield [cell.key, cell];
    }
  }

  *keys(): MapIterator<K> {
    for (const { spec } of this.plan.columns) yield spec.key;
  }

  values(): MapIterator<ReadCell<K>> {
    const cells: ReadCell<K>[] = new Array(this.outcomes.length);
    for (let at = 0; at < cells.length; at++) cells[at] = this.cellAt(at);
    return cells.values() as MapIterator<ReadCell<K>>;
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
  const outcomes: ReadOutcome[] = new Array(plan.columns.length);
  for (let i = 0; i < plan.columns.length; i++) {
    const { spec, col } = plan.columns[i];
    outcomes[i] = readValue(spec.type, valueAt(sheet, row, col), numberFormatAt(sheet, row, col));
  }
  return { row, cells: new RowCells(plan, sheet, row, outcomes) };
}
