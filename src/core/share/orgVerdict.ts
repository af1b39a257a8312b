/**
 * The organisation's verdict in words (spec §3, last paragraph) for the report sheet and the
 * consolidation: "Đảng bộ cơ sở 4 tốt" or not, with the reasons a clerk can act on. The report
 * says only yes or no; the reasons are report/verdictReasons.ts's, worded here: a broken
 * structure first (then the only reason), data errors, too few scored cells or a share below the
 * minimum, and a cell rated KHTNV only when nothing else explains the verdict.
 */
import type { Report } from "../report/report";
import type { Ruleset } from "../ruleset/ruleset";
import { verdictReasons } from "../report/verdictReasons";
import type { Lang } from "../vocabulary";

/** A share in percent, one decimal at most, in the language's decimal sign: "62,5%" / "62.5%". */
export function percentText(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  const text = String(rounded);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

const WORDS = {
  vi: {
    yes: "Đạt “Đảng bộ cơ sở 4 tốt”",
    no: "Chưa đạt “Đảng bộ cơ sở 4 tốt”",
    unusable: "không chấm điểm được vì bảng thiếu cấu trúc bắt buộc",
    errors: (n: number) => `còn ${n} lỗi dữ liệu`,
    scored: (min: number) =>
      min <= 1 ? "chưa có chi bộ nào được chấm điểm" : `cần ít nhất ${min} chi bộ được chấm điểm`,
    share: (share: string, min: string) => `${share} chi bộ đạt 4 tốt, cần ít nhất ${min}`,
    rating: "có chi bộ xếp loại Không hoàn thành nhiệm vụ",
  },
  en: {
    yes: "A “four-good grassroots Party committee” (Đảng bộ cơ sở 4 tốt)",
    no: "Not yet a “four-good grassroots Party committee” (Đảng bộ cơ sở 4 tốt)",
    unusable: "nothing could be scored: the table lacks its required structure",
    errors: (n: number) => (n === 1 ? "1 data error remains" : `${n} data errors remain`),
    scored: (min: number) =>
      min <= 1 ? "no Party cell could be scored" : `at least ${min} scored Party cells are needed`,
    share: (share: string, min: string) =>
      `${share} of the Party cells are four good, at least ${min} needed`,
    rating: "a Party cell is rated Not completed (KHTNV)",
  },
} as const;

/** Why the organisation is not four-good, in words; [] when it is. */
export function orgVerdictReasons(
  report: Pick<Report, "status" | "summary">,
  ruleset: Ruleset,
  lang: Lang,
): string[] {
  const words = WORDS[lang];
  return verdictReasons(report, ruleset).map((reason) => {
    switch (reason.kind) {
      case "unusable":
        return words.unusable;
      case "errors":
        return words.errors(reason.errors);
      case "tooFewScored":
        return words.scored(reason.minimum);
      case "shareBelow":
        return words.share(percentText(reason.share, lang), percentText(reason.minimumShare, lang));
      case "forbiddenRating":
        return words.rating;
    }
  });
}

/** "Chưa đạt “Đảng bộ cơ sở 4 tốt”: còn 3 lỗi dữ liệu; 62,5% chi bộ đạt 4 tốt, cần ít nhất 70%". */
export function orgVerdictText(
  report: Pick<Report, "status" | "summary">,
  ruleset: Ruleset,
  lang: Lang,
): string {
  const words = WORDS[lang];
  if (report.summary.orgFourGood) return words.yes;
  const reasons = orgVerdictReasons(report, ruleset, lang);
  return reasons.length > 0 ? `${words.no}: ${reasons.join("; ")}` : words.no;
}

/** The verdict in one or two words, for a table column: "Đạt" / "Chưa đạt" / "Four good" / "Not yet". */
export function orgVerdictShort(orgFourGood: boolean, lang: Lang): string {
  if (lang === "vi") return orgFourGood ? "Đạt" : "Chưa đạt";
  return orgFourGood ? "Four good" : "Not yet";
}
