/** Values as messages show them: Vietnamese decimal comma, percents with "%", texts in quotes. */
import type { Lang } from "../vocabulary";

/** 92.5 → "92,5" (vi) or "92.5" (en); at most 6 decimals, no thousands separator. */
export function formatNumber(value: number, lang: Lang): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** 92 → "92%". */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}

/** A share of a whole in percent points, one decimal at most: 8 of 9 → "88,9%". */
export function formatShare(part: number, whole: number, lang: Lang): string {
  return formatPercent(Math.round((part / whole) * 1000) / 10, lang);
}

/** A typed text quoted, shortened to 60 characters: “HTTV”. */
export function quoteText(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${short}”`;
}

/** Items joined as a clerk writes them: "a, b hoặc c" / "a, b or c". */
export function joinAlternatives(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const word = lang === "vi" ? " hoặc " : " or ";
  return `${items.slice(0, -1).join(", ")}${word}${items[items.length - 1]}`;
}
