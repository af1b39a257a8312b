/**
 * Typed reading of one input cell (spec §1 "Values"): integers, percents (with the "%"-format
 * rule, Vietnamese decimal comma, fractions), ratings in codes or words, text and yes/no flags.
 * A reading is a value, never an exception: ok (possibly after normalisation), empty, or invalid
 * with the reason, which the rules turn into findings.
 */
import type { CellValue, ErrorValue, FormulaWithoutResult } from "../grid/grid";
import type { RatingCode } from "../vocabulary";
import { decodeLegacy, LEGACY_ENCODINGS, mayBeLegacyText, type LegacyEncoding } from "../text/legacyEncodings";
import { cleanText, normalizeText } from "../text/normalizeText";
import type { ColumnType } from "../catalog/columnSpec";
import { cellText, isDateFormat, isEmptyValue, isErrorValue, isPercentFormat } from "./cellValue";
import { numberAsShown } from "./displayText";

export type ValueProblem =
  | "not-text"
  | "not-number"
  | "not-integer"
  | "not-rating"
  | "not-flag"
  | "date"
  | "error-value"
  | "uncalculated";

export type ReadOutcome =
  | {
      readonly status: "ok";
      readonly value: ReadValue;
      readonly normalized: boolean;
      /**
       * Set when the value was recognised only once decoded from a legacy encoding (v2: a rating
       * typed in TCVN3 or VNI on a Unicode sheet, W_ENCODING on that cell).
       */
      readonly encoding?: LegacyEncoding;
    }
  | { readonly status: "empty" }
  | { readonly status: "invalid"; readonly problem: ValueProblem };

export type ReadValue = string | number | boolean;

export const RATING_CODES: readonly RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/** The full words of each rating (spec §1). */
export const RATING_WORDS: Readonly<Record<RatingCode, string>> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

const RATING_BY_TEXT = new Map<string, RatingCode>(
  RATING_CODES.flatMap((code) => [
    [normalizeText(code), code],
    [normalizeText(RATING_WORDS[code]), code],
  ]),
);

const FLAG_BY_TEXT = new Map<string, boolean>([
  ["x", true],
  [normalizeText("có"), true],
  ["1", true],
  [normalizeText("không"), false],
  ["0", false],
]);

const EMPTY: ReadOutcome = { status: "empty" };

/**
 * Outcomes are immutable, so the commonest are made once and shared: flags, small whole numbers
 * and rating codes fill most cells of a long roster, whose outcomes live as long as the report.
 */
const SMALL_INTEGERS = 4096;
const SHARED_OUTCOMES = [false, true].map((normalized) => ({
  flags: [false, true].map((value): ReadOutcome => Object.freeze({ status: "ok", value, normalized })),
  integers: new Array<ReadOutcome | undefined>(SMALL_INTEGERS),
  ratings: new Map<string, ReadOutcome>(
    ["HTXSNV", "HTTNV", "HTNV", "KHTNV"].map((code) => [code, Object.freeze({ status: "ok", value: code, normalized })]),
  ),
}));

function ok(value: ReadValue, normalized = false): ReadOutcome {
  const shared = SHARED_OUTCOMES[normalized ? 1 : 0];
  if (typeof value === "boolean") return shared.flags[value ? 1 : 0];
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0 && value < SMALL_INTEGERS && !Object.is(value, -0)) {
      return (shared.integers[value] ??= Object.freeze({ status: "ok", value, normalized }));
    }
  } else if (value.length <= 6) {
    const rating = shared.ratings.get(value);
    if (rating !== undefined) return rating;
  }
  return { status: "ok", value, normalized };
}

function invalid(problem: ValueProblem): ReadOutcome {
  return { status: "invalid", problem };
}

const ERROR_VALUE = invalid("error-value");
const UNCALCULATED = invalid("uncalculated");

/** A cell that holds no value to read, whatever its column: an Excel error, or a formula without result. */
function unreadable(value: ErrorValue | FormulaWithoutResult): ReadOutcome {
  return isErrorValue(value) ? ERROR_VALUE : UNCALCULATED;
}

