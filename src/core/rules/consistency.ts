/**
 * E_CONSISTENCY (spec §2): members_good + members_failed > members (on both cells);
 * disciplined > members; new_members > members. Runs only when every value involved is valid.
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import type { ReadCell, ReadRow } from "../values/readRows";
import type { CellsInputKey, LocalizedText } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { Rule, RowContext } from "./rule";

const { messages } = FINDING_CATALOG.E_CONSISTENCY;

/** Counts that cannot exceed the members of the cell. */
const MAXIMUM_IS_MEMBERS = ["disciplined", "new_members"] as const;

export const consistencyRule: Rule = {
  codes: ["E_CONSISTENCY"],
  row(row, context, findings) {
    const members = validNumberOf(row, "members");
    if (members === undefined) return;
    // Values first, cells only for a finding: this runs on every row of "Chi bộ".
    const good = validNumberOf(row, "members_good");
    const failed = validNumberOf(row, "members_failed");
    if (good !== undefined && failed !== undefined && good + failed > members) {
      const text = (on: "good" | "failed") => messages.goodPlusFailed(good, failed, members, on);
      report(row, "members_good", text("good"), context, findings);
      report(row, "members_failed", text("failed"), context, findings);
    }
    for (const key of MAXIMUM_IS_MEMBERS) {
      const value = validNumberOf(row, key);
      if (value !== undefined && value > members) {
        const cell = row.cells.get(key) as ReadCell<CellsInputKey>;
        report(
          row,
          key,
          messages.moreThanMembers(cell.spec.title, value, members),
          context,
          findings,
        );
      }
    }
  },
};

function validNumberOf(row: ReadRow<CellsInputKey>, key: CellsInputKey): number | undefined {
  const value = row.cells.validValue(key);
  return typeof value === "number" ? value : undefined;
}

function report(
  row: ReadRow<CellsInputKey>,
  key: CellsInputKey,
  text: LocalizedText,
  context: RowContext,
  findings: FindingSink,
): void {
  const cell = row.cells.get(key) as ReadCell<CellsInputKey>;
  findings.add({
    rule: "E_CONSISTENCY",
    sheet: context.sheet,
    row: cell.row,
    col: cell.col,
    key: cell.key,
    cellCode: context.cellCode,
    messages: text,
  });
}
