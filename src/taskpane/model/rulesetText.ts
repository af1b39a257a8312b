/**
 * The ruleset written out for the criteria view: points bands, targets and maxima as a clerk
 * reads them ("≥ 90%: 10 · ≥ 80%: 5 · còn lại: 0"). Generated from the ruleset data, so a
 * province's own thresholds show up without code changes.
 */
import {
  CELLS_COLUMNS,
  type Indicator,
  type PointsBand,
  type RatingCode,
  type Target,
} from "../../core";
import { formatNumber } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";

export type IndicatorUnit = "percent" | "count" | "rating";

const RATING_ORDER: readonly RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/** Percent columns and the members_good rate are in percent points; ratings are codes. */
export function indicatorUnit(indicator: Indicator): IndicatorUnit {
  if (indicator.kind === "rating") return "rating";
  if (indicator.kind === "rate") return "percent";
  const column = CELLS_COLUMNS.find((spec) => spec.key === indicator.key);
  return column?.type === "percent" ? "percent" : "count";
}

function quantity(value: number, unit: IndicatorUnit, t: Translate): string {
  const text = formatNumber(value, t.lang);
  return unit === "percent" ? `${text}%` : text;
}

/** "≥ 90%", "1–2", "= 12", "≤ 5", or "mọi giá trị" for an open band. */
export function bandCondition(band: PointsBand, unit: IndicatorUnit, t: Translate): string {
  const { min, max } = band;
  if (min !== undefined && max !== undefined) {
    return min === max
      ? `= ${quantity(min, unit, t)}`
      : `${quantity(min, unit, t)}–${quantity(max, unit, t)}`;
  }
  if (min !== undefined) return `≥ ${quantity(min, unit, t)}`;
  if (max !== undefined) return `≤ ${quantity(max, unit, t)}`;
  return t("criteriaBandAny");
}

/** Each way to earn points, in the ruleset's order, ending with what any other value earns. */
export function pointsSteps(
  indicator: Indicator,
  t: Translate,
): { condition: string; points: number }[] {
  if (indicator.kind === "rating") {
    return RATING_ORDER.map((rating) => ({ condition: rating, points: indicator.points[rating] }));
  }
  const unit = indicatorUnit(indicator);
  const steps = indicator.bands.map((band) => ({
    condition: bandCondition(band, unit, t),
    points: band.points,
  }));
  steps.push({ condition: t("criteriaBandOtherwise"), points: indicator.otherwise });
  return steps;
}

export function targetText(target: Target, unit: IndicatorUnit, t: Translate): string {
  switch (target.op) {
    case ">=":
      return `≥ ${quantity(target.value, unit, t)}`;
    case "<=":
      return `≤ ${quantity(target.value, unit, t)}`;
    case "=":
      return `= ${quantity(target.value, unit, t)}`;
    case "in":
      return target.values.join(` ${t("criteriaOr")} `);
  }
}

export function indicatorMaxPoints(indicator: Indicator): number {
  if (indicator.kind === "rating")
    return Math.max(...RATING_ORDER.map((rating) => indicator.points[rating]));
  return Math.max(indicator.otherwise, ...indicator.bands.map((band) => band.points));
}
