/**
 * Text matching (spec §1): sheet names, headers, labels, enum values and codes are compared by
 * their normalised forms. In order: Unicode NFC; every run of white space (NBSP included) becomes
 * one space; trim; lower-case; strip Vietnamese diacritics (đ → d); drop one trailing group in
 * round brackets such as "(%)" or "(người)", and a trailing ":" or "*"; trim again.
 */

/** White space as a person sees it: Unicode spaces (NBSP included) and the zero-width space. */
export const WHITE_SPACE_CLASS = "[\\s\\u200b]";
const WHITE_SPACE = new RegExp(`${WHITE_SPACE_CLASS}+`, "g");
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TRAILING_BRACKETS = /\s*\([^()]*\)$/;
const TRAILING_MARK = /\s*[:*]$/;

/** Printable ASCII words separated by single spaces: already clean, nothing to do (the common case). */
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * True when the text is already clean and in NFC without looking it up: words of precomposed
 * Latin letters (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional: every
 * Vietnamese letter typed on Windows) separated by single spaces, with no combining mark, no
 * white space other than those spaces and no control character. Such text is NFC already.
 */
function isCleanLatin(text: string): boolean {
  if (text.length === 0) return false;
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0xa0) || (unit >= 0x300 && unit < 0x1e00) || unit > 0x1eff) {
      return false;
    }
    afterSpace = false;
  }
  return !afterSpace;
}

/** NFC, white space collapsed (NBSP included) and trimmed: the text as a person reads it. */
export function cleanText(text: string): string {
  if (isCleanLatin(text)) return text;
  return text.normalize("NFC").replace(WHITE_SPACE, " ").trim();
}

/** Lower case without diacritics: "Đảng viên" → "dang vien". */
export function foldDiacritics(text: string): string {
  if (CLEAN_ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** The normalised form used for every comparison of texts (spec §1, "Text matching"). */
export function normalizeText(text: string): string {
  let folded = foldDiacritics(cleanText(text));
  // One trailing ":" or "*" and one trailing bracket group, in whichever order they were typed.
  folded = folded.replace(TRAILING_MARK, "");
  folded = folded.replace(TRAILING_BRACKETS, "");
  folded = folded.replace(TRAILING_MARK, "");
  return folded.trim();
}

/** A trailing "%" after spaces or a comma ("bình quân %", "bình quân, %"): it counts like "(%)". */
const TRAILING_PERCENT = /(?:\s|,)+%$/;
/** The whole words "ĐV" and "CB" (normalised: "dv", "cb"), short for "đảng viên" and "chi bộ". */
const HEADER_ABBREVIATIONS = /(?<![\p{L}\p{N}])(dv|cb)(?![\p{L}\p{N}])/gu;
const ABBREVIATED: Readonly<Record<string, string>> = { dv: "dang vien", cb: "chi bo" };

/**
 * The normalised form of a header cell (spec §1 "Text matching", v2): `normalizeText`, then a
 * trailing "%" with spaces or a comma before it is dropped like "(%)", and the whole words "ĐV"
 * and "CB" read as "đảng viên" and "chi bộ". "Tỷ lệ ĐV dự sinh hoạt bình quân %" matches
 * "Tỷ lệ đảng viên dự sinh hoạt bình quân (%)". Headers only: labels, sheet names, codes and
 * ratings are matched by `normalizeText`.
 */
export function normalizeHeader(text: string): string {
  let normalized = normalizeText(text);
  if (normalized.endsWith("%")) normalized = normalized.replace(TRAILING_PERCENT, "").trim();
  if (normalized.includes("dv") || normalized.includes("cb")) {
    normalized = normalized.replace(HEADER_ABBREVIATIONS, (word) => ABBREVIATED[word] ?? word);
  }
  return normalized;
}

/** True when two texts match (their normalised forms are equal). */
export function textsMatch(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/**
 * The only prefix match of the spec (total-row and signature keywords): the normalised text
 * starts with the normalised keyword, followed by its end, a space or punctuation.
 */
export function startsWithKeyword(normalized: string, normalizedKeyword: string): boolean {
  if (!normalized.startsWith(normalizedKeyword)) return false;
  const next = normalized.charAt(normalizedKeyword.length);
  return next === "" || next === " " || /[\p{P}\p{S}]/u.test(next);
}

/**
 * A matcher for a fixed set of names (a catalogue entry's default text and aliases): normalises
 * them once, then answers for any text.
 */
export class NameMatcher<K> {
  private readonly byName = new Map<string, K>();

  /**
   * `normalize` is the normalisation both the names and the texts go through: `normalizeText`
   * (sheet names, labels), or `normalizeHeader` for header cells.
   */
  constructor(
    entries: readonly { key: K; names: readonly string[] }[],
    readonly normalize: (text: string) => string = normalizeText,
  ) {
    for (const { key, names } of entries) {
      for (const name of names) {
        const normalized = normalize(name);
        const existing = this.byName.get(normalized);
        if (existing !== undefined && existing !== key) {
          throw new Error(`catalogue names collide after normalisation: "${name}"`);
        }
        this.byName.set(normalized, key);
      }
    }
  }

  /** The key whose names match the text, or null. */
  match(text: string): K | null {
    return this.byName.get(this.normalize(text)) ?? null;
  }

  /** The key of a text already put through this matcher's `normalize`, or null. */
  matchNormalized(normalized: string): K | null {
    return this.byName.get(normalized) ?? null;
  }
}
