/**
 * The schema a ruleset must satisfy when it is loaded (valibot), plus the checks a schema cannot
 * express: unique criterion ids and indicator keys, indicators on columns of the right type, the
 * indicators' maxima adding up to each criterion's maximum. A province's own JSON ruleset goes
 * through exactly this before the engine uses it.
 */
import * as v from "valibot";
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import type { Indicator, PointsBand, Ruleset } from "./ruleset";

const RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
const NUMBER_KEYS = CELLS_COLUMNS.filter((c) => c.criterion && (c.type === "integer" || c.type === "percent")).map(
  (c) => c.key,
);
const RATE_KEYS = CELLS_COLUMNS.filter((c) => c.criterion && c.type === "integer").map((c) => c.key);

const text = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"));
const localized = v.strictObject({ vi: text, en: text });
const finite = v.pipe(v.number(), v.finite());
const points = v.pipe(v.number(), v.finite(), v.minValue(0, "points must not be negative"));

const band = v.pipe(
  v.strictObject({ min: v.optional(finite), max: v.optional(finite), points }),
  v.check((b) => b.min === undefined || b.max === undefined || b.min <= b.max, "a band's min must not exceed its max"),
);

const numericTarget = v.variant("op", [
  v.strictObject({ op: v.literal(">="), value: finite }),
  v.strictObject({ op: v.literal("<="), value: finite }),
  v.strictObject({ op: v.literal("="), value: finite }),
]);

const numberIndicator = v.strictObject({
  kind: v.literal("number"),
  key: v.picklist(NUMBER_KEYS, `must be one of ${NUMBER_KEYS.join(", ")}`),
  title: localized,
  veto: v.boolean(),
  target: numericTarget,
  bands: v.array(band),
  otherwise: points,
});

const ratingIndicator = v.strictObject({
  kind: v.literal("rating"),
  key: v.literal("cell_rating"),
  title: localized,
  veto: v.boolean(),
  target: v.strictObject({
    op: v.literal("in"),
    values: v.pipe(v.array(v.picklist(RATINGS)), v.minLength(1, "must list at least one rating")),
  }),
  points: v.strictObject({ HTXSNV: points, HTTNV: points, HTNV: points, KHTNV: points }),
});

const rateIndicator = v.strictObject({
  kind: v.literal("rate"),
  key: v.picklist(RATE_KEYS, `must be one of ${RATE_KEYS.join(", ")}`),
  of: v.literal("members"),
  title: localized,
  veto: v.boolean(),
  target: numericTarget,
  bands: v.array(band),
  otherwise: points,
});

const criterion = v.strictObject({
  id: text,
  title: localized,
  maxPoints: points,
  goodAtLeast: points,
  indicators: v.pipe(
    v.array(v.variant("kind", [numberIndicator, ratingIndicator, rateIndicator])),
    v.minLength(1, "a criterion needs at least one indicator"),
  ),
});

export const RULESET_SCHEMA = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be letters, digits, '.', '_' or '-'")),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: localized,
  source: v.optional(localized),
  criteria: v.pipe(v.array(criterion), v.minLength(1, "at least one criterion")),
  fourGood: v.strictObject({ allCriteriaGood: v.literal(true) }),
  organization: v.strictObject({
    minFourGoodShare: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    minScoredCells: v.pipe(v.number(), v.integer(), v.minValue(0)),
    forbiddenCellRatings: v.array(v.picklist(RATINGS)),
    noErrors: v.boolean(),
  }),
});

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join(".") || "(ruleset)";
}

/** The most an indicator can earn. */
export function indicatorMaxPoints(indicator: Indicator): number {
  if (indicator.kind === "rating") return Math.max(...Object.values(indicator.points));
  return Math.max(indicator.otherwise, ...indicator.bands.map((b: PointsBand) => b.points));
}

/** The problems of a ruleset candidate, one line each; [] when it is valid. */
export function rulesetProblems(candidate: unknown): { ruleset: Ruleset | null; problems: string[] } {
  const parsed = v.safeParse(RULESET_SCHEMA, candidate);
  if (!parsed.success) {
    return { ruleset: null, problems: parsed.issues.map((issue) => `${pathOf(issue)}: ${issue.message}`) };
  }
  const { $schema: _schema, ...ruleset } = parsed.output;
  const problems: string[] = [];
  const ids = new Set<string>();
  const keys = new Set<string>();
  ruleset.criteria.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(`criteria.${i}.id: "${c.id}" is used twice`);
    ids.add(c.id);
    c.indicators.forEach((indicator, j) => {
      if (keys.has(indicator.key)) {
        problems.push(`criteria.${i}.indicators.${j}.key: "${indicator.key}" is scored twice`);
      }
      keys.add(indicator.key);
    });
    const sum = c.indicators.reduce((total, indicator) => total + indicatorMaxPoints(indicator as Indicator), 0);
    if (Math.abs(sum - c.maxPoints) > 1e-9) {
      problems.push(`criteria.${i}.maxPoints: ${c.maxPoints}, but its indicators can earn at most ${sum}`);
    }
    if (c.goodAtLeast > c.maxPoints) {
      problems.push(`criteria.${i}.goodAtLeast: ${c.goodAtLeast} is more than maxPoints ${c.maxPoints}`);
    }
  });
  return problems.length > 0 ? { ruleset: null, problems } : { ruleset: ruleset as Ruleset, problems };
}
