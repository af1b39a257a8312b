/**
 * The message of a shortfall (S_SHORTFALL), the commonest finding: the catalogue's template makes
 * one of these, whose texts are made in a language when that language is first read.
 */
import type { Target } from "../ruleset/ruleset";
import type { Lang, LocalizedText, RatingCode } from "../vocabulary";
import { formatNumber, formatPercent, formatShare, joinAlternatives } from "./formatValue";

/** How a value is shown: a count ("12") or percent points ("92%"). */
export type Unit = "count" | "percent";

function amount(value: number, unit: Unit, lang: Lang): string {
  return unit === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);
}

/**
 * A shortfall's message, made in a language when that language is first read. A workbook of
 * 10,000 Party cells has some 30,000 shortfalls; made at once, their texts in both languages
 * would live through the whole evaluation and be most of the engine's garbage collection. Reads like `{ vi, en }` (and `JSON.stringify` gives exactly that); compare its
 * texts, not the object.
 */
export class ShortfallMessage implements LocalizedText {
  // Private fields (#): the texts made so far are no part of the value, deep equality ignores them.
  #vi: string | undefined;
  #en: string | undefined;

  constructor(
    private readonly title: LocalizedText,
    private readonly target: Target,
    /** The value: a number, a rating code, or a rate's part with its whole. */
    private readonly value: number | string,
    private readonly whole: number | null,
    private readonly unit: Unit,
    private readonly veto: boolean,
    private readonly below: boolean,
  ) {}

  get vi(): string {
    return (this.#vi ??= this.textIn("vi"));
  }

  get en(): string {
    return (this.#en ??= this.textIn("en"));
  }

  toJSON(): LocalizedText {
    return { vi: this.vi, en: this.en };
  }

  private textIn(lang: Lang): string {
    const { value, whole } = this;
    const shown =
      typeof value === "string"
        ? value
        : whole !== null
          ? shownRate(value, whole, lang)
          : amount(value, this.unit, lang);
    return shortfallText(
      lang,
      this.title[lang],
      this.target,
      shown,
      this.unit,
      this.veto,
      this.below,
    );
  }
}

/** A rate as a shortfall message shows it: "85% (17/20)". */
function shownRate(part: number, whole: number, lang: Lang): string {
  return lang === "vi"
    ? `${formatShare(part, whole, "vi")} (${part}/${whole})`
    : `${formatShare(part, whole, "en")} (${part} of ${whole})`;
}

/** The text of a shortfall message in one language: the value against the target. */
function shortfallText(
  lang: Lang,
  title: string,
  target: Target,
  shown: string,
  unit: Unit,
  veto: boolean,
  below: boolean,
): string {
  const vi = lang === "vi";
  const suffix = veto ? (vi ? " (tiêu chí phủ quyết)" : " (veto indicator)") : "";
  if (target.op === "in") {
    const values = joinAlternatives(target.values as RatingCode[], lang);
    return vi
      ? `${title} là ${shown}, chưa đạt yêu cầu ${values}${suffix}.`
      : `${title}: ${shown}; the target is ${values}${suffix}.`;
  }
  const t = amount(target.value, unit, lang);
  switch (target.op) {
    case ">=":
      if (unit === "percent") {
        return vi
          ? `${title} là ${shown}, chưa đạt yêu cầu ${t}${suffix}.`
          : `${title}: ${shown}, below the target of ${t}${suffix}.`;
      }
      return vi
        ? `${title} là ${shown}, chưa đạt yêu cầu tối thiểu ${t}${suffix}.`
        : `${title}: ${shown}, below the minimum of ${t}${suffix}.`;
    case "<=":
      return vi
        ? `${title} là ${shown}, vượt mức tối đa ${t}${suffix}.`
        : `${title}: ${shown}, above the maximum of ${t}${suffix}.`;
    case "=":
      if (below) {
        return vi
          ? `${title} là ${shown}, chưa đạt yêu cầu ${t}${suffix}.`
          : `${title}: ${shown}, below the target of ${t}${suffix}.`;
      }
      return vi
        ? `${title} là ${shown}, yêu cầu là ${t}${suffix}.`
        : `${title}: ${shown}; the target is ${t}${suffix}.`;
  }
}
