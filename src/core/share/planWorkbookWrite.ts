/**
 * Everything the product writes into a scored workbook, planned once here and applied by each edge
 * (Office.js in Excel, the xlsx patcher in the command line and the preview): the output columns,
 * the marks, the report sheet and the stamp. The plan is complete and self-consistent: the stamp's
 * fingerprint is the evaluation's, its report sheet is the plan's sheet, its token is the one in
 * the sheet's token cell, and the sheet to replace is the product's own (proved by its token).
 */
import { EngineError } from "../errors";
import { planMarks, sameSheetName } from "../marks/planMarks";
import type { Evaluation } from "../report/evaluation";
import type { Ruleset } from "../ruleset/ruleset";
import { PRODUCT_VERSION } from "../version";
import { fingerprintOf } from "./fingerprint";
import { planReportSheet } from "./reportSheetPlan";
import { ownReportSheet, reportSheetName } from "./reportSheetName";
import { newReportToken } from "./reportToken";
import { isoWithOffset } from "./scoredAt";
import type { Stamp, WorkbookWritePlan } from "./share";
import { stampToProperties } from "./stamp";
import type { Lang } from "../vocabulary";

export interface WorkbookWriteRequest {
  evaluation: Evaluation;
  ruleset: Ruleset;
  /** Language of the report sheet. */
  lang: Lang;
  scoredAt: Date;
  /** Every sheet of the workbook, in order. */
  existingSheetNames: readonly string[];
  /** The stamp the workbook carries, if any. */
  previousStamp: Stamp | null;
  /** The token in `REPORT_TOKEN_CELL` of the sheet that stamp names, if that sheet exists. */
  previousReportTokenInSheet: string | null;
}

/** The sheets the engine read (never a report, whatever their cells say). */
function dataSheets(evaluation: Evaluation): string[] {
  const { info, cells, roster } = evaluation.layout;
  return [info?.sheet, cells?.sheet, roster?.sheet].filter(
    (sheet): sheet is string => typeof sheet === "string",
  );
}

export async function planWorkbookWrite(request: WorkbookWriteRequest): Promise<WorkbookWritePlan> {
  const { evaluation, ruleset, lang, existingSheetNames } = request;
  if (evaluation?.report === undefined || !Array.isArray(evaluation.findings)) {
    throw new EngineError("planWorkbookWrite needs the evaluation evaluateWorkbook returned");
  }
  if (!Array.isArray(existingSheetNames))
    throw new EngineError("planWorkbookWrite needs the workbook's sheet names");
  if (!(request.scoredAt instanceof Date) || Number.isNaN(request.scoredAt.getTime())) {
    throw new EngineError("planWorkbookWrite needs the time of scoring as a valid Date");
  }

  const replaceReportSheet = ownReportSheet({
    existingSheetNames,
    previousStamp: request.previousStamp,
    previousReportTokenInSheet: request.previousReportTokenInSheet,
    dataSheets: dataSheets(evaluation),
  });
  const name = reportSheetName(existingSheetNames, replaceReportSheet);
  const { report } = evaluation;
  const stamp: Stamp = {
    product: "chibo4tot",
    productVersion: PRODUCT_VERSION,
    ruleset: { id: report.ruleset.id, version: report.ruleset.version },
    scoredAt: isoWithOffset(request.scoredAt),
    status: report.status,
    summary: { ...report.summary },
    fingerprint: await fingerprintOf(evaluation),
    reportSheet: name,
    reportToken: newReportToken(),
  };
  const markedSheets = existingSheetNames.filter(
    (sheet) => replaceReportSheet === null || !sameSheetName(sheet, replaceReportSheet),
  );
  return {
    outputs: evaluation.outputs,
    marks: planMarks(evaluation, ruleset, { existingSheetNames: markedSheets }),
    reportSheet: planReportSheet({
      name,
      evaluation,
      ruleset,
      lang,
      stamp,
      existingSheetNames: markedSheets,
    }),
    replaceReportSheet,
    stamp,
    stampProperties: stampToProperties(stamp),
  };
}
