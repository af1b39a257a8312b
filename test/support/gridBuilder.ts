/**
 * Evaluation workbooks as WorkbookGrids, built by code in A1 terms, clean or as messy as clerks
 * make them: rows above the title, reordered columns, headers without accents or in NFD, merged
 * two-row headers, a row of column numbers in every form of the spec, subtotal and total rows,
 * section headings, empty rows, a signature block anywhere, a roster and a "Thông tin" sheet.
 *
 * Pure (no exceljs), so the engine's tests stay fast; the same ideas as test/support/xlsxFixtures.ts
 * for real .xlsx files. Every builder says where things landed (`at`), so tests assert in A1.
 *
 * The header texts, aliases and sheet names below are copied from the SPEC
 * (../shared/spec/evaluation-workbook.md §1, §4), not from the engine's catalogues: a typo in a
 * catalogue then shows up as a failing test.
 */
import {
  adr,
  columnLetter,
  toA1,
  type CellsInputKey,
  type CellValue,
  type Evaluation,
  type MergeArea,
  type OutputKey,
  type RosterKey,
  type RuleCode,
  type SheetGrid,
  type WorkbookGrid,
} from "../../src/core";

// ---------------------------------------------------------------------------------------------
// The spec's tables
// ---------------------------------------------------------------------------------------------

export interface SpecColumn<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly aliases: readonly string[];
  /** The criterion the column belongs to in the template's group header. */
  readonly criterion?: "I" | "II" | "III" | "IV";
}

/** Spec §1, "Sheet Chi bộ: columns", in the spec's order. */
export const SPEC_CELLS_COLUMNS: readonly SpecColumn<CellsInputKey>[] = [
  { key: "stt", header: "STT", aliases: ["TT", "Số TT"] },
  { key: "code", header: "Mã chi bộ", aliases: ["Mã CB"] },
  { key: "name", header: "Tên chi bộ", aliases: ["Chi bộ"] },
  { key: "members", header: "Tổng số đảng viên", aliases: ["Số đảng viên", "Tổng số ĐV"] },
  {
    key: "targets_pct",
    header: "Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành (%)",
    aliases: ["Tỷ lệ hoàn thành chỉ tiêu"],
    criterion: "I",
  },
  {
    key: "cell_rating",
    header: "Xếp loại chất lượng chi bộ",
    aliases: ["Xếp loại chi bộ", "Xếp loại"],
    criterion: "I",
  },
  {
    key: "regular_meetings",
    header: "Số buổi sinh hoạt thường kỳ",
    aliases: ["Sinh hoạt thường kỳ"],
    criterion: "II",
  },
  {
    key: "thematic_meetings",
    header: "Số buổi sinh hoạt chuyên đề",
    aliases: ["Sinh hoạt chuyên đề"],
    criterion: "II",
  },
  {
    key: "attendance_pct",
    header: "Tỷ lệ đảng viên dự sinh hoạt bình quân (%)",
    aliases: ["Tỷ lệ dự sinh hoạt"],
    criterion: "II",
  },
  {
    key: "disciplined",
    header: "Số đảng viên bị kỷ luật",
    aliases: ["Bị kỷ luật"],
    criterion: "III",
  },
  {
    key: "disunity_cases",
    header: "Số vụ việc mất đoàn kết nội bộ",
    aliases: ["Mất đoàn kết"],
    criterion: "III",
  },
  {
    key: "absent_no_reason",
    header: "Số lượt vắng sinh hoạt không lý do",
    aliases: ["Vắng không lý do"],
    criterion: "III",
  },
  {
    key: "members_good",
    header: "Số đảng viên hoàn thành tốt nhiệm vụ trở lên",
    aliases: ["ĐV HTTNV trở lên"],
    criterion: "IV",
  },
  {
    key: "members_failed",
    header: "Số đảng viên không hoàn thành nhiệm vụ",
    aliases: ["ĐV KHTNV"],
    criterion: "IV",
  },
  {
    key: "new_members",
    header: "Số đảng viên mới kết nạp",
    aliases: ["Kết nạp mới"],
    criterion: "IV",
  },
];

export const INPUT_KEYS: readonly CellsInputKey[] = SPEC_CELLS_COLUMNS.map((c) => c.key);

/** Spec §1: the required inputs (everything but STT). */
export const REQUIRED_INPUT_KEYS: readonly CellsInputKey[] = INPUT_KEYS.filter((k) => k !== "stt");

/** Spec §2: the integer columns a total row is checked for. */
export const TOTALLED_KEYS: readonly CellsInputKey[] = [
  "members",
  "disciplined",
  "disunity_cases",
  "absent_no_reason",
  "members_good",
  "members_failed",
  "new_members",
];

/** Spec §1, outputs, in the spec's order. */
export const SPEC_OUTPUT_HEADERS: Readonly<Record<OutputKey, string>> = {
  score_1: "Điểm I",
  score_2: "Điểm II",
  score_3: "Điểm III",
  score_4: "Điểm IV",
  score_total: "Tổng điểm",
  result: "Kết quả",
  failed_criteria: "Tiêu chí chưa đạt",
};
export const OUTPUT_KEY_ORDER = Object.keys(SPEC_OUTPUT_HEADERS) as OutputKey[];

