/** E_RANGE (spec §2): a value read but outside its column's bounds. Reported on that cell. */
import { toA1 } from "../grid/address";
import { rangeMessage } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import { withinBounds, type ReadRow } from "../values/readCell";
import type { ReadOutcome } from "../values/readValue";
import type { ColumnSpec } from "../catalog/columnSpec";
import type { FindingList, RowContext } from "./findingList";
import type { ColumnKey } from "../vocabulary";

export const VALUE_RANGE_CODES: readonly RuleCode[] = ["E_RANGE"];

const isOutOfBounds = (outcome: ReadOutcome, spec: ColumnSpec) =>
  outcome.status === "ok" && !withinBounds(spec, outcome.value);

export function checkValueRanges(row: ReadRow, context: RowContext, findings: FindingList): void {
  for (const cell of row.cells.cellsWhere(isOutOfBounds)) {
    if (cell.outcome.status !== "ok" || typeof cell.outcome.value !== "number") continue; // narrows the type
    findings.add({
      rule: "E_RANGE",
      sheet: context.sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key as ColumnKey,
      cellCode: context.cellCode,
      messages: rangeMessage(
        cell.spec.title,
        toA1(cell.row, cell.col),
        cell.outcome.value,
        cell.spec.type === "percent" ? "percent" : "count",
        cell.spec.min,
        cell.spec.max,
      ),
    });
  }
}
