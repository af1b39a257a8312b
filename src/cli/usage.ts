/** The help text, in the user's language; printed by --help and after every usage error. */
import type { Lang } from "../core";

export type CommandName = "score" | "template";

const TEMPLATE_FILE = "mau-danh-gia-chi-bo-4-tot.xlsx";

const SYNOPSIS = [
  "chibo4tot score <workbook.xlsx> [--out <marked.xlsx>] [--json <file>|-] [--lang vi|en] [--force] [--debug]",
  "chibo4tot template [--out <file.xlsx>] [--sample] [--force] [--lang vi|en]",
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
    general: string[];
  }
> = {
  vi: {
    title: 'chibo4tot: kiểm tra và chấm điểm bảng đánh giá "Chi bộ 4 tốt" (tệp Excel .xlsx)',
    usage: "Cách dùng:",
    commands: "Lệnh:",
    general: [
      "  score      Kiểm tra, chấm điểm một sổ làm việc và in kết quả.",
      `  template   Tạo mẫu bảng đánh giá chính thức (trống: ${TEMPLATE_FILE}), hoặc sổ mẫu đã điền (--sample).`,
      "  --help     In hướng dẫn này.   --version   In phiên bản.",
    ],
    score: [
      "Tùy chọn của score:",
      '  --out <tệp.xlsx>   Ghi bản sao có kết quả, đánh dấu ô, trang "Kết quả kiểm tra" và dấu kiểm tra.',
      "                     Tệp gốc không bao giờ bị thay đổi.",
      '  --json <tệp>|-     Ghi báo cáo JSON vào tệp; "-" chỉ in báo cáo JSON ra màn hình (stdout).',
      "  --lang vi|en       Ngôn ngữ (mặc định: vi).",
      "  --force            Cho phép ghi đè tệp --out đã có.",
      "  --debug            In chi tiết kỹ thuật khi có lỗi.",
    ],
    template: [
      "Tùy chọn của template:",
      `  --out <tệp.xlsx>   Tên tệp cần tạo (mặc định: ${TEMPLATE_FILE}, hoặc sample.xlsx với --sample).`,
      "  --sample           Tạo sổ mẫu đã điền số liệu (Đảng bộ xã Thạch Hà, năm 2025).",
      "  --force            Cho phép ghi đè tệp đã có.",
    ],
    exit: "Mã thoát: 0 đã chấm, không có lỗi; 1 đã chấm, có lỗi dữ liệu; 2 không đọc hoặc không chấm được;\n  64 sai cú pháp lệnh; 70 lỗi của chương trình; 73 không ghi được tệp.",
  },
  en: {
    title:
      'chibo4tot: checks and scores "Chi bộ 4 tốt" (four-good Party cell) evaluation workbooks (.xlsx)',
    usage: "Usage:",
    commands: "Commands:",
    general: [
      "  score      Check and score one workbook and print the results.",
      `  template   Write the official blank evaluation template (${TEMPLATE_FILE}), or a filled sample (--sample).`,
      "  --help     Print this help.   --version   Print the version.",
    ],
    score: [
      "Options of score:",
      '  --out <file.xlsx>  Write a copy with the results, cell marks, the "Kết quả kiểm tra" report sheet and the stamp.',
      "                     The original file is never changed.",
      '  --json <file>|-    Write the JSON report to a file; "-" prints only the JSON report on stdout.',
      "  --lang vi|en       Language (default: vi).",
      "  --force            Allow overwriting an existing --out file.",
      "  --debug            Print technical details on errors.",
    ],
    template: [
      "Options of template:",
      `  --out <file.xlsx>  File to create (default: ${TEMPLATE_FILE}, or sample.xlsx with --sample).`,
      "  --sample           Write the filled sample workbook (Đảng bộ xã Thạch Hà, year 2025).",
      "  --force            Allow overwriting an existing file.",
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
  if (command === null) lines.push(t.commands, ...t.general, "", ...t.score, "", ...t.template, "");
  else lines.push(...t[command], "");
  lines.push(t.exit);
  return `${lines.join("\n")}\n`;
}
