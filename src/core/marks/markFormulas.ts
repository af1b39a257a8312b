/**
 * Excel expressions for the dynamic marks (see planMarks.ts): each says, of one cell, "the value is
 * certainly fine for this rule". A dynamic mark is `NOT` of it, so it is TRUE while the cell still
 * breaks the rule and goes away as soon as the clerk types a value that meets it.
 *
 * Soundness, the one property that matters: whenever the engine reports a finding on a cell, the
 * cell's mark formula is TRUE, so no finding is ever left unmarked. Each expression below is
 * therefore a *stricter* reading than the engine's (src/core/values/readValue.ts): when it accepts a
 * value, the engine reads the same value; whatever it cannot read the same way (decimal text,
 * leading zeros, unusual white space, a rating with a trailing "(...)") counts as "not fine", and
 * any error inside the formula counts as "not fine" too (`IFERROR(NOT(ok), TRUE)`). Such a mark
 * then only stays until the next scoring; it never hides a finding.
 *
 * Excel reads the text of a formula in its en-US syntax in both edges (Office.js `formula`, the
 * xlsx file), so "," separates arguments and "." is the decimal point whatever the user's locale;
 * numbers typed as text are parsed with `--` only when they are digits, which no locale reads
 * differently. Every function used (AND OR NOT IF IFERROR ISNUMBER ISTEXT LEN TRIM CLEAN SUBSTITUTE
 * LEFT RIGHT TEXT INT ABS ROUND NA) is in Excel 2007's set, so the xlsx file stores it without the
 * "_xlfn." prefix later functions need, and works alike in Excel 2016 and later, Excel on the web,
 * Excel for Mac and LibreOffice. Characters without a CHAR code in every code page (NBSP, the
 * Unicode spaces) are written as themselves inside text literals rather than with UNICHAR (Excel
 * 2013, "_xlfn." in files).
 *
 * No formula asks for a cell's number format: CELL("format") is not supported in Excel for the web
 * (Microsoft's CELL function page: "Excel for the web, Excel Mobile, and Excel Starter do not
 * support this value"), where such a mark would never clear. So a percent is read both ways a
 * number can mean (see `percentHolds`), and "is this number a date?" cannot be asked: E_TYPE on
 * integer and percent columns is a static mark (markCondition.ts).
 */
import { RATING_WORDS } from "../values/readValue";
import type { RatingCode } from "../vocabulary";

/** Number.MAX_SAFE_INTEGER: the engine reads larger integers as not integers. */
const MAX_SAFE_INTEGER = "9007199254740991";

/**
 * White space the engine ignores when it decides that a cell is empty (spec §1: "a cell holding
 * only spaces is empty"): every character of JavaScript's `\s`, and the zero-width space. Tab, line
 * feed, vertical tab, form feed and carriage return are removed by CLEAN, the ASCII space by TRIM.
 */
