/**
 * The row of column numbers under the header (spec §1): skipped when each of its non-empty cells
 * is a column label — a number or a single letter, bare or in brackets (`1`, `(1)`, `A`, `(B)`),
 * or a formula of such labels like `(6)=(4)+(5)`.
 */
import type { CellValue } from "../grid/grid";
import { cleanText } from "../text/normalizeText";
import { isEmptyValue } from "../values/cellValue";

const LABEL = String.raw`\(?\s*(?:[0-9]+|[A-Za-z])\s*\)?`;
const LABEL_FORMULA = new RegExp(`^${LABEL}(?:\\s*[=+\\-*/x×:]\\s*${LABEL})*$`);

export function isColumnLabel(value: CellValue): boolean {
  if (typeof value === "number") return true;
  if (typeof value !== "string") return false;
  return LABEL_FORMULA.test(cleanText(value));
}

/** True when the row holds something and every non-empty cell is a column label. */
export function isColumnLabelRow(values: readonly CellValue[] | undefined): boolean {
  let any = false;
  for (const value of values ?? []) {
    if (isEmptyValue(value)) continue;
    if (!isColumnLabel(value)) return false;
    any = true;
  }
  return any;
}
