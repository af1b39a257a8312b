/** The words of the printed report, in both languages (the engine's words where it has them). */
import { RESULT_TEXT, type Lang, type Severity } from "../../core";

export interface ReportWords {
  title: string;
  organization: string;
  year: string;
  ruleset: (id: string, version: number) => string;
  notGiven: string;
  cellsHeading: string;
  columns: { code: string; name: string; total: string; result: string; failed: string };
  result: { fourGood: string; notFourGood: string; dataError: string };
  severity: Record<Severity, string>;
  noFindings: string;
  summaryHeading: string;
  counts: (cells: number, scored: number, fourGood: number, share: string) => string;
  findingCounts: (errors: number, shortfalls: number, warnings: number) => string;
  verdictYes: string;
  verdictNo: (reasons: string[]) => string;
  unusable: string;
  stampValid: (when: string) => string;
  stampStale: (when: string) => string;
}

export const REPORT_WORDS: Record<Lang, ReportWords> = {
  vi: {
    title: "CHẤM ĐIỂM CHI BỘ 4 TỐT",
    organization: "Đảng bộ",
    year: "Năm đánh giá",
    ruleset: (id, version) => `Bộ tiêu chí: ${id}, phiên bản ${version}`,
    notGiven: "(chưa ghi)",
    cellsHeading: "KẾT QUẢ THEO CHI BỘ",
    columns: {
      code: "Mã",
      name: "Tên chi bộ",
      total: "Tổng",
      result: "Kết quả",
      failed: "Tiêu chí chưa đạt",
    },
    result: {
      fourGood: RESULT_TEXT.fourGood,
      notFourGood: RESULT_TEXT.notFourGood,
      dataError: RESULT_TEXT.dataError,
    },
    severity: { error: "LỖI DỮ LIỆU", shortfall: "CHƯA ĐẠT CHỈ TIÊU", warning: "CẢNH BÁO" },
    noFindings: "Không có lỗi, cảnh báo hay chỉ tiêu chưa đạt.",
    summaryHeading: "TỔNG HỢP",
    counts: (cells, scored, fourGood, share) =>
      `Số chi bộ: ${cells} · Được chấm điểm: ${scored} · Đạt 4 tốt: ${fourGood} (${share} số chi bộ được chấm)`,
    findingCounts: (errors, shortfalls, warnings) =>
      `Lỗi dữ liệu: ${errors} · Chưa đạt chỉ tiêu: ${shortfalls} · Cảnh báo: ${warnings}`,
    verdictYes: 'Kết luận: Đảng bộ ĐẠT "Đảng bộ cơ sở 4 tốt".',
    verdictNo: (reasons) =>
      `Kết luận: Đảng bộ CHƯA ĐẠT "Đảng bộ cơ sở 4 tốt"${reasons.length ? ` (${reasons.join("; ")})` : ""}.`,
    unusable:
      "KHÔNG CHẤM ĐIỂM ĐƯỢC: sổ làm việc thiếu cấu trúc bắt buộc. Hãy sửa theo các lỗi ở trên rồi chấm lại.",
    stampValid: (when) =>
      `Dấu kiểm tra: đã chấm điểm lúc ${when}; số liệu không thay đổi kể từ đó.`,
    stampStale: (when) =>
      `Dấu kiểm tra: đã chấm điểm lúc ${when}, nhưng SỐ LIỆU ĐÃ THAY ĐỔI kể từ đó.`,
  },
  en: {
    title: "CHI BỘ 4 TỐT SCORING",
    organization: "Party committee",
    year: "Year",
    ruleset: (id, version) => `Ruleset: ${id}, version ${version}`,
    notGiven: "(not given)",
    cellsHeading: "RESULTS BY PARTY CELL",
    columns: {
      code: "Code",
      name: "Party cell",
      total: "Total",
      result: "Result",
      failed: "Criteria not met",
    },
    result: { fourGood: "Four good", notFourGood: "Not achieved", dataError: "Data error" },
    severity: {
      error: "DATA ERRORS",
      shortfall: "SHORTFALLS (TARGETS NOT MET)",
      warning: "WARNINGS",
    },
    noFindings: "No errors, warnings or shortfalls.",
    summaryHeading: "SUMMARY",
    counts: (cells, scored, fourGood, share) =>
      `Party cells: ${cells} · Scored: ${scored} · Four good: ${fourGood} (${share} of those scored)`,
    findingCounts: (errors, shortfalls, warnings) =>
      `Data errors: ${errors} · Shortfalls: ${shortfalls} · Warnings: ${warnings}`,
    verdictYes:
      'Verdict: the Party committee IS a "four-good grassroots Party committee" (Đảng bộ cơ sở 4 tốt).',
    verdictNo: (reasons) =>
      `Verdict: the Party committee is NOT YET a "four-good grassroots Party committee" (Đảng bộ cơ sở 4 tốt)${
        reasons.length ? `: ${reasons.join("; ")}` : ""
      }.`,
    unusable:
      "NOT SCORED: the workbook lacks its required structure. Fix the errors above and score it again.",
    stampValid: (when) => `Stamp: scored at ${when}; the data has not changed since.`,
    stampStale: (when) => `Stamp: scored at ${when}, but THE DATA HAS CHANGED since.`,
  },
};
