/**
 * The organisation summary (spec §3): cells, scored cells, cells "Đạt 4 tốt"; the organisation is
 * "Đảng bộ cơ sở 4 tốt" when it has enough scored cells, enough of them are four good, no data row
 * has a forbidden cell rating, and (as the default ruleset asks) the workbook has no error at all.
 */
import type { ReportPartyCell, ReportFinding, ReportSummary } from "../report/report";
import type { Ruleset } from "../ruleset/ruleset";
import type { RatingCode } from "../vocabulary";

export function organizationSummary(
  ruleset: Ruleset,
  cells: readonly ReportPartyCell[],
  findings: readonly ReportFinding[],
  cellRatings: readonly (RatingCode | null)[],
): ReportSummary {
  const scored = cells.filter((cell) => cell.status === "scored").length;
  const fourGood = cells.filter((cell) => cell.fourGood === true).length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const shortfalls = findings.filter((f) => f.severity === "shortfall").length;
  const rules = ruleset.organization;
  const orgFourGood =
    scored > 0 &&
    scored >= rules.minScoredCells &&
    fourGood * 100 >= rules.minFourGoodShare * scored &&
    !cellRatings.some((rating) => rating !== null && rules.forbiddenCellRatings.includes(rating)) &&
    (!rules.noErrors || errors === 0);
  return { cells: cells.length, scored, fourGood, errors, warnings, shortfalls, orgFourGood };
}
