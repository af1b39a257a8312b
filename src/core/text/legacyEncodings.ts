/**
 * The two legacy Vietnamese encodings still typed in offices (spec §1 "Legacy Vietnamese
 * encodings", v2): TCVN3, the "ABC" code of TCVN 5712:1993 (fonts .VnTime, .VnArial, …, and
 * their upper-case variants .VnTimeH, …), and VNI for Windows (fonts VNI-Times, …). A cell typed
 * in such a font holds Windows Latin-1 characters that look Vietnamese only in that font:
 * "Tªn chi bé" is "Tên chi bộ" in TCVN3, "Teân chi boä" in VNI. This module is the one place
 * their tables live, as data, with the functions that decode them (and encode, for test
 * workbooks: everything the product writes is Unicode).
 *
 * Sources of the tables (each byte checked against both):
 * - TCVN3 (ABC): the TCVN3 table of Unikey's converter (VnConv, `SingleByteTables`, data.cpp of
 *   unikey.sourceforge.net, as in fcitx5-unikey), and the TCVN 5712:1993 table of the GNU C
 *   library (`iconv -f TCVN5712-1`) for the positions the ABC fonts share with it (0xA1–0xFE:
 *   the seven upper-case letters Ă Â Ê Ô Ơ Ư Đ and every lower-case letter). The ABC fonts have
 *   no upper-case toned letters: Unikey writes an upper-case toned letter with the lower-case
 *   code, and the upper-case fonts (.VnTimeH) draw every code as a capital. So a code decodes
 *   to the lower-case letter, or to the capital when the text was typed for an upper-case font
 *   (`decodeTcvn3`'s variant).
 * - VNI for Windows: the VNI-WIN table of Unikey's converter (`DoubleByteTables`), the same as
 *   that of the "vietnamese-conversion" package: a base letter followed by a mark byte (one byte
 *   for tone, circumflex or breve, or for circumflex/breve with a tone), in upper- and lower-case
 *   forms, and single bytes for đ, ơ, ư, the toned i and ỵ.
 */

export type LegacyEncoding = "tcvn3" | "vni";

/** Every legacy encoding, in the order the spec tries them: TCVN3, then VNI. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni"];

/** The five tones, in the order of the tables below: huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** A precomposed letter: base letter with a tone (index into TONE_MARKS), NFC. */
function toned(base: string, tone: number): string {
  return (base + TONE_MARKS[tone]).normalize("NFC");
}

/** The twelve vowels of Vietnamese (lower case), the bases of the toned letters. */
export const VIETNAMESE_VOWELS = [
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
  "y",
] as const;

/**
 * Every precomposed Vietnamese letter that is not plain ASCII, lower case first: the six vowels
 * with a diacritic (ă â ê ô ơ ư), the twelve vowels with each of the five tones (60), and đ; then
 * their capitals. 67 + 67 = 134.
 */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower: string[] = ["ă", "â", "ê", "ô", "ơ", "ư"];
  for (const vowel of VIETNAMESE_VOWELS)
    for (let tone = 0; tone < 5; tone++) lower.push(toned(vowel, tone));
  lower.push("đ");
  return [...lower, ...lower.map((letter) => letter.toUpperCase())];
})();

// ---------------------------------------------------------------------------------------------
// TCVN3 (ABC)
// ---------------------------------------------------------------------------------------------

/**
 * TCVN3 codes of each vowel: the vowel itself, then with huyền, hỏi, ngã, sắc, nặng (bytes, shown
 * as the Latin-1 character Excel stores). Upper- and lower-case toned letters share a code.
 */
const TCVN3_VOWELS: Readonly<Record<(typeof VIETNAMESE_VOWELS)[number], readonly number[]>> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** The letters that have a code of their own in each case. */
const TCVN3_CASED: readonly [string, number][] = [
  ["đ", 0xae],
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];

/** Code → letter (lower case for the toned letters) and whether its case is known. */
const TCVN3_DECODE = new Map<string, { letter: string; cased: boolean }>();
/** Letter (either case) → code. */
const TCVN3_ENCODE = new Map<string, string>();

