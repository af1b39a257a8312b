/**
 * The "Đảng viên" sheet: one row per member, for the cross-checks against "Chi bộ" (spec §4).
 * Headers from the engine's ROSTER_COLUMNS; a drop-down of ratings, "x" marks for the flags, and
 * the Party cell code chosen from the codes typed on "Chi bộ".
 */
import type ExcelJS from "exceljs";
import { quoteSheetName, ROSTER_COLUMNS, columnLetter, type RosterKey } from "../../core";
import type { SampleMember } from "./sampleData";
import { a4Landscape, CENTERED, FONTS, HEADER_ALIGNMENT, TABLE_BORDER } from "./templateStyle";
import { flagValidation, ratingValidation } from "./validations";

export const ROSTER_LAYOUT = { headerRow: 3, numberRow: 4, firstDataRow: 5 } as const;

export interface RosterSheetContent {
  readonly year: number | null;
  readonly members: readonly SampleMember[];
  /** Numbered empty rows after the members. */
  readonly emptyRows: number;
  /** Where the Party cell codes are on "Chi bộ", for the code drop-down, e.g. "B10:B29". */
  readonly cellCodes: { sheet: string; range: string };
}

const WIDTHS: Record<RosterKey, number> = {
  stt: 6,
  member_name: 30,
  cell_code: 12,
  member_rating: 12,
  disciplined_flag: 14,
  admitted_flag: 14,
};

export function addRosterSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  content: RosterSheetContent,
): ExcelJS.Worksheet {
  const { headerRow, numberRow, firstDataRow } = ROSTER_LAYOUT;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: numberRow, topLeftCell: `A${firstDataRow}` }],
    pageSetup: { ...a4Landscape(`${headerRow}:${numberRow}`), orientation: "portrait" },
  });
  sheet.columns = ROSTER_COLUMNS.map((spec) => ({ width: WIDTHS[spec.key as RosterKey] }));
  const last = columnLetter(ROSTER_COLUMNS.length - 1);

  sheet.mergeCells(`A1:${last}1`);
  const title = sheet.getCell("A1");
  title.value = `DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI NĂM ${content.year ?? "……"}`;
  title.font = FONTS.title;
  title.alignment = CENTERED;
  sheet.mergeCells(`A2:${last}2`);
  const note = sheet.getCell("A2");
  note.value =
    '(Ghi "x" vào cột "Bị kỷ luật trong năm" hoặc "Kết nạp trong năm" khi đúng với đảng viên)';
  note.font = FONTS.italic;
  note.alignment = CENTERED;

  ROSTER_COLUMNS.forEach((spec, i) => {
    const header = sheet.getCell(headerRow, i + 1);
    header.value = spec.header;
    header.font = FONTS.bold;
    header.alignment = HEADER_ALIGNMENT;
    header.border = TABLE_BORDER;
    const number = sheet.getCell(numberRow, i + 1);
    number.value = `(${i + 1})`;
    number.font = FONTS.italic;
    number.alignment = CENTERED;
    number.border = TABLE_BORDER;
  });
  sheet.getRow(headerRow).height = 36;

  const codeList: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`${quoteSheetName(content.cellCodes.sheet)}!${absolute(content.cellCodes.range)}`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Mã chi bộ chưa có",
    error: 'Mã này chưa có trên trang "Chi bộ". Hãy kiểm tra lại mã chi bộ của đảng viên.',
  };
  const total = content.members.length + content.emptyRows;
  for (let i = 0; i < total; i++) {
    const member = content.members[i];
    const row = sheet.getRow(firstDataRow + i);
    ROSTER_COLUMNS.forEach((spec, c) => {
      const cell = row.getCell(c + 1);
      cell.font = FONTS.body;
      cell.border = TABLE_BORDER;
      const key = spec.key as RosterKey;
      cell.alignment = key === "member_name" ? { vertical: "middle" } : CENTERED;
      const value = member ? memberValue(member, key) : null;
      if (key === "stt") cell.value = i + 1;
      else if (value !== null) cell.value = value;
      if (key === "member_rating") cell.dataValidation = ratingValidation();
      if (key === "disciplined_flag" || key === "admitted_flag")
        cell.dataValidation = flagValidation();
      if (key === "cell_code") cell.dataValidation = codeList;
    });
  }
  return sheet;
}

function memberValue(member: SampleMember, key: RosterKey): string | null {
  switch (key) {
    case "member_name":
      return member.name;
    case "cell_code":
      return member.cellCode;
    case "member_rating":
      return member.rating;
    case "disciplined_flag":
      return member.disciplined ? "x" : null;
    case "admitted_flag":
      return member.admitted ? "x" : null;
    case "stt":
      return null;
  }
}

/** "B10:B29" → "$B$10:$B$29", so the list stays put when rows are copied. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}
