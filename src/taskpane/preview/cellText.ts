/** A grid cell as the preview shows it when a finding points at it (no Excel to select it in). */
import { isErrorValue, type CellValue } from "../../core";

export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