for (const [vowel, codes] of Object.entries(TCVN3_VOWELS)) {
  codes.forEach((code, index) => {
    const letter = index === 0 ? vowel : toned(vowel, index - 1);
    const char = String.fromCharCode(code);
    if (code >= 0x80) TCVN3_DECODE.set(char, { letter, cased: index === 0 });
    TCVN3_ENCODE.set(letter, char);
    if (index > 0) TCVN3_ENCODE.set(letter.toUpperCase(), char);
  });
}
for (const [letter, code] of TCVN3_CASED) {
  TCVN3_DECODE.set(String.fromCharCode(code), { letter, cased: true });
  TCVN3_ENCODE.set(letter, String.fromCharCode(code));
}

/**
 * How to read the case of TCVN3's toned letters: `normal` (.VnTime: lower case), `upper`
 * (.VnTimeH: every letter a capital), or `auto`: upper case when the text holds at least two
 * letters whose case is known (ASCII letters, Ă Â Ê Ô Ơ Ư Đ and their lower case) and none of
 * them is lower case ("T£N CHI Bé" → "TÊN CHI BỘ"), else lower case ("Tªn chi bé" → "Tên chi bộ";
 * a lone "Tæ" → "Tổ").
 */
export type Tcvn3Variant = "auto" | "normal" | "upper";

/** True when a text holds a character the legacy tables use (Latin-1 above 0xA0): else decoding leaves it as it is. */
export function mayBeLegacyText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xa1 && unit <= 0xfe) return true;
  }
  return false;
}

function upperCaseVariant(text: string): boolean {
  let cased = 0;
  for (const char of text) {
    const code = TCVN3_DECODE.get(char);
    if (code !== undefined) {
      if (!code.cased) continue;
      if (code.letter !== code.letter.toUpperCase()) return false;
      cased++;
    } else if (/[a-z]/.test(char)) {
      return false;
    } else if (/[A-Z]/.test(char)) {
      cased++;
    }
  }
  return cased >= 2;
}

/** A TCVN3 (ABC) text as Unicode (NFC). Characters outside the table are kept as they are. */
export function decodeTcvn3(text: string, variant: Tcvn3Variant = "auto"): string {
  if (!mayBeLegacyText(text)) return text;
  const upper = variant === "upper" || (variant === "auto" && upperCaseVariant(text));
  let out = "";
  for (const char of text) {
    const code = TCVN3_DECODE.get(char);
    if (code === undefined) out += upper && /[a-z]/.test(char) ? char.toUpperCase() : char;
    else out += upper ? code.letter.toUpperCase() : code.letter;
  }
  return out;
}

/**
 * A Unicode text in TCVN3 (ABC), as Unikey's converter writes it: an upper-case toned letter
 * takes the lower-case code (an upper-case font shows it as a capital). Characters TCVN3 lacks
 * are kept as they are. For test workbooks: the product itself writes Unicode only.
 */
export function encodeTcvn3(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) out += TCVN3_ENCODE.get(char) ?? char;
  return out;
}

// ---------------------------------------------------------------------------------------------
// VNI for Windows
// ---------------------------------------------------------------------------------------------

/** VNI mark bytes (lower-case form, upper-case form) by what they add to the base letter. */
const VNI_MARKS = {
  grave: [0xf8, 0xd8],
  hook: [0xfb, 0xdb],
  tilde: [0xf5, 0xd5],
  acute: [0xf9, 0xd9],
  dot: [0xef, 0xcf],
  circumflex: [0xe2, 0xc2],
  circumflexGrave: [0xe0, 0xc0],
  circumflexHook: [0xe5, 0xc5],
  circumflexTilde: [0xe3, 0xc3],
  circumflexAcute: [0xe1, 0xc1],
  circumflexDot: [0xe4, 0xc4],
  breve: [0xea, 0xca],
  breveGrave: [0xe8, 0xc8],
  breveHook: [0xfa, 0xda],
  breveTilde: [0xfc, 0xdc],
  breveAcute: [0xe9, 0xc9],
  breveDot: [0xeb, 0xcb],
} as const;

type VniMark = keyof typeof VNI_MARKS;

const TONES: readonly VniMark[] = ["grave", "hook", "tilde", "acute", "dot"];

/** Letters VNI writes as one byte (lower-case byte, upper-case byte). */
const VNI_SINGLE: readonly [string, number, number][] = [
  ["đ", 0xf1, 0xd1],
  ["ơ", 0xf4, 0xd4],
  ["ư", 0xf6, 0xd6],
  [toned("i", 0), 0xec, 0xcc],
  [toned("i", 1), 0xe6, 0xc6],
  [toned("i", 2), 0xf3, 0xd3],
  [toned("i", 3), 0xed, 0xcd],
  [toned("i", 4), 0xf2, 0xd2],
  [toned("y", 4), 0xee, 0xce],
];

