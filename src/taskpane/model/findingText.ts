/**
 * A finding in a clerk's words: a plain title per kind (the catalogue's "Thiếu số liệu", "Chưa đạt
 * chỉ tiêu"…), the place as "ô L11, trang Chi bộ", the Party cell it concerns, and what to expect
 * and do about it. The rule code stays available as secondary text.
 */
import {
  CELLS_COLUMNS,
  FINDING_CATALOG,
  type DetailedFinding,
  type Indicator,
  type RuleCode,
  type Ruleset,
} from "../../core";
import { formatNumber } from "../format/formatNumber";
import type { StringKey, Translate } from "../i18n/translate";
import { targetText } from "./rulesetText";
import { matchesWords, searchKey } from "./searchText";

export function findingTitle(rule: RuleCode, t: Translate): string {
  return FINDING_CATALOG[rule].title[t.lang];
}

/** "ô L11, trang Chi bộ" / "cell L11 on sheet Chi bộ". */
export function findingPlace(finding: { sheet: string; cell: string }, t: Translate): string {
  return t("findingPlace", { cell: finding.cell, sheet: finding.sheet });
}

const FIX_TEXTS: Record<RuleCode, StringKey> = {
  E_STRUCTURE: "fixE_STRUCTURE",
  E_REQUIRED: "fixE_REQUIRED",
  E_TYPE: "fixE_TYPE",
  E_RANGE: "fixE_RANGE",
  E_DUPLICATE: "fixE_DUPLICATE",
  E_CONSISTENCY: "fixE_CONSISTENCY",
  E_CROSS: "fixE_CROSS",
  S_SHORTFALL: "fixS_SHORTFALL",
  W_NORMALIZED: "fixW_NORMALIZED",
  W_TOTAL: "fixW_TOTAL",
  W_SMALL_CELL: "fixW_SMALL_CELL",
  W_INFO: "fixW_INFO",
  W_ROSTER: "fixW_ROSTER",
};

/** What to do about a finding of this kind (for a shortfall: that the data need not change). */
export function fixText(rule: RuleCode, t: Translate): string {
  return t(FIX_TEXTS[rule]);
}

function boundsText(min: number | undefined, max: number | undefined, percent: boolean, t: Translate) {
  const shown = (value: number) => `${formatNumber(value, t.lang)}${percent ? "%" : ""}`;
  // A leading space: the bounds follow the kind of value ("Một số nguyên từ 1 trở lên").
  if (min !== undefined && max !== undefined) {
    return ` ${t("expectBoundsRange", { min: shown(min), max: shown(max) })}`;
  }
  if (min !== undefined) return ` ${t("expectBoundsMin", { min: shown(min) })}`;
  if (max !== undefined) return ` ${t("expectBoundsMax", { max: shown(max) })}`;
  return "";
}

function indicatorOf(ruleset: Ruleset, key: string): Indicator | null {
  for (const criterion of ruleset.criteria) {
    const indicator = criterion.indicators.find((candidate) => candidate.key === key);
    if (indicator) return indicator;
  }
  return null;
}

/**
 * What the cell should hold, when the finding's column says it: the ruleset's target for a
 * shortfall, the column's kind and bounds for a data error. Null when nothing more precise than
 * the message can be said (a total row, a structure problem).
 */
export function expectedText(finding: DetailedFinding, ruleset: Ruleset, t: Translate): string | null {
  const key = finding.key;
  if (key === null) return null;
  if (finding.rule === "S_SHORTFALL") {
    const indicator = indicatorOf(ruleset, key);
    if (!indicator) return null;
    return t("expectTarget", {
      target: targetText(indicator.target, indicator, t),
      indicator: indicator.title[t.lang],
    });
  }
  if (finding.rule === "E_DUPLICATE") return t("expectUnique");
  const column = CELLS_COLUMNS.find((spec) => spec.key === key);
  if (!column) return finding.rule === "E_REQUIRED" ? t("expectValue") : null;
  switch (column.type) {
    case "integer":
      return t("expectInteger", { bounds: boundsText(column.min, column.max, false, t) });
    case "percent":
      return t("expectPercent", { bounds: boundsText(column.min, column.max, true, t) });
    case "rating":
      return t("expectRating");
    case "flag":
      return t("expectFlag");
    case "text":
      return t("expectText");
    case "ignored":
      return null;
  }
}

/** One finding's searchable text: its kind (code and title in both languages), place, Party cell, message. */
export function findingSearchText(
  finding: DetailedFinding,
  partyCellName: string | null,
): string {
  const type = FINDING_CATALOG[finding.rule];
  return searchKey(
    [
      finding.rule,
      type.title.vi,
      type.title.en,
      finding.sheet,
      finding.cell,
      `${finding.sheet}!${finding.cell}`,
      finding.cellCode ?? "",
      partyCellName ?? "",
      finding.messages.vi,
      finding.messages.en,
    ].join(" "),
  );
}

export { matchesWords };
