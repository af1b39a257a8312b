/**
 * W_ENCODING (spec §1 "Legacy Vietnamese encodings", v2): text typed in TCVN3 (ABC) or VNI was
 * read as Unicode. Reported on
 * - a sheet read decoded ("Thông tin", "Chi bộ", "Đảng viên"): once, on its first recognised
 *   header cell (on "Thông tin", its first label);
 * - a header cell of a Unicode sheet recognised only decoded (one header retyped in an old font);
 * - a rating cell of a Unicode sheet recognised only decoded, on "Chi bộ" and on "Đảng viên".
 * The sheet-level ones come from the workbook and table hooks (also when the workbook is
 * unusable); rating cells are single values, reported only when the rows are checked.
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import type { SheetGrid } from "../grid/grid";
import type { FoundHeader } from "../layout/findHeaderRow";
import { decodeLegacy, type LegacyEncoding } from "../text/legacyEncodings";
import { cellText, valueAt } from "../values/cellValue";
import type { ReadCell, ReadRow } from "../values/readRows";
import type { ReadOutcome } from "../values/readValue";
import type { ColumnKey } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_ENCODING;

export const legacyEncodingRule: Rule = {
  codes: ["W_ENCODING"],
  workbook({ info }, findings) {
    if (info?.encoding) reportSheet(info.sheet, info.encoding, findings);
  },
  table(subject, findings) {
    const { table } = subject;
    if (table === null) return;
    if (table.encoding !== null) reportSheet(table.sheet, table.encoding, findings);
    if (table.header !== null) {
      reportHeaderCells(table.sheet, table.header as FoundHeader<ColumnKey>, findings);
    }
  },
  row(row, context, findings) {
    reportRatingCells(row, context.sheet, context.cellCode, findings);
  },
  roster(roster, _cells, findings) {
    // A decoded rating is an `ok` outcome: only rows whose rating column holds one are made.
    const decoded = roster.members.rowsWhere("member_rating", isDecoded);
    for (const member of decoded) reportRatingCells(member, roster.sheet.name, null, findings);
  },
};

const isDecoded = (outcome: ReadOutcome) =>
  outcome.status === "ok" && outcome.encoding !== undefined;

function reportSheet(
  sheet: SheetGrid,
  at: { readonly encoding: LegacyEncoding; readonly row: number; readonly col: number },
  findings: FindingSink,
): void {
  findings.add({
    rule: "W_ENCODING",
    sheet: sheet.name,
    row: at.row,
    col: at.col,
    key: null,
    cellCode: null,
    messages: messages.sheet(sheet.name, at.encoding, toA1(at.row, at.col)),
  });
}

function reportHeaderCells(
  sheet: SheetGrid,
  header: FoundHeader<ColumnKey>,
  findings: FindingSink,
): void {
  for (const cell of header.decodedCells) {
    const typed = cellText(valueAt(sheet, cell.row, cell.col)).trim();
    findings.add({
      rule: "W_ENCODING",
      sheet: sheet.name,
      row: cell.row,
      col: cell.col,
      key: cell.key,
      cellCode: null,
      messages: messages.cell(
        toA1(cell.row, cell.col),
        cell.encoding,
        typed,
        decodeLegacy(typed, cell.encoding),
      ),
    });
  }
}

function reportRatingCells(
  row: ReadRow,
  sheet: string,
  cellCode: string | null,
  findings: FindingSink,
): void {
  for (const cell of row.cells.cellsWhere(isDecoded) as readonly ReadCell<ColumnKey>[]) {
    const { outcome } = cell;
    if (outcome.status !== "ok" || outcome.encoding === undefined) continue; // narrows the type
    findings.add({
      rule: "W_ENCODING",
      sheet,
      row: cell.row,
      col: cell.col,
      key: cell.key,
      cellCode,
      messages: messages.cell(
        toA1(cell.row, cell.col),
        outcome.encoding,
        cellText(cell.raw).trim(),
        String(outcome.value),
      ),
    });
  }
}