/** Rounds a fraction turned into percent points to 6 decimals (0.57 → 57, not 56.99999…). */
export function fractionToPoints(fraction: number): number {
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

const INTEGER_TEXT = /^[+-]?[0-9]+$/;
const DECIMAL_TEXT = /^([+-]?[0-9]+(?:[.,][0-9]+)?)$/;
const PERCENT_TEXT = /^([+-]?[0-9]+(?:[.,][0-9]+)?)\s*%$/;

export function readInteger(value: CellValue, numberFormat: string): ReadOutcome {
  if (isEmptyValue(value)) return EMPTY;
  if (typeof value === "object" && value !== null) return unreadable(value);
  if (typeof value === "number") {
    if (isDateFormat(numberFormat)) return invalid("date");
    return Number.isSafeInteger(value) ? ok(value === 0 ? 0 : value) : invalid("not-integer");
  }
  if (typeof value === "string") {
    const text = cleanText(value);
    if (!INTEGER_TEXT.test(text)) return invalid("not-integer");
    const parsed = Number(text);
    return Number.isSafeInteger(parsed) ? ok(parsed === 0 ? 0 : parsed, true) : invalid("not-integer");
  }
  return invalid("not-number");
}

export function readPercent(value: CellValue, numberFormat: string): ReadOutcome {
  if (isEmptyValue(value)) return EMPTY;
  if (typeof value === "object" && value !== null) return unreadable(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return invalid("not-number");
    if (isPercentFormat(numberFormat)) return ok(fractionToPoints(value));
    if (isDateFormat(numberFormat)) return invalid("date");
    return value > 0 && value <= 1 ? ok(fractionToPoints(value), true) : ok(value);
  }
  if (typeof value === "string") {
    const text = cleanText(value);
    const percent = PERCENT_TEXT.exec(text);
    if (percent) return ok(decimal(percent[1]), true);
    const plain = DECIMAL_TEXT.exec(text);
    if (plain) {
      const number = decimal(plain[1]);
      return ok(number > 0 && number <= 1 ? fractionToPoints(number) : number, true);
    }
    return invalid("not-number");
  }
  return invalid("not-number");
}

/** "92,5" (Vietnamese decimal comma) or "92.5" to 92.5. */
function decimal(text: string): number {
  const number = Number(text.replace(",", "."));
  return number === 0 ? 0 : number;
}

/** The outcome of a rating recognised once decoded, one per rating and encoding. */
const DECODED_RATINGS = new Map<string, ReadOutcome>();

function decodedRating(code: RatingCode, encoding: LegacyEncoding): ReadOutcome {
  const key = `${code}/${encoding}`;
  let outcome = DECODED_RATINGS.get(key);
  if (outcome === undefined) {
    outcome = Object.freeze({ status: "ok", value: code, normalized: false, encoding });
    DECODED_RATINGS.set(key, outcome);
  }
  return outcome;
}

/**
 * A rating: a code or the full words (normalised). One that matches no rating is tried decoded
 * as TCVN3, then VNI (v2): a rating typed in an old font on a Unicode sheet is accepted with its
 * `encoding` (W_ENCODING).
 */
export function readRating(value: CellValue): ReadOutcome {
  if (isEmptyValue(value)) return EMPTY;
  if (typeof value === "object" && value !== null) return unreadable(value);
  if (typeof value !== "string") return invalid("not-rating");
  const code = RATING_BY_TEXT.get(normalizeText(value));
  if (code !== undefined) return ok(code);
  if (mayBeLegacyText(value)) {
    for (const encoding of LEGACY_ENCODINGS) {
      const decoded = RATING_BY_TEXT.get(normalizeText(decodeLegacy(value, encoding)));
      if (decoded !== undefined) return decodedRating(decoded, encoding);
    }
  }
  return invalid("not-rating");
}

/**
 * A text. A number counts as its text as the clerk sees it where that matters for codes (v2):
 * padded with leading zeros to the width of a number format made only of zeros (1 in "00" is
 * "01"); otherwise its digits.
 */
export function readText(value: CellValue, numberFormat = "General"): ReadOutcome {
  if (isEmptyValue(value)) return EMPTY;
  if (typeof value === "object" && value !== null) return unreadable(value);
  if (typeof value === "string") return ok(cleanText(value));
  if (typeof value === "number") return ok(numberAsShown(value, numberFormat));
  return invalid("not-text");
}

/** A yes/no flag (spec §4): empty is no. */
export function readFlag(value: CellValue): ReadOutcome {
  if (isEmptyValue(value)) return ok(false);
  if (typeof value === "object" && value !== null) return unreadable(value);
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
    return invalid("not-flag");
  }
  if (typeof value !== "string") return invalid("not-flag");
  const flag = FLAG_BY_TEXT.get(normalizeText(value));
  return flag === undefined ? invalid("not-flag") : ok(flag);
}

/** Reads a cell as its column's type says. `ignored` columns read as their text, never invalid. */
export function readValue(type: ColumnType, value: CellValue, numberFormat: string): ReadOutcome {
  switch (type) {
    case "integer":
      return readInteger(value, numberFormat);
    case "percent":
      return readPercent(value, numberFormat);
    case "rating":
      return readRating(value);
    case "text":
      return readText(value, numberFormat);
    case "flag":
      return readFlag(value);
    case "ignored":
      return isEmptyValue(value) ? EMPTY : ok(cellText(value));
  }
}

/**
 * True when a cell holds a number, for the row classifiers: a number not in a date format, or
 * numeric text ("12", "92,5%"). A date (a number in a date format) is no figure: typed under the
 * signature block it does not make a row data (spec §1 rule 4, v2).
 */
export function holdsNumber(value: CellValue, numberFormat: string): boolean {
  if (typeof value === "number") return !isDateFormat(numberFormat);
  return typeof value === "string" && readPercent(value, "General").status === "ok";
}
