/**
 * One input cell as the rules see it: where it is, what it holds, how it read, and whether the
 * value is inside its column's bounds. A cell is *valid* when it read and is in range: only valid
 * values are scored, cross-checked and compared with their targets.
 */
import type { ColumnSpec } from "../catalog/columnSpec";
import type { CellValue, SheetGrid } from "../grid/grid";
import { isEmptyValue, numberFormatAt, valueAt } from "./cellValue";
import { readValue, type ReadOutcome, type ReadValue } from "./readValue";

export interface ReadCell<K extends string = string> {
  readonly key: K;
  readonly spec: ColumnSpec<K>;
  /** 0-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  /** The cell's number format ("General" when it has none), to show it as the clerk sees it. */
  readonly numberFormat: string;
  readonly outcome: ReadOutcome;
  /** False when a value was read but lies outside the column's bounds (E_RANGE). */
  readonly inRange: boolean;
}

/** True unless the value is a number outside the column's bounds. */
export function withinBounds(spec: ColumnSpec, value: ReadValue): boolean {
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

/**
 * The recognised cells of a data row by key. Besides the map, two reads that make no cell: the
 * valid value under a key, and the cells that pass a test of their outcome and spec (the rules
 * that look for problems make cells only for the few that have one).
 */
export interface RowCellMap<K extends string = string> extends ReadonlyMap<K, ReadCell<K>> {
  /** True when every checked cell (an `ignored` one aside) read a value: none empty, none invalid. */
  readonly everyValueRead: boolean;
  /** What `validValue(cells.get(key))` gives, without making the cell. */
  validValue(key: K): ReadValue | undefined;
  /** The cells whose outcome and spec pass `test`, in the row's column order. */
  cellsWhere(test: (outcome: ReadOutcome, spec: ColumnSpec<K>) => boolean): readonly ReadCell<K>[];
}

/** A data row: its 0-based row and its recognised cells by key. */
export interface ReadRow<K extends string = string> {
  readonly row: number;
  readonly cells: RowCellMap<K>;
}

const NO_CELLS: readonly never[] = Object.freeze([]);

/** What every row of a table shares: its columns, its sheet and the outcomes of all its rows. */
interface TableCells<K extends string> {
  readonly plan: RowPlan<K>;
  readonly sheet: SheetGrid;
  /** Row after row, `plan.columns.length` outcomes each; UNREAD where made when asked. */
  readonly outcomes: readonly (ReadOutcome | typeof UNREAD)[];
}

/**
 * An outcome made from the cell when asked for, instead of one string and one object per row kept
 * for the whole evaluation: an `ignored` column (STT), never checked, only shown and
 * fingerprinted as its text; and a text that is not empty in a `text` column (members' names,
 * all different), which always reads as itself, cleaned.
 */
const UNREAD = Symbol("unread");

/** The outcome of column `at` in the row whose outcomes start at `first` (made now for UNREAD). */
function outcomeIn<K extends string>(
  table: TableCells<K>,
  row: number,
  first: number,
  at: number,
): ReadOutcome {
  const outcome = table.outcomes[first + at];
  if (outcome !== UNREAD) return outcome;
  const { spec, col } = table.plan.columns[at];
  return readValue(
    spec.type,
    valueAt(table.sheet, row, col),
    numberFormatAt(table.sheet, row, col),
  );
}

/** The value of an outcome that read and is within its column's bounds, or undefined. */
function validOutcomeValue(outcome: ReadOutcome, spec: ColumnSpec): ReadValue | undefined {
  return outcome.status === "ok" && withinBounds(spec, outcome.value) ? outcome.value : undefined;
}

/**
 * The cells of one row. Only the outcomes are kept, in one array for the whole table (in the
 * order of the table's columns, with the key → position index shared by every row); a ReadCell is
 * made when asked for and dies young. A roster of 200,000 members would otherwise keep 1.2 million
 * cell objects and 200,000 hash maps alive for the garbage collector. Cells compare by their
 * fields, never by identity.
 */
class RowCells<K extends string> implements RowCellMap<K> {
  constructor(
    private readonly table: TableCells<K>,
    private readonly row: number,
    /** Index of this row's first outcome in `table.outcomes`. */
    private readonly first: number,
    readonly everyValueRead: boolean,
  ) {}

  get size(): number {
    return this.table.plan.columns.length;
  }

  private outcomeAt(at: number): ReadOutcome {
    return outcomeIn(this.table, this.row, this.first, at);
  }

  private cellAt(at: number): ReadCell<K> {
    const { spec, col } = this.table.plan.columns[at];
    const outcome = this.outcomeAt(at);
    const inRange = outcome.status !== "ok" || withinBounds(spec, outcome.value);
    return {
      key: spec.key,
      spec,
      row: this.row,
      col,
      raw: valueAt(this.table.sheet, this.row, col),
      numberFormat: numberFormatAt(this.table.sheet, this.row, col),
      outcome,
      inRange,
    };
  }

  get(key: K): ReadCell<K> | undefined {
    const at = this.table.plan.positions.get(key);
    return at === undefined ? undefined : this.cellAt(at);
  }

  has(key: K): boolean {
    return this.table.plan.positions.has(key);
  }

  validValue(key: K): ReadValue | undefined {
    const at = this.table.plan.positions.get(key);
    return at === undefined
      ? undefined
      : validOutcomeValue(this.outcomeAt(at), this.table.plan.columns[at].spec);
  }

  cellsWhere(test: (outcome: ReadOutcome, spec: ColumnSpec<K>) => boolean): readonly ReadCell<K>[] {
    const { columns } = this.table.plan;
    let cells: ReadCell<K>[] | undefined;
    for (let at = 0; at < columns.length; at++) {
      if (test(this.outcomeAt(at), columns[at].spec)) (cells ??= []).push(this.cellAt(at));
    }
    return cells ?? NO_CELLS;
  }

  forEach(
    callback: (value: ReadCell<K>, key: K, map: ReadonlyMap<K, ReadCell<K>>) => void,
    thisArg?: unknown,
  ): void {
    for (let at = 0; at < this.size; at++) {
      const cell = this.cellAt(at);
      callback.call(thisArg, cell, cell.key, this);
    }
  }

  *entries(): MapIterator<[K, ReadCell<K>]> {
    for (let at = 0; at < this.size; at++) {
      const cell = this.cellAt(at);
      yield [cell.key, cell];
    }
  }

  *keys(): MapIterator<K> {
    for (const { spec } of this.table.plan.columns) yield spec.key;
  }

  values(): MapIterator<ReadCell<K>> {
    const cells: ReadCell<K>[] = new Array(this.size);
    for (let at = 0; at < cells.length; at++) cells[at] = this.cellAt(at);
    return cells.values() as MapIterator<ReadCell<K>>;
  }

  [Symbol.iterator](): MapIterator<[K, ReadCell<K>]> {
    return this.entries();
  }
}

/** The recognised columns of a table, in catalogue order, and each key's position among them. */
interface RowPlan<K extends string> {
  readonly positions: ReadonlyMap<K, number>;
  readonly columns: readonly { readonly spec: ColumnSpec<K>; readonly col: number }[];
}

function rowPlan<K extends string>(
  columns: ReadonlyMap<K, number>,
  specs: readonly ColumnSpec<K>[],
): RowPlan<K> {
  const positions = new Map<K, number>();
  const list: { spec: ColumnSpec<K>; col: number }[] = [];
  for (const spec of specs) {
    const col = columns.get(spec.key);
    if (col === undefined || positions.has(spec.key)) continue;
    positions.set(spec.key, list.length);
    list.push({ spec, col });
  }
  return { positions, columns: list };
}

/**
 * How many distinct texts each column remembers. A text reads the same whatever its number
 * format (only numbers are read through the format), so a column's outcome for a text is kept
 * and shared: a roster repeats its ratings and flags on every member row. A `text` column keeps
 * no memo: its texts read as themselves and are made when asked (UNREAD).
 */
const TEXT_MEMO_LIMIT = 4096;

/**
 * The read data rows of a table. What is kept is one array of outcomes for the whole table and
 * a flag per row; a row (and its cells map) is made when iterated or asked for and dies young, so
 * a roster of 200,000 members leaves no 400,000 small objects for the garbage collector to copy.
 * Rows compare by their fields, never by identity; keep `toArray()` for a table read many times.
 */
export class ReadRows<K extends string> implements Iterable<ReadRow<K>> {
  constructor(
    private readonly table: TableCells<K>,
    /** 0-based sheet rows, in order. */
    readonly rowNumbers: readonly number[],
    private readonly everyValueRead: Uint8Array,
  ) {}

  get length(): number {
    return this.rowNumbers.length;
  }

  /** The row at an index of the table (0 for the first data row). */
  at(index: number): ReadRow<K> {
    if (!Number.isInteger(index) || index < 0 || index >= this.rowNumbers.length) {
      throw new RangeError(`ReadRows.at: no row at index ${index} of ${this.rowNumbers.length}`);
    }
    const row = this.rowNumbers[index];
    const width = this.table.plan.columns.length;
    return {
      row,
      cells: new RowCells(this.table, row, index * width, this.everyValueRead[index] === 1),
    };
  }

  [Symbol.iterator](): Iterator<ReadRow<K>> {
    return this.rowsFrom(() => true);
  }

  /**
   * The valid values of one column by row index: what `at(index).cells.validValue(key)` gives,
   * without making the row (for checks that run over every member of a roster).
   */
  validValues(key: K): (index: number) => ReadValue | undefined {
    const at = this.table.plan.positions.get(key);
    if (at === undefined) return () => undefined;
    const { table } = this;
    const { spec } = table.plan.columns[at];
    const width = table.plan.columns.length;
    return (index) =>
      validOutcomeValue(outcomeIn(table, this.rowNumbers[index], index * width, at), spec);
  }

  /**
   * The rows whose outcome under `key` passes `test`, in order (for checks that look for a rare
   * outcome over every member of a roster without making each row).
   */
  rowsWhere(key: K, test: (outcome: ReadOutcome) => boolean): Iterable<ReadRow<K>> {
    const at = this.table.plan.positions.get(key);
    if (at === undefined) return [];
    const { table } = this;
    const width = table.plan.columns.length;
    return {
      [Symbol.iterator]: () =>
        this.rowsFrom((index) => test(outcomeIn(table, this.rowNumbers[index], index * width, at))),
    };
  }

  /** The rows where some checked cell did not read a value (empty or invalid), in order. */
  incomplete(): Iterable<ReadRow<K>> {
    return { [Symbol.iterator]: () => this.rowsFrom((index) => this.everyValueRead[index] === 0) };
  }

  /** A plain iterator (no generator: it runs once per member row of a roster). */
  private rowsFrom(keep: (index: number) => boolean): Iterator<ReadRow<K>> {
    let index = 0;
    return {
      next: (): IteratorResult<ReadRow<K>> => {
        while (index < this.rowNumbers.length) {
          const at = index++;
          if (keep(at)) return { value: this.at(at), done: false };
        }
        return { value: undefined, done: true };
      },
    };
  }

  toArray(): ReadRow<K>[] {
    return Array.from(this);
  }
}

/** Reads the recognised columns of the given 0-based rows of a table. */
export function readRows<K extends string>(
  sheet: SheetGrid,
  rows: readonly number[],
  columns: ReadonlyMap<K, number>,
  specs: readonly ColumnSpec<K>[],
): ReadRows<K> {
  const plan = rowPlan(columns, specs);
  const width = plan.columns.length;
  const memos = plan.columns.map(() => new Map<string, ReadOutcome>());
  // An empty cell reads the same in every row of a column (empty, or "no" for a flag).
  const onEmpty = plan.columns.map(({ spec }) => readValue(spec.type, null, "General"));
  const outcomes: (ReadOutcome | typeof UNREAD)[] = new Array(rows.length * width);
  const lastText: (string | undefined)[] = new Array(width);
  const lastRead: (ReadOutcome | undefined)[] = new Array(width);
  const everyValueRead = new Uint8Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const values = sheet.values[row] ?? [];
    const first = index * width;
    let read = 1;
    for (let at = 0; at < width; at++) {
      const { spec, col } = plan.columns[at];
      if (spec.type === "ignored") {
        outcomes[first + at] = UNREAD;
        continue;
      }
      const raw = values[col] ?? null;
      let outcome: ReadOutcome | undefined;
      if (raw === null) {
        outcome = onEmpty[at];
      } else if (typeof raw !== "string") {
        outcome = readValue(spec.type, raw, numberFormatAt(sheet, row, col));
      } else if (raw === lastText[at] && lastRead[at] !== undefined) {
        // The previous row's text again (a roster's cell code, member after member): no lookup.
        outcome = lastRead[at] as ReadOutcome;
      } else if (spec.type === "text") {
        // A text reads as itself, cleaned: made when asked (UNREAD), as names, all different, are
        // most of a roster; a text repeating the previous row's is read once for its run.
        if (isEmptyValue(raw)) {
          outcome = onEmpty[at];
        } else if (raw !== lastText[at]) {
          lastText[at] = raw;
          lastRead[at] = undefined;
          outcomes[first + at] = UNREAD;
          continue;
        } else {
          outcome = lastRead[at] = readValue(spec.type, raw, "General");
        }
      } else {
        const memo = memos[at];
        outcome = memo.get(raw);
        if (outcome === undefined) {
          outcome = readValue(spec.type, raw, numberFormatAt(sheet, row, col));
          if (memo.size < TEXT_MEMO_LIMIT) memo.set(raw, outcome);
        }
        lastText[at] = raw;
        lastRead[at] = outcome;
      }
      if (outcome.status !== "ok") read = 0;
      outcomes[first + at] = outcome;
    }
    everyValueRead[index] = read;
  }
  return new ReadRows({ plan, sheet, outcomes }, rows.slice(), everyValueRead);
}