/** Which marks follow which base letter (lower case; ơ and ư are their single bytes). */
const VNI_BASES: readonly [string, readonly [VniMark, string][]][] = [
  [
    "a",
    [
      ...TONES.map((m, t): [VniMark, string] => [m, toned("a", t)]),
      ["circumflex", "â"],
      ...TONES.map((m, t): [VniMark, string] => [
        `circumflex${capital(m)}` as VniMark,
        toned("â", t),
      ]),
      ["breve", "ă"],
      ...TONES.map((m, t): [VniMark, string] => [`breve${capital(m)}` as VniMark, toned("ă", t)]),
    ],
  ],
  [
    "e",
    [
      ...TONES.map((m, t): [VniMark, string] => [m, toned("e", t)]),
      ["circumflex", "ê"],
      ...TONES.map((m, t): [VniMark, string] => [
        `circumflex${capital(m)}` as VniMark,
        toned("ê", t),
      ]),
    ],
  ],
  [
    "o",
    [
      ...TONES.map((m, t): [VniMark, string] => [m, toned("o", t)]),
      ["circumflex", "ô"],
      ...TONES.map((m, t): [VniMark, string] => [
        `circumflex${capital(m)}` as VniMark,
        toned("ô", t),
      ]),
    ],
  ],
  ["ơ", TONES.map((m, t): [VniMark, string] => [m, toned("ơ", t)])],
  ["u", TONES.map((m, t): [VniMark, string] => [m, toned("u", t)])],
  ["ư", TONES.map((m, t): [VniMark, string] => [m, toned("ư", t)])],
  // ỵ has a byte of its own (VNI_SINGLE)
  ["y", TONES.slice(0, 4).map((m, t): [VniMark, string] => [m, toned("y", t)])],
];

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Base character (as typed: "a", "A", "ô" for ơ, …) → mark byte → letter. */
const VNI_DECODE_PAIRS = new Map<string, Map<string, string>>();
/** Single byte → letter. */
const VNI_DECODE_SINGLE = new Map<string, string>();
/** Letter → its VNI bytes. */
const VNI_ENCODE = new Map<string, string>();

for (const [letter, lower, upper] of VNI_SINGLE) {
  VNI_DECODE_SINGLE.set(String.fromCharCode(lower), letter);
  VNI_DECODE_SINGLE.set(String.fromCharCode(upper), letter.toUpperCase());
  VNI_ENCODE.set(letter, String.fromCharCode(lower));
  VNI_ENCODE.set(letter.toUpperCase(), String.fromCharCode(upper));
}
for (const [base, marks] of VNI_BASES) {
  for (const upperCase of [false, true]) {
    const baseText =
      VNI_ENCODE.get(upperCase ? base.toUpperCase() : base) ??
      (upperCase ? base.toUpperCase() : base);
    const byMark = new Map<string, string>();
    for (const [mark, letter] of marks) {
      const cased = upperCase ? letter.toUpperCase() : letter;
      const [lowerByte, upperByte] = VNI_MARKS[mark];
      // Either form of the mark decodes (fonts draw both); the base letter gives the case.
      byMark.set(String.fromCharCode(lowerByte), cased);
      byMark.set(String.fromCharCode(upperByte), cased);
      VNI_ENCODE.set(cased, baseText + String.fromCharCode(upperCase ? upperByte : lowerByte));
    }
    VNI_DECODE_PAIRS.set(baseText, byMark);
  }
}

/** A VNI-for-Windows text as Unicode (NFC). Characters outside the table are kept as they are. */
export function decodeVni(text: string): string {
  if (!mayBeLegacyText(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const pair = VNI_DECODE_PAIRS.get(char)?.get(text.charAt(i + 1));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_DECODE_SINGLE.get(char) ?? char;
  }
  return out;
}

/** A Unicode text in VNI for Windows (upper-case marks after capitals). For test workbooks. */
export function encodeVni(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) out += VNI_ENCODE.get(char) ?? char;
  return out;
}

// ---------------------------------------------------------------------------------------------

/** A text decoded from a legacy encoding (TCVN3 with its `auto` variant). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === "tcvn3" ? decodeTcvn3(text) : decodeVni(text);
}

/** A Unicode text in a legacy encoding (for test workbooks). */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === "tcvn3" ? encodeTcvn3(text) : encodeVni(text);
}
