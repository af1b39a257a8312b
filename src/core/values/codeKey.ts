/**
 * How Party cell codes compare (spec §1 "Codes", v2): codes made only of digits compare by their
 * value, leading zeros ignored ("01", "1" and 1 are one code, on "Chi bộ" and on "Đảng viên"
 * alike); other codes compare after text normalisation ("CB01" and "cb01 " are one code). A code
 * is always shown as the clerk sees it (`readText`: 1 in a cell formatted "00" reads "01"); only
 * the comparison uses this key.
 */
import { normalizeText } from "../text/normalizeText";

const DIGITS = /^[0-9]+$/;

/** The key two codes share exactly when they are one code. */
export function codeKey(code: string): string {
  const normalized = normalizeText(code);
  return DIGITS.test(normalized) ? normalized.replace(/^0+(?=[0-9])/, "") : normalized;
}
