/**
 * The steps of `chibo4tot score` without the printing: check and read the file, evaluate it, and
 * check the stamp it carries. Shared by the command, its tests and the benchmark, so all three
 * exercise and measure the same path.
 */
import {
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  rulesetHash,
  rulesetMatch,
  type Evaluation,
  type Lang,
  type Ruleset,
  type RulesetMatch,
  type StampStatus,
} from "../core";
import { readWorkbookToScore, type WorkbookToScore } from "../xlsx";

/** The file read (with the stamp and report token it carries) and evaluated. */
export interface EvaluatedXlsx extends WorkbookToScore {
  readonly evaluation: Evaluation;
  /** Whether the inputs changed since the stamp the workbook carries ("none" without one). */
  readonly stampStatus: StampStatus;
  /**
   * How the rules the stamp names compare with the ruleset evaluated with (null without a stamp):
   * another ruleset, another version, or a modified copy with the same id and version.
   */
  readonly stampRuleset: RulesetMatch | null;
}

export async function evaluateXlsx(
  bytes: Uint8Array,
  options: {
    lang: Lang;
    ruleset: Ruleset;
    /** The ruleset's hash, when the caller has it already (a batch computes it once). */
    rulesetHash?: string;
  },
): Promise<EvaluatedXlsx> {
  const workbook = await readWorkbookToScore(bytes);
  const hash = options.rulesetHash ?? (await rulesetHash(options.ruleset));
  const evaluation = evaluateWorkbook(workbook.read.grid, {
    ruleset: options.ruleset,
    lang: options.lang,
    expectedRuleset: workbook.expectedRuleset,
    rulesetHash: hash,
  });
  const stampStatus = workbook.stamp
    ? checkStamp(workbook.stamp, await fingerprintOf(evaluation))
    : "none";
  const stampRuleset = workbook.stamp
    ? rulesetMatch(workbook.stamp.ruleset, {
        id: options.ruleset.id,
        version: options.ruleset.version,
        hash,
      })
    : null;
  return { ...workbook, evaluation, stampStatus, stampRuleset };
}