/** Spec §4, the roster's columns. */
export const SPEC_ROSTER_COLUMNS: readonly SpecColumn<RosterKey>[] = [
  { key: "stt", header: "STT", aliases: ["TT", "Số TT"] },
  { key: "member_name", header: "Họ và tên", aliases: ["Họ tên", "Tên đảng viên"] },
  { key: "cell_code", header: "Mã chi bộ", aliases: ["Mã CB"] },
  {
    key: "member_rating",
    header: "Xếp loại",
    aliases: ["Xếp loại chất lượng", "Kết quả xếp loại"],
  },
  { key: "disciplined_flag", header: "Bị kỷ luật trong năm", aliases: ["Bị kỷ luật"] },
  { key: "admitted_flag", header: "Kết nạp trong năm", aliases: ["Kết nạp mới"] },
];
export const ROSTER_KEY_ORDER: readonly RosterKey[] = SPEC_ROSTER_COLUMNS.map((c) => c.key);

/** Spec §1, "Sheets": default names. */
export const SHEET = {
  info: "Thông tin",
  cells: "Chi bộ",
  roster: "Đảng viên",
  report: "Kết quả kiểm tra",
} as const;

const CRITERION_TITLES = {
  I: "Hoàn thành tốt nhiệm vụ chính trị",
  II: "Chất lượng sinh hoạt tốt",
  III: "Đoàn kết, kỷ luật tốt",
  IV: "Cán bộ, đảng viên tốt",
} as const;

function specColumn(key: CellsInputKey): SpecColumn<CellsInputKey> {
  const spec = SPEC_CELLS_COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`gridBuilder: no input column ${key}`);
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Cell values with a number format, and special rows
// ---------------------------------------------------------------------------------------------

const FORMATTED = Symbol("formatted");

/** A value with a number format, e.g. `formatted(0.92, "0%")`. */
export interface Formatted {
  readonly [FORMATTED]: true;
  readonly value: CellValue;
  readonly numberFormat: string;
}

export type Input = CellValue | Formatted;

export function formatted(value: CellValue, numberFormat: string): Formatted {
  return { [FORMATTED]: true, value, numberFormat };
}

function isFormatted(input: unknown): input is Formatted {
  return typeof input === "object" && input !== null && FORMATTED in input;
}

/** An Excel error value as the grid holds it. */
export function errorValue(code: string): CellValue {
  return { error: code };
}

/** A data row: inputs by key; output keys fill output cells; `extra` fills the extra columns. */
export type DataRow = Partial<Record<CellsInputKey | OutputKey, Input>> & {
  extra?: readonly Input[];
};

const SPECIAL = Symbol("special");

/** A row that is not a data row of the builder (the engine should not count it as data). */
export interface SpecialRow {
  readonly [SPECIAL]: "empty" | "total" | "other";
  readonly cells: Partial<Record<CellsInputKey | OutputKey, Input>>;
  /** Cells by column letter (for text outside the table's columns). */
  readonly byLetter: Readonly<Record<string, Input>>;
  /** For totals: fill the totalled columns with the sum of the data rows ("all") or of the section. */
  readonly sum?: "all" | "section" | null;
}

export type RowItem = DataRow | SpecialRow;

function isSpecial(item: RowItem): item is SpecialRow {
  return typeof item === "object" && item !== null && SPECIAL in item;
}

/** An empty row inside the data. */
export function emptyRow(): SpecialRow {
  return { [SPECIAL]: "empty", cells: {}, byLetter: {} };
}

/**
 * A total or subtotal row: `label` in the column `labelKey` (default the name column); the
 * totalled columns hold the sum of the data rows of the section (since the previous total row)
 * unless `sum` says "all" or null, and `values` overrides any cell.
 */
export function totalRowItem(
  label: string,
  options: {
    labelKey?: CellsInputKey;
    sum?: "all" | "section" | null;
    values?: Partial<Record<CellsInputKey | OutputKey, Input>>;
  } = {},
): SpecialRow {
  return {
    [SPECIAL]: "total",
    cells: { [options.labelKey ?? "name"]: label, ...(options.values ?? {}) },
    byLetter: {},
    sum: options.sum === undefined ? "section" : options.sum,
  };
}

/** Any other row (a section heading, an STT-only row, a note, a signature inside the table). */
export function otherRow(
  cells: Partial<Record<CellsInputKey | OutputKey, Input>>,
  byLetter: Readonly<Record<string, Input>> = {},
): SpecialRow {
  return { [SPECIAL]: "other", cells, byLetter };
}

// ---------------------------------------------------------------------------------------------
// A sparse sheet writer
// ---------------------------------------------------------------------------------------------

class SheetWriter {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  readonly merges: MergeArea[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, input: Input | undefined): void {
    if (input === undefined) return;
    const value = isFormatted(input) ? input.value : input;
    while (this.values.length <= row) this.values.push([]);
    const line = this.values[row];
    while (line.length <= col) line.push(null);
    line[col] = value;
    if (isFormatted(input)) this.format(row, col, input.numberFormat);
  }

