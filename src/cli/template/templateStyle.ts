/**
 * The look of the official template: a Vietnamese administrative form (Decree 30/2020/NĐ-CP uses
 * Times New Roman), black on white so it prints and photocopies well, with one pale grey fill
 * marking the columns the product writes, so a clerk sees at once which columns not to fill.
 */
import type ExcelJS from "exceljs";

export const FONT_NAME = "Times New Roman";

export const FONTS = {
  body: { name: FONT_NAME, size: 11 },
  bold: { name: FONT_NAME, size: 11, bold: true },
  italic: { name: FONT_NAME, size: 11, italic: true },
  heading: { name: FONT_NAME, size: 12, bold: true },
  nationalTitle: { name: FONT_NAME, size: 12, bold: true, underline: true },
  title: { name: FONT_NAME, size: 14, bold: true },
} satisfies Record<string, Partial<ExcelJS.Font>>;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

export const TABLE_BORDER: Partial<ExcelJS.Borders> = {
  top: THIN,
  left: THIN,
  bottom: THIN,
  right: THIN,
};

/** The pale grey of the output columns ("Kết quả chấm điểm"): filled by the product, not the clerk. */
export const OUTPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFF2F2F2" },
};

export const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = {
  horizontal: "center",
  vertical: "middle",
  wrapText: true,
};

export const CENTERED: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle" };

/** Fixed creation time written into every generated file, so regenerating gives the same file. */
export const TEMPLATE_TIMESTAMP = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

export const TEMPLATE_AUTHOR = "chibo4tot";

/** A4 landscape, one page wide, header rows repeated on every page. */
export function a4Landscape(printTitlesRow: string | null): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}
