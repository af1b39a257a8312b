/**
 * The "Chi bộ" sheet of the template, laid out like the government form clerks know: the
 * two-column heading (Party committee on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date on the
 * right), the title, a two-row header with merged group headers, the column-number row, numbered
 * data rows, the "Tổng cộng" row with SUM formulas, and the signature block. Frozen header,
 * drop-down lists and number checks on the input cells, A4 landscape with repeated header rows.
 */
import type ExcelJS from "exceljs";
import type { CellsInputKey } from "../../core";
import type { SampleValue } from "./sampleData";
import { isSummedColumn, templateColumns, type TemplateColumn } from "./templateColumns";
import {
  a4Landscape,
  CENTERED,
  FONTS,
  HEADER_ALIGNMENT,
  OUTPUT_FILL,
  TABLE_BORDER,
} from "./templateStyle";
import { validationFor } from "./validations";

export const CELLS_LAYOUT = {
  groupRow: 7,
  headerRow: 8,
  numberRow: 9,
  firstDataRow: 10,
} as const;

export interface CellsSheetContent {
  /** Superior Party committee and the committee itself, for the heading; null: dotted blanks. */
  readonly parent: string | null;
  readonly organization: string | null;
  readonly year: number | null;
  /** "Thạch Hà, ngày 15 tháng 12 năm 2025"; null: dotted blanks. */
  readonly placeAndDate: string | null;
  /** Filled data rows (the sample), in order. */
  readonly rows: readonly Partial<Record<CellsInputKey, SampleValue>>[];
  /** Numbered empty rows after the filled ones (the blank template's rows to fill). */
  readonly emptyRows: number;
}

const BLANK = "……………………";

export function addCellsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  content: CellsSheetContent,
): ExcelJS.Worksheet {
  const columns = templateColumns();
  const last = columns[columns.length - 1].letter;
  const dataRowCount = content.rows.length + content.emptyRows;
  const lastDataRow = CELLS_LAYOUT.firstDataRow + dataRowCount - 1;
  const totalRow = lastDataRow + 1;

  const sheet = workbook.addWorksheet(name, {
    views: [
      {
        state: "frozen",
        xSplit: 3,
        ySplit: CELLS_LAYOUT.numberRow,
        topLeftCell: `D${CELLS_LAYOUT.firstDataRow}`,
      },
    ],
    pageSetup: a4Landscape(`${CELLS_LAYOUT.groupRow}:${CELLS_LAYOUT.numberRow}`),
    properties: { defaultRowHeight: 18 },
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));

  writeHeading(sheet, content, columns, last);
  writeTableHeader(sheet, columns);
  for (let i = 0; i < dataRowCount; i++) {
    writeDataRow(sheet, CELLS_LAYOUT.firstDataRow + i, i + 1, content.rows[i], columns);
  }
  writeTotalRow(sheet, totalRow, columns, content.rows);
  writeSignatureBlock(sheet, totalRow + 2, columns);
  return sheet;
}

