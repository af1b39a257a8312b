/**
 * The language Office shows its own UI in ("vi-VN", "en-US", ...), mapped to the product's two
 * languages the way the manifest maps it: the manifest is Vietnamese by default and has one
 * English Override per English locale (Microsoft's localization guide: one Override per area,
 * since a bare "en" is not supported everywhere; office-js-docs-pr docs/develop/localization.md),
 * and Office shows the default to every locale without an Override. So the task pane and the
 * dialog read English exactly where the ribbon does, for the locales listed here, and Vietnamese
 * everywhere else. manifest.xml carries exactly these locales (test/excel/locales.test.ts).
 */
/* global Office */
import type { Lang } from "../core";

/** The display languages for which the manifest, the pane and the dialog read English. */
export const ENGLISH_DISPLAY_LOCALES: readonly string[] = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IE",
  "en-IN",
  "en-MY",
  "en-NZ",
  "en-PH",
  "en-SG",
  "en-ZA",
];

const ENGLISH = new Set(ENGLISH_DISPLAY_LOCALES.map((locale) => locale.toLowerCase()));

/** English for a locale the manifest overrides in English; Vietnamese (its default) otherwise. */
export function languageFromLocale(locale: string | null | undefined): Lang {
  if (typeof locale !== "string") return "vi";
  return ENGLISH.has(locale.trim().replace(/_/g, "-").toLowerCase()) ? "en" : "vi";
}

/** Office's display language; Vietnamese when Office is absent (the product's default). */
export function officeDisplayLanguage(): Lang {
  if (typeof Office === "undefined" || !Office.context?.displayLanguage) return "vi";
  return languageFromLocale(Office.context.displayLanguage);
}
