/**
 * The message of every finding, in Vietnamese and English (spec §2: Vietnamese first). Each
 * function takes what the rule knows and returns both texts (a shortfall's, the commonest
 * finding, are made when read: ShortfallMessage); the rules never build text themselves, so the
 * wording of the whole product lives here.
 */
import type { Target } from "../ruleset/ruleset";
import type { ValueProblem } from "../values/readValue";
import { formatNumber, formatPercent, formatShare, joinAlternatives, quoteText } from "./formatValue";
import type { Lang, LocalizedText, RatingCode } from "../vocabulary";

type Unit = "count" | "percent";

function both(vi: string, en: string): LocalizedText {
  return { vi, en };
}

function amount(value: number, unit: Unit, lang: "vi" | "en"): string {
  return unit === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);
}

function bounds(min: number | undefined, max: number | undefined, unit: Unit, lang: "vi" | "en"): string {
  const a = (n: number) => amount(n, unit, lang);
  if (min !== undefined && max !== undefined) {
    return lang === "vi" ? `từ ${a(min)} đến ${a(max)}` : `between ${a(min)} and ${a(max)}`;
  }
  if (min !== undefined) return lang === "vi" ? `từ ${a(min)} trở lên` : `at least ${a(min)}`;
  if (max !== undefined) return lang === "vi" ? `không quá ${a(max)}` : `at most ${a(max)}`;
  return "";
}

export const STRUCTURE = {
  missingSheet: (name: string, aliases: readonly string[]) =>
    both(
      `Không tìm thấy trang “${name}”${aliases.length ? ` (hoặc ${aliases.map((a) => `“${a}”`).join(", ")})` : ""}: không chấm điểm được. Hãy dùng mẫu bảng đánh giá chính thức.`,
      `No “${name}” sheet${aliases.length ? ` (or ${aliases.map((a) => `“${a}”`).join(", ")})` : ""}: nothing can be scored. Use the official evaluation template.`,
    ),
  noHeader: (sheet: string) =>
    both(
      `Trang “${sheet}” không có dòng tiêu đề: trong 50 dòng đầu không dòng nào có ít nhất 3 cột của mẫu (Mã chi bộ, Tên chi bộ, Tổng số đảng viên, …).`,
      `Sheet “${sheet}” has no header row: none of its first 50 rows holds at least 3 of the template's columns (Mã chi bộ, Tên chi bộ, Tổng số đảng viên, …).`,
    ),
  missingColumn: (sheet: string, header: string) =>
    both(
      `Trang “${sheet}” thiếu cột “${header}”: hãy thêm cột này vào dòng tiêu đề.`,
      `Sheet “${sheet}” lacks the column “${header}”: add it to the header row.`,
    ),
  repeatedColumn: (header: string, first: string, second: string) =>
    both(
      `Cột “${header}” có hai lần (ô ${first} và ${second}): hãy xóa hoặc đổi tên một cột.`,
      `The column “${header}” appears twice (cells ${first} and ${second}): remove or rename one of them.`,
    ),
};

export function requiredMessage(column: LocalizedText, cell: string): LocalizedText {
  return both(
    `Ô ${column.vi} (${cell}) còn trống: hãy nhập số liệu.`,
    `${column.en} (${cell}) is empty: enter a value.`,
  );
}

