/**
 * Why an organisation is, or is not, "Đảng bộ cơ sở 4 tốt" (spec §3, last paragraph), from the
 * report (or a stamp's summary) and the ruleset's organisation thresholds. The report says only
 * yes or no; a clerk needs the reasons to know what to fix. One analysis, worded by each edge:
 * the report sheet and consolidation (share/orgVerdict.ts), the command line, the task pane.
 */
import type { Ruleset } from "../ruleset/ruleset";
import type { Report, ReportSummary } from "./report";
import type { RatingCode } from "../vocabulary";

/** What the verdict rests on: a report, or the summary stored in a stamp. */
export type VerdictBasis = Pick<Report, "status" | "summary">;

export type VerdictReason =
  /** A blocking structural error: nothing could be scored. */
  | { kind: "unusable" }
  | { kind: "tooFewScored"; scored: number; minimum: number }
  | { kind: "shareBelow"; fourGood: number; scored: number; share: number; minimumShare: number }
  | { kind: "errors"; errors: number }
  /**
   * The report does not carry the cells' ratings, so this reason is known by elimination: the
   * organisation is not four-good although every other condition holds. When another reason
   * applies too, a forbidden rating cannot be told apart and is not claimed.
   */
  | { kind: "forbiddenRating"; ratings: RatingCode[] };

/** Share of scored cells that are "Đạt 4 tốt", in percent points; null when none was scored. */
export function fourGoodShare(summary: ReportSummary): number | null {
  return summary.scored === 0 ? null : (summary.fourGood * 100) / summary.scored;
}

/** The reasons the organisation is not four-good, in the order a clerk should address them. */
export function verdictReasons(basis: VerdictBasis, ruleset: Ruleset): VerdictReason[] {
  const { summary } = basis;
  if (summary.orgFourGood) return [];
  const rules = ruleset.organization;
  // An unusable workbook has one cause to fix first: its structure.
  if (basis.status === "unusable") return [{ kind: "unusable" }];
  const reasons: VerdictReason[] = [];
  if (rules.noErrors && summary.errors > 0)
    reasons.push({ kind: "errors", errors: summary.errors });
  if (summary.scored < Math.max(1, rules.minScoredCells)) {
    reasons.push({
      kind: "tooFewScored",
      scored: summary.scored,
      minimum: Math.max(1, rules.minScoredCells),
    });
  } else if (summary.fourGood * 100 < rules.minFourGoodShare * summary.scored) {
    // Exact comparison on integers: 7 of 10 is exactly 70%.
    reasons.push({
      kind: "shareBelow",
      fourGood: summary.fourGood,
      scored: summary.scored,
      share: (summary.fourGood * 100) / summary.scored,
      minimumShare: rules.minFourGoodShare,
    });
  }
  if (reasons.length === 0 && rules.forbiddenCellRatings.length > 0) {
    reasons.push({ kind: "forbiddenRating", ratings: [...rules.forbiddenCellRatings] });
  }
  return reasons;
}
