/**
 * The task pane's words live in two dictionaries with the same keys (vi.ts is the reference,
 * en.ts must match it: the compiler checks the keys, test/taskpane/i18n.test.ts the placeholders).
 * Placeholders are written {name}; numbers are formatted by the caller, in the UI's language.
 */
import type { Lang } from "../../core";
import { en } from "./en";
import { vi, type StringKey } from "./vi";

export type { StringKey };
export type TranslateParams = Readonly<Record<string, string | number>>;

export interface Translate {
  (key: StringKey, params?: TranslateParams): string;
  readonly lang: Lang;
}

export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = { vi, en };

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Fills {name} placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillPlaceholders(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const translators = new Map<Lang, Translate>();

export function translatorFor(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const dictionary = DICTIONARIES[lang];
    translate = Object.assign(
      (key: StringKey, params?: TranslateParams) => fillPlaceholders(dictionary[key], params),
      {
        lang,
      },
    );
    translators.set(lang, translate);
  }
  return translate;
}

/** Text in the UI's language from a {vi, en} pair (findings, ruleset titles, host errors). */
export function localized(text: { vi: string; en: string }, lang: Lang): string {
  return text[lang];
}
