/**
 * Rulesets are data: a province can ship its own thresholds as JSON without code. This file is the
 * TypeScript shape; `schema.ts` validates a JSON object against it when it is loaded
 * (`loadRuleset`). The default ruleset is `rulesets/4tot-default.v1.json`.
 *
 * Comparisons are exact on normalised values: percents in percent points (92 means 92%), the
 * "rate" indicator as the exact fraction numerator / denominator (27 of 30 is 90%).
 */
import type { CriterionId, IndicatorKey, LocalizedText, RatingCode } from "../vocabulary";

/** A band matches when the value is >= min (if given) and <= max (if given). First match wins. */
export interface PointsBand {
  min?: number;
  max?: number;
  points: number;
}

export type Target =
  | { op: ">="; value: number }
  | { op: "<="; value: number }
  | { op: "="; value: number }
  | { op: "in"; values: RatingCode[] };

interface IndicatorBase {
  key: IndicatorKey;
  title: LocalizedText;
  /** When true, missing the target makes the criterion not good whatever its points. */
  veto: boolean;
  target: Target;
}

/** A numeric indicator (integer or percent column), scored by bands on its normalised value. */
export interface NumberIndicator extends IndicatorBase {
  kind: "number";
  bands: PointsBand[];
  /** Points when no band matches. */
  otherwise: number;
}

/** A rating indicator (HTXSNV / HTTNV / HTNV / KHTNV), scored by a table. */
export interface RatingIndicator extends IndicatorBase {
  kind: "rating";
  points: Record<RatingCode, number>;
}

/**
 * A rate indicator: the value of `key` divided by the value of `of` (e.g. members_good / members),
 * in percent; bands and the target are in percent and compared as exact fractions.
 */
export interface RateIndicator extends IndicatorBase {
  kind: "rate";
  of: "members";
  bands: PointsBand[];
  otherwise: number;
}

export type Indicator = NumberIndicator | RatingIndicator | RateIndicator;

export interface Criterion {
  id: CriterionId;
  title: LocalizedText;
  /** Points the criterion is worth (25 in the default ruleset); its indicators' maxima sum to it. */
  maxPoints: number;
  /** The criterion is good when its points are >= goodAtLeast and no veto indicator misses. */
  goodAtLeast: number;
  indicators: Indicator[];
}

export interface Ruleset {
  id: string;
  version: number;
  title: LocalizedText;
  /** Where the thresholds come from (documents, decisions), shown in the criteria view. */
  source?: LocalizedText;
  criteria: Criterion[];
  /** A Party cell is "Đạt 4 tốt" when all criteria are good (the only rule today; kept explicit). */
  fourGood: { allCriteriaGood: true };
  organization: {
    /** Minimum share, in percent, of scored cells that are "Đạt 4 tốt". */
    minFourGoodShare: number;
    /** Minimum number of scored cells. */
    minScoredCells: number;
    /** No data row may have one of these cell ratings. */
    forbiddenCellRatings: RatingCode[];
    /** The workbook may have no error finding at all. */
    noErrors: boolean;
  };
}
