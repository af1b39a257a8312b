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
import { PRODUCT_VERSION } from "../version";
import { fingerprintOf } from "./fingerprint";
import { rulesetHash } from "./rulesetHash";
import { planReportSheet } from "./reportSheetPlan";
import { ownReportSheet, reportSheetName } from "./reportSheetName";
import { newReportToken } from "./reportToken";
import { isoWithOffset } from "./scoredAt";
import type { CarriedByWorkbook, Stamp, WorkbookWritePlan } from "./workbookWritePlan";
import { stampToProperties } from "./stamp";

/** The sheets the engine read (never a report, whatever their cells say). */
function dataSheets(evaluation: Evaluation): string[] {
  const { info, cells, roster } = evaluation.layout;
  return [info?.sheet, cells?.sheet, roster?.sheet].filter(
    (sheet): sheet is string => typeof sheet === "string",
  );
}

/**
 * The write for an evaluation (made with its ruleset, in its language) into the workbook it was
 * read from, given what that workbook carries; `scoredAt` is the time the stamp records.
 */
export async function planWorkbookWrite(
  evaluation: Evaluation,
  carried: CarriedByWorkbook,
  scoredAt: Date = new Date(),
): Promise<WorkbookWritePlan> {
  if (
    evaluation?.report === undefined ||
    !Array.isArray(evaluation.findings) ||
    evaluation.ruleset === undefined
  ) {
    throw new EngineError("planWorkbookWrite needs the evaluation evaluateWorkbook returned");
  }
  const existingSheetNames = carried?.sheetNames;
  if (!Array.isArray(existingSheetNames))
    throw new EngineError("planWorkbookWrite needs the workbook's sheet names");
  if (!(scoredAt instanceof Date) || Number.isNaN(scoredAt.getTime())) {
    throw new EngineError("planWorkbookWrite needs the time of scoring as a valid Date");
  }

  const replaceReportSheet = ownReportSheet({
    existingSheetNames,
    previousStamp: carried.stamp,
    previousReportTokenInSheet: carried.reportToken,
    dataSheets: dataSheets(evaluation),
  });
  const name = reportSheetName(existingSheetNames, replaceReportSheet);
  const { report } = evaluation;
  const stamp: Stamp = {
    product: "chibo4tot",
    productVersion: PRODUCT_VERSION,
    ruleset: {
      id: report.ruleset.id,
      version: report.ruleset.version,
      hash: await rulesetHash(evaluation.ruleset),
    },
    scoredAt: isoWithOffset(scoredAt),
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
    marks: planMarks(evaluation, { existingSheetNames: markedSheets }),
    reportSheet: planReportSheet({ name, evaluation, stamp, existingSheetNames: markedSheets }),
    replaceReportSheet,
    stamp,
    stampProperties: stampToProperties(stamp),
  };
}
