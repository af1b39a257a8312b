/** The key/value fields of the "Thông tin" sheet (spec §1): a label, its value to the right. */
import type { LocalizedText } from "../vocabulary";

export type InfoFieldKey = "organization" | "year";

export interface InfoFieldSpec {
  readonly key: InfoFieldKey;
  /** The label of the official template. */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly title: LocalizedText;
}

export const INFO_FIELDS: readonly InfoFieldSpec[] = [
  {
    key: "organization",
    label: "Đảng bộ",
    aliases: ["Tên đảng bộ", "Đơn vị"],
    title: { vi: "Tên đảng bộ", en: "Organisation" },
  },
  {
    key: "year",
    label: "Năm đánh giá",
    aliases: ["Năm"],
    title: { vi: "Năm đánh giá", en: "Year of the evaluation" },
  },
];

/** Labels are looked for in the first rows of the sheet only. */
export const INFO_LABEL_ROWS = 20;

/** A valid year of evaluation. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
