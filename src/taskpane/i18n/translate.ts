/**
 * The task pane's words live in two dictionaries with the same keys (vi.ts is the reference,
 * en.ts must match it: the compiler checks the keys, test/taskpane/i18n.test.ts the placeholders).
 * Placeholders are written {name}; numbers are formatted by the caller, in the UI's language.
 *
 * Vietnamese is always there; English is loaded on demand (`loadLanguage("en")`), before the
 * first paint when English is the starting language and on switching to it, so the pane Excel
 * opens in Vietnamese does not carry it in its start-up budget. Code outside the page's start
 * (the preview's worker and host, tests) imports `./allLanguages`, which provides both.
 */
import type { Lang } from "../../core";
import { vi, type StringKey } from "./vi";

export type { StringKey };
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Dictionary = Readonly<Record<StringKey, string>>;

export interface Translate {
  (key: StringKey, params?: TranslateParams): string;
  readonly lang: Lang;
}

const dictionaries: Partial<Record<Lang, Dictionary>> = { vi };

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Fills {name} placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillPlaceholders(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const translators = new Map<Lang, Translate>();

/** Makes a language's dictionary available (allLanguages.ts, loadLanguage). */
export function provideDictionary(lang: Lang, dictionary: Dictionary): void {
  dictionaries[lang] = dictionary;
  translators.delete(lang);
}

export function hasLanguage(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Loads a language's dictionary if it is not there yet. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return;
  const { en } = await import("./en");
  provideDictionary("en", en);
}

/**
 * The translator of a language. A language not loaded yet reads as Vietnamese (the product's
 * first language) until it is: the pane loads the UI's language before it shows it.
 */
export function translatorFor(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const dictionary = dictionaries[lang];
    if (!dictionary) return translatorFor("vi");
    translate = Object.assign(
      (key: StringKey, params?: TranslateParams) => fillPlaceholders(dictionary[key], params),
      { lang },
    );
    translators.set(lang, translate);
  }
  return translate;
}

/** Text in the UI's language from a {vi, en} pair (findings, ruleset titles, host errors). */
export function localized(text: { vi: string; en: string }, lang: Lang): string {
  return text[lang];
}
