/**
 * The "Thông tin" sheet: labels in column A, values in column B (the engine reads each label's
 * right neighbour). The organisation and year labels come from the engine's INFO_FIELDS; the
 * others (superior committee, who prepared the form) are for people, not checked.
 */
import type ExcelJS from "exceljs";
import { INFO_FIELDS } from "../../core";
import { a4Landscape, FONTS, TABLE_BORDER } from "./templateStyle";

export interface InfoSheetContent {
  readonly organization: string | null;
  readonly year: number | null;
  readonly parent: string | null;
  readonly preparedBy: string | null;
  readonly phone: string | null;
  /** Serial date of the form, or null. */
  readonly preparedOn: Date | null;
}

export const INFO_LAYOUT = { firstFieldRow: 3 } as const;

export function addInfoSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  content: InfoSheetContent,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { ...a4Landscape(null), orientation: "portrait" },
  });
  sheet.columns = [{ width: 26 }, { width: 46 }, { width: 60 }];
  sheet.mergeCells("A1:C1");
  const title = sheet.getCell("A1");
  title.value = "THÔNG TIN CHUNG VỀ BẢNG ĐÁNH GIÁ";
  title.font = FONTS.title;
  title.alignment = { horizontal: "center" };

  const label = (key: "organization" | "year"): string => {
    const field = INFO_FIELDS.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`INFO_FIELDS lacks "${key}"`);
    return field.label;
  };
  const rows: [string, ExcelJS.CellValue, string][] = [
    [label("organization"), content.organization, "Tên đầy đủ, ví dụ: Đảng bộ xã Thạch Hà"],
    [label("year"), content.year, "Năm của kỳ đánh giá, ví dụ: 2025"],
    ["Cấp ủy cấp trên trực tiếp", content.parent, "Ví dụ: Đảng bộ tỉnh Hà Tĩnh"],
    ["Người lập biểu", content.preparedBy, ""],
    ["Số điện thoại liên hệ", content.phone, ""],
    ["Ngày lập biểu", content.preparedOn, "Ngày/tháng/năm"],
  ];
  rows.forEach(([text, value, hint], i) => {
    const row = sheet.getRow(INFO_LAYOUT.firstFieldRow + i);
    row.getCell(1).value = text;
    row.getCell(1).font = FONTS.bold;
    const valueCell = row.getCell(2);
    if (value !== null) valueCell.value = value;
    valueCell.font = FONTS.body;
    if (value instanceof Date || text === "Ngày lập biểu") valueCell.numFmt = "dd/mm/yyyy";
    row.getCell(3).value = hint || null;
    row.getCell(3).font = { ...FONTS.italic, color: { argb: "FF595959" } };
    for (const column of [1, 2]) row.getCell(column).border = TABLE_BORDER;
  });
  sheet.getCell(`B${INFO_LAYOUT.firstFieldRow + 1}`).dataValidation = {
    type: "whole",
    operator: "between",
    allowBlank: true,
    formulae: [2000, 2100],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Năm không hợp lệ",
    error: "Nhập năm đánh giá, một số từ 2000 đến 2100 (ví dụ 2025).",
  };

  const notes = [
    "Hướng dẫn:",
    "1. Điền thông tin ở cột B của trang này.",
    '2. Trang "Chi bộ": mỗi chi bộ một dòng; mã chi bộ không trùng nhau; tỷ lệ ghi theo phần trăm (95 là 95%).',
    '3. Trang "Đảng viên" (không bắt buộc): mỗi đảng viên một dòng, để đối chiếu với số liệu của chi bộ.',
    '4. Các cột "Kết quả chấm điểm" do chương trình Chi bộ 4 tốt ghi; không điền tay.',
  ];
  notes.forEach((text, i) => {
    const cell = sheet.getCell(`A${INFO_LAYOUT.firstFieldRow + rows.length + 1 + i}`);
    cell.value = text;
    cell.font = i === 0 ? FONTS.bold : FONTS.body;
  });
  return sheet;
}