function writeHeading(
  sheet: ExcelJS.Worksheet,
  content: CellsSheetContent,
  columns: TemplateColumn[],
  last: string,
): void {
  const leftEnd = columns[3].letter; // the heading's left half spans STT to members
  const rightStart = columns[Math.max(4, columns.length - 9)].letter;
  const place = (
    row: number,
    from: string,
    to: string,
    text: string,
    font: Partial<ExcelJS.Font>,
  ): void => {
    sheet.mergeCells(`${from}${row}:${to}${row}`);
    const cell = sheet.getCell(`${from}${row}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = CENTERED;
  };
  place(1, "A", leftEnd, (content.parent ?? `ĐẢNG BỘ ${BLANK}`).toUpperCase(), FONTS.body);
  place(2, "A", leftEnd, (content.organization ?? `ĐẢNG BỘ ${BLANK}`).toUpperCase(), FONTS.heading);
  place(3, "A", leftEnd, "*", FONTS.heading);
  place(1, rightStart, last, "ĐẢNG CỘNG SẢN VIỆT NAM", FONTS.nationalTitle);
  place(
    2,
    rightStart,
    last,
    content.placeAndDate ?? `${BLANK}, ngày … tháng … năm ……`,
    FONTS.italic,
  );
  place(
    4,
    "A",
    last,
    `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM ${content.year ?? "……"}`,
    FONTS.title,
  );
  place(
    5,
    "A",
    last,
    '(Điền số liệu vào các cột chỉ tiêu; các cột "Kết quả chấm điểm" do chương trình chấm điểm ghi, không điền tay)',
    FONTS.italic,
  );
  sheet.getRow(4).height = 24;
}

function writeTableHeader(sheet: ExcelJS.Worksheet, columns: TemplateColumn[]): void {
  const { groupRow, headerRow, numberRow } = CELLS_LAYOUT;
  let i = 0;
  while (i < columns.length) {
    const column = columns[i];
    if (column.group === null) {
      // A header without a group stands over both header rows (merged vertically).
      sheet.mergeCells(`${column.letter}${groupRow}:${column.letter}${headerRow}`);
      styleHeader(sheet.getCell(`${column.letter}${groupRow}`), column.header, false);
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < columns.length && columns[end + 1].group === column.group) end++;
    const span = `${column.letter}${groupRow}:${columns[end].letter}${groupRow}`;
    if (end > i) sheet.mergeCells(span);
    styleHeader(
      sheet.getCell(`${column.letter}${groupRow}`),
      column.group,
      column.kind === "output",
    );
    for (let k = i; k <= end; k++) {
      styleHeader(
        sheet.getCell(`${columns[k].letter}${headerRow}`),
        columns[k].header,
        columns[k].kind === "output",
      );
    }
    i = end + 1;
  }
  columns.forEach((column, index) => {
    const cell = sheet.getCell(`${column.letter}${numberRow}`);
    cell.value = `(${index + 1})`;
    cell.font = FONTS.italic;
    cell.alignment = CENTERED;
    cell.border = TABLE_BORDER;
    if (column.kind === "output") cell.fill = OUTPUT_FILL;
  });
  sheet.getRow(groupRow).height = 33;
  sheet.getRow(headerRow).height = 96;
}

function styleHeader(cell: ExcelJS.Cell, text: string, output: boolean): void {
  cell.value = text;
  cell.font = FONTS.bold;
  cell.alignment = HEADER_ALIGNMENT;
  cell.border = TABLE_BORDER;
  if (output) cell.fill = OUTPUT_FILL;
}

function writeDataRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  ordinal: number,
  values: Partial<Record<CellsInputKey, SampleValue>> | undefined,
  columns: TemplateColumn[],
): void {
  for (const column of columns) {
    const cell = sheet.getCell(`${column.letter}${rowNumber}`);
    cell.font = FONTS.body;
    cell.border = TABLE_BORDER;
    if (column.kind === "output") {
      cell.fill = OUTPUT_FILL;
      cell.alignment = CENTERED;
      continue;
    }
    if (column.kind === "note") continue;
    const { spec } = column;
    if (spec.key === "stt") {
      cell.value = ordinal;
      cell.alignment = CENTERED;
      continue;
    }
    const value = values?.[spec.key as CellsInputKey];
    if (value !== undefined) cell.value = value;
    cell.alignment = spec.key === "name" ? { vertical: "middle", wrapText: true } : CENTERED;
    const validation = validationFor(spec);
    if (validation) cell.dataValidation = validation;
  }
}

function writeTotalRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: TemplateColumn[],
  rows: CellsSheetContent["rows"],
): void {
  const first = CELLS_LAYOUT.firstDataRow;
  const last = rowNumber - 1;
  sheet.mergeCells(`A${rowNumber}:${columns[2].letter}${rowNumber}`);
  const label = sheet.getCell(`A${rowNumber}`);
  label.value = "Tổng cộng";
  label.font = FONTS.bold;
  label.alignment = CENTERED;
  for (const column of columns) {
    const cell = sheet.getCell(`${column.letter}${rowNumber}`);
    cell.border = TABLE_BORDER;
    cell.font = FONTS.bold;
    if (column.kind === "output") cell.fill = OUTPUT_FILL;
    if (column.kind !== "input" || !isSummedColumn(column.spec)) continue;
    cell.value = {
      formula: `SUM(${column.letter}${first}:${column.letter}${last})`,
      result: excelSum(rows.map((row) => row[column.spec.key as CellsInputKey])),
    };
    cell.alignment = CENTERED;
  }
}

/** The cached result Excel would store: SUM adds numbers and ignores text. */
function excelSum(values: readonly (SampleValue | undefined)[]): number {
  return values.reduce<number>((sum, value) => (typeof value === "number" ? sum + value : sum), 0);
}

function writeSignatureBlock(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  columns: TemplateColumn[],
): void {
  const left = { from: "A", to: columns[3].letter };
  const right = {
    from: columns[Math.max(4, columns.length - 9)].letter,
    to: columns[columns.length - 1].letter,
  };
  const lines: [string, Partial<ExcelJS.Font>, string, Partial<ExcelJS.Font>][] = [
    ["NGƯỜI LẬP BIỂU", FONTS.heading, "T/M BAN THƯỜNG VỤ", FONTS.heading],
    ["(Ký, ghi rõ họ tên)", FONTS.italic, "BÍ THƯ", FONTS.heading],
    ["", FONTS.body, "(Ký tên, đóng dấu)", FONTS.italic],
  ];
  lines.forEach(([leftText, leftFont, rightText, rightFont], i) => {
    const row = firstRow + i;
    for (const [side, text, font] of [
      [left, leftText, leftFont],
      [right, rightText, rightFont],
    ] as const) {
      if (text === "") continue;
      sheet.mergeCells(`${side.from}${row}:${side.to}${row}`);
      const cell = sheet.getCell(`${side.from}${row}`);
      cell.value = text;
      cell.font = font;
      cell.alignment = CENTERED;
    }
  });
}
