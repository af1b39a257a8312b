/** The words of the consolidation (workbook and printed summary), in both languages. */
import {
  RESULT_TEXT,
  type PartyCellResult,
  type Lang,
  type StampStatus,
  type WorkbookStatus,
} from "../../core";

export interface ConsolidationWords {
  sheets: { summary: string; cells: string; duplicates: string };
  title: string;
  subtitle: (when: string, version: string, ruleset: string, files: number) => string;
  cellsTitle: string;
  duplicatesTitle: string;
  workbookColumns: {
    index: string;
    file: string;
    organization: string;
    year: string;
    cells: string;
    scored: string;
    fourGood: string;
    share: string;
    errors: string;
    shortfalls: string;
    warnings: string;
    stamp: string;
    verdict: string;
    sharedCodes: string;
    note: string;
    stampRuleset: string;
  };
  cellColumns: {
    file: string;
    organization: string;
    code: string;
    name: string;
    row: string;
    total: string;
    result: string;
    failed: string;
    codeAlsoIn: string;
  };
  totalsLabel: string;
  stamp: Record<StampStatus, string>;
  stampTotals: (stamps: Record<StampStatus, number>) => string;
  /** The totals row of the stamp's ruleset column: how many were scored with other rules. */
  otherRulesTotal: (n: number) => string;
  result: Record<PartyCellResult, string>;
  verdict: { yes: string; no: string; unusable: string };
  verdictTotals: (yes: number, read: number) => string;
  status: Record<Exclude<WorkbookStatus, "scored">, string>;
  noDuplicates: string;
  /** The end of a list cut to fit one cell: "… và 3990 mã khác (xem trang Trùng mã)". */
  andMore: (n: number) => string;
  printed: {
    heading: (n: number) => string;
    totals: (t: {
      cells: number;
      scored: number;
      fourGood: number;
      share: string;
      errors: number;
      shortfalls: number;
      warnings: number;
    }) => string;
    orgTotals: (yes: number, read: number) => string;
    duplicates: string;
    duplicate: (code: string, places: string) => string;
    unreadable: string;
    written: (file: string) => string;
    jsonWritten: (file: string) => string;
    noFiles: string;
  };
}

