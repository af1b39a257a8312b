/**
 * The steps of `chibo4tot score` without the printing: check and read the file, evaluate it, and
 * check the stamp it carries. Shared by the command, its tests and the benchmark, so all three
 * exercise and measure the same path.
 */
import {
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  type Evaluation,
  type Lang,
  type Ruleset,
  type StampStatus,
} from "../core";
import { readWorkbookToScore, type WorkbookToScore } from "../xlsx";

/** The file read (with the stamp and report token it carries) and evaluated. */
export interface EvaluatedXlsx extends WorkbookToScore {
  readonly evaluation: Evaluation;
  /** Whether the inputs changed since the stamp the workbook carries ("none" without one). */
  readonly stampStatus: StampStatus;
}

export async function evaluateXlsx(
  bytes: Uint8Array,
  options: { lang: Lang; ruleset: Ruleset },
): Promise<EvaluatedXlsx> {
  const workbook = await readWorkbookToScore(bytes);
  const evaluation = evaluateWorkbook(workbook.read.grid, options);
  const stampStatus = workbook.stamp
    ? checkStamp(workbook.stamp, await fingerprintOf(evaluation))
    : "none";
  return { ...workbook, evaluation, stampStatus };
}
