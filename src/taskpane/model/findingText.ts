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
import { fillPlaceholders, type Translate } from "../i18n/translate";
import { FINDING_HELP, fixKey, type ExpectKey } from "./findingHelp";
import { targetText } from "./rulesetText";
import { matchesWords, searchKey } from "./searchText";

export function findingTitle(rule: RuleCode, t: Translate): string {
  return FINDING_CATALOG[rule].title[t.lang];
}

/** "ô L11, trang Chi bộ" / "cell L11 on sheet Chi bộ". */
export function findingPlace(finding: { sheet: string; cell: string }, t: Translate): string {
  return t("findingPlace", { cell: finding.cell, sheet: finding.sheet });
}

/** A help text with {name} placeholders, in the UI's language. */
function help(key: ExpectKey, t: Translate, params?: Record<string, string>): string {
  return fillPlaceholders(FINDING_HELP[key][t.lang], params);
}

/**
 * What to do about a finding of this kind (for a shortfall: that the data need not change); a
 * kind without its own help text says what the catalogue's description says.
 */
export function fixText(rule: RuleCode, t: Translate): string {
  return (FINDING_HELP[fixKey(rule)] ?? FINDING_CATALOG[rule].description)[t.lang];
}

function boundsText(min: number | undefined, max: number | undefined, percent: boolean, t: Translate) {
  const shown = (value: number) => `${formatNumber(value, t.lang)}${percent ? "%" : ""}`;
  // A leading space: the bounds follow the kind of value ("Một số nguyên từ 1 trở lên").
  if (min !== undefined && max !== undefined) {
    return ` ${help("expectBoundsRange", t, { min: shown(min), max: shown(max) })}`;
  }
  if (min !== undefined) return ` ${help("expectBoundsMin", t, { min: shown(min) })}`;
  if (max !== undefined) return ` ${help("expectBoundsMax", t, { max: shown(max) })}`;
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
    return help("expectTarget", t, {
      target: targetText(indicator.target, indicator, t),
      indicator: indicator.title[t.lang],
    });
  }
  if (finding.rule === "E_DUPLICATE") return help("expectUnique", t);
  const column = CELLS_COLUMNS.find((spec) => spec.key === key);
  if (!column) return finding.rule === "E_REQUIRED" ? help("expectValue", t) : null;
  switch (column.type) {
    case "integer":
      return help("expectInteger", t, { bounds: boundsText(column.min, column.max, false, t) });
    case "percent":
      return help("expectPercent", t, { bounds: boundsText(column.min, column.max, true, t) });
    case "rating":
      return help("expectRating", t);
    case "flag":
      return help("expectFlag", t);
    case "text":
      return help("expectText", t);
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
