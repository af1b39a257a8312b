/**
 * What a grid cell holds, as the spec reads it (§1 "Values"): empty, text, number, boolean or an
 * Excel error value; and what its number format says (percent, date).
 */
import { isErrorValue, type CellValue, type SheetGrid } from "../grid/grid";
import { WHITE_SPACE_CLASS } from "../text/normalizeText";

const BLANK_TEXT = new RegExp(`^${WHITE_SPACE_CLASS}*$`);

/** Empty: nothing, "", only white space (NBSP included), or a formula whose cached result is "". */
export function isEmptyValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Printable ASCII first (most texts) is never white space; anything else asks the full class.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return BLANK_TEXT.test(value);
}

/** True when every cell of a grid row is empty. */
export function isEmptyRow(values: readonly CellValue[]): boolean {
  for (let col = 0; col < values.length; col++) if (!isEmptyValue(values[col])) return false;
  return true;
}

/**
 * The text a cell shows, for matching and messages: numbers as digits, errors as "#N/A", a formula
 * without result as its formula ("=SUM(C5:C9)").
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isErrorValue(value) ? value.error : `=${value.formula}`;
}

/** The value at 0-based (row, col), or null. */
export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

/** The number format at 0-based (row, col); "General" when none is given. */
export function numberFormatAt(sheet: SheetGrid, row: number, col: number): string {
  return sheet.numberFormats?.[row]?.[col] ?? "General";
}

/** The format code without its literal parts: quoted text, escaped characters, [colour] sections. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

interface FormatKind {
  readonly percent: boolean;
  readonly date: boolean;
}

/**
 * What each number format says, worked out once per format: a workbook uses a handful of formats
 * on thousands of cells. The memo stops growing past FORMAT_MEMO_LIMIT distinct formats.
 */
const FORMAT_KINDS = new Map<string, FormatKind>();
const FORMAT_MEMO_LIMIT = 1024;

function formatKind(format: string): FormatKind {
  let kind = FORMAT_KINDS.get(format);
  if (kind === undefined) {
    const tokens = formatTokens(format);
    const section = tokens.split(";")[0];
    kind = {
      percent: tokens.includes("%"),
      date:
        format !== "General" &&
        format !== "@" &&
        /[dmyhs]/i.test(section.replace(/General/gi, "").replace(/E[+-]/gi, "")),
    };
    if (FORMAT_KINDS.size < FORMAT_MEMO_LIMIT) FORMAT_KINDS.set(format, kind);
  }
  return kind;
}

/** A percent format ("0%", "0.0%"): Excel stores the fraction (0.92) and shows 92%. */
export function isPercentFormat(format: string): boolean {
  return formatKind(format).percent;
}

/** A date or time format ("dd/mm/yyyy", "h:mm"): the number is a serial date, not a count. */
export function isDateFormat(format: string): boolean {
  return formatKind(format).date;
}

export { isErrorValue };