export function typeMessage(
  column: LocalizedText,
  cell: string,
  shown: string,
  problem: ValueProblem,
): LocalizedText {
  const q = quoteText(shown);
  switch (problem) {
    case "not-integer":
      return both(
        `Ô ${column.vi} (${cell}) ghi ${q}, không phải số nguyên. Hãy nhập một số nguyên, ví dụ 12.`,
        `${column.en} (${cell}) reads ${q}, which is not a whole number. Enter a whole number such as 12.`,
      );
    case "not-number":
      return both(
        `Ô ${column.vi} (${cell}) ghi ${q}, không phải số. Hãy nhập một số, ví dụ 95.`,
        `${column.en} (${cell}) reads ${q}, which is not a number. Enter a number such as 95.`,
      );
    case "not-rating":
      return both(
        `Ô ${column.vi} (${cell}) ghi ${q}, không phải một mức xếp loại. Hãy nhập HTXSNV, HTTNV, HTNV hoặc KHTNV.`,
        `${column.en} (${cell}) reads ${q}, which is not a rating. Enter HTXSNV, HTTNV, HTNV or KHTNV.`,
      );
    case "not-flag":
      return both(
        `Ô ${column.vi} (${cell}) ghi ${q}. Hãy ghi “x” nếu có, để trống nếu không.`,
        `${column.en} (${cell}) reads ${q}. Write “x” for yes and leave it empty for no.`,
      );
    case "not-text":
      return both(
        `Ô ${column.vi} (${cell}) ghi ${q}, không phải chữ hay mã. Hãy nhập lại.`,
        `${column.en} (${cell}) reads ${q}, which is not a text or code. Enter it again.`,
      );
    case "date":
      return both(
        `Ô ${column.vi} (${cell}) là ngày tháng, không phải số. Hãy đổi định dạng ô về số (General) và nhập lại.`,
        `${column.en} (${cell}) holds a date, not a number. Format the cell as a number (General) and enter the value again.`,
      );
    case "uncalculated":
      return both(
        `Ô ${column.vi} (${cell}) có công thức ${q} chưa được tính (tệp do một chương trình khác tạo, không lưu kết quả). Hãy mở tệp bằng Excel để Excel tính lại, rồi lưu tệp.`,
        `${column.en} (${cell}) holds the formula ${q}, which was never calculated (the file was made by a program that does not store results). Open the file in Excel, let it calculate, and save it.`,
      );
    case "error-value":
      return both(
        `Ô ${column.vi} (${cell}) có lỗi ${q} (công thức lỗi). Hãy sửa công thức hoặc nhập số liệu.`,
        `${column.en} (${cell}) holds the error ${q} (a broken formula). Fix the formula or enter the value.`,
      );
  }
}

export function rangeMessage(
  column: LocalizedText,
  cell: string,
  value: number,
  unit: Unit,
  min: number | undefined,
  max: number | undefined,
): LocalizedText {
  return both(
    `Ô ${column.vi} (${cell}) ghi ${amount(value, unit, "vi")}, ngoài giới hạn: phải ${bounds(min, max, unit, "vi")}.`,
    `${column.en} (${cell}) is ${amount(value, unit, "en")}, out of range: it must be ${bounds(min, max, unit, "en")}.`,
  );
}

export function normalizedMessage(
  cell: string,
  raw: string | number,
  value: number,
  unit: Unit,
): LocalizedText {
  if (typeof raw === "number") {
    return both(
      `Ô ${cell} ghi ${formatNumber(raw, "vi")}; đã hiểu là ${formatPercent(value, "vi")}. Nên nhập ${formatNumber(value, "vi")} (tính theo phần trăm) hoặc định dạng ô là %.`,
      `Cell ${cell} holds ${formatNumber(raw, "en")}; read as ${formatPercent(value, "en")}. Better enter ${formatNumber(value, "en")} (percent points) or format the cell as %.`,
    );
  }
  const q = quoteText(raw);
  return both(
    `Ô ${cell} ghi chữ ${q}; đã đọc thành ${amount(value, unit, "vi")}. Nên nhập dạng số.`,
    `Cell ${cell} holds the text ${q}; read as ${amount(value, unit, "en")}. Better enter it as a number.`,
  );
}

export function duplicateMessage(code: string, rows: readonly number[]): LocalizedText {
  const list = rows.join(", ");
  return both(
    `Mã chi bộ ${quoteText(code)} trùng ở các dòng ${list}: mỗi chi bộ một mã riêng.`,
    `Party cell code ${quoteText(code)} appears on rows ${list}: each Party cell needs its own code.`,
  );
}

export const CONSISTENCY = {
  goodPlusFailed: (good: number, failed: number, members: number, on: "good" | "failed") =>
    on === "good"
      ? both(
          `Số đảng viên hoàn thành tốt nhiệm vụ trở lên (${good}) cộng số không hoàn thành nhiệm vụ (${failed}) lớn hơn tổng số đảng viên (${members}).`,
          `Members rated good or better (${good}) plus members who failed (${failed}) exceed the total members (${members}).`,
        )
      : both(
          `Số đảng viên không hoàn thành nhiệm vụ (${failed}) cộng số hoàn thành tốt trở lên (${good}) lớn hơn tổng số đảng viên (${members}).`,
          `Members who failed (${failed}) plus members rated good or better (${good}) exceed the total members (${members}).`,
        ),
  moreThanMembers: (column: LocalizedText, value: number, members: number) =>
    both(
      `${column.vi} (${value}) lớn hơn tổng số đảng viên (${members}).`,
      `${column.en} (${value}) exceeds the total members (${members}).`,
    ),
};

