/**
 * Which formula a mark gets (spec §5). A dynamic mark's formula expresses the rule, so the colour
 * goes away the moment the clerk types a value that meets it; a static mark (`ISTEXT(tag)`, always
 * TRUE) stays until the next scoring replaces it.
 *
 * | rule | formula |
 * |---|---|
 * | E_REQUIRED | dynamic: the cell is still empty |
 * | E_TYPE | dynamic on rating columns: not a rating; static elsewhere (on integer and percent columns only a number's format could tell a date from a count, and no formula can read it in Excel for the web: markFormulas.ts) |
 * | E_RANGE | dynamic: not a value within the column's bounds |
 * | S_SHORTFALL | dynamic: the value (or members_good / members of the same row) does not meet the ruleset's target |
 * | W_SMALL_CELL | dynamic: members below the Party Charter's minimum |
 * | E_DUPLICATE, E_CONSISTENCY, E_CROSS, E_STRUCTURE, W_TOTAL, W_INFO, W_ROSTER, W_NORMALIZED | static: they depend on other rows, other sheets or on how the value was typed |
 *
 * Every formula is written relative to the mark's first cell; it refers to the cell itself, and the
 * rate formula to the members cell of the same row (`$D10`: column fixed, row relative).
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import type { ColumnSpec } from "../catalog/columnSpec";
import { ROSTER_COLUMNS } from "../catalog/rosterColumns";
import { adr } from "../grid/address";
import type { WorkbookLayout } from "../layout/workbookLayout";
import type { RuleCode } from "../report/report";
import { MIN_CELL_MEMBERS } from "../rules/smallCell";
import type { Indicator, Ruleset } from "../ruleset/ruleset";
import { RATING_CODES } from "../values/readValue";
import {
  comparison,
  integerValue,
  isBlankCell,
  isRatingIn,
  percentHolds,
  rateComparison,
  withinBounds,
} from "./markFormulas";
import { OWNER_TAG_TERM } from "./productMarkFormula";
import type { ColumnKey, RatingCode } from "../vocabulary";

/** Excel's limit on the length of a formula. */
export const MAX_FORMULA_CHARS = 8_192;

/** The formula of a static mark: TRUE for as long as it exists. */
export const STATIC_MARK_FORMULA = `=${OWNER_TAG_TERM}`;

export interface MarkCondition {
  formula: string;
  dynamic: boolean;
}

export interface MarkTarget {
  sheet: string;
  rule: RuleCode;
  key: ColumnKey | null;
  /** The first cell of the mark, which the formula is relative to. */
  anchor: string;
}

export interface MarkContext {
  layout: WorkbookLayout;
  ruleset: Ruleset;
}

const STATIC: MarkCondition = { formula: STATIC_MARK_FORMULA, dynamic: false };

/** A dynamic mark: TRUE unless `ok` says the cell is certainly fine; any error inside counts as not fine. */
function markUnless(ok: string): MarkCondition {
  const formula = `=AND(IFERROR(NOT(${ok}),TRUE),${OWNER_TAG_TERM})`;
  return formula.length <= MAX_FORMULA_CHARS ? { formula, dynamic: true } : STATIC;
}

function markWhile(condition: string): MarkCondition {
  const formula = `=AND(IFERROR(${condition},FALSE),${OWNER_TAG_TERM})`;
  return formula.length <= MAX_FORMULA_CHARS ? { formula, dynamic: true } : STATIC;
}

/** The catalogue entry of the column a mark's cells belong to, looked up on the sheet they are on. */
function columnSpec(target: MarkTarget, layout: WorkbookLayout): ColumnSpec | null {
  if (target.key === null) return null;
  if (layout.cells && target.sheet === layout.cells.sheet) {
    return CELLS_COLUMNS.find((spec) => spec.key === target.key) ?? null;
  }
  if (layout.roster && target.sheet === layout.roster.sheet) {
    return ROSTER_COLUMNS.find((spec) => spec.key === target.key) ?? null;
  }
  return null;
}

/** TRUE when `test` holds for the cell's value as the engine reads the column; null for other columns. */
function valueHolds(spec: ColumnSpec, ref: string, test: (value: string) => string): string | null {
  if (spec.type === "integer") return test(integerValue(ref));
  if (spec.type === "percent") return percentHolds(ref, test);
  return null;
}

function indicatorOf(ruleset: Ruleset, key: ColumnKey): Indicator | null {
  for (const criterion of ruleset.criteria) {
    const indicator = criterion.indicators.find((candidate) => candidate.key === key);
    if (indicator) return indicator;
  }
  return null;
}

function shortfallCondition(
  target: MarkTarget,
  spec: ColumnSpec,
  context: MarkContext,
): MarkCondition {
  if (target.key === null) return STATIC;
  const indicator = indicatorOf(context.ruleset, target.key);
  if (indicator === null) return STATIC;
  const ref = target.anchor;
  const goal = indicator.target;
  if (indicator.kind === "rating") {
    if (goal.op !== "in" || spec.type !== "rating") return STATIC;
    return markUnless(isRatingIn(ref, goal.values));
  }
  if (goal.op === "in") return STATIC;
  if (indicator.kind === "rate") {
    const members = context.layout.cells?.columns.members;
    if (members === undefined || spec.type !== "integer") return STATIC;
    const row = adr(ref).row + 1;
    return markUnless(
      rateComparison(integerValue(ref), integerValue(`$${members}${row}`), goal.op, goal.value),
    );
  }
  const ok = valueHolds(spec, ref, (value) => comparison(value, goal.op, goal.value));
  return ok === null ? STATIC : markUnless(ok);
}

/** The formula of the mark over the cells of one rule in one column. */
export function markCondition(target: MarkTarget, context: MarkContext): MarkCondition {
  const spec = columnSpec(target, context.layout);
  const ref = target.anchor;
  switch (target.rule) {
    case "E_REQUIRED":
      return markWhile(isBlankCell(ref));
    case "E_TYPE": {
      if (spec === null || spec.type !== "rating") return STATIC;
      return markUnless(isRatingIn(ref, RATING_CODES as readonly RatingCode[]));
    }
    case "E_RANGE": {
      if (spec === null || (spec.min === undefined && spec.max === undefined)) return STATIC;
      const ok = valueHolds(spec, ref, (value) => withinBounds(value, spec.min, spec.max));
      return ok === null ? STATIC : markUnless(ok);
    }
    case "S_SHORTFALL":
      return spec === null ? STATIC : shortfallCondition(target, spec, context);
    case "W_SMALL_CELL": {
      if (spec === null || spec.type !== "integer") return STATIC;
      return markUnless(comparison(integerValue(ref), ">=", MIN_CELL_MEMBERS));
    }
    default:
      return STATIC;
  }
}
