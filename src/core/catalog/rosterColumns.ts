/** The columns of the optional "Đảng viên" sheet (spec §4), in the official template's order. */
import type { ColumnSpec } from "./columnSpec";
import type { RosterKey } from "../vocabulary";

export const ROSTER_COLUMNS: readonly ColumnSpec<RosterKey>[] = [
  {
    key: "stt",
    header: "STT",
    aliases: ["TT", "Số TT"],
    type: "ignored",
    required: false,
    title: { vi: "Số thứ tự", en: "Row number" },
  },
  {
    key: "member_name",
    header: "Họ và tên",
    aliases: ["Họ tên", "Tên đảng viên"],
    type: "text",
    required: true,
    title: { vi: "Họ và tên", en: "Member's name" },
  },
  {
    key: "cell_code",
    header: "Mã chi bộ",
    aliases: ["Mã CB"],
    type: "text",
    required: true,
    title: { vi: "Mã chi bộ", en: "Party cell code" },
  },
  {
    key: "member_rating",
    header: "Xếp loại",
    aliases: ["Xếp loại chất lượng", "Kết quả xếp loại"],
    type: "rating",
    required: true,
    title: { vi: "Xếp loại đảng viên", en: "Member's rating" },
  },
  {
    key: "disciplined_flag",
    header: "Bị kỷ luật trong năm",
    aliases: ["Bị kỷ luật"],
    type: "flag",
    required: false,
    title: { vi: "Bị kỷ luật trong năm", en: "Disciplined this year" },
  },
  {
    key: "admitted_flag",
    header: "Kết nạp trong năm",
    aliases: ["Kết nạp mới"],
    type: "flag",
    required: false,
    title: { vi: "Kết nạp trong năm", en: "Admitted this year" },
  },
];
