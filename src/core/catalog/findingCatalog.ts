/**
 * The catalogue of finding types (spec §2): each rule code with its severity, whether it blocks
 * the whole workbook, a short title and what it means, in Vietnamese and English. The messages of
 * individual findings are built in messages/findingMessages.ts.
 */
import type { LocalizedText, Severity } from "../vocabulary";

export interface FindingType<Code extends string = RuleCode> {
  readonly code: Code;
  readonly severity: Severity;
  /** A blocking finding makes the workbook unusable: nothing is scored or written but the report. */
  readonly blocking: boolean;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

function type<Code extends string>(
  code: Code,
  severity: Severity,
  title: LocalizedText,
  description: LocalizedText,
  blocking = false,
): FindingType<Code> {
  return { code, severity, blocking, title, description };
}

export const FINDING_CATALOG = {
  E_STRUCTURE: type(
    "E_STRUCTURE",
    "error",
    { vi: "Sai cấu trúc bảng", en: "Table structure" },
    {
      vi: 'Thiếu trang "Chi bộ", thiếu một cột bắt buộc hoặc một cột có hai lần: không chấm điểm được.',
      en: 'The "Chi bộ" sheet or a required column is missing, or a column appears twice: nothing can be scored.',
    },
    true,
  ),
  E_REQUIRED: type(
    "E_REQUIRED",
    "error",
    { vi: "Thiếu số liệu", en: "Missing value" },
    { vi: "Ô bắt buộc để trống.", en: "A required cell is empty." },
  ),
  E_TYPE: type(
    "E_TYPE",
    "error",
    { vi: "Sai kiểu dữ liệu", en: "Wrong kind of value" },
    {
      vi: "Không phải số, không phải số nguyên, không phải mức xếp loại, hoặc ô có lỗi công thức.",
      en: "Not a number, not a whole number, not a rating, or an Excel error value.",
    },
  ),
  E_RANGE: type(
    "E_RANGE",
    "error",
    { vi: "Ngoài giới hạn", en: "Out of range" },
    { vi: "Giá trị nằm ngoài khoảng cho phép.", en: "The value is outside its allowed range." },
  ),
  E_DUPLICATE: type(
    "E_DUPLICATE",
    "error",
    { vi: "Trùng mã chi bộ", en: "Duplicate Party cell code" },
    {
      vi: "Cùng một mã chi bộ ở hai dòng trở lên.",
      en: "The same Party cell code on two or more rows.",
    },
  ),
  E_CONSISTENCY: type(
    "E_CONSISTENCY",
    "error",
    { vi: "Số liệu không khớp nhau", en: "Inconsistent figures" },
    {
      vi: "Các số đảng viên trong một dòng mâu thuẫn với tổng số đảng viên.",
      en: "The member counts of a row contradict its total members.",
    },
  ),
  E_CROSS: type(
    "E_CROSS",
    "error",
    { vi: "Không khớp danh sách đảng viên", en: "Disagrees with the roster" },
    {
      vi: 'Trang "Đảng viên" và trang "Chi bộ" ghi khác nhau.',
      en: 'The "Đảng viên" roster and the "Chi bộ" sheet disagree.',
    },
  ),
  S_SHORTFALL: type(
    "S_SHORTFALL",
    "shortfall",
    { vi: "Chưa đạt chỉ tiêu", en: "Target not met" },
    { vi: "Số liệu đúng nhưng chưa đạt yêu cầu.", en: "A valid value that misses its target." },
  ),
  W_NORMALIZED: type(
    "W_NORMALIZED",
    "warning",
    { vi: "Đã chuẩn hóa giá trị", en: "Value normalised" },
    {
      vi: "Giá trị được chấp nhận sau khi chuẩn hóa (ví dụ số gõ dạng chữ).",
      en: "A value accepted after normalisation (a number typed as text, for example).",
    },
  ),
  W_TOTAL: type(
    "W_TOTAL",
    "warning",
    { vi: "Dòng tổng cộng sai", en: "Total row differs" },
    {
      vi: "Ô ở dòng tổng cộng khác tổng các chi bộ.",
      en: "A total row cell differs from the sum of the Party cells.",
    },
  ),
  W_SMALL_CELL: type(
    "W_SMALL_CELL",
    "warning",
    { vi: "Chi bộ dưới 3 đảng viên", en: "Fewer than 3 members" },
    {
      vi: "Điều lệ Đảng yêu cầu chi bộ có ít nhất 3 đảng viên chính thức.",
      en: "The Party Charter asks for at least 3 official members per Party cell.",
    },
  ),
  W_INFO: type(
    "W_INFO",
    "warning",
    { vi: "Thông tin chung", en: "General information" },
    {
      vi: 'Trang "Thông tin" thiếu hoặc chưa đủ, hoặc có hai trang cùng vai trò.',
      en: 'The "Thông tin" sheet is missing or incomplete, or two sheets have the same role.',
    },
  ),
  W_ROSTER: type(
    "W_ROSTER",
    "warning",
    { vi: "Danh sách đảng viên không đọc được", en: "Roster not readable" },
    {
      vi: 'Trang "Đảng viên" không có tiêu đề hoặc thiếu cột: bỏ qua đối chiếu.',
      en: 'The "Đảng viên" sheet lacks its header or a column: no cross-checks.',
    },
  ),
} as const;

/** The code of every finding type: the catalogue's keys (the report's `rule`). */
export type RuleCode = keyof typeof FINDING_CATALOG;

/** Rule codes in the spec's order (§2): the order findings of one cell are listed in. */
export const RULE_ORDER: readonly RuleCode[] = Object.keys(FINDING_CATALOG) as RuleCode[];