const BLANK_CODE_POINTS = [
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** A text literal in a formula: doubled quotes inside. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number as Excel formula text (en-US: "." as decimal point). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** TRUE when the cell holds nothing but white space (or nothing at all). */
export function isBlankCell(ref: string): string {
  let text = ref;
  for (const codePoint of BLANK_CODE_POINTS) {
    text = `SUBSTITUTE(${text},${textLiteral(String.fromCodePoint(codePoint))},"")`;
  }
  return `LEN(TRIM(CLEAN(${text})))=0`;
}

/** The cell's text with NBSP as a space, trimmed (ASCII spaces): how digits typed as text are read. */
function trimmedText(ref: string): string {
  return `TRIM(SUBSTITUTE(${ref},"\u00a0"," "))`;
}

/**
 * The cell as the engine reads an integer (readInteger): a number without fraction, or text of
 * digits with an optional sign; anything else is #N/A. Used only for marks about a value the
 * engine already read (a date there would have been E_TYPE, whose mark is static).
 */
export function integerValue(ref: string): string {
  const t = trimmedText(ref);
  const fromNumber = `IF(AND(${ref}=INT(${ref}),ABS(${ref})<=${MAX_SAFE_INTEGER}),${ref},NA())`;
  // "+"&TEXT(…) only for non-negative values: Excel reads "+-5" as -5, the engine does not.
  const digits = `OR(TEXT(--${t},"0")=${t},AND(--${t}>=0,"+"&TEXT(--${t},"0")=${t}))`;
  const fromText = `IF(AND(${digits},ABS(--${t})<=${MAX_SAFE_INTEGER}),--${t},NA())`;
  return `IF(ISNUMBER(${ref}),${fromNumber},IF(ISTEXT(${ref}),${fromText},NA()))`;
}

/**
 * TRUE when `test` holds for the cell read as the engine reads a percent, in percent points
 * (readPercent), whatever the cell's number format: the engine reads a number in a "%" format
 * times 100, a plain number in (0, 1] times 100 and another plain number as it is. A formula
 * cannot see the format (CELL("format") fails in Excel for the web), so a number in (0, 1], where
 * both readings agree, is tested once, and any other number must pass as itself and times 100.
 * Text of whole digits, with or without "%", reads as the engine reads it; decimal text ("92,5")
 * is left to the next scoring (#N/A here). `test` receives an expression of the points.
 */
export function percentHolds(ref: string, test: (points: string) => string): string {
  const points = `ROUND(${ref}*100,6)`;
  const fromNumber = `IF(AND(${ref}>0,${ref}<=1),${test(points)},AND(${test(ref)},${test(points)}))`;
  const t = trimmedText(ref);
  const hasPercent = `RIGHT(${t},1)="%"`;
  const n = `IF(${hasPercent},TRIM(LEFT(${t},LEN(${t})-1)),${t})`;
  const fromText = `IF(TEXT(--${n},"0")=${n},IF(${hasPercent},--${n},IF(--${n}=1,100,--${n})),NA())`;
  return `IF(ISNUMBER(${ref}),${fromNumber},IF(ISTEXT(${ref}),${test(fromText)},FALSE))`;
}

/** The texts a formula accepts for a rating: its code, its words (NFC and NFD) and its words without accents. */
export function ratingSpellings(code: RatingCode): string[] {
  const words = RATING_WORDS[code];
  const folded = words
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
  return [...new Set([code, words.normalize("NFC"), words.normalize("NFD"), folded])];
}

/**
 * TRUE when the cell holds one of `codes` in a spelling the formula can recognise (Excel's "="
 * ignores case, so "httnv" and "HOÀN THÀNH TỐT NHIỆM VỤ" match too). Other spellings the engine
 * accepts (a trailing "(...)", mixed NFC/NFD) read as no match until the next scoring.
 */
export function isRatingIn(ref: string, codes: readonly RatingCode[]): string {
  const t = trimmedText(ref);
  const tests = codes.flatMap((code) =>
    ratingSpellings(code).map((text) => `${t}=${textLiteral(text)}`),
  );
  return `AND(ISTEXT(${ref}),OR(${tests.join(",")}))`;
}

/** `value op target`, ops as in a ruleset target. */
export function comparison(value: string, op: ">=" | "<=" | "=", target: number): string {
  return `${value}${op}${numberLiteral(target)}`;
}

/**
 * `value` within [min, max] (either bound optional). Two comparisons, not ABS(value - middle):
 * a subtraction rounds (-5E-324 - 100 is -100), a comparison does not.
 */
export function withinBounds(
  value: string,
  min: number | undefined,
  max: number | undefined,
): string {
  const tests: string[] = [];
  if (min !== undefined) tests.push(`${value}>=${numberLiteral(min)}`);
  if (max !== undefined) tests.push(`${value}<=${numberLiteral(max)}`);
  if (tests.length === 0) return `ISNUMBER(${value})`;
  return tests.length === 1 ? tests[0] : `AND(${tests.join(",")})`;
}

/**
 * A rate compared exactly, as the engine compares it (27 of 30 is 90%): numerator × 100 against
 * target × denominator, scaled to integers so that no floating point rounding decides.
 */
export function rateComparison(
  numerator: string,
  denominator: string,
  op: ">=" | "<=" | "=",
  targetPercent: number,
): string {
  const decimals = (numberLiteral(targetPercent).split(".")[1] ?? "").length;
  const scale = 10 ** decimals;
  const scaledTarget = Math.round(targetPercent * scale);
  return `AND(${denominator}>=1,${numerator}*${numberLiteral(100 * scale)}${op}${numberLiteral(scaledTarget)}*${denominator})`;
}
