/**
 * How `verify` and `consolidate` say which rules a workbook's stamp names, against the ruleset of
 * the run: in capitals when the workbook was scored with other rules (a workbook to flag).
 */
import type { Lang, RulesetMatch } from "../../core";

export const RULESET_MATCH_TEXT: Record<Lang, Record<RulesetMatch, string>> = {
  vi: {
    same: "đúng bộ tiêu chí",
    sameUnproven: "cùng tên và phiên bản (dấu cũ, không có mã băm để đối chiếu)",
    otherRuleset: "BỘ TIÊU CHÍ KHÁC",
    otherVersion: "PHIÊN BẢN KHÁC",
    modifiedCopy: "CHẤM BẰNG BẢN BỘ TIÊU CHÍ ĐÃ BỊ SỬA",
  },
  en: {
    same: "same rules",
    sameUnproven: "same id and version (older stamp, no hash to compare)",
    otherRuleset: "ANOTHER RULESET",
    otherVersion: "ANOTHER VERSION",
    modifiedCopy: "SCORED WITH A MODIFIED COPY OF THE RULES",
  },
};

/** The closing line about the workbooks scored with other rules than `expected` ("id@version"). */
export function otherRulesLine(count: number, expected: string, lang: Lang): string {
  return lang === "vi"
    ? `${count} tệp có dấu kiểm tra không phải của bộ tiêu chí ${expected} (bộ khác, phiên bản khác hoặc bản đã bị sửa).`
    : `${count} file(s) carry a stamp not made with the ruleset ${expected} (another ruleset, another version or a modified copy).`;
}
