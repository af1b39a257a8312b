/**
 * The shape of a catalogue column: what the engine looks for in a header and how it reads the
 * cells under it. The catalogues (cellsColumns.ts, rosterColumns.ts, outputColumns.ts) are the one
 * place every header word lives: the checks, the template and the task pane all read them.
 */
import type { CriterionId, LocalizedText } from "../vocabulary";

/**
 * How a column's cells are read (spec §1 "Values"): `ignored` (STT), `text`, `integer`, `percent`
 * (percent points), `rating` (HTXSNV / HTTNV / HTNV / KHTNV or the full words), `flag` (yes/no).
 */
export type ColumnType = "ignored" | "text" | "integer" | "percent" | "rating" | "flag";

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** The header of the official template. */
  readonly header: string;
  /** Other headers staff type for the same column (matched like the header, spec §1). */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  /** A required column must be found in the header, and its cells must not be empty. */
  readonly required: boolean;
  /** Inclusive bounds of integer and percent values (E_RANGE outside them). */
  readonly min?: number;
  readonly max?: number;
  /** The criterion the column is an indicator of in the default ruleset (template grouping). */
  readonly criterion?: CriterionId;
  /** What the column holds, for messages in either language. */
  readonly title: LocalizedText;
}

/** Every name a column is recognised by. */
export function columnNames(spec: ColumnSpec): string[] {
  return [spec.header, ...spec.aliases];
}

/** Columns whose values hold numbers (integer or percent): the "numeric inputs" of spec §1. */
export function isNumericColumn(spec: ColumnSpec): boolean {
  return spec.type === "integer" || spec.type === "percent";
}

/**
 * Columns checked on the total row (spec §2): the counts of people and cases, i.e. the integer
 * columns without an upper bound. Meetings (0–12 per cell) are not summed.
 */
export function isTotalledColumn(spec: ColumnSpec): boolean {
  return spec.type === "integer" && spec.max === undefined;
}
