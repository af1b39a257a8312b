/** The preview's starting language, from the browser's preferred languages. */
import type { Lang } from "../../core";

/** Vietnamese when the browser lists Vietnamese at all (users are Vietnamese first), else English. */
export function languageFromBrowser(languages: readonly string[]): Lang {
  if (languages.length === 0) return "vi";
  return languages.some((tag) => tag.toLowerCase().startsWith("vi")) ? "vi" : "en";
}
