/**
 * The marks' three colours (spec §5) and what they mean, in both languages: the task pane's legend,
 * the report sheet's legend and every MarkPlan's style come from here, so the colours a clerk reads
 * about are the colours in the cells.
 *
 * Each description also says which marks go away by themselves when the cell is corrected and which
 * stay until the next scoring (static marks, markCondition.ts), in every Excel: no mark formula
 * depends on what Excel for the web cannot compute (markFormulas.ts).
 *
 * The fills and fonts are Excel's own "Bad" (light red), "Neutral" (light yellow) palette and a
 * light blue, which clerks know from Excel's built-in cell styles; each font on its fill has a
 * contrast ratio above 4.5:1 (WCAG AA), so marks stay readable when printed in colour or on screen.
 */
import type { MarkStyle } from "./markPlan";
import type { LocalizedText, Severity } from "../vocabulary";

export interface MarkLegendEntry {
  readonly severity: Severity;
  readonly colour: Readonly<MarkStyle>;
  /** Short name of the severity, as a badge or a legend swatch shows it. */
  readonly label: LocalizedText;
  /** What a cell of this colour means and what to do about it. */
  readonly description: LocalizedText;
}

/** In the order marks win over each other: errors, then shortfalls, then warnings. */
export const MARK_LEGEND: readonly MarkLegendEntry[] = [
  {
    severity: "error",
    colour: { fill: "#FFC7CE", font: "#9C0006" },
    label: { vi: "Lỗi dữ liệu", en: "Data error" },
    description: {
      vi:
        "Ô để trống, sai kiểu, ngoài giới hạn, trùng hoặc mâu thuẫn: phải sửa thì chi bộ mới được chấm điểm. " +
        "Ô trống hết màu ngay khi được điền, ô ngoài giới hạn khi được sửa đúng; ô sai kiểu, trùng hoặc mâu thuẫn giữ màu đến lần chấm điểm sau.",
      en:
        "Empty, of the wrong kind, out of range, duplicated or contradictory: fix it so the Party cell can be scored. " +
        "An empty cell loses its colour as soon as it is filled, an out-of-range one when corrected; a cell of the wrong kind, duplicated or contradictory keeps it until the next scoring.",
    },
  },
  {
    severity: "shortfall",
    colour: { fill: "#FFEB9C", font: "#9C5700" },
    label: { vi: "Chưa đạt chỉ tiêu", en: "Shortfall" },
    description: {
      vi: "Số liệu hợp lệ nhưng chưa đạt yêu cầu của tiêu chí (mục 3 của bộ tiêu chí). Hết màu khi số liệu được sửa đạt; nếu còn màu, hãy chấm điểm lại.",
      en: "A valid value that does not meet its criterion's target. The colour goes when the value is corrected; if it stays, score again.",
    },
  },
  {
    severity: "warning",
    colour: { fill: "#DDEBF7", font: "#1F4E78" },
    label: { vi: "Cảnh báo", en: "Warning" },
    description: {
      vi: "Nên xem lại: số nhập dạng chữ, dòng tổng không khớp, chi bộ dưới 3 đảng viên, thiếu thông tin chung.",
      en: "Worth a look: a number typed as text, a total that does not add up, a cell under 3 members, missing general information.",
    },
  },
];

/** The legend entry of a severity. */
export function markLegendEntry(severity: Severity): MarkLegendEntry {
  const entry = MARK_LEGEND.find((candidate) => candidate.severity === severity);
  if (entry === undefined) throw new RangeError(`no mark legend entry for severity "${severity}"`);
  return entry;
}

/** 0 for errors, 1 for shortfalls, 2 for warnings: the order in which marks win over each other. */
export function severityRank(severity: Severity): number {
  return MARK_LEGEND.findIndex((entry) => entry.severity === severity);
}
