/**
 * A cell as the clerk sees it in Excel, for messages and codes (spec §1, v2): a number in a date
 * or time format shows as that date ("15/12/2025", not the serial 46006), a number in a format
 * made only of zeros shows padded (1 in "00" is "01"), anything else as `cellText`.
 *
 * A small formatter for the formats that occur in these workbooks, not a full Excel formatter:
 * day, month and year in any order and separator (d dd ddd dddd, m mm mmm mmmm mmmmm, yy yyyy),
 * hours, minutes and seconds (h hh m mm s ss, [h], AM/PM), quoted text, escapes, colours and
 * locale prefixes ([$-42A], [$-F800] the system's long date). Month and day names are English,
 * as the file's format codes are without a locale. A full formatter (numfmt) is 34 KB gzip, as
 * much as the whole engine; messages need only this.
 */
import type { CellValue } from "../grid/grid";
import { cellText, isDateFormat } from "./cellValue";

/** The width of a number format made only of zeros ("00" → 2), or null. */
export function zeroPadWidth(numberFormat: string): number | null {
  return /^0+$/.test(numberFormat) ? numberFormat.length : null;
}

/**
 * A number's text where the format decides it for codes: an integer in a format made only of
 * zeros is padded to its width (1 in "00" → "01", -1 → "-01"); any other number is its digits
 * (String(value)), whatever the format.
 */
export function numberAsShown(value: number, numberFormat: string): string {
  const width = zeroPadWidth(numberFormat);
  if (width === null || !Number.isSafeInteger(value)) return String(value);
  const digits = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? `-${digits}` : digits;
}

/** The cell as Excel shows it (dates as dates, zero-padded numbers padded), for messages. */
export function displayText(value: CellValue, numberFormat = "General"): string {
  if (typeof value === "number") {
    if (isDateFormat(numberFormat)) return dateAsShown(value, numberFormat);
    return numberAsShown(value, numberFormat);
  }
  return cellText(value);
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface DateParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole hours since serial 0, for [h]. */
  elapsedHours: number;
}

/** An Excel serial (1900 date system, its 29 February 1900 included) to its parts. */
export function serialDateParts(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days++;
    seconds -= 86400;
  }
  let year: number;
  let month: number;
  let day: number;
  if (days === 60) {
    [year, month, day] = [1900, 2, 29];
  } else if (days === 0) {
    [year, month, day] = [1900, 1, 0];
  } else {
    // Serials from 61 count from 30 December 1899; below 60, Excel's fictitious 29/2/1900 is not
    // there yet: they count from 31 December 1899.
    const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
    const date = new Date(epoch + days * 86400000);
    [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  return {
    year,
    month,
    day,
    // Excel counts 1900-01-01 (serial 1) as a Sunday, and is right from March 1900 on.
    weekday: (((days - 1) % 7) + 7) % 7,
    hours: Math.floor(seconds / 3600),
    minutes: Math.floor((seconds % 3600) / 60),
    seconds: seconds % 60,
    elapsedHours: days * 24 + Math.floor(seconds / 3600),
  };
}

type Token = { kind: "literal"; text: string } | { kind: "code"; code: string };

/** The format's first section, split into codes and literal text. */
function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let section = "";
  for (let i = 0, quoted = false; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) break;
    if (ch === "\\" && !quoted) {
      section += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    section += ch;
  }
  if (/\[\$-F800\]/i.test(section)) section = "dddd, mmmm dd, yyyy";
  else if (/\[\$-F400\]/i.test(section)) section = "h:mm:ss AM/PM";
  const pattern =
    /"([^"]*)"|\\(.)|_.|\*.|\[(h+|m+|s+)\]|\[[^\]]*\]|(AM\/PM|A\/P)|(y+|m+|d+|h+|s+)|(.)/gi;
  for (const match of section.matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push({ kind: "literal", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "literal", text: match[2] });
    else if (match[0].startsWith("_")) tokens.push({ kind: "literal", text: " " });
    else if (match[0].startsWith("*")) continue;
    else if (match[3] !== undefined)
      tokens.push({ kind: "code", code: `[${match[3].toLowerCase()}]` });
    else if (match[0].startsWith("[")) continue;
    else if (match[4] !== undefined) tokens.push({ kind: "code", code: match[4].toUpperCase() });
    else if (match[5] !== undefined) tokens.push({ kind: "code", code: match[5].toLowerCase() });
    else tokens.push({ kind: "literal", text: match[6] });
  }
  return tokens;
}

const two = (n: number) => String(n).padStart(2, "0");

/** A serial date shown through a date or time format, as Excel shows it. */
export function dateAsShown(serial: number, numberFormat: string): string {
  const parts = serialDateParts(serial);
  if (parts === null) return String(serial);
  const tokens = tokenize(numberFormat);
  const codes = tokens.filter((t): t is { kind: "code"; code: string } => t.kind === "code");
  const twelveHour = codes.some((t) => t.code === "AM/PM" || t.code === "A/P");
  let out = "";
  tokens.forEach((token) => {
    if (token.kind === "literal") {
      out += token.text;
      return;
    }
    const { code } = token;
    const hours12 = parts.hours % 12 === 0 ? 12 : parts.hours % 12;
    switch (code[0]) {
      case "y":
        out += code.length <= 2 ? two(parts.year % 100) : String(parts.year);
        return;
      case "d":
        out +=
          code.length === 1
            ? String(parts.day)
            : code.length === 2
              ? two(parts.day)
              : code.length === 3
                ? DAYS[parts.weekday].slice(0, 3)
                : DAYS[parts.weekday];
        return;
      case "h": {
        const hours = twelveHour ? hours12 : parts.hours;
        out += code.length === 1 ? String(hours) : two(hours);
        return;
      }
      case "s":
        out += code.length === 1 ? String(parts.seconds) : two(parts.seconds);
        return;
      case "m":
        if (isMinutes(codes, codes.indexOf(token)) && code.length <= 2) {
          out += code.length === 1 ? String(parts.minutes) : two(parts.minutes);
          return;
        }
        out +=
          code.length === 1
            ? String(parts.month)
            : code.length === 2
              ? two(parts.month)
              : code.length === 3
                ? MONTHS[parts.month - 1].slice(0, 3)
                : code.length === 4
                  ? MONTHS[parts.month - 1]
                  : MONTHS[parts.month - 1][0];
        return;
      case "[":
        out +=
          code === "[h]"
            ? String(parts.elapsedHours)
            : code.startsWith("[m")
              ? String(parts.elapsedHours * 60 + parts.minutes)
              : String((parts.elapsedHours * 60 + parts.minutes) * 60 + parts.seconds);
        return;
      default:
        out += code === "AM/PM" ? (parts.hours < 12 ? "AM" : "PM") : parts.hours < 12 ? "A" : "P";
    }
  });
  return out;
}

/** "m" is minutes right after an hour code or right before a seconds code (Excel's rule). */
function isMinutes(codes: readonly { code: string }[], at: number): boolean {
  const before = codes[at - 1]?.code ?? "";
  const after = codes[at + 1]?.code ?? "";
  return before.startsWith("h") || before === "[h]" || after.startsWith("s");
}