export const CONSOLIDATION_WORDS: Record<Lang, ConsolidationWords> = {
  vi: {
    sheets: { summary: "Tổng hợp", cells: "Danh sách chi bộ", duplicates: "Mã trùng" },
    title: "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT",
    subtitle: (when, version, ruleset, files) =>
      `Lập lúc ${when} bằng chibo4tot ${version} · bộ tiêu chí ${ruleset} · ${files} tệp`,
    cellsTitle: "DANH SÁCH CHI BỘ CỦA CÁC SỔ",
    duplicatesTitle: "MÃ CHI BỘ CÓ Ở HAI SỔ TRỞ LÊN",
    workbookColumns: {
      index: "STT",
      file: "Tệp",
      organization: "Đảng bộ",
      year: "Năm",
      cells: "Số chi bộ",
      scored: "Được chấm điểm",
      fourGood: "Đạt 4 tốt",
      share: "Tỷ lệ đạt 4 tốt",
      errors: "Lỗi dữ liệu",
      shortfalls: "Chưa đạt chỉ tiêu",
      warnings: "Cảnh báo",
      stamp: "Dấu kiểm tra",
      verdict: "Đảng bộ cơ sở 4 tốt",
      sharedCodes: "Mã chi bộ trùng với sổ khác",
      note: "Ghi chú",
      stampRuleset: "Bộ tiêu chí ghi trong dấu",
    },
    cellColumns: {
      file: "Tệp",
      organization: "Đảng bộ",
      code: "Mã chi bộ",
      name: "Tên chi bộ",
      row: "Dòng",
      total: "Tổng điểm",
      result: "Kết quả",
      failed: "Tiêu chí chưa đạt",
      codeAlsoIn: "Mã này cũng có ở tệp",
    },
    totalsLabel: "Tổng cộng",
    stamp: { valid: "Hợp lệ", stale: "Đã thay đổi sau khi chấm", none: "Chưa chấm" },
    stampTotals: (s) => `${s.valid} hợp lệ · ${s.stale} đã thay đổi · ${s.none} chưa chấm`,
    otherRulesTotal: (n) => `${n} sổ chấm theo bộ tiêu chí khác`,
    result: {
      fourGood: RESULT_TEXT.fourGood,
      notFourGood: RESULT_TEXT.notFourGood,
      dataError: RESULT_TEXT.dataError,
    },
    verdict: { yes: "Đạt", no: "Chưa đạt", unusable: "Không chấm được" },
    verdictTotals: (yes, read) => `${yes}/${read} đạt`,
    status: {
      unusable: "Bảng thiếu cấu trúc bắt buộc (E_STRUCTURE): không chấm được",
      unreadable: "Không đọc được",
    },
    noDuplicates: "Không có mã chi bộ nào trùng giữa các sổ.",
    andMore: (n) => `… và ${n} mục khác (xem đủ ở trang danh sách)`,
    printed: {
      heading: (n) => `TỔNG HỢP ${n} SỔ`,
      totals: (t) =>
        `Tổng cộng: ${t.cells} chi bộ · được chấm ${t.scored} · đạt 4 tốt ${t.fourGood} (${t.share}) · lỗi dữ liệu ${t.errors} · chưa đạt chỉ tiêu ${t.shortfalls} · cảnh báo ${t.warnings}`,
      orgTotals: (yes, read) => `Đảng bộ cơ sở 4 tốt: ${yes}/${read} sổ`,
      duplicates: "Mã chi bộ có ở hai sổ trở lên:",
      duplicate: (code, places) => `  ${code}: ${places}`,
      unreadable: "Không đọc được:",
      written: (file) => `Đã ghi bảng tổng hợp: ${file}`,
      jsonWritten: (file) => `Đã ghi tổng hợp JSON: ${file}`,
      noFiles: "Không tìm thấy tệp .xlsx hoặc .xlsm nào trong các đường dẫn đã cho.",
    },
  },
  en: {
    sheets: { summary: "Summary", cells: "Party cells", duplicates: "Duplicate codes" },
    title: "CHI BỘ 4 TỐT EVALUATIONS: SUMMARY",
    subtitle: (when, version, ruleset, files) =>
      `Made ${when} with chibo4tot ${version} · ruleset ${ruleset} · ${files} file(s)`,
    cellsTitle: "PARTY CELLS OF ALL WORKBOOKS",
    duplicatesTitle: "PARTY CELL CODES FOUND IN TWO OR MORE WORKBOOKS",
    workbookColumns: {
      index: "No.",
      file: "File",
      organization: "Party committee",
      year: "Year",
      cells: "Party cells",
      scored: "Scored",
      fourGood: "Four good",
      share: "Share four good",
      errors: "Data errors",
      shortfalls: "Shortfalls",
      warnings: "Warnings",
      stamp: "Stamp",
      verdict: "Four-good committee",
      sharedCodes: "Codes also in another workbook",
      note: "Note",
      stampRuleset: "Ruleset in the stamp",
    },
    cellColumns: {
      file: "File",
      organization: "Party committee",
      code: "Code",
      name: "Party cell",
      row: "Row",
      total: "Total",
      result: "Result",
      failed: "Criteria not met",
      codeAlsoIn: "Code also in",
    },
    totalsLabel: "Total",
    stamp: { valid: "Valid", stale: "Changed after scoring", none: "Not scored" },
    stampTotals: (s) => `${s.valid} valid · ${s.stale} changed · ${s.none} not scored`,
    otherRulesTotal: (n) => `${n} scored with other rules`,
    result: { fourGood: "Four good", notFourGood: "Not achieved", dataError: "Data error" },
    verdict: { yes: "Yes", no: "Not yet", unusable: "Not scored" },
    verdictTotals: (yes, read) => `${yes}/${read} four good`,
    status: {
      unusable: "The table lacks its required structure (E_STRUCTURE): not scored",
      unreadable: "Could not be read",
    },
    noDuplicates: "No Party cell code appears in more than one workbook.",
    andMore: (n) => `… and ${n} more (see the full list on its own sheet)`,
    printed: {
      heading: (n) => `SUMMARY OF ${n} WORKBOOK(S)`,
      totals: (t) =>
        `Total: ${t.cells} Party cells · scored ${t.scored} · four good ${t.fourGood} (${t.share}) · data errors ${t.errors} · shortfalls ${t.shortfalls} · warnings ${t.warnings}`,
      orgTotals: (yes, read) => `Four-good grassroots committees: ${yes} of ${read} workbook(s)`,
      duplicates: "Party cell codes found in two or more workbooks:",
      duplicate: (code, places) => `  ${code}: ${places}`,
      unreadable: "Could not be read:",
      written: (file) => `Summary written: ${file}`,
      jsonWritten: (file) => `JSON summary written: ${file}`,
      noFiles: "No .xlsx or .xlsm file was found in the paths given.",
    },
  },
};