  format(row: number, col: number, numberFormat: string): void {
    while (this.formats.length <= row) this.formats.push([]);
    const line = this.formats[row];
    while (line.length <= col) line.push(null);
    line[col] = numberFormat;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /** Makes sure the used range reaches `row` (a trailing empty row still exists). */
  touch(row: number): void {
    while (this.values.length <= row) this.values.push([]);
  }

  build(): SheetGrid {
    const sheet: SheetGrid = { name: this.name, values: this.values };
    return {
      ...sheet,
      ...(this.formats.length > 0 ? { numberFormats: this.formats } : {}),
      ...(this.merges.length > 0 ? { merges: this.merges } : {}),
    };
  }
}

/** A sheet from literal rows (row 1 first), with optional merges ("A1:C1") and formats by A1. */
export function sheetGrid(
  name: string,
  rows: readonly (readonly Input[])[],
  options: { merges?: readonly string[]; numberFormats?: Readonly<Record<string, string>> } = {},
): SheetGrid {
  const writer = new SheetWriter(name);
  rows.forEach((line, r) => {
    writer.touch(r);
    line.forEach((value, c) => writer.set(r, c, value));
  });
  for (const range of options.merges ?? []) {
    const [a, b = a] = range.split(":");
    const from = adr(a);
    const to = adr(b);
    writer.merge(from.row, from.col, to.row, to.col);
  }
  for (const [a1, format] of Object.entries(options.numberFormats ?? {})) {
    const { row, col } = adr(a1);
    writer.format(row, col, format);
  }
  return writer.build();
}

// ---------------------------------------------------------------------------------------------
// Header texts
// ---------------------------------------------------------------------------------------------

export type HeaderStyle = "official" | "no-accents" | "nfd" | "upper";

/** A header typed as clerks type it: without accents ("Ma chi bo"), in NFD (macOS), in capitals. */
export function styledText(text: string, style: HeaderStyle = "official"): string {
  switch (style) {
    case "official":
      return text;
    case "nfd":
      return text.normalize("NFD");
    case "upper":
      return text.toUpperCase();
    case "no-accents":
      return text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
  }
}

// ---------------------------------------------------------------------------------------------
// The "Chi bộ" workbook
// ---------------------------------------------------------------------------------------------

export type ColumnNumbers =
  | boolean
  | "brackets"
  | "numbers"
  | "letters"
  | "formula"
  | readonly Input[];

export interface InfoOptions {
  /** undefined leaves the value cell empty; the key absent uses the default. */
  organization?: Input;
  year?: Input;
  /** Label texts (default the spec's: "Đảng bộ", "Năm đánh giá"); null leaves the label out. */
  labels?: { organization?: string | null; year?: string | null };
  /** Rows above the labels (default 2: a title and an empty row). */
  rowsAbove?: number;
  sheetName?: string;
}

export type MemberRow = Partial<Record<RosterKey, Input>>;

export interface RosterOptions {
  members: readonly (MemberRow | SpecialMemberRow)[];
  /** Column order (default the spec's). */
  columns?: readonly RosterKey[];
  /** Header texts by key (default the spec's). */
  headers?: Partial<Record<RosterKey, string>>;
  /** A second header cell for a key (a column twice), after the others. */
  repeat?: RosterKey;
  /** Rows above the header (default 1: a title). */
  rowsAbove?: number;
  /** A row of column numbers under the header. */
  columnNumbers?: boolean;
  sheetName?: string;
  /** No header row at all (only members' values). */
  noHeader?: boolean;
}

/** A roster row that is not a member (a heading, a count line, a signature). */
export interface SpecialMemberRow {
  readonly [SPECIAL]: "other";
  readonly cells: Partial<Record<RosterKey, Input>>;
  readonly byLetter: Readonly<Record<string, Input>>;
}

export function otherMemberRow(
  cells: Partial<Record<RosterKey, Input>>,
  byLetter: Readonly<Record<string, Input>> = {},
): SpecialMemberRow {
  return { [SPECIAL]: "other", cells, byLetter };
}

export interface CellsWorkbookOptions {
  /** Data rows, and special rows (emptyRow(), totalRowItem(), otherRow()) in sheet order. */
  rows: readonly RowItem[];
  /** Lines inserted above the title (the first holds a note in A). */
  rowsAbove?: number;
  /** The title line above the table (default true). */
  title?: boolean;
  /** Column order (default the spec's). Leaving a key out leaves its column out. */
  columns?: readonly CellsInputKey[];
  /** How the headers are typed (default official). */
  headerText?: HeaderStyle;
  /** Header texts by key (aliases, suffixes like "(người)"), before headerText is applied. */
  headers?: Partial<Record<CellsInputKey | OutputKey, string>>;
  /** A merged group-header row above the header; identity columns merged over both rows. */
  groupHeader?: boolean;
  /** The row of column numbers under the header. */
  columnNumbers?: ColumnNumbers;
  /** Clerks' own columns after the inputs, e.g. "Ghi chú". */
  extraColumns?: readonly string[];
  /** Output columns already in the template (true: all of them), after the extra columns. */
  outputs?: boolean | readonly OutputKey[];
  /** A second header cell for a key (a column twice), placed after everything else. */
  repeat?: CellsInputKey | OutputKey;
  /** A "Tổng cộng" grand total row after the rows, with the sums of the totalled columns. */
  totalRow?:
    | boolean
    | { label?: string; labelKey?: CellsInputKey; values?: Partial<Record<CellsInputKey, Input>> };
  /** A signature block under the table (default: "Người lập biểu" in the name column). */
  signature?: boolean | { key?: CellsInputKey; letter?: string; text?: string; gap?: number };
  /** Number formats of every data cell of a column. */
  numberFormats?: Partial<Record<CellsInputKey, string>>;
  /** Percents given as numbers are stored as fractions (92 → 0.92) in a "0%" cell (as xlsxFixtures). */
  percentAsFraction?: boolean;
  /** Data indexes after which an empty row is inserted (as xlsxFixtures). */
  emptyRowsAfter?: readonly number[];
  /** "Thông tin": default present (organisation and year); null leaves the sheet out. */
  info?: InfoOptions | SheetGrid | null;
  /** "Đảng viên": default absent; a list of members is the default roster layout. */
  roster?: RosterOptions | readonly MemberRow[] | SheetGrid | null;
  /** Name of the "Chi bộ" sheet; null leaves the sheet out. */
  cellsSheetName?: string | null;
  /** Further sheets, appended in this order. */
  extraSheets?: readonly SheetGrid[];
  /** The workbook's sheet order (default: info, cells, roster, extras). */
  sheetOrder?: readonly string[];
}

export interface CellsLayout {
  sheet: string;
  /** 1-based rows. */
  titleRow: number | null;
  groupRow: number | null;
  headerRow: number;
  numberRow: number | null;
  /** 1-based rows of the builder's data rows, in order. */
  dataRows: number[];
  /** 1-based row of every item of `rows` (data and special), in order. */
  itemRows: number[];
  /** 1-based rows of total items and of the grand total row. */
  totalRows: number[];
  /** 1-based row of the grand total row added by `totalRow`, if any. */
  grandTotalRow: number | null;
  /** The same (the name xlsxFixtures uses). */
  totalRow: number | null;
  signatureRow: number | null;
  /** Column letters of a key (input, output present in the template, or extra column name). */
  column(key: CellsInputKey | OutputKey | string): string;
  /** A1 address of a key's cell in the i-th data row. */
  cell(key: CellsInputKey | OutputKey, dataIndex: number): string;
  /** A1 address of a key's header cell. */
  header(key: CellsInputKey | OutputKey): string;
  /** A1 address of a key's cell in the grand total row. */
  total(key: CellsInputKey): string;
  /** A1 address of a key's cell in the row of item i. */
  item(key: CellsInputKey | OutputKey, itemIndex: number): string;
  /** Column letter where the first new output column should go (after everything used). */
  firstFreeColumn: string;
  roster: RosterLayout | null;
  info: InfoLayoutAt | null;
}

export interface RosterLayout {
  sheet: string;
  headerRow: number;
  /** 1-based rows of member rows, in order. */
  memberRows: number[];
  itemRows: number[];
  column(key: RosterKey): string;
  member(key: RosterKey, memberIndex: number): string;
  header(key: RosterKey): string;
}

export interface InfoLayoutAt {
  sheet: string;
  organization: string | null;
  year: string | null;
}

export interface BuiltWorkbook {
  grid: WorkbookGrid;
  at: CellsLayout;
}

function columnNumberLabels(style: ColumnNumbers, count: number): Input[] {
  if (Array.isArray(style)) return [...style];
  const labels: Input[] = [];
  for (let i = 0; i < count; i++) {
    switch (style) {
      case "numbers":
        labels.push(i + 1);
        break;
      case "letters":
        labels.push(i < 3 ? "ABC"[i] : i - 2);
        break;
      case "formula":
        labels.push(i === 5 ? "(6)=(4)+(5)" : i < 2 ? `(${"AB"[i]})` : `(${i + 1})`);
        break;
      default:
        labels.push(`(${i + 1})`);
    }
  }
  return labels;
}

/** The "Chi bộ" table (and its sibling sheets) as a WorkbookGrid, with where everything landed. */
export function cellsWorkbook(options: CellsWorkbookOptions): BuiltWorkbook {
  const cellsName = options.cellsSheetName === undefined ? SHEET.cells : options.cellsSheetName;
  const keys = options.columns ?? INPUT_KEYS;
  const extras = options.extraColumns ?? [];
  const outputKeys: readonly OutputKey[] =
    options.outputs === true
      ? OUTPUT_KEY_ORDER
      : options.outputs === false || !options.outputs
        ? []
        : options.outputs;
  const letters = new Map<string, number>();
  keys.forEach((key, i) => letters.set(key, i));
  extras.forEach((name, i) => letters.set(name, keys.length + i));
  outputKeys.forEach((key, i) => letters.set(key, keys.length + extras.length + i));
  const width = keys.length + extras.length + outputKeys.length + (options.repeat ? 1 : 0);
  const colOf = (key: string): number => {
    const col = letters.get(key);
    if (col === undefined) throw new Error(`gridBuilder: column ${key} is not in this workbook`);
    return col;
  };

  const writer = new SheetWriter(cellsName ?? SHEET.cells);
  const style = options.headerText ?? "official";
  const headerOf = (key: CellsInputKey | OutputKey): string =>
    styledText(
      options.headers?.[key] ??
        (key in SPEC_OUTPUT_HEADERS
          ? SPEC_OUTPUT_HEADERS[key as OutputKey]
          : specColumn(key as CellsInputKey).header),
      style,
    );

  let row = 0;
  for (let i = 0; i < (options.rowsAbove ?? 0); i++) {
    if (i === 0) writer.set(row, 0, "Ghi chú của văn phòng: nộp trước ngày 31/12");
    writer.touch(row);
    row++;
  }
  let titleRow: number | null = null;
  if (options.title ?? true) {
    titleRow = row;
    writer.set(row, 0, "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2025");
    writer.merge(row, 0, row, Math.max(0, width - 1));
    row += 2;
    writer.touch(row - 1);
  }

  const groupRow = options.groupHeader ? row : null;
  const headerRow = options.groupHeader ? row + 1 : row;
  const allHeaderKeys: (CellsInputKey | OutputKey)[] = [...keys, ...outputKeys];
  if (groupRow !== null) {
    let i = 0;
    while (i < keys.length) {
      const criterion = specColumn(keys[i]).criterion;
      if (criterion === undefined) {
        writer.merge(groupRow, i, headerRow, i);
        writer.set(groupRow, i, headerOf(keys[i]));
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < keys.length && specColumn(keys[end + 1]).criterion === criterion) end++;
      if (end > i) writer.merge(groupRow, i, groupRow, end);
      writer.set(groupRow, i, styledText(`${criterion}. ${CRITERION_TITLES[criterion]}`, style));
      i = end + 1;
    }
    extras.forEach((name, j) => {
      const col = keys.length + j;
      writer.merge(groupRow, col, headerRow, col);
      writer.set(groupRow, col, name);
    });
    if (outputKeys.length > 0) {
      const first = keys.length + extras.length;
      if (outputKeys.length > 1)
        writer.merge(groupRow, first, groupRow, first + outputKeys.length - 1);
      writer.set(groupRow, first, "KẾT QUẢ CHẤM ĐIỂM");
    }
  }
  allHeaderKeys.forEach((key) => {
    const col = colOf(key);
    const vertical =
      groupRow !== null &&
      (key in SPEC_OUTPUT_HEADERS
        ? false
        : specColumn(key as CellsInputKey).criterion === undefined);
    if (!vertical) writer.set(headerRow, col, headerOf(key));
  });
  if (groupRow === null) extras.forEach((name, j) => writer.set(headerRow, keys.length + j, name));
  if (options.repeat) writer.set(headerRow, width - 1, headerOf(options.repeat));

  row = headerRow + 1;
  let numberRow: number | null = null;
  if (options.columnNumbers) {
    numberRow = row;
    const labels = columnNumberLabels(
      options.columnNumbers,
      keys.length + extras.length + outputKeys.length,
    );
    labels.forEach((label, col) => writer.set(row, col, label));
    row++;
  }

  const dataRows: number[] = [];
  const itemRows: number[] = [];
  const totalRows: number[] = [];
  const dataItems: DataRow[] = [];
  let sectionStart = 0;
  const sumOf = (key: CellsInputKey, from: number): number =>
    dataItems.slice(from).reduce((sum, item) => {
      const input = item[key];
      const value = isFormatted(input) ? input.value : input;
      return sum + (typeof value === "number" ? value : 0);
    }, 0);
  const writeCells = (at: number, cells: Partial<Record<string, Input>>): void => {
    for (const [key, value] of Object.entries(cells)) {
      if (key === "extra") continue;
      if (!letters.has(key)) continue;
      writer.set(at, colOf(key), value as Input);
    }
  };
  const percentKeys = new Set<string>(["targets_pct", "attendance_pct"]);
  const items: RowItem[] = [];
  let dataIndex = 0;
  for (const original of options.rows) {
    let item = original;
    if (!isSpecial(item) && options.percentAsFraction) {
      const converted: DataRow = { ...item };
      for (const key of percentKeys) {
        const value = converted[key as CellsInputKey];
        if (typeof value === "number")
          converted[key as CellsInputKey] = formatted(value / 100, "0%");
      }
      item = converted;
    }
    items.push(item);
    if (!isSpecial(item)) {
      if (options.emptyRowsAfter?.includes(dataIndex)) items.push(emptyRow());
      dataIndex++;
    }
  }
  for (const item of items) {
    itemRows.push(row + 1);
    writer.touch(row);
    if (isSpecial(item)) {
      if (item[SPECIAL] === "total") {
        totalRows.push(row + 1);
        if (item.sum) {
          const from = item.sum === "all" ? 0 : sectionStart;
          for (const key of TOTALLED_KEYS)
            if (letters.has(key)) writer.set(row, colOf(key), sumOf(key, from));
        }
        sectionStart = dataItems.length;
      }
      writeCells(row, item.cells);
      for (const [letter, value] of Object.entries(item.byLetter))
        writer.set(row, adr(`${letter}1`).col, value);
    } else {
      dataRows.push(row + 1);
      dataItems.push(item);
      for (const [key, format] of Object.entries(options.numberFormats ?? {})) {
        if (letters.has(key) && format) writer.format(row, colOf(key), format);
      }
      writeCells(row, item as Partial<Record<string, Input>>);
      (item.extra ?? []).forEach((value, j) => writer.set(row, keys.length + j, value));
    }
    row++;
  }

  let grandTotalRow: number | null = null;
  if (options.totalRow) {
    const total = options.totalRow === true ? {} : options.totalRow;
    grandTotalRow = row + 1;
    totalRows.push(row + 1);
    for (const key of TOTALLED_KEYS)
      if (letters.has(key)) writer.set(row, colOf(key), sumOf(key, 0));
    const labelKey = total.labelKey ?? (letters.has("name") ? "name" : keys[0]);
    writer.set(row, colOf(labelKey), total.label ?? "Tổng cộng");
    writeCells(row, total.values ?? {});
    row++;
  }
  const lastTableRow = row - 1;

  let signatureRow: number | null = null;
  if (options.signature) {
    const sig = options.signature === true ? {} : options.signature;
    row += sig.gap ?? 1;
    signatureRow = row + 1;
    const col =
      sig.letter !== undefined
        ? adr(`${sig.letter}1`).col
        : letters.has(sig.key ?? "name")
          ? colOf(sig.key ?? "name")
          : 1;
    writer.set(row, col, sig.text ?? "Người lập biểu");
    const right = Math.max(col + 1, width - 3);
    writer.set(row, right, "T/M BAN THƯỜNG VỤ");
    writer.set(row + 1, right, "BÍ THƯ");
    writer.set(row + 4, right, "Nguyễn Văn Bí");
  }

  const sheets: SheetGrid[] = [];
  let info: InfoLayoutAt | null = null;
  if (options.info !== null) {
    if (options.info && "values" in options.info) {
      sheets.push(options.info);
      info = { sheet: options.info.name, organization: null, year: null };
    } else {
      const built = infoSheet(options.info ?? {});
      sheets.push(built.sheet);
      info = built.at;
    }
  }
  const cellsSheet = writer.build();
  if (cellsName !== null) sheets.push(cellsSheet);
  let roster: RosterLayout | null = null;
  const rosterOption = options.roster;
  if (rosterOption) {
    if (!Array.isArray(rosterOption) && "values" in rosterOption)
      sheets.push(rosterOption as SheetGrid);
    else {
      const built = rosterSheet(
        Array.isArray(rosterOption)
          ? { members: rosterOption as readonly MemberRow[] }
          : (rosterOption as RosterOptions),
      );
      sheets.push(built.sheet);
      roster = built.at;
    }
  }
  sheets.push(...(options.extraSheets ?? []));
  const sheetNames = options.sheetOrder ?? sheets.map((s) => s.name);

  // Where new output columns should start: after everything the header and table rows hold.
  let lastUsed = width - 1;
  for (let r = headerRow; r <= lastTableRow; r++) {
    const line = cellsSheet.values[r] ?? [];
    for (let c = line.length - 1; c > lastUsed; c--) {
      const v = line[c];
      if (v !== null && !(typeof v === "string" && v.trim() === "")) {
        lastUsed = c;
        break;
      }
    }
  }

  const at: CellsLayout = {
    sheet: cellsSheet.name,
    titleRow: titleRow === null ? null : titleRow + 1,
    groupRow: groupRow === null ? null : groupRow + 1,
    headerRow: headerRow + 1,
    numberRow: numberRow === null ? null : numberRow + 1,
    dataRows,
    itemRows,
    totalRows,
    grandTotalRow,
    totalRow: grandTotalRow,
    signatureRow,
    column: (key) => columnLetter(colOf(key)),
    cell: (key, i) => {
      if (dataRows[i] === undefined) throw new Error(`gridBuilder: no data row ${i}`);
      return `${columnLetter(colOf(key))}${dataRows[i]}`;
    },
    header: (key) => `${columnLetter(colOf(key))}${headerRow + 1}`,
    total: (key) => {
      if (grandTotalRow === null) throw new Error("gridBuilder: no grand total row");
      return `${columnLetter(colOf(key))}${grandTotalRow}`;
    },
    item: (key, i) => `${columnLetter(colOf(key))}${itemRows[i]}`,
    firstFreeColumn: columnLetter(lastUsed + 1),
    roster,
    info,
  };
  return { grid: { sheetNames, sheets }, at };
}

/** The "Thông tin" sheet: a title, then "Đảng bộ" and "Năm đánh giá" in A with values in B. */
export function infoSheet(options: InfoOptions = {}): { sheet: SheetGrid; at: InfoLayoutAt } {
  const writer = new SheetWriter(options.sheetName ?? SHEET.info);
  const above = options.rowsAbove ?? 2;
  if (above > 0) writer.set(0, 0, "THÔNG TIN CHUNG");
  writer.touch(above);
  let row = above;
  const at: InfoLayoutAt = {
    sheet: options.sheetName ?? SHEET.info,
    organization: null,
    year: null,
  };
  const organizationLabel =
    options.labels?.organization === undefined ? "Đảng bộ" : options.labels.organization;
  const yearLabel = options.labels?.year === undefined ? "Năm đánh giá" : options.labels.year;
  if (organizationLabel !== null) {
    writer.set(row, 0, organizationLabel);
    writer.set(
      row,
      1,
      "organization" in options ? (options.organization ?? null) : "Đảng bộ xã Thử Nghiệm",
    );
    at.organization = toA1(row, 1);
    row++;
  }
  if (yearLabel !== null) {
    writer.set(row, 0, yearLabel);
    writer.set(row, 1, "year" in options ? (options.year ?? null) : 2025);
    at.year = toA1(row, 1);
    row++;
  }
  writer.touch(row);
  return { sheet: writer.build(), at };
}

/** The "Đảng viên" roster: a title, the header, then one row per member. */
export function rosterSheet(options: RosterOptions): { sheet: SheetGrid; at: RosterLayout } {
  const name = options.sheetName ?? SHEET.roster;
  const writer = new SheetWriter(name);
  const keys = options.columns ?? ROSTER_KEY_ORDER;
  const colOf = (key: RosterKey): number => {
    const col = keys.indexOf(key);
    if (col < 0) throw new Error(`gridBuilder: roster column ${key} is not in this roster`);
    return col;
  };
  const above = options.rowsAbove ?? 1;
  if (above > 0) writer.set(0, 0, "DANH SÁCH ĐẢNG VIÊN");
  writer.touch(Math.max(0, above - 1));
  const headerRow = above;
  if (!options.noHeader) {
    keys.forEach((key, col) => {
      const spec = SPEC_ROSTER_COLUMNS.find((c) => c.key === key);
      writer.set(headerRow, col, options.headers?.[key] ?? spec?.header ?? key);
    });
    if (options.repeat) {
      const spec = SPEC_ROSTER_COLUMNS.find((c) => c.key === options.repeat);
      writer.set(
        headerRow,
        keys.length,
        options.headers?.[options.repeat] ?? spec?.header ?? options.repeat,
      );
    }
  }
  writer.touch(headerRow);
  let row = headerRow + 1;
  if (options.columnNumbers) {
    keys.forEach((_, col) => writer.set(row, col, `(${col + 1})`));
    row++;
  }
  const memberRows: number[] = [];
  const itemRows: number[] = [];
  for (const item of options.members) {
    itemRows.push(row + 1);
    writer.touch(row);
    const cells = SPECIAL in item ? (item as SpecialMemberRow).cells : (item as MemberRow);
    for (const [key, value] of Object.entries(cells)) {
      if (keys.includes(key as RosterKey)) writer.set(row, colOf(key as RosterKey), value as Input);
    }
    if (SPECIAL in item) {
      for (const [letter, value] of Object.entries((item as SpecialMemberRow).byLetter)) {
        writer.set(row, adr(`${letter}1`).col, value);
      }
    } else memberRows.push(row + 1);
    row++;
  }
  const at: RosterLayout = {
    sheet: name,
    headerRow: headerRow + 1,
    memberRows,
    itemRows,
    column: (key) => columnLetter(colOf(key)),
    member: (key, i) => {
      if (memberRows[i] === undefined) throw new Error(`gridBuilder: no member ${i}`);
      return `${columnLetter(colOf(key))}${memberRows[i]}`;
    },
    header: (key) => `${columnLetter(colOf(key))}${headerRow + 1}`,
  };
  return { sheet: writer.build(), at };
}

// ---------------------------------------------------------------------------------------------
// Rows that score in a known way
// ---------------------------------------------------------------------------------------------

/**
 * A Party cell that is "Đạt 4 tốt" with full marks (spec §3: I 15+10, II 10+7+8, III 10+8+7,
 * IV 12+5+8 → 25 each, 100 in all) and no finding at all; override what a test needs.
 */
export function fourGoodRow(
  code: string,
  name = `Chi bộ ${code}`,
  overrides: DataRow = {},
): DataRow {
  return {
    stt: null,
    code,
    name,
    members: 30,
    targets_pct: 100,
    cell_rating: "HTXSNV",
    regular_meetings: 12,
    thematic_meetings: 4,
    attendance_pct: 96,
    disciplined: 0,
    disunity_cases: 0,
    absent_no_reason: 0,
    members_good: 28,
    members_failed: 0,
    new_members: 1,
    ...overrides,
  };
}

/** The value of an input as a number, or 0. */
function numberOf(input: Input | undefined): number {
  const value = isFormatted(input) ? input.value : input;
  return typeof value === "number" ? value : 0;
}

/**
 * Members of a Party cell that agree with its row on every cross-check of spec §4: `members` rows;
 * the first `members_good` rated HTTNV/HTXSNV, the last `members_failed` KHTNV, the rest HTNV;
 * the last `disciplined` flagged "x"; the first `new_members` admitted "x".
 */
export function rosterFor(code: Input, row: DataRow = fourGoodRow(String(code))): MemberRow[] {
  const members = numberOf(row.members);
  const good = numberOf(row.members_good);
  const failed = numberOf(row.members_failed);
  const disciplined = numberOf(row.disciplined);
  const admitted = numberOf(row.new_members);
  return Array.from({ length: members }, (_, i) => ({
    stt: i + 1,
    member_name: `Đảng viên ${String(code)}-${i + 1}`,
    cell_code: code,
    member_rating:
      i < good ? (i % 5 === 0 ? "HTXSNV" : "HTTNV") : i < members - failed ? "HTNV" : "KHTNV",
    disciplined_flag: i >= members - disciplined ? "x" : null,
    admitted_flag: i < admitted ? "x" : null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Editing a grid (immutably) and reading findings
// ---------------------------------------------------------------------------------------------

/** A copy of the grid with one cell of one sheet changed (value and, optionally, number format). */
export function withCell(
  grid: WorkbookGrid,
  sheet: string,
  a1: string,
  input: Input,
): WorkbookGrid {
  const { row, col } = adr(a1);
  return {
    sheetNames: grid.sheetNames,
    sheets: grid.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((line) => [...(line ?? [])]);
      while (values.length <= row) values.push([]);
      while (values[row].length <= col) values[row].push(null);
      values[row][col] = isFormatted(input) ? input.value : input;
      let numberFormats = s.numberFormats?.map((line) => [...(line ?? [])]);
      if (isFormatted(input)) {
        numberFormats = numberFormats ?? [];
        while (numberFormats.length <= row) numberFormats.push([]);
        while (numberFormats[row].length <= col) numberFormats[row].push(null);
        numberFormats[row][col] = input.numberFormat;
      }
      return { ...s, values, ...(numberFormats ? { numberFormats } : {}) };
    }),
  };
}

/** A copy of the grid with one cell's number format changed, its value kept. */
export function withFormat(
  grid: WorkbookGrid,
  sheet: string,
  a1: string,
  numberFormat: string,
): WorkbookGrid {
  const s = grid.sheets.find((candidate) => candidate.name === sheet);
  if (!s) throw new Error(`gridBuilder: no sheet ${sheet}`);
  const { row, col } = adr(a1);
  return withCell(grid, sheet, a1, formatted(s.values[row]?.[col] ?? null, numberFormat));
}

/** The value of a cell of a grid. */
export function valueOf(grid: WorkbookGrid, sheet: string, a1: string): CellValue {
  const s = grid.sheets.find((candidate) => candidate.name === sheet);
  const { row, col } = adr(a1);
  return s?.values[row]?.[col] ?? null;
}

export type FindingPair = [RuleCode, string];

function a1Key(a1: string): [number, number] {
  const { row, col } = adr(a1);
  return [row, col];
}

/** Sorted by row, column, then rule, so lists compare whatever order the engine reports in. */
export function sortPairs(pairs: readonly FindingPair[]): FindingPair[] {
  const sheetOf = (cell: string): string =>
    cell.includes("!") ? cell.slice(0, cell.lastIndexOf("!")) : "";
  return [...pairs].sort((a, b) => {
    const [ra, ca] = a1Key(a[1].slice(a[1].lastIndexOf("!") + 1));
    const [rb, cb] = a1Key(b[1].slice(b[1].lastIndexOf("!") + 1));
    return (
      sheetOf(a[1]).localeCompare(sheetOf(b[1])) || ra - rb || ca - cb || a[0].localeCompare(b[0])
    );
  });
}

/**
 * [rule, cell] of the findings whose rule is one of `codes`, on `sheet` (default "Chi bộ"; null:
 * every sheet, cells then written "Sheet!A1"), sorted.
 */
export function findingPairs(
  evaluation: Evaluation,
  codes: readonly RuleCode[] | null = null,
  sheet: string | null = SHEET.cells,
): FindingPair[] {
  return sortPairs(
    evaluation.report.findings
      .filter((f) => codes === null || codes.includes(f.rule))
      .filter((f) => sheet === null || f.sheet === sheet)
      .map((f): FindingPair => [f.rule, sheet === null ? `${f.sheet}!${f.cell}` : f.cell]),
  );
}

/** Expected pairs, sorted the same way as findingPairs. */
export function pairs(...list: FindingPair[]): FindingPair[] {
  return sortPairs(list);
}

/** Every rule code the engine reported, with counts: { E_TYPE: 2, W_NORMALIZED: 1 }. */
export function ruleCounts(evaluation: Evaluation): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of evaluation.report.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}

/** A copy of the grid with `count` empty columns inserted at the left of a sheet (cells, formats, merges move right). */
export function withColumnsInsertedLeft(
  grid: WorkbookGrid,
  sheet: string,
  count: number,
): WorkbookGrid {
  const pad = <T>(line: readonly T[] | undefined, fill: T): T[] => [
    ...Array<T>(count).fill(fill),
    ...(line ?? []),
  ];
  return {
    sheetNames: grid.sheetNames,
    sheets: grid.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            values: s.values.map((line) => pad<CellValue>(line, null)),
            ...(s.numberFormats
              ? { numberFormats: s.numberFormats.map((line) => pad<string | null>(line, null)) }
              : {}),
            ...(s.merges
              ? {
                  merges: s.merges.map((m) => ({
                    ...m,
                    left: m.left + count,
                    right: m.right + count,
                  })),
                }
              : {}),
          },
    ),
  };
}

