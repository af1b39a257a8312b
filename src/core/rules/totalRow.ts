/**
 * W_TOTAL (spec §2): a cell of the grand total row differs from the sum of the data rows, checked
 * for the integer count columns only (isTotalledColumn); empty total cells, and (v2) total cells
 * holding a formula without a computed result, are not checked. A
 * column is compared only when every data row's value in it read as a number (empty counts as 0,
 * as in Excel's SUM); a total cell that is not a number is reported as differing.
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { isTotalledColumn } from "../catalog/columnSpec";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import { isFormulaWithoutResult, type CellValue } from "../grid/grid";
import { cellText, isEmptyValue, valueAt } from "../values/cellValue";
import type { ReadRow } from "../values/readRows";
import { readInteger } from "../values/readValue";
import type { CellsInputKey } from "../vocabulary";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_TOTAL;

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

export const totalRowRule: Rule = {
  codes: ["W_TOTAL"],
  end({ table }, findings) {
    const totalRow = table.classification?.totalRow ?? null;
    if (totalRow === null) return;
    for (const spec of TOTALLED) {
      const col = table.inputColumns.get(spec.key);
      if (col === undefined) continue;
      const raw = valueAt(table.sheet, totalRow, col);
      // An empty total cell, or a formula the file never calculated (v2), is not checked.
      if (isEmptyValue(raw) || isFormulaWithoutResult(raw)) continue;
      const sum = sumOf(table.rows, spec.key);
      if (sum === null) continue;
      const value = totalValue(raw);
      if (value === sum) continue;
      findings.add({
        rule: "W_TOTAL",
        sheet: table.sheet.name,
        row: totalRow,
        col,
        key: spec.key,
        cellCode: null,
        messages: messages.differs(spec.title, toA1(totalRow, col), value ?? cellText(raw), sum),
      });
    }
  },
};
