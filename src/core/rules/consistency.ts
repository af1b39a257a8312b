/**
 * E_CONSISTENCY (spec §2): members_good + members_failed > members (on both cells);
 * disciplined > members; new_members > members. Runs only when every value involved is valid.
 */
import { CONSISTENCY } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import type { ReadCell, ReadRow } from "../values/readCell";
import type { FindingList, RowContext } from "./findingList";
import type { CellsInputKey } from "../vocabulary";

export const CONSISTENCY_CODES: readonly RuleCode[] = ["E_CONSISTENCY"];

export function checkConsistency(row: ReadRow<CellsInputKey>, context: RowContext, findings: FindingList): void {
  const members = validNumberOf(row, "members");
  if (members === undefined) return;
  // Values first, cells only for a finding: this runs on every row of "Chi bộ".
  const good = validNumberOf(row, "members_good");
  const failed = validNumberOf(row, "members_failed");
  if (good !== undefined && failed !== undefined && good + failed > members) {
    report(row, "members_good", CONSISTENCY.goodPlusFailed(good, failed, members, "good"), context, findings);
    report(row, "members_failed", CONSISTENCY.goodPlusFailed(good, failed, members, "failed"), context, findings);
  }
  for (const key of MAXIMUM_IS_MEMBERS) {
    const value = validNumberOf(row, key);
    if (value !== undefined && value > members) {
      const cell = row.cells.get(key) as ReadCell<CellsInputKey>;
      report(row, key, CONSISTENCY.moreThanMembers(cell.spec.title, value, members), context, findings);
    }
  }
}

/** Counts that cannot exceed the members of the cell. */
const MAXIMUM_IS_MEMBERS = ["disciplined", "new_members"] as const;

function validNumberOf(row: ReadRow<CellsInputKey>, key: CellsInputKey): number | undefined {
  const value = row.cells.validValue(key);
  return typeof value === "number" ? value : undefined;
}

function report(
  row: ReadRow<CellsInputKey>,
  key: CellsInputKey,
  messages: { vi: string; en: string },
  context: RowContext,
  findings: FindingList,
): void {
  const cell = row.cells.get(key) as ReadCell<CellsInputKey>;
  findings.add({
    rule: "E_CONSISTENCY",
    sheet: context.sheet,
    row: cell.row,
    col: cell.col,
    key: cell.key,
    cellCode: context.cellCode,
    messages,
  });
}
