/**
 * Writing the report sheet from its plan (ReportSheetPlan): delete the product's previous report
 * sheet when the plan says so (only that one: the plan proved it is ours by its token), add the
 * new sheet, and write its cells in row blocks (number format before values, "@" for every text so
 * a message starting with "=" stays text), styles grouped into rectangles, merges, column widths,
 * links to cells, frozen rows and the A4 landscape page setup with print titles.
 */
/* global Excel */
import {
  adr,
  columnLetter,
  rangeA1,
  REPORT_TOKEN_CELL,
  sheetRef,
  type ReportSheetCell,
  type ReportSheetPlan,
} from "../core";
import { jsonBytes } from "./payloadBudget";
import { operationBytes, type WriteOperation, type WriteState } from "./writeBatches";

const OPERATION_TARGET_BYTES = 512 * 1024;
const STYLE_AREAS_PER_OPERATION = 200;
const LINKS_PER_OPERATION = 400;
/** Excel's look for a hyperlink, applied by hand (Office.js does not restyle the cell). */
const LINK_FONT_COLOR = "#0563C1";

/**
 * Column width in characters (as the plan and the xlsx file count it) to points (as Office.js
 * sets it): Excel's default font has a 7-pixel maximum digit width plus 5 pixels of padding, and a
 * pixel is 0.75 point at 96 dpi.
 */
export function characterWidthToPoints(characters: number): number {
  const pixels = Math.round(characters * 7 + 5);
  return pixels * 0.75;
}

/** "1:12", "$1:$12" or "12" to the "$1:$12" form setPrintTitleRows takes. */
export function printTitleRows(rows: string): string {
  const parts = rows.replace(/\$/g, "").split(":");
  const first = parts[0].trim();
  const last = (parts[1] ?? parts[0]).trim();
  return `$${first}:$${last}`;
}

function cellValue(cell: ReportSheetCell | undefined): string | number {
  if (!cell) return "";
  if (cell.kind === "number") return cell.value;
  return cell.text;
}

function cellFormat(cell: ReportSheetCell | undefined): string {
  if (!cell) return "General";
  if (cell.kind === "number") return cell.format ?? "General";
  return "@";
}

interface CellStyle {
  bold?: boolean;
  size?: number;
  wrap?: boolean;
  fill?: string;
  font?: string;
  underline?: boolean;
}

function cellStyle(cell: ReportSheetCell | undefined): CellStyle | null {
  if (!cell) return null;
  if (cell.kind === "link") return { font: LINK_FONT_COLOR, underline: true };
  const style: CellStyle = {};
  if (cell.bold) style.bold = true;
  if (cell.kind === "text") {
    if (cell.size !== undefined) style.size = cell.size;
    if (cell.wrap) style.wrap = true;
    if (cell.fill) style.fill = cell.fill;
    if (cell.font) style.font = cell.font;
  }
  return Object.keys(style).length > 0 ? style : null;
}

export interface StyledArea {
  style: CellStyle;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells of equal style grouped into rectangles: runs along rows, stacked when rows repeat them. */
export function styledAreas(rows: readonly (readonly ReportSheetCell[])[]): StyledArea[] {
  const done: StyledArea[] = [];
  let open = new Map<string, StyledArea>();
  rows.forEach((row, r) => {
    const next = new Map<string, StyledArea>();
    let c = 0;
    while (c < row.length) {
      const style = cellStyle(row[c]);
      if (!style) {
        c++;
        continue;
      }
      const signature = JSON.stringify(style);
      let end = c;
      while (end + 1 < row.length && JSON.stringify(cellStyle(row[end + 1])) === signature) end++;
      const key = `${signature}|${c}|${end}`;
      const above = open.get(key);
      if (above && above.bottom === r - 1) {
        above.bottom = r;
        next.set(key, above);
        open.delete(key);
      } else {
        next.set(key, { style, top: r, left: c, bottom: r, right: end });
      }
      c = end + 1;
    }
    for (const rectangle of open.values()) done.push(rectangle);
    open = next;
  });
  for (const rectangle of open.values()) done.push(rectangle);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.size !== undefined) range.format.font.size = style.size;
  if (style.font !== undefined) range.format.font.color = style.font;
  if (style.underline) range.format.font.underline = Excel.RangeUnderlineStyle.single;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
}

