/**
 * E_CONSISTENCY (spec §2): members_good + members_failed > members (on both cells);
 * disciplined > members; new_members > members. Runs only when every value involved is valid.
 */
import { CONSISTENCY } from "../messages/findingMessages";
import type { CellsInputKey } from "../layout/layout";
import type { RuleCode } from "../report/report";
import { validNumber, type ReadCell, type ReadRow } from "../values/readCell";
import type { FindingList, RowContext } from "./findingList";

export const CONSISTENCY_CODES: readonly RuleCode[] = ["E_CONSISTENCY"];

export function checkConsistency(row: ReadRow<CellsInputKey>, context: RowContext, findings: FindingList): void {
  const members = validNumber(row.cells.get("members"));
  if (members === undefined) return;
  const report = (cell: ReadCell<CellsInputKey>, messages: { vi: string; en: string }) =>
    findings.add({
      rule: "E_CONSISTENCY",
      sheet: context.sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key,
      cellCode: context.cellCode,
      messages,
    });

  const goodCell = row.cells.get("members_good");
  const failedCell = row.cells.get("members_failed");
  const good = validNumber(goodCell);
  const failed = validNumber(failedCell);
  if (goodCell && failedCell && good !== undefined && failed !== undefined && good + failed > members) {
    report(goodCell, CONSISTENCY.goodPlusFailed(good, failed, members, "good"));
    report(failedCell, CONSISTENCY.goodPlusFailed(good, failed, members, "failed"));
  }
  for (const key of ["disciplined", "new_members"] as const) {
    const cell = row.cells.get(key);
    const value = validNumber(cell);
    if (cell && value !== undefined && value > members) {
      report(cell, CONSISTENCY.moreThanMembers(cell.spec.title, value, members));
    }
  }
}
