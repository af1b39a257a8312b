/**
 * The output columns of the "Chi bộ" sheet (spec §1), written by the product and nowhere else;
 * created at the right end of the header when the template lacks them. Their texts are Vietnamese
 * whatever the UI language: they belong to the official form.
 */
import type { LocalizedText, OutputKey } from "../vocabulary";

export interface OutputColumnSpec {
  readonly key: OutputKey;
  readonly header: string;
  readonly title: LocalizedText;
}

export const OUTPUT_COLUMNS: readonly OutputColumnSpec[] = [
  { key: "score_1", header: "Điểm I", title: { vi: "Điểm tiêu chí I", en: "Points, criterion I" } },
  { key: "score_2", header: "Điểm II", title: { vi: "Điểm tiêu chí II", en: "Points, criterion II" } },
  { key: "score_3", header: "Điểm III", title: { vi: "Điểm tiêu chí III", en: "Points, criterion III" } },
  { key: "score_4", header: "Điểm IV", title: { vi: "Điểm tiêu chí IV", en: "Points, criterion IV" } },
  { key: "score_total", header: "Tổng điểm", title: { vi: "Tổng điểm", en: "Total points" } },
  { key: "result", header: "Kết quả", title: { vi: "Kết quả", en: "Result" } },
  {
    key: "failed_criteria",
    header: "Tiêu chí chưa đạt",
    title: { vi: "Tiêu chí chưa đạt", en: "Criteria not met" },
  },
];

/** The texts of the "Kết quả" output column. */
export const RESULT_TEXT = {
  fourGood: "Đạt 4 tốt",
  notFourGood: "Chưa đạt",
  dataError: "Lỗi dữ liệu",
} as const;
