/**
 * E_TYPE (spec §2): not a number, not an integer, not a rating, not a flag, a date where a number
 * is expected, or an Excel error value. Reported on that cell.
 */
import { toA1 } from "../grid/address";
import { typeMessage } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import { cellText } from "../values/cellValue";
import type { ReadRow } from "../values/readCell";
import type { ReadOutcome } from "../values/readValue";
import type { FindingList, RowContext } from "./findingList";
import type { ColumnKey } from "../vocabulary";

export const VALUE_TYPE_CODES: readonly RuleCode[] = ["E_TYPE"];

const isInvalid = (outcome: ReadOutcome) => outcome.status === "invalid";

export function checkValueTypes(row: ReadRow, context: RowContext, findings: FindingList): void {
  if (row.cells.everyValueRead) return;
  for (const cell of row.cells.cellsWhere(isInvalid)) {
    if (cell.outcome.status !== "invalid") continue; // narrows the outcome's type
    const address = toA1(cell.row, cell.col);
    findings.add({
      rule: "E_TYPE",
      sheet: context.sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key as ColumnKey,
      cellCode: context.cellCode,
      messages: typeMessage(cell.spec.title, address, cellText(cell.raw), cell.outcome.problem),
    });
  }
}