export function totalMessage(
  column: LocalizedText,
  cell: string,
  shown: number | string,
  sum: number,
): LocalizedText {
  const vi = typeof shown === "number" ? formatNumber(shown, "vi") : quoteText(shown);
  const en = typeof shown === "number" ? formatNumber(shown, "en") : quoteText(shown);
  return both(
    `Dòng tổng cộng, cột ${column.vi} (${cell}) ghi ${vi}, nhưng tổng các chi bộ là ${formatNumber(sum, "vi")}.`,
    `Total row, ${column.en} (${cell}): ${en}, but the Party cells add up to ${formatNumber(sum, "en")}.`,
  );
}

export function smallCellMessage(members: number, minimum: number): LocalizedText {
  return both(
    `Chi bộ chỉ có ${members} đảng viên, ít hơn ${minimum} theo Điều lệ Đảng.`,
    `The Party cell has only ${members} member${members === 1 ? "" : "s"}, fewer than the ${minimum} the Party Charter requires.`,
  );
}

export const INFO = {
  missingSheet: (sheet: string) =>
    both(
      `Không có trang “${sheet}”: chưa biết tên đảng bộ và năm đánh giá. Việc chấm điểm vẫn tiếp tục.`,
      `No “${sheet}” sheet: the organisation and the year are unknown. Scoring goes on.`,
    ),
  missingLabel: (sheet: string, label: string) =>
    both(
      `Trang “${sheet}” không có dòng “${label}” (trong 20 dòng đầu).`,
      `Sheet “${sheet}” has no “${label}” line (within its first 20 rows).`,
    ),
  emptyValue: (label: string, cell: string) =>
    both(`Ô ${cell} (${label}) còn trống.`, `Cell ${cell} (${label}) is empty.`),
  invalidYear: (shown: string, cell: string, min: number, max: number) =>
    both(
      `Năm đánh giá ${quoteText(shown)} (ô ${cell}) không hợp lệ: phải là số nguyên từ ${min} đến ${max}.`,
      `The year ${quoteText(shown)} (cell ${cell}) is not valid: it must be a whole number from ${min} to ${max}.`,
    ),
  extraSheet: (sheet: string, used: string) =>
    both(
      `Trang “${sheet}” trùng vai trò với trang “${used}”: chỉ trang “${used}” (đứng trước) được đọc.`,
      `Sheet “${sheet}” has the same role as “${used}”: only “${used}” (the first) is read.`,
    ),
};

export const ROSTER = {
  noHeader: (sheet: string) =>
    both(
      `Trang “${sheet}” không có dòng tiêu đề nhận ra được (cần các cột Họ và tên, Mã chi bộ, Xếp loại): bỏ qua đối chiếu với trang “Chi bộ”.`,
      `Sheet “${sheet}” has no recognisable header (it needs Họ và tên, Mã chi bộ, Xếp loại): no cross-checks with “Chi bộ”.`,
    ),
  missingColumn: (sheet: string, header: string) =>
    both(
      `Trang “${sheet}” thiếu cột “${header}”: bỏ qua đối chiếu với trang “Chi bộ”.`,
      `Sheet “${sheet}” lacks the column “${header}”: no cross-checks with “Chi bộ”.`,
    ),
  repeatedColumn: (header: string, first: string, second: string) =>
    both(
      `Cột “${header}” có hai lần trên danh sách đảng viên (ô ${first} và ${second}): bỏ qua đối chiếu.`,
      `The column “${header}” appears twice in the roster (cells ${first} and ${second}): no cross-checks.`,
    ),
};

export const CROSS = {
  count: (what: LocalizedText, code: string, roster: number, table: number) =>
    both(
      `Danh sách đảng viên có ${roster} ${what.vi} của chi bộ ${code}, trang “Chi bộ” ghi ${table}.`,
      `The roster lists ${roster} ${what.en} for ${code}; the “Chi bộ” sheet says ${table}.`,
    ),
  unknownCode: (member: string, code: string) =>
    both(
      `Đảng viên ${member ? quoteText(member) : "(không tên)"} có mã chi bộ ${quoteText(code)}, không có trên trang “Chi bộ”.`,
      `Member ${member ? quoteText(member) : "(no name)"} has the Party cell code ${quoteText(code)}, which is not on the “Chi bộ” sheet.`,
    ),
};

