/**
 * The `sqref` of a conditional format: a space-separated list of ranges. Cells of one column on
 * consecutive rows become one range, so a mark over 2,000 cells stays a short attribute.
 */
import { adr, columnRuns, rangeA1 } from "../../core";
import { badPlanError } from "./patchError";

/**
 * Ranges covering exactly `cells`, the range holding cells[0] first: Excel anchors the relative
 * references of a rule's formula to the top-left cell of the first range.
 */
export function sqrefOf(cells: readonly string[]): string {
  if (cells.length === 0) throw badPlanError("a mark without cells");
  const positions = cells.map((a1) => {
    try {
      return adr(a1);
    } catch {
      throw badPlanError(`not a cell address in a mark: ${a1}`);
    }
  });
  const runs = columnRuns(cells);
  const anchor = positions[0];
  const anchorRun = runs.findIndex((run) => run.col === anchor.col && anchor.row >= run.top && anchor.row <= run.bottom);
  const ordered = [runs[anchorRun], ...runs.filter((_, i) => i !== anchorRun)];
  return ordered.map((run) => rangeA1(run.top, run.col, run.bottom, run.col)).join(" ");
}
