/**
 * The worksheet XML of the report sheet ("Kết quả kiểm tra") from its plan: cells (text always as
 * inline strings, never formulas), merges, column widths, frozen heading rows, internal hyperlinks
 * to the cells of the findings, and an A4 page setup that fits the width of one page.
 */
import { rangeA1, sheetRef, toA1, type Lang, type ReportSheetCell, type ReportSheetPlan } from "../../core";
import { inlineStringXml, numberText, sheetNames } from "./sheetCellXml";
import { badPlanError } from "./patchError";
import { STYLES_NAMESPACE } from "./styleSheet";
import { escapeXmlAttribute, escapeXmlText, stripXmlInvalidCharacters } from "./xmlText";

export type FilledReportSheetCell = Exclude<ReportSheetCell, null>;

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const A4_PAPER = 9;

/** Excel's stored column width for a width in characters of the default font (7-pixel digits, 5 pixels of padding). */
export function storedColumnWidth(characters: number): number {
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;
}

/** "1:6", "$1:$6" or "A1:F6" → "$1:$6" (the rows a print title repeats). */
export function printTitleRows(titleRows: string): string {
  const m = /^\$?[A-Za-z]{0,3}\$?([0-9]+)(?::\$?[A-Za-z]{0,3}\$?([0-9]+))?$/.exec(titleRows.trim());
  if (!m) throw badPlanError(`print title rows: ${titleRows}`);
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  if (first < 1 || last < first) throw badPlanError(`print title rows: ${titleRows}`);
  return `$${first}:$${last}`;
}

const FOOTERS: Record<Lang, string> = { vi: "&CTrang &P / &N", en: "&CPage &P of &N" };

function reportSheetCellXml(address: string, cell: FilledReportSheetCell, style: number | undefined): string {
  const names = sheetNames("");
  const s = style === undefined ? "" : ` s="${style}"`;
  if (cell.kind === "number") return `<c r="${address}"${s}><v>${numberText(cell.value)}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr">${inlineStringXml(names, cell.text)}</c>`;
}

export interface ReportSheetXmlOptions {
  /** Style index ("s") of a cell, undefined for the workbook's default style. */
  styleOf(cell: FilledReportSheetCell): number | undefined;
  /** True when the sheet is the one shown when the workbook opens. */
  selected: boolean;
}

export function buildReportSheetXml(plan: ReportSheetPlan, options: ReportSheetXmlOptions): string {
  const rows: string[] = [];
  const hyperlinks: string[] = [];
  let lastRow = 0;
  let lastCol = 0;
  plan.rows.forEach((cells, r) => {
    const rowCells: string[] = [];
    cells.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const address = toA1(r, c);
      rowCells.push(reportSheetCellXml(address, cell, options.styleOf(cell)));
      if (cell.kind === "link") {
        hyperlinks.push(
          `<hyperlink ref="${address}" location="${escapeXmlAttribute(sheetRef(cell.sheet, cell.cell))}" display="${escapeXmlAttribute(stripXmlInvalidCharacters(cell.text))}"/>`,
        );
      }
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
    if (rowCells.length > 0) rows.push(`<row r="${r + 1}">${rowCells.join("")}</row>`);
  });

  const freeze = plan.freezeRows > 0 ? plan.freezeRows : 0;
  const selectedAttribute = options.selected ? ' tabSelected="1"' : "";
  const sheetView =
    freeze > 0
      ? `<sheetView${selectedAttribute} workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView>`
      : `<sheetView${selectedAttribute} workbookViewId="0"/>`;
  const widths = plan.columnWidths
    .map((width, c) => (width > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${storedColumnWidth(width)}" customWidth="1"/>` : ""))
    .join("");
  const merges = plan.merges.map((ref) => `<mergeCell ref="${escapeXmlAttribute(ref)}"/>`);
  const orientation = plan.print.orientation === "portrait" ? "portrait" : "landscape";

  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${STYLES_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${rangeA1(0, 0, lastRow, lastCol)}"/>` +
    `<sheetViews>${sheetView}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (hyperlinks.length > 0 ? `<hyperlinks>${hyperlinks.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${A4_PAPER}" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXmlText(FOOTERS[plan.lang] ?? FOOTERS.vi)}</oddFooter></headerFooter>` +
    "</worksheet>"
  );
}

