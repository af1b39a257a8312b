/** The help text, in the user's language; printed by --help and after every usage error. */
import type { Lang } from "../core";

export type CommandName = "score" | "template" | "verify" | "consolidate";

const TEMPLATE_FILE = "mau-danh-gia-chi-bo-4-tot.xlsx";

const SYNOPSIS = [
  "chibo4tot score <workbook.xlsx> [--out <marked.xlsx>] [--json <file>|-] [--ruleset <rules.json>] [--lang vi|en] [--force] [--debug]",
  "chibo4tot verify <workbook.xlsx|folder>… [--ruleset <rules.json>] [--json <file>|-] [--lang vi|en]",
  "chibo4tot consolidate <workbook.xlsx|folder>… --out <summary.xlsx> [--json <file>|-] [--ruleset <rules.json>] [--force] [--lang vi|en]",
  "chibo4tot template [--out <file.xlsx>] [--sample] [--ruleset <rules.json>] [--force] [--lang vi|en]",
  "chibo4tot --help | --version",
];

const TEXT: Record<
  Lang,
  {
    title: string;
    usage: string;
    commands: string;
    exit: string;
    score: string[];
    template: string[];
    verify: string[];
    consolidate: string[];
    general: string[];
  }
> = {
  vi: {
    title: 'chibo4tot: kiểm tra và chấm điểm bảng đánh giá "Chi bộ 4 tốt" (tệp Excel .xlsx)',
    usage: "Cách dùng:",
    commands: "Lệnh:",
    general: [
      "  score        Kiểm tra, chấm điểm một sổ làm việc và in kết quả.",
      "  verify       Xem dấu kiểm tra của các sổ đã chấm: số liệu còn nguyên hay đã bị sửa sau khi chấm.",
      "  consolidate  Chấm điểm nhiều sổ (tệp hoặc thư mục) và ghi một bảng tổng hợp .xlsx.",
      `  template     Tạo mẫu bảng đánh giá chính thức (trống: ${TEMPLATE_FILE}), hoặc sổ mẫu đã điền (--sample).`,
      "  --help       In hướng dẫn này.   --version   In phiên bản.",
    ],
    score: [
      "Tùy chọn của score:",
      '  --out <tệp.xlsx>   Ghi bản sao có kết quả, đánh dấu ô, trang "Kết quả kiểm tra" và dấu kiểm tra.',
      "                     Tệp gốc không bao giờ bị thay đổi.",
      '  --json <tệp>|-     Ghi báo cáo JSON vào tệp; "-" chỉ in báo cáo JSON ra màn hình (stdout).',
      "  --ruleset <tệp>    Bộ tiêu chí riêng của địa phương (JSON, xem docs/rulesets.md); mặc định 4tot-default v1.",
      "  --lang vi|en       Ngôn ngữ (mặc định: vi).",
      "  --force            Cho phép ghi đè tệp --out đã có.",
      "  --debug            In chi tiết kỹ thuật khi có lỗi.",
    ],
    template: [
      "Tùy chọn của template:",
      `  --out <tệp.xlsx>   Tên tệp cần tạo (mặc định: ${TEMPLATE_FILE}, hoặc sample.xlsx với --sample).`,
      "  --sample           Tạo sổ mẫu đã điền số liệu (Đảng bộ xã Thạch Hà, năm 2025).",
      "  --ruleset <tệp>    Ghi vào mẫu bộ tiêu chí (JSON) mà sổ phải được chấm theo; chấm theo bộ khác sẽ có cảnh báo W_RULESET.",
      "  --force            Cho phép ghi đè tệp đã có.",
    ],
    verify: [
      "Tùy chọn của verify (thư mục được tìm hết các tệp .xlsx, .xlsm bên trong):",
      '  --json <tệp>|-     Ghi kết quả dạng JSON vào tệp; "-" chỉ in JSON ra màn hình (stdout).',
      "  --ruleset <tệp>    Đối chiếu dấu của mỗi sổ với bộ tiêu chí này (JSON): báo sổ chấm theo bộ khác, phiên bản khác",
      "                     hoặc bằng bản bộ tiêu chí đã bị sửa (cùng tên và phiên bản, khác mã băm).",
      "  Mã thoát của verify: 0 mọi tệp có dấu còn hợp lệ; 1 có tệp đã bị sửa sau khi chấm, chưa chấm hoặc chấm theo bộ khác;",
      "  2 có tệp không đọc được (các tệp khác vẫn được báo).",
    ],
    consolidate: [
      "Tùy chọn của consolidate (thư mục được tìm hết các tệp .xlsx, .xlsm bên trong, bỏ qua tệp khóa ~$):",
      "  --out <tệp.xlsx>   Tệp tổng hợp: một dòng mỗi sổ và dòng tổng cộng; trang danh sách chi bộ; mã chi bộ trùng.",
      '  --json <tệp>|-     Ghi tổng hợp dạng JSON; "-" chỉ in JSON ra màn hình (stdout).',
      "  --ruleset <tệp>    Chấm mọi sổ theo bộ tiêu chí riêng (JSON); mặc định 4tot-default v1. Sổ có dấu của bộ khác,",
      "                     phiên bản khác hoặc bản đã bị sửa được đánh dấu.",
      "  --force            Cho phép ghi đè tệp --out đã có.",
      "  Mã thoát của consolidate: 0 đọc được mọi tệp, không có lỗi dữ liệu; 1 có sổ có lỗi dữ liệu, số liệu đã bị sửa",
      "  sau khi chấm, dấu của bộ tiêu chí khác, hoặc mã chi bộ trùng giữa các sổ; 2 có tệp không đọc được (bảng tổng hợp vẫn được ghi).",
    ],
    exit: "Mã thoát: 0 đã chấm, không có lỗi; 1 đã chấm, có lỗi dữ liệu; 2 không đọc hoặc không chấm được;\n  64 sai cú pháp lệnh; 70 lỗi của chương trình; 73 không ghi được tệp.",
  },
  en: {
    title:
      'chibo4tot: checks and scores "Chi bộ 4 tốt" (four-good Party cell) evaluation workbooks (.xlsx)',
    usage: "Usage:",
    commands: "Commands:",
    general: [
      "  score        Check and score one workbook and print the results.",
      "  verify       Check the stamps of scored workbooks: unchanged since scoring, or edited.",
      "  consolidate  Score many workbooks (files or folders) and write one .xlsx summary.",
      `  template     Write the official blank evaluation template (${TEMPLATE_FILE}), or a filled sample (--sample).`,
      "  --help       Print this help.   --version   Print the version.",
    ],
    score: [
      "Options of score:",
      '  --out <file.xlsx>  Write a copy with the results, cell marks, the "Kết quả kiểm tra" report sheet and the stamp.',
      "                     The original file is never changed.",
      '  --json <file>|-    Write the JSON report to a file; "-" prints only the JSON report on stdout.',
      "  --ruleset <file>   A locality's own ruleset (JSON, see docs/rulesets.md); default 4tot-default v1.",
      "  --lang vi|en       Language (default: vi).",
      "  --force            Allow overwriting an existing --out file.",
      "  --debug            Print technical details on errors.",
    ],
    template: [
      "Options of template:",
      `  --out <file.xlsx>  File to create (default: ${TEMPLATE_FILE}, or sample.xlsx with --sample).`,
      "  --sample           Write the filled sample workbook (Đảng bộ xã Thạch Hà, year 2025).",
      "  --ruleset <file>   Record in the template the ruleset (JSON) it is to be scored with; other rules give W_RULESET.",
      "  --force            Allow overwriting an existing file.",
    ],
    verify: [
      "Options of verify (folders are searched for every .xlsx and .xlsm inside):",
      '  --json <file>|-    Write the result as JSON to a file; "-" prints only the JSON on stdout.',
      "  --ruleset <file>   Compare each stamp with this ruleset (JSON): flag another ruleset, another version, or a",
      "                     modified copy of the rules (same id and version, another hash).",
      "  Exit status of verify: 0 every stamp still holds; 1 a workbook changed since it was scored, is not scored, or was scored with other rules;",
      "  2 a file could not be read (the others are still reported).",
    ],
    consolidate: [
      "Options of consolidate (folders are searched for every .xlsx and .xlsm inside; ~$ lock files are skipped):",
      "  --out <file.xlsx>  The summary: a row per workbook and a totals row; a sheet of every Party cell; duplicate codes.",
      '  --json <file>|-    Write the summary as JSON; "-" prints only the JSON on stdout.',
      "  --ruleset <file>   Score every workbook with a locality's own ruleset (JSON); default 4tot-default v1. Workbooks",
      "                     stamped with another ruleset, another version or a modified copy are flagged.",
      "  --force            Allow overwriting an existing --out file.",
      "  Exit status of consolidate: 0 every file read, no data errors; 1 a workbook has data errors, changed since it was",
      "  scored, carries another ruleset's stamp, or shares a Party cell code with another; 2 a file could not be read.",
    ],
    exit: "Exit status: 0 scored, no errors; 1 scored, with data errors; 2 unreadable or unusable;\n  64 usage error; 70 internal error; 73 cannot write a file.",
  },
};

/** The general help, or the help of one command. */
export function usageText(lang: Lang, command: CommandName | null = null): string {
  const t = TEXT[lang];
  const synopsis =
    command === null
      ? SYNOPSIS
      : SYNOPSIS.filter((line) => line.startsWith(`chibo4tot ${command}`));
  const lines = [t.title, "", t.usage, ...synopsis.map((line) => `  ${line}`), ""];
  if (command === null) {
    lines.push(
      t.commands,
      ...t.general,
      "",
      ...t.score,
      "",
      ...t.verify,
      "",
      ...t.consolidate,
      "",
      ...t.template,
      "",
    );
  } else lines.push(...t[command], "");
  lines.push(t.exit);
  return `${lines.join("\n")}\n`;
}
