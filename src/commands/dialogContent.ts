/**
 * The words of the outcome dialog, in Vietnamese or English, built from its data. Kept apart from
 * the React view so the texts are tested without a browser and the view stays a thin layout.
 */
import type { Lang } from "../core";
import type { DialogData, DialogMessage } from "./dialogData";

export type DialogTone = "success" | "warning" | "error" | "info";

export interface DialogContent {
  title: string;
  tone: DialogTone;
  lines: string[];
  verdict: { text: string; good: boolean } | null;
  hint: string | null;
  primary: { label: string; message: DialogMessage } | null;
  closeLabel: string;
}

const TEXT = {
  vi: {
    scoredTitle: "Đã chấm điểm xong",
    unusableTitle: "Chưa chấm được điểm",
    year: "năm",
    cells: (cells: number, scored: number) => `Số chi bộ: ${cells} (đã chấm điểm: ${scored})`,
    fourGood: (n: number, share: string) => `Đạt 4 tốt: ${n} chi bộ (${share})`,
    findings: (e: number, s: number, w: number) =>
      `Lỗi dữ liệu: ${e} · Chưa đạt chỉ tiêu: ${s} · Cảnh báo: ${w}`,
    orgGood: "Đảng bộ cơ sở 4 tốt",
    orgNotGood: "Chưa đạt Đảng bộ cơ sở 4 tốt",
    marked: "Các ô có lỗi, ô chưa đạt chỉ tiêu và ô cần xem lại đã được tô màu trên bảng.",
    unusable:
      'Sổ tính thiếu trang "Chi bộ" hoặc bảng thiếu cột bắt buộc nên chưa chấm được điểm. Trang báo cáo ghi rõ cần sửa gì.',
    hint: 'Xem chi tiết từng chi bộ và từng lỗi: bấm nút "Chi tiết" trên thẻ "4 tốt" của dải băng.',
    openReport: "Mở trang báo cáo",
    close: "Đóng",
    clearedTitle: "Đã xóa đánh dấu",
    cleared: (n: number) =>
      n > 0
        ? `Đã xóa ${n} định dạng đánh dấu của tiện ích. Định dạng riêng của bạn được giữ nguyên.`
        : "Sổ tính không có đánh dấu nào của tiện ích.",
    errorTitle: "Chưa thực hiện được",
  },
  en: {
    scoredTitle: "Scoring finished",
    unusableTitle: "Could not score",
    year: "year",
    cells: (cells: number, scored: number) => `Party cells: ${cells} (scored: ${scored})`,
    fourGood: (n: number, share: string) => `"4 Good": ${n} cells (${share})`,
    findings: (e: number, s: number, w: number) =>
      `Data errors: ${e} · Targets missed: ${s} · Warnings: ${w}`,
    orgGood: "Grassroots organisation: 4 Good",
    orgNotGood: "Grassroots organisation: not yet 4 Good",
    marked: "Cells with errors, missed targets and warnings are coloured in the table.",
    unusable:
      'The workbook lacks the "Chi bộ" sheet or a required column, so nothing could be scored. The report sheet says what to fix.',
    hint: 'For every Party cell and every finding, click "Details" on the "4 Good" tab of the ribbon.',
    openReport: "Open the report sheet",
    close: "Close",
    clearedTitle: "Marks removed",
    cleared: (n: number) =>
      n > 0
        ? `Removed ${n} of the add-in's mark formats. Your own formatting is unchanged.`
        : "The workbook has no marks from the add-in.",
    errorTitle: "Could not complete",
  },
} as const;

/** "66,7%" in Vietnamese, "66.7%" in English; "—" when nothing was scored. */
export function formatShare(part: number, whole: number, lang: Lang): string {
  if (whole <= 0) return "—";
  const value = Math.round((part / whole) * 1000) / 10;
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

export function dialogContent(data: DialogData, lang: Lang = data.lang): DialogContent {
  const t = TEXT[lang];
  if (data.kind === "error") {
    return {
      title: t.errorTitle,
      tone: "error",
      lines: [data.message],
      verdict: null,
      hint: null,
      primary: null,
      closeLabel: t.close,
    };
  }
  if (data.kind === "cleared") {
    return {
      title: t.clearedTitle,
      tone: "info",
      lines: [t.cleared(data.removed)],
      verdict: null,
      hint: null,
      primary: null,
      closeLabel: t.close,
    };
  }
  const s = data.summary;
  const heading = [data.organization, data.year !== null ? `${t.year} ${data.year}` : null]
    .filter(Boolean)
    .join(" · ");
  const primary = data.reportSheet ? { label: t.openReport, message: "openReport" as const } : null;
  if (data.status === "unusable") {
    return {
      title: t.unusableTitle,
      tone: "error",
      lines: [heading, t.unusable].filter((l) => l !== ""),
      verdict: null,
      hint: t.hint,
      primary,
      closeLabel: t.close,
    };
  }
  const lines = [
    heading,
    t.cells(s.cells, s.scored),
    t.fourGood(s.fourGood, formatShare(s.fourGood, s.scored, lang)),
    t.findings(s.errors, s.shortfalls, s.warnings),
    s.errors + s.shortfalls + s.warnings > 0 ? t.marked : "",
  ].filter((l) => l !== "");
  return {
    title: t.scoredTitle,
    tone: s.orgFourGood ? "success" : s.errors > 0 ? "warning" : "info",
    lines,
    verdict: { text: s.orgFourGood ? t.orgGood : t.orgNotGood, good: s.orgFourGood },
    hint: t.hint,
    primary,
    closeLabel: t.close,
  };
}