/** An A1 address or column letters moved `count` columns right: shiftA1("D4", 2) → "F4". */
export function shiftA1(a1: string, count: number): string {
  const m = /^([A-Z]+)([0-9]*)$/.exec(a1);
  if (!m) throw new Error(`gridBuilder: not A1: ${a1}`);
  return `${columnLetter(adr(`${m[1]}1`).col + count)}${m[2]}`;
}

/** The grid of one sheet of a workbook grid. */
export function sheetNamed(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`gridBuilder: no sheet ${name}`);
  return sheet;
}

/**
 * A copy of the grid with merged areas added to a sheet ("B7:B9"), as Excel keeps them: the
 * top-left cell keeps its value, every other cell of the area is emptied (Office.js gives "").
 */
export function withMerges(
  grid: WorkbookGrid,
  sheet: string,
  ranges: readonly string[],
): WorkbookGrid {
  return {
    sheetNames: grid.sheetNames,
    sheets: grid.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((line) => [...(line ?? [])]);
      const merges: MergeArea[] = [...(s.merges ?? [])];
      for (const range of ranges) {
        const [a, b = a] = range.split(":");
        const from = adr(a);
        const to = adr(b);
        merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
        for (let r = from.row; r <= to.row; r++) {
          for (let c = from.col; c <= to.col; c++) {
            if (r === from.row && c === from.col) continue;
            while (values.length <= r) values.push([]);
            while (values[r].length <= c) values[r].push(null);
            values[r][c] = null;
          }
        }
      }
      return { ...s, values, merges };
    }),
  };
}

/** A copy of the grid with the texts of one sheet (name kept) passed through `map` (e.g. encodeTcvn3). */
export function withTexts(
  grid: WorkbookGrid,
  sheet: string,
  map: (text: string) => string,
): WorkbookGrid {
  return {
    sheetNames: grid.sheetNames,
    sheets: grid.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            values: s.values.map((line) =>
              (line ?? []).map((v) => (typeof v === "string" ? map(v) : v)),
            ),
          },
    ),
  };
}

/** A copy of the grid with one sheet renamed (in `sheetNames` too). */
export function withSheetName(grid: WorkbookGrid, from: string, to: string): WorkbookGrid {
  return {
    sheetNames: grid.sheetNames.map((name) => (name === from ? to : name)),
    sheets: grid.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)),
  };
}
