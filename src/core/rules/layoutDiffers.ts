/**
 * W_LAYOUT (spec §1–§2, v2): the "Chi bộ" sheet is laid out other than the template, and the
 * engine read it anyway. Reported on
 * - the code cell (or first non-empty input cell) of a Party cell found below the signature block:
 *   it is read and scored, and should be moved into the table;
 * - the first non-empty cell of a second table under the first: it and every row below are not read;
 * - the header cell of a column for another year ("Xếp loại chi bộ (năm 2024)" beside the
 *   evaluation year's), on "Chi bộ" and on "Đảng viên": it is not read.
 * All are about the sheet's layout, so they are reported from the table hook, also when the
 * workbook is unusable.
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import type { FoundHeader } from "../layout/findHeaderRow";
import type { PartyCellsTable } from "../layout/partyCellsTable";
import type { SheetGrid } from "../grid/grid";
import { cellText, numberFormatAt, valueAt } from "../values/cellValue";
import { displayText } from "../values/displayText";
import type { ColumnKey } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_LAYOUT;

export const layoutDiffersRule: Rule = {
  codes: ["W_LAYOUT"],
  table(subject, findings) {
    if (subject.table === null) return;
    if (subject.table.header !== null) {
      reportOtherYears(
        subject.table.sheet,
        subject.table.header as FoundHeader<ColumnKey>,
        findings,
      );
    }
    if (subject.role === "cells") reportRows(subject.table, findings);
  },
};

/** Each column ignored because it is for another year, on its header cell. */
function reportOtherYears(
  sheet: SheetGrid,
  header: FoundHeader<ColumnKey>,
  findings: FindingSink,
): void {
  const headerCell = (col: number) => ({ row: header.textRows[col] ?? header.row, col });
  for (const ignored of header.ignoredColumns) {
    const at = headerCell(ignored.col);
    const read = headerCell(ignored.readCol);
    findings.add({
      rule: "W_LAYOUT",
      sheet: sheet.name,
      row: at.row,
      col: at.col,
      key: ignored.key,
      cellCode: null,
      messages: messages.otherYear(
        cellText(valueAt(sheet, at.row, at.col)).trim(),
        toA1(at.row, at.col),
        `“${cellText(valueAt(sheet, read.row, read.col)).trim()}” (${toA1(read.row, read.col)})`,
      ),
    });
  }
}

/** A second table under the first; Party cells below the signature block. */
function reportRows(table: PartyCellsTable, findings: FindingSink): void {
  const classification = table.classification;
  if (classification === null) return;
  const sheet = table.sheet.name;
  const { secondTable } = classification;
  if (secondTable !== null) {
    findings.add({
      rule: "W_LAYOUT",
      sheet,
      row: secondTable.row,
      col: secondTable.col,
      key: null,
      cellCode: null,
      messages: messages.secondTable(sheet, toA1(secondTable.row, secondTable.col)),
    });
  }
  const codeCol = table.inputColumns.get("code");
  for (const cell of classification.belowSignature) {
    const code =
      codeCol === undefined
        ? ""
        : displayText(
            valueAt(table.sheet, cell.row, codeCol),
            numberFormatAt(table.sheet, cell.row, codeCol),
          ).trim();
    findings.add({
      rule: "W_LAYOUT",
      sheet,
      row: cell.row,
      col: cell.col,
      key: cell.col === codeCol ? "code" : null,
      cellCode: code || null,
      messages: messages.belowSignature(code || null, toA1(cell.row, cell.col)),
    });
  }
}
