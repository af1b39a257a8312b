/**
 * The catalogue of finding types (spec §2). Each entry is one type: its code (the key), its
 * severity, whether it blocks the whole workbook, a short title and what it means, and the
 * templates of its messages in Vietnamese and English (spec §2: Vietnamese first). The rules
 * never write text themselves: the wording of every finding the product reports lives here.
 *
 * A finding type is its entry here plus the rule that reports it (src/core/rules/): the code list
 * of the report (`RuleCode`), the marks, the report sheet and the task pane all follow from this
 * catalogue. The order of the entries is the spec's, the order findings of one cell are listed in.
 */
import type { LegacyEncoding } from "../text/legacyEncodings";
import type { ValueProblem } from "../values/readValue";
import type { Target } from "../ruleset/ruleset";
import type { Lang, LocalizedText, Severity } from "../vocabulary";
import { formatNumber, formatPercent, quoteText } from "./formatValue";
import { ShortfallMessage, type Unit } from "./shortfallMessage";

/** What every finding type is, whatever its messages. */
export interface FindingType<Code extends string = RuleCode> {
  readonly code: Code;
  readonly severity: Severity;
  /** A blocking finding makes the workbook unusable: nothing is scored or written but the report. */
  readonly blocking: boolean;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

/** A message template: what the rule knows in, both texts out. */
type MessageTemplate = (...facts: never[]) => LocalizedText;

/** An entry as written below: the type without its code (its key), and its message templates. */
interface EntrySpec<Messages> {
  readonly severity: Severity;
  readonly blocking?: boolean;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly messages: Messages;
}

/** A catalogue entry: the finding type and its message templates. */
export type FindingTypeEntry<Code extends string, Messages> = FindingType<Code> & {
  readonly messages: Messages;
};

/** The entries with their keys as codes, each message template keeping its own signature. */
function catalogue<const Specs extends Record<string, EntrySpec<Record<string, MessageTemplate>>>>(
  specs: Specs,
): { readonly [Code in keyof Specs & string]: FindingTypeEntry<Code, Specs[Code]["messages"]> } {
  const entries: Record<string, FindingTypeEntry<string, unknown>> = {};
  for (const [code, spec] of Object.entries(specs)) {
    entries[code] = {
      code,
      severity: spec.severity,
      blocking: spec.blocking ?? false,
      title: spec.title,
      description: spec.description,
      messages: spec.messages,
    };
  }
  return entries as never;
}

function both(vi: string, en: string): LocalizedText {
  return { vi, en };
}

function amount(value: number, unit: Unit, lang: Lang): string {
  return unit === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);
}

function bounds(min: number | undefined, max: number | undefined, unit: Unit, lang: Lang): string {
  const a = (n: number) => amount(n, unit, lang);
  if (min !== undefined && max !== undefined) {
    return lang === "vi" ? `từ ${a(min)} đến ${a(max)}` : `between ${a(min)} and ${a(max)}`;
  }
  if (min !== undefined) return lang === "vi" ? `từ ${a(min)} trở lên` : `at least ${a(min)}`;
  if (max !== undefined) return lang === "vi" ? `không quá ${a(max)}` : `at most ${a(max)}`;
  return "";
}

/** The sheet names a missing sheet goes by, as a message lists them. */
function otherNames(aliases: readonly string[], or: string): string {
  return aliases.length ? ` (${or} ${aliases.map((a) => `“${a}”`).join(", ")})` : "";
}

/** What each cross-checked count is, as the cross-check message names it. */
const CROSS_COUNTS = {
  members: both("đảng viên", "members"),
  members_good: both("đảng viên hoàn thành tốt nhiệm vụ trở lên", "members rated good or better"),
  members_failed: both("đảng viên không hoàn thành nhiệm vụ", "members who failed their tasks"),
  disciplined: both("đảng viên bị kỷ luật", "members disciplined"),
  new_members: both("đảng viên mới kết nạp", "members admitted"),
} as const;

/** The "Chi bộ" columns the roster is cross-checked against (E_CROSS). */
export type CrossCount = keyof typeof CROSS_COUNTS;

