/** The sheets of the evaluation workbook (spec §1, "Sheets"), matched by name as text. */
import type { SheetRole } from "../vocabulary";

export interface SheetRoleSpec {
  readonly role: SheetRole;
  /** The sheet's name in the official template. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export const SHEET_ROLES: readonly SheetRoleSpec[] = [
  { role: "info", name: "Thông tin", aliases: ["Thông tin chung"], required: false },
  {
    role: "cells",
    name: "Chi bộ",
    aliases: ["Chấm điểm chi bộ", "Đánh giá chi bộ"],
    required: true,
  },
  { role: "roster", name: "Đảng viên", aliases: ["Danh sách đảng viên"], required: false },
  { role: "report", name: "Kết quả kiểm tra", aliases: [], required: false },
];

export function sheetRoleSpec(role: SheetRole): SheetRoleSpec {
  const spec = SHEET_ROLES.find((candidate) => candidate.role === role);
  if (spec === undefined) throw new Error(`no sheet role "${role}"`);
  return spec;
}
