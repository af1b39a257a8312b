/**
 * Numbers and times as a Vietnamese clerk reads them (decimal comma, "14:05 24/11/2026"); the
 * English UI keeps the same day-first date so both languages describe the same stamp alike.
 */
import type { Lang } from "../../core";

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const integerFormats = new Map<Lang, Intl.NumberFormat>();
const decimalFormats = new Map<Lang, Intl.NumberFormat>();

function integerFormat(lang: Lang): Intl.NumberFormat {
  let format = integerFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
    integerFormats.set(lang, format);
  }
  return format;
}

function decimalFormat(lang: Lang): Intl.NumberFormat {
  let format = decimalFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
    decimalFormats.set(lang, format);
  }
  return format;
}

/** 1234 → "1.234" (vi) / "1,234" (en). */
export function formatCount(value: number, lang: Lang): string {
  return integerFormat(lang).format(value);
}

/** A number with at most one decimal: 66.666 → "66,7" (vi) / "66.7" (en). */
export function formatNumber(value: number, lang: Lang): string {
  return decimalFormat(lang).format(value);
}

/** Percent points with at most one decimal: 66.666 → "66,7%". */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Local time of the viewer's computer: "14:05 24/11/2026". */
export function formatDateTime(date: Date): string {
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  const day = `${twoDigits(date.getDate())}/${twoDigits(date.getMonth() + 1)}/${date.getFullYear()}`;
  return `${time} ${day}`;
}

/** File sizes for the download notice: "18,4 KB", "1,2 MB". */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatCount(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), lang)} MB`;
}