export const FINDING_CATALOG = catalogue({
  E_STRUCTURE: {
    severity: "error",
    blocking: true,
    title: { vi: "Sai cấu trúc bảng", en: "Table structure" },
    description: {
      vi: 'Thiếu trang "Chi bộ", thiếu một cột bắt buộc, một cột có hai lần, hoặc không có chi bộ nào dưới dòng tiêu đề: không chấm điểm được.',
      en: 'The "Chi bộ" sheet or a required column is missing, a column appears twice, or no Party cell is under the header: nothing can be scored.',
    },
    messages: {
      missingSheet: (name: string, aliases: readonly string[]) =>
        both(
          `Không tìm thấy trang “${name}”${otherNames(aliases, "hoặc")}: không chấm điểm được. Hãy dùng mẫu bảng đánh giá chính thức.`,
          `No “${name}” sheet${otherNames(aliases, "or")}: nothing can be scored. Use the official evaluation template.`,
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
      noPartyCell: (sheet: string, cell: string) =>
        both(
          `Trang “${sheet}” có dòng tiêu đề (ô ${cell}) nhưng không có chi bộ nào dưới đó: không có gì để chấm điểm. Hãy nhập số liệu các chi bộ dưới dòng tiêu đề, hoặc chọn đúng tệp đã điền.`,
          `Sheet “${sheet}” has a header (cell ${cell}) but no Party cell under it: there is nothing to score. Enter the Party cells' figures under the header, or open the filled-in file.`,
        ),
    },
  },
  E_REQUIRED: {
    severity: "error",
    title: { vi: "Thiếu số liệu", en: "Missing value" },
    description: { vi: "Ô bắt buộc để trống.", en: "A required cell is empty." },
    messages: {
      empty: (column: LocalizedText, cell: string) =>
        both(
          `Ô ${column.vi} (${cell}) còn trống: hãy nhập số liệu.`,
          `${column.en} (${cell}) is empty: enter a value.`,
        ),
    },
  },
  E_TYPE: {
    severity: "error",
    title: { vi: "Sai kiểu dữ liệu", en: "Wrong kind of value" },
    description: {
      vi: "Không phải số, không phải số nguyên, không phải mức xếp loại, hoặc ô có lỗi công thức.",
      en: "Not a number, not a whole number, not a rating, or an Excel error value.",
    },
    messages: {
      invalid: (column: LocalizedText, cell: string, shown: string, problem: ValueProblem) =>
        typeMessage(column, cell, quoteText(shown), problem),
    },
  },
  E_RANGE: {
    severity: "error",
    title: { vi: "Ngoài giới hạn", en: "Out of range" },
    description: {
      vi: "Giá trị nằm ngoài khoảng cho phép.",
      en: "The value is outside its allowed range.",
    },
    messages: {
      outside: (
        column: LocalizedText,
        cell: string,
        value: number,
        unit: Unit,
        min: number | undefined,
        max: number | undefined,
      ) =>
        both(
          `Ô ${column.vi} (${cell}) ghi ${amount(value, unit, "vi")}, ngoài giới hạn: phải ${bounds(min, max, unit, "vi")}.`,
          `${column.en} (${cell}) is ${amount(value, unit, "en")}, out of range: it must be ${bounds(min, max, unit, "en")}.`,
        ),
    },
  },
  E_DUPLICATE: {
    severity: "error",
    title: { vi: "Trùng mã chi bộ", en: "Duplicate Party cell code" },
    description: {
      vi: "Cùng một mã chi bộ ở hai dòng trở lên.",
      en: "The same Party cell code on two or more rows.",
    },
    messages: {
      repeated: (code: string, rows: readonly number[]) =>
        both(
          `Mã chi bộ ${quoteText(code)} trùng ở các dòng ${rows.join(", ")}: mỗi chi bộ một mã riêng.`,
          `Party cell code ${quoteText(code)} appears on rows ${rows.join(", ")}: each Party cell needs its own code.`,
        ),
    },
  },
  E_CONSISTENCY: {
    severity: "error",
    title: { vi: "Số liệu không khớp nhau", en: "Inconsistent figures" },
    description: {
      vi: "Các số đảng viên trong một dòng mâu thuẫn với tổng số đảng viên.",
      en: "The member counts of a row contradict its total members.",
    },
    messages: {
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
    },
  },
  E_CROSS: {
    severity: "error",
    title: { vi: "Không khớp danh sách đảng viên", en: "Disagrees with the roster" },
    description: {
      vi: 'Trang "Đảng viên" và trang "Chi bộ" ghi khác nhau.',
      en: 'The "Đảng viên" roster and the "Chi bộ" sheet disagree.',
    },
    messages: {
      count: (what: CrossCount, code: string, roster: number, table: number) =>
        both(
          `Danh sách đảng viên có ${roster} ${CROSS_COUNTS[what].vi} của chi bộ ${code}, trang “Chi bộ” ghi ${table}.`,
          `The roster lists ${roster} ${CROSS_COUNTS[what].en} for ${code}; the “Chi bộ” sheet says ${table}.`,
        ),
      unknownCode: (member: string, code: string) =>
        both(
          `Đảng viên ${member ? quoteText(member) : "(không tên)"} có mã chi bộ ${quoteText(code)}, không có trên trang “Chi bộ”.`,
          `Member ${member ? quoteText(member) : "(no name)"} has the Party cell code ${quoteText(code)}, which is not on the “Chi bộ” sheet.`,
        ),
    },
  },
  S_SHORTFALL: {
    severity: "shortfall",
    title: { vi: "Chưa đạt chỉ tiêu", en: "Target not met" },
    description: {
      vi: "Số liệu đúng nhưng chưa đạt yêu cầu.",
      en: "A valid value that misses its target.",
    },
    messages: {
      /** Made in a language when that language is first read (shortfallMessage.ts says why). */
      missed: (
        title: LocalizedText,
        target: Target,
        value: number | string,
        whole: number | null,
        unit: Unit,
        veto: boolean,
        below: boolean,
      ): LocalizedText => new ShortfallMessage(title, target, value, whole, unit, veto, below),
    },
  },
  W_NORMALIZED: {
    severity: "warning",
    title: { vi: "Đã chuẩn hóa giá trị", en: "Value normalised" },
    description: {
      vi: "Giá trị được chấp nhận sau khi chuẩn hóa (ví dụ số gõ dạng chữ, hoặc ô gộp với ô phía trên).",
      en: "A value accepted after normalisation (a number typed as text, or a cell merged with the one above, for example).",
    },
    messages: {
      read: (cell: string, raw: string | number, value: number, unit: Unit) => {
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
      },
      merged: (cell: string, from: string) =>
        both(
          `Ô ${cell} nằm trong vùng gộp ô với ${from}: giá trị của ${from} được đọc cho cả dòng này. Nếu mỗi chi bộ có số liệu riêng, hãy bỏ gộp ô và nhập số liệu từng dòng.`,
          `Cell ${cell} is merged with ${from}: its value is read for this row too. If each Party cell has figures of its own, unmerge the cells and enter each row's value.`,
        ),
    },
  },
  W_TOTAL: {
    severity: "warning",
    title: { vi: "Dòng tổng cộng sai", en: "Total row differs" },
    description: {
      vi: "Ô ở dòng tổng cộng khác tổng các chi bộ.",
      en: "A total row cell differs from the sum of the Party cells.",
    },
    messages: {
      differs: (column: LocalizedText, cell: string, shown: number | string, sum: number) => {
        const vi = typeof shown === "number" ? formatNumber(shown, "vi") : quoteText(shown);
        const en = typeof shown === "number" ? formatNumber(shown, "en") : quoteText(shown);
        return both(
          `Dòng tổng cộng, cột ${column.vi} (${cell}) ghi ${vi}, nhưng tổng các chi bộ là ${formatNumber(sum, "vi")}.`,
          `Total row, ${column.en} (${cell}): ${en}, but the Party cells add up to ${formatNumber(sum, "en")}.`,
        );
      },
    },
  },
  W_SMALL_CELL: {
    severity: "warning",
    title: { vi: "Chi bộ dưới 3 đảng viên", en: "Fewer than 3 members" },
    description: {
      vi: "Điều lệ Đảng yêu cầu chi bộ có ít nhất 3 đảng viên chính thức.",
      en: "The Party Charter asks for at least 3 official members per Party cell.",
    },
    messages: {
      fewMembers: (members: number, minimum: number) =>
        both(
          `Chi bộ chỉ có ${members} đảng viên, ít hơn ${minimum} theo Điều lệ Đảng.`,
          `The Party cell has only ${members} member${members === 1 ? "" : "s"}, fewer than the ${minimum} the Party Charter requires.`,
        ),
    },
  },
  W_INFO: {
    severity: "warning",
    title: { vi: "Thông tin chung", en: "General information" },
    description: {
      vi: 'Trang "Thông tin" thiếu hoặc chưa đủ, hoặc có hai trang cùng vai trò.',
      en: 'The "Thông tin" sheet is missing or incomplete, or two sheets have the same role.',
    },
    messages: {
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
          `Trang “${sheet}” trùng vai trò với trang “${used}”: chỉ trang “${used}” được đọc (trang đầu tiên có số liệu). Hãy xóa hoặc đổi tên trang thừa.`,
          `Sheet “${sheet}” has the same role as “${used}”: only “${used}” is read (the first with data). Delete or rename the extra sheet.`,
        ),
    },
  },
  W_ROSTER: {
    severity: "warning",
    title: { vi: "Danh sách đảng viên không đọc được", en: "Roster not readable" },
    description: {
      vi: 'Trang "Đảng viên" không có tiêu đề hoặc thiếu cột: bỏ qua đối chiếu.',
      en: 'The "Đảng viên" sheet lacks its header or a column: no cross-checks.',
    },
    messages: {
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
    },
  },
  W_LAYOUT: {
    severity: "warning",
    title: { vi: "Bố cục khác mẫu", en: "Layout differs from the template" },
    description: {
      vi: "Một chi bộ nằm dưới phần chữ ký, một bảng thứ hai dưới bảng chính, hoặc một cột của năm khác: hãy sắp xếp lại theo mẫu.",
      en: "A Party cell below the signature block, a second table under the first, or a column for another year: rearrange it as the template has it.",
    },
    messages: {
      belowSignature: (code: string | null, cell: string) =>
        both(
          `Chi bộ ${code ? `${quoteText(code)} ` : ""}(ô ${cell}) nằm dưới phần chữ ký nhưng vẫn được đọc và chấm điểm: hãy chuyển chi bộ này vào trong bảng, trên phần chữ ký.`,
          `The Party cell ${code ? `${quoteText(code)} ` : ""}(cell ${cell}) is below the signature block; it is still read and scored: move this Party cell into the table, above the signature block.`,
        ),
      secondTable: (sheet: string, cell: string) =>
        both(
          `Một bảng thứ hai bắt đầu ở ô ${cell} trên trang “${sheet}”: bảng này và mọi dòng dưới nó không được đọc. Hãy xóa bảng thứ hai hoặc chuyển nó sang một trang riêng.`,
          `A second table starts at cell ${cell} of sheet “${sheet}”: it and every row below it are not read. Delete or move the second table to a sheet of its own.`,
        ),
      otherYear: (header: string, cell: string, read: string) =>
        both(
          `Cột ${quoteText(header)} (ô ${cell}) là của năm khác và không được đọc; cột ${read} được đọc. Nếu đó là cột năm đánh giá, hãy sửa năm ở tiêu đề hoặc ở trang “Thông tin”.`,
          `The column ${quoteText(header)} (cell ${cell}) is for another year and is not read; column ${read} is read. If it is the evaluation year's column, correct the year in its header or on the “Thông tin” sheet.`,
        ),
    },
  },
  W_ENCODING: {
    severity: "warning",
    title: { vi: "Phông chữ cũ (TCVN3/VNI)", en: "Old Vietnamese encoding (TCVN3/VNI)" },
    description: {
      vi: "Trang hoặc ô được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI và đã được đọc như Unicode: nên chuyển tệp sang Unicode.",
      en: "A sheet or a cell typed in the old TCVN3 (ABC) or VNI encoding, read as Unicode: the file should be converted to Unicode.",
    },
    messages: {
      sheet: (sheet: string, encoding: LegacyEncoding, cell: string) =>
        both(
          `Trang “${sheet}” được gõ bằng bảng mã ${ENCODING_NAMES[encoding]} (từ ô ${cell}) và đã được đọc như chữ Unicode. Hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (nguồn ${ENCODING_NAMES[encoding]}, đích Unicode).`,
          `Sheet “${sheet}” is typed in the ${ENCODING_NAMES[encoding]} encoding (from cell ${cell}) and was read as Unicode. Convert the file to Unicode with Unikey's converter (source ${ENCODING_NAMES[encoding]}, target Unicode).`,
        ),
      cell: (cell: string, encoding: LegacyEncoding, typed: string, read: string) =>
        both(
          `Ô ${cell} được gõ bằng bảng mã ${ENCODING_NAMES[encoding]} (${quoteText(typed)}) và đã được đọc là ${quoteText(read)}. Hãy gõ lại ô này bằng Unicode, hoặc chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey.`,
          `Cell ${cell} is typed in the ${ENCODING_NAMES[encoding]} encoding (${quoteText(typed)}) and was read as ${quoteText(read)}. Retype it in Unicode, or convert the file to Unicode with Unikey's converter.`,
        ),
    },
  },
  W_RULESET: {
    severity: "warning",
    title: { vi: "Khác bộ tiêu chí của sổ", en: "Not the workbook's ruleset" },
    description: {
      vi: "Sổ được lập cho một bộ tiêu chí (ghi trong thuộc tính của tệp) nhưng được chấm theo bộ tiêu chí khác.",
      en: "The workbook was made for one ruleset (recorded in the file's properties) but is scored with another.",
    },
    messages: {
      otherRules: (expected: string, scoring: string) =>
        both(
          `Sổ này được lập theo bộ tiêu chí “${expected}” nhưng đang được chấm theo bộ tiêu chí “${scoring}”: điểm có thể khác với điểm cấp ủy cấp trên tính. Hãy chấm bằng bộ tiêu chí “${expected}”, hoặc hỏi cấp ủy cấp trên bộ nào đang áp dụng.`,
          `This workbook was made for the ruleset “${expected}” but is being scored with “${scoring}”: the points may differ from the committee's. Score it with “${expected}”, or ask the committee which ruleset applies.`,
        ),
      modifiedCopy: (expected: string) =>
        both(
          `Sổ này được lập theo bộ tiêu chí “${expected}”, nhưng bộ tiêu chí đang dùng cùng tên và phiên bản lại có nội dung khác (một bản đã bị sửa). Hãy chấm bằng tệp bộ tiêu chí gốc do cấp ủy cấp trên ban hành.`,
          `This workbook was made for the ruleset “${expected}”, but the ruleset in use has that id and version with other contents (a modified copy). Score it with the original ruleset file the committee issued.`,
        ),
    },
  },
});

/** The legacy encodings as a clerk knows them (Unikey's names). */
const ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI Windows",
};

/** The code of every finding type: the catalogue's keys (the report's `rule`). */
export type RuleCode = keyof typeof FINDING_CATALOG;

/** Rule codes in the spec's order (§2): the order findings of one cell are listed in. */
export const RULE_ORDER: readonly RuleCode[] = Object.keys(FINDING_CATALOG) as RuleCode[];

/** E_TYPE's message for each reason a value did not read. */
function typeMessage(
  column: LocalizedText,
  cell: string,
  q: string,
  problem: ValueProblem,
): LocalizedText {
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
        `Ô ${column.vi} (${cell}) hiện ngày tháng ${q}, không phải số. Hãy đổi định dạng ô về số (General) và nhập lại.`,
        `${column.en} (${cell}) shows the date ${q}, not a number. Format the cell as a number (General) and enter the value again.`,
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
