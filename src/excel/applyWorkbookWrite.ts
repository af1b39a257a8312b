/**
 * Applies the one plan every edge applies (WorkbookWritePlan) through Office.js: the product's old
 * marks removed, the output cells and new header cells, the new marks, the stamp, the report sheet.
 * Nothing else is written. Checks come first (`inspectBeforeWrite`) so that a refused write changes
 * nothing; then everything is queued and sent in a constant number of syncs (more only when the
 * requests pass ~4 MB). See writeBatches.ts for what happens when Excel fails midway.
 */
/* global Excel */
import type { WorkbookWritePlan } from "../core";
import { addMarkOperations, markFormats, removeMarkOperations } from "./markWrites";
import { outputCellCount, outputOperations } from "./outputWrites";
import { reportSheetOperations } from "./reportSheetWrites";
import { stampOperations } from "./stampWrites";
import { runWriteOperations, type WriteBatchProgress } from "./writeBatches";
import { inspectBeforeWrite } from "./writePreflight";

export interface WriteSummary {
  /** Output and header cells written. */
  cellsWritten: number;
  /** The product's previous conditional formats removed. */
  marksRemoved: number;
  /** Conditional formats added (one per address chunk of each MarkPlan). */
  marksAdded: number;
  reportSheet: string;
  /** Syncs used by the writes themselves (after the three preflight syncs). */
  writeSyncs: number;
}

export async function applyWorkbookWrite(
  context: Excel.RequestContext,
  plan: WorkbookWritePlan,
  onProgress?: (progress: WriteBatchProgress) => void,
): Promise<WriteSummary> {
  const preflight = await inspectBeforeWrite(context, plan);
  const formats = markFormats(plan.marks);
  const operations = [
    ...removeMarkOperations(preflight.productMarks),
    ...(plan.outputs ? outputOperations(plan.outputs, preflight.headerStyle) : []),
    ...addMarkOperations(formats),
    ...stampOperations(plan.stampProperties, preflight.staleStampKeys),
    ...reportSheetOperations(plan.reportSheet, preflight.replaceReportSheet),
  ];
  const sheets = [
    ...new Set([
      ...(plan.outputs ? [plan.outputs.sheet] : []),
      ...plan.marks.map((mark) => mark.sheet),
      ...preflight.productMarks.map((mark) => mark.sheet),
    ]),
  ];
  const writeSyncs = await runWriteOperations(context, operations, onProgress, { sheets });
  return {
    cellsWritten: outputCellCount(plan.outputs),
    marksRemoved: preflight.productMarks.length,
    marksAdded: formats.length,
    reportSheet: plan.reportSheet.name,
    writeSyncs,
  };
}
