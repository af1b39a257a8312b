/**
 * The ruleset written out for the criteria view, in words a clerk reads: each indicator's points
 * as rows of a small table ("12 buổi → 10 điểm", "11 buổi → 5 điểm", "còn lại → 0 điểm") and its
 * target ("từ 90% trở lên"). Generated from the ruleset data, so a province's own ruleset shows
 * its own numbers without code changes.
 */
import {
  CELLS_COLUMNS,
  type Indicator,
  type PointsBand,
  type RatingCode,
  type Target,
} from "../../core";
import { formatNumber } from "../format/formatNumber";
import type { StringKey, Translate } from "../i18n/translate";

export type IndicatorUnit = "percent" | "count" | "rating";

const RATING_ORDER: readonly RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/**
 * What the counted indicators count, by column key: "12 buổi", "2 đảng viên", "1 vụ". A key a
 * ruleset adds later without a word here shows the bare number.
 */
const COUNT_WORDS: Readonly<Record<string, StringKey>> = {
  regular_meetings: "unitMeetings",
  thematic_meetings: "unitMeetings",
  disciplined: "unitMembers",
  absent_no_reason: "unitMembers",
  members_failed: "unitMembers",
  new_members: "unitMembers",
  members: "unitMembers",
  disunity_cases: "unitCases",
};

/** Percent columns and the members_good rate are in percent points; ratings are codes. */
export function indicatorUnit(indicator: Indicator): IndicatorUnit {
  if (indicator.kind === "rating") return "rating";
  if (indicator.kind === "rate") return "percent";
  const column = CELLS_COLUMNS.find((spec) => spec.key === indicator.key);
  return column?.type === "percent" ? "percent" : "count";
}

/** A value with its unit: "90%", "12 buổi", "3". */
export function quantity(value: number, indicator: Indicator, t: Translate): string {
  const text = formatNumber(value, t.lang);
  if (indicatorUnit(indicator) === "percent") return `${text}%`;
  const word = COUNT_WORDS[indicator.key];
  return word ? `${text} ${t(word)}` : text;
}

/** "12 buổi", "1–2 đảng viên", "từ 90% trở lên", "không quá 5", or "mọi giá trị" for an open band. */
export function bandLevel(band: PointsBand, indicator: Indicator, t: Translate): string {
  const { min, max } = band;
  if (min !== undefined && max !== undefined) {
    if (min === max) return t("criteriaBandExactly", { value: quantity(min, indicator, t) });
    // "1–2 đảng viên": the unit once, after the range.
    const unitless = formatNumber(min, t.lang);
    const full = quantity(max, indicator, t);
    return t("criteriaBandRange", {
      min: indicatorUnit(indicator) === "percent" ? `${unitless}%` : unitless,
      max: full,
    });
  }
  if (min !== undefined) return t("criteriaBandAtLeast", { value: quantity(min, indicator, t) });
  if (max !== undefined) return t("criteriaBandAtMost", { value: quantity(max, indicator, t) });
  return t("criteriaBandAny");
}

export interface PointsRow {
  level: string;
  points: number;
}

/** Each way to earn points, in the ruleset's order, ending with what any other value earns. */
export function pointsRows(indicator: Indicator, t: Translate): PointsRow[] {
  if (indicator.kind === "rating") {
    return RATING_ORDER.map((rating) => ({ level: rating, points: indicator.points[rating] }));
  }
  const rows = indicator.bands.map((band) => ({
    level: bandLevel(band, indicator, t),
    points: band.points,
  }));
  rows.push({ level: t("criteriaBandOtherwise"), points: indicator.otherwise });
  return rows;
}

/** The target in words: "từ 90% trở lên", "12 buổi", "0 đảng viên", "HTTNV hoặc HTXSNV". */
export function targetText(target: Target, indicator: Indicator, t: Translate): string {
  switch (target.op) {
    case ">=":
      return t("criteriaBandAtLeast", { value: quantity(target.value, indicator, t) });
    case "<=":
      return t("criteriaBandAtMost", { value: quantity(target.value, indicator, t) });
    case "=":
      return t("criteriaBandExactly", { value: quantity(target.value, indicator, t) });
    case "in":
      return target.values.join(` ${t("criteriaOr")} `);
  }
}

export function indicatorMaxPoints(indicator: Indicator): number {
  if (indicator.kind === "rating")
    return Math.max(...RATING_ORDER.map((rating) => indicator.points[rating]));
  return Math.max(indicator.otherwise, ...indicator.bands.map((band) => band.points));
}
