/**
 * The clerk's language choice, remembered across reloads (localStorage of the page's origin; in
 * Excel, the add-in's own storage). Without a choice the pane follows the host: Office's display
 * language in Excel, Vietnamese in the preview. Storage that is missing or refuses (private
 * windows, blocked storage) only means the choice is not remembered.
 */
import type { Lang } from "../../core";

export const LANGUAGE_STORAGE_KEY = "chibo4tot.language";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function storedLanguage(): Lang | null {
  try {
    const value = storage()?.getItem(LANGUAGE_STORAGE_KEY);
    return value === "vi" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch itself still applies.
  }
}