/** What each cross-checked count is, as the cross-check message names it. */
export const CROSS_COUNTS = {
  members: both("đảng viên", "members"),
  members_good: both("đảng viên hoàn thành tốt nhiệm vụ trở lên", "members rated good or better"),
  members_failed: both("đảng viên không hoàn thành nhiệm vụ", "members who failed their tasks"),
  disciplined: both("đảng viên bị kỷ luật", "members disciplined"),
  new_members: both("đảng viên mới kết nạp", "members admitted"),
} as const;

/**
 * The message of a shortfall (S_SHORTFALL), made in a language when that language is first
 * read. A workbook of 10,000 Party cells has some 30,000 shortfalls; made at once, their texts in
 * both languages lived through the whole evaluation and were most of the engine's garbage
 * collection. Reads like `{ vi, en }` (and `JSON.stringify` gives exactly that); compare its
 * texts, not the object.
 */
export class ShortfallMessage implements LocalizedText {
  // Private fields (#): the texts made so far are no part of the value, deep equality ignores them.
  #vi: string | undefined;
  #en: string | undefined;

  constructor(
    private readonly title: LocalizedText,
    private readonly target: Target,
    /** The value: a number, a rating code, or a rate's part with its whole. */
    private readonly value: number | string,
    private readonly whole: number | null,
    private readonly unit: Unit,
    private readonly veto: boolean,
    private readonly below: boolean,
  ) {}

  get vi(): string {
    return (this.#vi ??= this.textIn("vi"));
  }

  get en(): string {
    return (this.#en ??= this.textIn("en"));
  }

  toJSON(): LocalizedText {
    return { vi: this.vi, en: this.en };
  }

  private textIn(lang: Lang): string {
    const { value, whole } = this;
    const shown =
      typeof value === "string"
        ? value
        : whole !== null
          ? shownRate(value, whole, lang)
          : amount(value, this.unit, lang);
    return shortfallText(lang, this.title[lang], this.target, shown, this.unit, this.veto, this.below);
  }
}

/** A rate as a shortfall message shows it: "85% (17/20)". */
function shownRate(part: number, whole: number, lang: Lang): string {
  return lang === "vi"
    ? `${formatShare(part, whole, "vi")} (${part}/${whole})`
    : `${formatShare(part, whole, "en")} (${part} of ${whole})`;
}

/** The text of a shortfall message in one language: the value against the target. */
function shortfallText(
  lang: Lang,
  title: string,
  target: Target,
  shown: string,
  unit: Unit,
  veto: boolean,
  below: boolean,
): string {
  const vi = lang === "vi";
  const suffix = veto ? (vi ? " (tiêu chí phủ quyết)" : " (veto indicator)") : "";
  if (target.op === "in") {
    const values = joinAlternatives(target.values as RatingCode[], lang);
    return vi
      ? `${title} là ${shown}, chưa đạt yêu cầu ${values}${suffix}.`
      : `${title}: ${shown}; the target is ${values}${suffix}.`;
  }
  const t = amount(target.value, unit, lang);
  switch (target.op) {
    case ">=":
      if (unit === "percent") {
        return vi
          ? `${title} là ${shown}, chưa đạt yêu cầu ${t}${suffix}.`
          : `${title}: ${shown}, below the target of ${t}${suffix}.`;
      }
      return vi
        ? `${title} là ${shown}, chưa đạt yêu cầu tối thiểu ${t}${suffix}.`
        : `${title}: ${shown}, below the minimum of ${t}${suffix}.`;
    case "<=":
      return vi
        ? `${title} là ${shown}, vượt mức tối đa ${t}${suffix}.`
        : `${title}: ${shown}, above the maximum of ${t}${suffix}.`;
    case "=":
      if (below) {
        return vi
          ? `${title} là ${shown}, chưa đạt yêu cầu ${t}${suffix}.`
          : `${title}: ${shown}, below the target of ${t}${suffix}.`;
      }
      return vi
        ? `${title} là ${shown}, yêu cầu là ${t}${suffix}.`
        : `${title}: ${shown}; the target is ${t}${suffix}.`;
  }
}
