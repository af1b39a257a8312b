/**
 * The steps of `chibo4tot score` without the printing: check and read the file, evaluate it, and
 * read the stamp it carries. Shared by the command, its tests and the benchmark, so all three
 * exercise and measure the same path.
 */
import {
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  type Evaluation,
  type Lang,
  type Ruleset,
  type Stamp,
  type StampStatus,
} from "../core";
import { readWorkbookToScore, type ReadWorkbookResult } from "../xlsx";

export interface EvaluatedXlsx {
  readonly read: ReadWorkbookResult;
  readonly evaluation: Evaluation;
  /** The stamp found in the workbook, if any, and whether its inputs changed since. */
  readonly previousStamp: Stamp | null;
  readonly stampStatus: StampStatus;
}

export async function evaluateXlsx(
  bytes: Uint8Array,
  options: { lang: Lang; ruleset: Ruleset },
): Promise<EvaluatedXlsx> {
  const { read, stamp: previousStamp } = await readWorkbookToScore(bytes);
  const evaluation = evaluateWorkbook(read.grid, { lang: options.lang, ruleset: options.ruleset });
  const stampStatus = previousStamp
    ? checkStamp(previousStamp, await fingerprintOf(evaluation))
    : "none";
  return { read, evaluation, previousStamp, stampStatus };
}