function sheetOf(context: Excel.RequestContext, state: WriteState, name: string): Excel.Worksheet {
  return state.reportSheet ?? context.workbook.worksheets.getItem(name);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function reportSheetOperations(
  plan: ReportSheetPlan,
  replace: string | null,
): WriteOperation[] {
  const name = plan.name;
  const width = Math.max(1, ...plan.rows.map((row) => row.length));
  const operations: WriteOperation[] = [];

  // 1. Replace the old sheet and prove the new one is ours at once: its token goes in first.
  const token = adr(REPORT_TOKEN_CELL);
  const tokenCell = plan.rows[token.row]?.[token.col];
  operations.push({
    part: "report",
    bytes: operationBytes(5, { name, replace, token: cellValue(tokenCell) }),
    queue: (context, state) => {
      if (replace) context.workbook.worksheets.getItem(replace).delete();
      state.reportSheet = context.workbook.worksheets.add(name);
      if (tokenCell) {
        const range = state.reportSheet.getRange(REPORT_TOKEN_CELL);
        range.numberFormat = [[cellFormat(tokenCell)]];
        range.values = [[cellValue(tokenCell)]];
      }
    },
  });

  // 2. Cells, in row blocks of about OPERATION_TARGET_BYTES.
  let start = 0;
  while (start < plan.rows.length) {
    let end = start;
    let bytes = 0;
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    while (end < plan.rows.length && (values.length === 0 || bytes < OPERATION_TARGET_BYTES)) {
      const row = plan.rows[end];
      const rowValues = Array.from({ length: width }, (_, c) => cellValue(row[c]));
      const rowFormats = Array.from({ length: width }, (_, c) => cellFormat(row[c]));
      values.push(rowValues);
      formats.push(rowFormats);
      bytes += jsonBytes(rowValues) + jsonBytes(rowFormats);
      end++;
    }
    const address = rangeA1(start, 0, end - 1, width - 1);
    operations.push({
      part: "report",
      bytes: operationBytes(2, { address }) + bytes,
      queue: (context, state) => {
        const range = sheetOf(context, state, name).getRange(address);
        range.numberFormat = formats;
        range.values = values;
      },
    });
    start = end;
  }

  // 3. Styles.
  for (const areas of chunk(styledAreas(plan.rows), STYLE_AREAS_PER_OPERATION)) {
    operations.push({
      part: "report",
      bytes: operationBytes(areas.length * 3, areas),
      queue: (context, state) => {
        const sheet = sheetOf(context, state, name);
        for (const area of areas)
          applyStyle(
            sheet.getRange(rangeA1(area.top, area.left, area.bottom, area.right)),
            area.style,
          );
      },
    });
  }

  // 4. Links to the findings' cells.
  const links: { address: string; reference: string; text: string }[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.kind === "link") {
        links.push({
          address: rangeA1(r, c, r, c),
          reference: sheetRef(cell.sheet, cell.cell),
          text: cell.text,
        });
      }
    }),
  );
  for (const group of chunk(links, LINKS_PER_OPERATION)) {
    operations.push({
      part: "report",
      bytes: operationBytes(group.length * 2, group),
      queue: (context, state) => {
        const sheet = sheetOf(context, state, name);
        for (const link of group) {
          sheet.getRange(link.address).hyperlink = {
            documentReference: link.reference,
            textToDisplay: link.text,
          };
        }
      },
    });
  }

  // 5. Merges, widths, frozen rows, page setup.
  operations.push({
    part: "report",
    bytes: operationBytes(plan.merges.length + plan.columnWidths.length + 6, {
      merges: plan.merges,
      widths: plan.columnWidths,
      print: plan.print,
    }),
    queue: (context, state) => {
      const sheet = sheetOf(context, state, name);
      for (const merge of plan.merges) sheet.getRange(merge).merge(false);
      plan.columnWidths.forEach((characters, col) => {
        if (characters > 0) {
          const letter = columnLetter(col);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth =
            characterWidthToPoints(characters);
        }
      });
      if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
      sheet.pageLayout.orientation =
        plan.print.orientation === "landscape"
          ? Excel.PageOrientation.landscape
          : Excel.PageOrientation.portrait;
      sheet.pageLayout.paperSize = Excel.PaperType.a4;
      // One page wide, as many pages tall as needed (0 = automatic, as in the file format).
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (plan.print.titleRows)
        sheet.pageLayout.setPrintTitleRows(printTitleRows(plan.print.titleRows));
    },
  });
  return operations;
}
