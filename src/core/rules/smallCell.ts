/**
 * W_SMALL_CELL (spec §2): fewer than 3 members, the minimum of the Party Charter. The form does
 * not separate official from probationary members, so the total count is compared. On the
 * members cell.
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import type { ReadCell } from "../values/readRows";
import type { CellsInputKey } from "../vocabulary";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_SMALL_CELL;

/** Party Charter: a Party cell has at least 3 official members. */
export const MIN_CELL_MEMBERS = 3;

export const smallCellRule: Rule = {
  codes: ["W_SMALL_CELL"],
  row(row, context, findings) {
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
      messages: messages.fewMembers(members, MIN_CELL_MEMBERS),
    });
  },
};
