/**
 * E_REQUIRED (spec §2, §4): a required input is empty, on a Party cell's row or a member's row.
 * Reported on that cell.
 */
import type { ColumnSpec } from "../catalog/columnSpec";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import type { ReadRow } from "../values/readRows";
import type { ReadOutcome } from "../values/readValue";
import type { ColumnKey } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.E_REQUIRED;

export const requiredValueRule: Rule = {
  codes: ["E_REQUIRED"],
  row: checkRequiredValues,
  roster(roster, _cells, findings) {
    // Only rows where some cell did not read a value can hold an empty cell.
    const context = { sheet: roster.sheet.name, cellCode: null };
    for (const member of roster.members.incomplete())
      checkRequiredValues(member, context, findings);
  },
};

const isRequiredAndEmpty = (outcome: ReadOutcome, spec: ColumnSpec) =>
  spec.required && outcome.status === "empty";

function checkRequiredValues(
  row: ReadRow,
  context: { readonly sheet: string; readonly cellCode: string | null },
  findings: FindingSink,
): void {
  if (row.cells.everyValueRead) return;
  for (const cell of row.cells.cellsWhere(isRequiredAndEmpty)) {
    findings.add({
      rule: "E_REQUIRED",
      sheet: context.sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key as ColumnKey,
      cellCode: context.cellCode,
      messages: messages.empty(cell.spec.title, toA1(cell.row, cell.col)),
    });
  }
}
