/** E_REQUIRED (spec §2): a required input is empty. Reported on that cell. */
import type { RuleCode } from "../report/report";
import { requiredMessage } from "../messages/findingMessages";
import { toA1 } from "../grid/address";
import type { ColumnSpec } from "../catalog/columnSpec";
import type { ReadRow } from "../values/readCell";
import type { ReadOutcome } from "../values/readValue";
import type { FindingList, RowContext } from "./findingList";
import type { ColumnKey } from "../vocabulary";

export const REQUIRED_VALUE_CODES: readonly RuleCode[] = ["E_REQUIRED"];

const isRequiredAndEmpty = (outcome: ReadOutcome, spec: ColumnSpec) => spec.required && outcome.status === "empty";

export function checkRequiredValues(row: ReadRow, context: RowContext, findings: FindingList): void {
  if (row.cells.everyValueRead) return;
  for (const cell of row.cells.cellsWhere(isRequiredAndEmpty)) {
    findings.add({
      rule: "E_REQUIRED",
      sheet: context.sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key as ColumnKey,
      cellCode: context.cellCode,
      messages: requiredMessage(cell.spec.title, toA1(cell.row, cell.col)),
    });
  }
}
