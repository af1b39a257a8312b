/**
 * The whole "Chấm điểm" run inside Excel, shared by the task pane and the ribbon command: read the
 * workbook (3 syncs), evaluate it with the engine, plan the write (`planWorkbookWrite`: outputs,
 * marks, report sheet, stamp) and apply it (3 preflight syncs, then the writes). One request
 * context from start to end; progress reported per phase.
 */
/* global Excel */
import {
  evaluateWorkbook,
  planWorkbookWrite,
  rulesetHash,
  type Lang,
  type Ruleset,
} from "../core";
import type { ScoreOutcome, ScoreProgress } from "../host";
import { applyWorkbookWrite, type WriteSummary } from "./applyWorkbookWrite";
import { deployedRuleset } from "./deployedRuleset";
import { readWorkbookGrid } from "./readWorkbookGrid";
import { runInExcel } from "./runInExcel";

export interface ExcelScoreOptions {
  lang: Lang;
  onProgress?: (progress: ScoreProgress) => void;
  /** The ruleset to score with; the add-in's own by default (deployedRuleset.ts). */
  ruleset?: Ruleset;
  /** The scoring time written into the stamp and the report (tests fix it). */
  now?: () => Date;
  /**
   * Called while reading and once more before anything is written; throwing stops the run
   * there, with nothing written (a ribbon command out of time, commandBudget.ts).
   */
  checkTime?: () => void;
}

export interface ExcelScoreOutcome extends ScoreOutcome {
  write: WriteSummary;
}

export async function scoreWorkbookIn(
  context: Excel.RequestContext,
  options: ExcelScoreOptions,
): Promise<ExcelScoreOutcome> {
  const ruleset = options.ruleset ?? deployedRuleset();
  const report = options.onProgress ?? (() => undefined);
  report({ phase: "reading" });
  const checkTime = options.checkTime ?? (() => undefined);
  const read = await readWorkbookGrid(context, ({ done, total }) => {
    checkTime();
    report({ phase: "reading", done, total });
  });
  report({ phase: "checking" });
  const evaluation = evaluateWorkbook(read.grid, {
    ruleset,
    lang: options.lang,
    expectedRuleset: read.expectedRuleset,
    rulesetHash: await rulesetHash(ruleset),
  });
  const plan = await planWorkbookWrite(evaluation, read, (options.now ?? (() => new Date()))());
  checkTime();
  report({ phase: "writing" });
  const write = await applyWorkbookWrite(context, plan, ({ done, total }) =>
    report({ phase: "writing", done, total }),
  );
  report({ phase: "done" });
  return {
    evaluation,
    stamp: plan.stamp,
    marks: plan.marks,
    reportSheet: plan.reportSheet.name,
    write,
  };
}

/** Scores the open workbook and writes results, marks, report and stamp; errors are HostErrors. */
export function scoreWorkbook(options: ExcelScoreOptions): Promise<ExcelScoreOutcome> {
  return runInExcel((context) => scoreWorkbookIn(context, options));
}
