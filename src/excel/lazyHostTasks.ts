/**
 * The Excel host's work that needs the engine, or changes the workbook: scoring, checking a
 * stamp, clearing marks, finding the layout to watch. excelHost.ts loads this module with
 * import() the first time one of them is asked for, so the pane Excel opens paints without the
 * engine and the writers (about 30 KB gzip; docs/taskpane.md, "Bundle budget").
 */
/* global Excel */
import { discoverLayout, type WorkbookLayout } from "../core";
import { readWorkbookGrid } from "./readWorkbookGrid";

export { clearProductMarks } from "./clearMarks";
export { scoreWorkbook } from "./scoreWorkbook";
export { checkStampIn } from "./stampState";
export { deployedRuleset } from "./deployedRuleset";
export { watchedSheets, watchWorkbookChanges } from "./watchChanges";

/** Where the inputs are, from a fresh read: what watchChanges watches when nothing was scored. */
export async function readLayoutIn(context: Excel.RequestContext): Promise<WorkbookLayout> {
  const read = await readWorkbookGrid(context);
  return discoverLayout(read.grid);
}
