/**
 * The ribbon's function file (commands.html, no shared runtime): "Chấm điểm" scores the workbook
 * and writes results, marks, report and stamp; "Xóa đánh dấu" removes the product's marks. Each
 * shows its outcome in a small dialog and always completes its event.
 */
/* global Office */
import { clearProductMarks } from "../excel/clearMarks";
import { checkRequirements } from "../excel/requirements";
import { runInExcel } from "../excel/runInExcel";
import { scoreWorkbook } from "../excel/scoreWorkbook";
import type { DialogData } from "./dialogData";
import { runRibbonCommand, type RibbonCommandOptions, type RibbonEvent } from "./ribbonCommand";

export function score(event: RibbonEvent, options?: RibbonCommandOptions): Promise<void> {
  return runRibbonCommand(
    event,
    async (lang, budget): Promise<DialogData> => {
      const unsupported = checkRequirements();
      if (unsupported) throw unsupported;
      const outcome = await scoreWorkbook({ lang, checkTime: () => budget.ensureTimeToWrite() });
      const report = outcome.evaluation.report;
      return {
        kind: "scored",
        lang,
        status: report.status,
        organization: report.workbook.organization,
        year: report.workbook.year,
        summary: report.summary,
        reportSheet: outcome.reportSheet,
      };
    },
    options,
  );
}

export function clearMarks(event: RibbonEvent, options?: RibbonCommandOptions): Promise<void> {
  return runRibbonCommand(
    event,
    async (lang): Promise<DialogData> => {
      const unsupported = checkRequirements();
      if (unsupported) throw unsupported;
      const removed = await runInExcel(clearProductMarks);
      return { kind: "cleared", lang, removed };
    },
    options,
  );
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("score", (event: RibbonEvent) => void score(event));
    Office.actions.associate("clearMarks", (event: RibbonEvent) => void clearMarks(event));
  });
}
