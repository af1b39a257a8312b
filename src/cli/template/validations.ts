/**
 * Excel's own input checks on the template's cells (data validation): a drop-down of the four
 * ratings, whole numbers within the engine's bounds, percents within theirs. They catch a typo as
 * it is typed, with a Vietnamese message; the engine still checks everything (pasted values
 * bypass data validation).
 */
import type ExcelJS from "exceljs";
import type { ColumnSpec, RatingCode } from "../../core";

export const RATING_CODES: readonly RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

const RATING_HELP =
  "Chọn một trong các mức: HTXSNV (hoàn thành xuất sắc nhiệm vụ), HTTNV (hoàn thành tốt nhiệm vụ), HTNV (hoàn thành nhiệm vụ), KHTNV (không hoàn thành nhiệm vụ).";

export function ratingValidation(): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${RATING_CODES.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Xếp loại không hợp lệ",
    error: RATING_HELP,
  };
}

/** A yes/no mark of the roster: "x" when it applies, empty otherwise. */
export function flagValidation(): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: ['"x"'],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Chỉ đánh dấu x",
    error: 'Ghi "x" nếu có, để trống nếu không.',
  };
}

/** The check for one input column, or null for text columns. */
export function validationFor(spec: ColumnSpec): ExcelJS.DataValidation | null {
  if (spec.type === "rating") return ratingValidation();
  if (spec.type !== "integer" && spec.type !== "percent") return null;
  const min = spec.min ?? 0;
  const integer = spec.type === "integer";
  const what = integer ? "số nguyên" : "tỷ lệ phần trăm (ví dụ 95 cho 95%)";
  const bounds = spec.max === undefined ? `từ ${min} trở lên` : `từ ${min} đến ${spec.max}`;
  return {
    type: integer ? "whole" : "decimal",
    operator: spec.max === undefined ? "greaterThanOrEqual" : "between",
    allowBlank: true,
    formulae: spec.max === undefined ? [min] : [min, spec.max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Giá trị không hợp lệ",
    error: `${spec.header}: nhập ${what} ${bounds}.`,
  };
}
