/**
 * What a finding's detail says besides its message: what the cell should hold and what to do,
 * per kind of finding, in both languages. Only the findings view (a lazy chunk) reads these, so
 * they live here rather than in the dictionaries the pane loads at start.
 */
import type { LocalizedText, RuleCode } from "../../core";

/**
 * What to do about a finding type, where the catalogue's description does not already say it
 * well enough for a detail; a type without one shows its description (findingText.fixText).
 */
type FixKey = `fix${RuleCode}`;

type ExpectKey =
  | "expectValue"
  | "expectInteger"
  | "expectPercent"
  | "expectRating"
  | "expectFlag"
  | "expectText"
  | "expectUnique"
  | "expectBoundsMin"
  | "expectBoundsMax"
  | "expectBoundsRange"
  | "expectTarget";

export const FINDING_HELP: Readonly<
  Record<ExpectKey, LocalizedText> & Partial<Record<FixKey, LocalizedText>>
> = {
  fixE_STRUCTURE: {
    vi: "Sửa cấu trúc bảng theo mẫu chính thức (tên trang, dòng tiêu đề, tên cột); chưa sửa thì không chấm được chi bộ nào.",
    en: "Make the table follow the official template (sheet name, header row, column names); until then no Party cell can be scored.",
  },
  fixE_REQUIRED: {
    vi: "Nhập số liệu vào ô này. Chi bộ chỉ được chấm điểm khi đủ số liệu.",
    en: "Enter the value in this cell. A Party cell is scored only when its data is complete.",
  },
  fixE_TYPE: {
    vi: "Nhập lại giá trị đúng kiểu như yêu cầu ở trên.",
    en: "Enter the value again, of the kind expected above.",
  },
  fixE_RANGE: {
    vi: "Kiểm tra lại số liệu và nhập giá trị trong giới hạn cho phép.",
    en: "Check the figure and enter a value within the allowed range.",
  },
  fixE_DUPLICATE: {
    vi: "Mỗi chi bộ một mã riêng: sửa mã trùng hoặc xóa dòng bị lặp.",
    en: "Give each Party cell its own code: correct the repeated code or delete the repeated row.",
  },
  fixE_CONSISTENCY: {
    vi: "Đối chiếu các số đảng viên trong dòng với tổng số đảng viên của chi bộ và sửa số bị sai.",
    en: "Compare the row's member counts with the Party cell's total members and correct the wrong figure.",
  },
  fixE_CROSS: {
    vi: "Đối chiếu trang “Đảng viên” với trang “Chi bộ” và sửa cho khớp.",
    en: "Compare the “Đảng viên” sheet with the “Chi bộ” sheet and make them agree.",
  },
  fixS_SHORTFALL: {
    vi: "Không phải lỗi dữ liệu: số liệu hợp lệ nhưng chưa đạt chỉ tiêu, nên chi bộ bị trừ điểm. Chỉ sửa nếu số liệu nhập sai.",
    en: "Not a data error: the value is valid but misses its target, so the Party cell loses points. Change it only if it was entered wrongly.",
  },
  fixW_NORMALIZED: {
    vi: "Giá trị đã được chấp nhận. Nên nhập lại dưới dạng số để bảng tính tính toán đúng.",
    en: "The value was accepted. Enter it again as a number so that Excel calculates with it.",
  },
  fixW_TOTAL: {
    vi: "Xem lại dòng tổng cộng, hoặc công thức cộng của nó.",
    en: "Check the total row, or the formula that adds it up.",
  },
  fixW_SMALL_CELL: {
    vi: "Xem lại tổng số đảng viên; nếu đúng, không cần sửa.",
    en: "Check the total members; if it is right, nothing needs fixing.",
  },
  fixW_INFO: {
    vi: "Điền đủ tên đảng bộ và năm đánh giá ở trang “Thông tin”.",
    en: "Fill in the Party committee's name and the year on the “Thông tin” sheet.",
  },
  fixW_ROSTER: {
    vi: "Nếu muốn đối chiếu danh sách đảng viên, sửa tiêu đề trang “Đảng viên” theo mẫu; nếu không, bỏ qua.",
    en: "To check the member roster, give the “Đảng viên” sheet the template's header; otherwise ignore this.",
  },
  expectValue: {
    vi: "Ô bắt buộc, không được để trống.",
    en: "A required cell: it must not be empty.",
  },
  expectInteger: {
    vi: "Một số nguyên{bounds}.",
    en: "A whole number{bounds}.",
  },
  expectPercent: {
    vi: "Một tỷ lệ phần trăm{bounds}.",
    en: "A percentage{bounds}.",
  },
  expectRating: {
    vi: "Một trong các mức: HTXSNV, HTTNV, HTNV, KHTNV.",
    en: "One of the ratings HTXSNV, HTTNV, HTNV, KHTNV.",
  },
  expectFlag: {
    vi: "Ghi “x” nếu có, để trống nếu không.",
    en: "“x” for yes, empty for no.",
  },
  expectText: {
    vi: "Chữ hoặc mã, không để trống.",
    en: "A text or code, not empty.",
  },
  expectUnique: {
    vi: "Mỗi mã chi bộ chỉ xuất hiện một lần.",
    en: "Each Party cell code appears once.",
  },
  expectBoundsMin: {
    vi: "từ {min} trở lên",
    en: "of at least {min}",
  },
  expectBoundsMax: {
    vi: "không quá {max}",
    en: "of at most {max}",
  },
  expectBoundsRange: {
    vi: "từ {min} đến {max}",
    en: "between {min} and {max}",
  },
  expectTarget: {
    vi: "{target} (chỉ tiêu “{indicator}”).",
    en: "{target} (target “{indicator}”).",
  },
};

export function fixKey(rule: RuleCode): FixKey {
  return `fix${rule}`;
}

export type { ExpectKey };
