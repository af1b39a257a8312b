/**
 * W_SMALL_CELL (spec §2): fewer than 3 members, the minimum of the Party Charter. The form does
 * not separate official from probationary members, so the total count is compared. On the
 * members cell.
 */
import { smallCellMessage } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import type { ReadCell, ReadRow } from "../values/readCell";
import type { FindingList, RowContext } from "./findingList";
import type { CellsInputKey } from "../vocabulary";

export const SMALL_CELL_CODES: readonly RuleCode[] = ["W_SMALL_CELL"];

/** Party Charter: a Party cell has at least 3 official members. */
export const MIN_CELL_MEMBERS = 3;

export function checkSmallCell(row: ReadRow<CellsInputKey>, context: RowContext, findings: FindingList): void {
  const members = row.cells.validValue("members");
  if (typeof members !== "number" || members >= MIN_CELL_MEMBERS) return;
  const cell = row.cells.get("members") as ReadCell<CellsInputKey>;
  findings.add({
    rule: "W_SMALL_CELL",
    sheet: context.sheet,
    row: cell.row,
    col: cell.col,
    key: "members",
    cellCode: context.cellCode,
    messages: smallCellMessage(members, MIN_CELL_MEMBERS),
  });
}
