/**
 * E_TYPE (spec §2, §4): not a number, not an integer, not a rating, not a flag, a date where a
 * number is expected, a formula never calculated, or an Excel error value; on a Party cell's row
 * or a member's row. Reported on that cell, its value shown as the clerk sees it (v2: a date as
 * the date, not its serial number).
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import { displayText } from "../values/displayText";
import type { ReadRow } from "../values/readRows";
import type { ReadOutcome } from "../values/readValue";
import type { ColumnKey } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.E_TYPE;

export const valueTypeRule: Rule = {
  codes: ["E_TYPE"],
  row: checkValueTypes,
  roster(roster, _cells, findings) {
    // Only rows where some cell did not read a value can hold an invalid cell.
    const context = { sheet: roster.sheet.name, cellCode: null };
    for (const member of roster.members.incomplete()) checkValueTypes(member, context, findings);
  },
};

const isInvalid = (outcome: ReadOutcome) => outcome.status === "invalid";

function checkValueTypes(
  row: ReadRow,
  context: { readonly sheet: string; readonly cellCode: string | null },
  findings: FindingSink,
): void {
  if (row.cells.everyValueRead) return;
  for (const cell of row.cells.cellsWhere(isInvalid)) {
    if (cell.outcome.status !== "invalid") continue; // narrows the outcome's type
    findings.add({
      rule: "E_TYPE",
      sheet: context.sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key as ColumnKey,
      cellCode: context.cellCode,
      messages: messages.invalid(
        cell.spec.title,
        toA1(cell.row, cell.col),
        displayText(cell.raw, cell.numberFormat),
        cell.outcome.problem,
      ),
    });
  }
}
