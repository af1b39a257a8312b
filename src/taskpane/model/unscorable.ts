/**
 * A workbook the engine could not score (a missing "Chi bộ" sheet or column, a header it cannot
 * find) or that holds no Party cell at all: the pane shows "Không chấm được" and what to fix
 * first, never a verdict, score tiles or a "scored" copy to download.
 */
import type { Report } from "../../core";
import type { ScoredWorkbook } from "../../host";
import type { Translate } from "../i18n/translate";

export function isUnscorable(report: Report): boolean {
  return report.status === "unusable" || report.cells.length === 0;
}

/** The sheet the Party cells are on, as the workbook names it (the template's name otherwise). */
function cellsSheet(evaluation: ScoredWorkbook): string {
  return evaluation.layout.cells?.sheet ?? "Chi bộ";
}

/**
 * What to fix first: the data errors of an unusable workbook (the blocking ones: nothing else is
 * checked once the structure fails), or that there is no Party cell row.
 */
export function unscorableReasons(evaluation: ScoredWorkbook, t: Translate): string[] {
  const blocking =
    evaluation.report.status === "unusable"
      ? evaluation.findings
          .filter((finding) => finding.severity === "error")
          .map((finding) => finding.messages[t.lang])
      : [];
  if (blocking.length > 0) return [...new Set(blocking)];
  return [t("unscorableNoCells", { sheet: cellsSheet(evaluation) })];
}
