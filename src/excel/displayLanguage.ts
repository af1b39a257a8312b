/**
 * The language Office shows its own UI in ("vi-VN", "en-US", ...), mapped to the product's two
 * languages: Vietnamese for a Vietnamese Office, English for every other.
 */
/* global Office */
import type { Lang } from "../core";

export function languageFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === "string" && /^vi\b/i.test(locale) ? "vi" : "en";
}

/** Office's display language; Vietnamese when Office is absent (the product's default). */
export function officeDisplayLanguage(): Lang {
  if (typeof Office === "undefined" || !Office.context?.displayLanguage) return "vi";
  return languageFromLocale(Office.context.displayLanguage);
}
