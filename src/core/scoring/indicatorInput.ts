/**
 * What an indicator is measured on, taken from a row's valid values, and how it compares with
 * bands and targets (spec §3). Comparisons are exact on normalised values (89.99 is below 90); a
 * rate (members_good / members) is compared as an exact fraction (27 of 30 is 90%).
 */
import type { Indicator, PointsBand, Target } from "../ruleset/ruleset";
import type { ReadRow } from "../values/readRows";
import type { RatingCode } from "../vocabulary";

export type IndicatorInput =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "rating"; readonly value: RatingCode }
  | { readonly kind: "rate"; readonly part: number; readonly whole: number };

/** The indicator's input from a row, or null when a value it needs is not valid. */
export function indicatorInput(indicator: Indicator, row: ReadRow): IndicatorInput | null {
  if (indicator.kind === "rating") {
    const value = row.cells.validValue(indicator.key);
    return typeof value === "string" ? { kind: "rating", value: value as RatingCode } : null;
  }
  const value = row.cells.validValue(indicator.key);
  if (typeof value !== "number") return null;
  if (indicator.kind === "number") return { kind: "number", value };
  const whole = row.cells.validValue(indicator.of);
  return typeof whole !== "number" || whole <= 0 ? null : { kind: "rate", part: value, whole };
}

/** A finite decimal number as an exact fraction numerator / 10^k. */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/0+$/, "");
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const numerator = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/** Sign of (100 · part / whole − percent), computed exactly. */
export function compareRate(part: number, whole: number, percent: number): number {
  // Whole numbers (the usual case) compare exactly in doubles while the products stay safe.
  if (Number.isInteger(part) && Number.isInteger(whole) && Number.isInteger(percent)) {
    const left = 100 * part;
    const right = percent * whole;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right ? 0 : left > right ? 1 : -1;
  }
  const p = decimalFraction(part);
  const w = decimalFraction(whole);
  const t = decimalFraction(percent);
  // 100·(p.n/p.d) / (w.n/w.d) ? t.n/t.d  ⇔  100·p.n·w.d·t.d ? t.n·p.d·w.n   (w.n > 0)
  const left = 100n * p.numerator * w.denominator * t.denominator;
  const right = t.numerator * p.denominator * w.numerator;
  return left === right ? 0 : left > right ? 1 : -1;
}

/** Sign of (input − threshold): exact for rates, plain for numbers. */
function compare(input: Exclude<IndicatorInput, { kind: "rating" }>, threshold: number): number {
  if (input.kind === "rate") return compareRate(input.part, input.whole, threshold);
  return input.value === threshold ? 0 : input.value > threshold ? 1 : -1;
}

function inBand(input: Exclude<IndicatorInput, { kind: "rating" }>, band: PointsBand): boolean {
  if (band.min !== undefined && compare(input, band.min) < 0) return false;
  if (band.max !== undefined && compare(input, band.max) > 0) return false;
  return true;
}

/** Points an indicator earns: first matching band wins, else `otherwise`; ratings by table. */
export function indicatorPoints(indicator: Indicator, input: IndicatorInput): number {
  if (indicator.kind === "rating") {
    return input.kind === "rating" ? indicator.points[input.value] : 0;
  }
  if (input.kind === "rating") return 0;
  for (const band of indicator.bands) if (inBand(input, band)) return band.points;
  return indicator.otherwise;
}

/** True when the input meets the target. */
export function meetsTarget(target: Target, input: IndicatorInput): boolean {
  if (target.op === "in") return input.kind === "rating" && target.values.includes(input.value);
  if (input.kind === "rating") return false;
  const sign = compare(input, target.value);
  switch (target.op) {
    case ">=":
      return sign >= 0;
    case "<=":
      return sign <= 0;
    case "=":
      return sign === 0;
  }
}

/** True when the input lies below the target's value (for the wording of "=" targets). */
export function isBelowTarget(target: Target, input: IndicatorInput): boolean {
  if (target.op === "in" || input.kind === "rating") return false;
  return compare(input, target.value) < 0;
}
