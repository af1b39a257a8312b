/**
 * W_TOTAL (spec §2): a cell of the grand total row differs from the sum of the data rows, checked
 * for the integer count columns only (isTotalledColumn); empty total cells are not checked. A
 * column is compared only when every data row's value in it read as a number (empty counts as 0,
 * as in Excel's SUM); a total cell that is not a number is reported as differing.
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { isTotalledColumn } from "../catalog/columnSpec";
import type { CellValue, SheetGrid } from "../grid/grid";
import { toA1 } from "../grid/address";
import { totalMessage } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import { cellText, isEmptyValue, valueAt } from "../values/cellValue";
import type { ReadRow } from "../values/readCell";
import { readInteger } from "../values/readValue";
import type { FindingList } from "./findingList";
import type { CellsInputKey } from "../vocabulary";

export const TOTAL_ROW_CODES: readonly RuleCode[] = ["W_TOTAL"];

const TOTALLED = CELLS_COLUMNS.filter(isTotalledColumn);

function sumOf(rows: readonly ReadRow<CellsInputKey>[], key: CellsInputKey): number | null {
  let sum = 0;
  for (const row of rows) {
    const cell = row.cells.get(key);
    if (cell === undefined || cell.outcome.status === "empty") continue;
    if (cell.outcome.status !== "ok" || typeof cell.outcome.value !== "number") return null;
    sum += cell.outcome.value;
  }
  return sum;
}

/** The number a total cell holds (a number, or digits typed as text), or null. */
function totalValue(raw: CellValue): number | null {
  if (typeof raw === "number") return raw;
  const read = readInteger(raw, "General");
  return read.status === "ok" && typeof read.value === "number" ? read.value : null;
}

export function checkTotalRow(
  sheet: SheetGrid,
  totalRow: number,
  columns: ReadonlyMap<CellsInputKey, number>,
  rows: readonly ReadRow<CellsInputKey>[],
  findings: FindingList,
): void {
  for (const spec of TOTALLED) {
    const col = columns.get(spec.key);
    if (col === undefined) continue;
    const raw = valueAt(sheet, totalRow, col);
    if (isEmptyValue(raw)) continue;
    const sum = sumOf(rows, spec.key);
    if (sum === null) continue;
    const value = totalValue(raw);
    if (value === sum) continue;
    findings.add({
      rule: "W_TOTAL",
      sheet: sheet.name,
      row: totalRow,
      col,
      key: spec.key,
      cellCode: null,
      messages: totalMessage(spec.title, toA1(totalRow, col), value ?? cellText(raw), sum),
    });
  }
}
