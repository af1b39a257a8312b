/**
 * Structured evaluation workbooks for property tests: a model of what a clerk fills (an optional
 * "Thông tin" sheet; "Chi bộ" with rows above the table, a title, a merged two-row header in any
 * column order and spelling, users' own columns, old output columns, a row of column numbers, data
 * rows of valid and broken values, empty rows and section headings, a total row and a signature
 * block; an optional roster; a previous report sheet and a hidden sheet), rendered into the
 * WorkbookGrid an edge would give the engine, with where every cell landed.
 *
 * Mutations work on the model (reordering columns, inserting rows above, changing one input) or
 * on the rendered grid (formatting, merges, output cells), so a test can compare the engine's
 * answers before and after.
 *
 * Texts the model generates never start with a total-row or signature keyword: whether a row
 * without a code is a total row depends, by the spec, on its first text cell, i.e. on the column
 * order; such rows are left to the arbitrary grids of gridArbitraries.ts.
 */
import fc from "fast-check";
import {
  CELLS_COLUMNS,
  DEFAULT_RULESET,
  INFO_FIELDS,
  normalizeText,
  OUTPUT_COLUMNS,
  RATING_CODES,
  RATING_WORDS,
  ROSTER_COLUMNS,
  SHEET_ROLES,
  type CellsInputKey,
  type CellValue,
  type MergeArea,
  type RatingCode,
  type RosterKey,
  type SheetGrid,
  type WorkbookGrid,
} from "../../src/core";
import { EXCEL_ERRORS, FORMULA_LIKE, spellingsOf } from "./gridArbitraries";

export type ColumnType = (typeof CELLS_COLUMNS)[number]["type"];

const SPEC = new Map(CELLS_COLUMNS.map((c) => [c.key, c]));
export const INPUT_KEYS: readonly CellsInputKey[] = CELLS_COLUMNS.map((c) => c.key);
export const REQUIRED_KEYS: readonly CellsInputKey[] = CELLS_COLUMNS.filter((c) => c.required).map(
  (c) => c.key,
);
export const ROSTER_KEYS: readonly RosterKey[] = ROSTER_COLUMNS.map((c) => c.key);

export function typeOf(key: CellsInputKey): ColumnType {
  const spec = SPEC.get(key);
  if (!spec) throw new Error(`no column ${key}`);
  return spec.type;
}

export function sheetNameOf(role: "info" | "cells" | "roster" | "report"): string {
  const spec = SHEET_ROLES.find((r) => r.role === role);
  if (!spec) throw new Error(`no role ${role}`);
  return spec.name;
}

const KEYWORDS = [
  "Tổng cộng",
  "Tổng số",
  "Tổng",
  "Cộng",
  "Người lập biểu",
  "T/M",
  "Bí thư",
  "Xác nhận",
].map(normalizeText);

/** True when a text starts like a total row or a signature block would. */
export function startsWithKeyword(text: string): boolean {
  const normalized = normalizeText(text);
  return KEYWORDS.some((k) => normalized.startsWith(k));
}

const safeText = (arb: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  arb.filter((t) => !startsWithKeyword(t));

// ---------------------------------------------------------------------------------------------
// The model

export interface InputCell {
  value: CellValue;
  /** Number format of the cell; undefined is General. */
  format?: string;
}

export interface DataRow {
  kind: "data";
  inputs: Partial<Record<CellsInputKey, InputCell>>;
  /** Values of the users' own columns, by user column index. */
  notes: CellValue[];
  /** Values of the old output columns (when the sheet has them), in OUTPUT_COLUMNS order. */
  outputs: CellValue[];
}

export type CellsRow = DataRow | { kind: "empty" } | { kind: "section"; text: string };

export interface UserColumn {
  /** Placed before the input column of this index (inputs.length: after the last input). */
  before: number;
  header: string;
}

export interface CellsModel {
  sheetName: string;
  /** Rows inserted above the title: null for an empty row, or a note in column A. */
  rowsAbove: (string | null)[];
  groupHeader: boolean;
  /** The input columns in sheet order (every required column, STT maybe). */
  columns: CellsInputKey[];
  /** How each column's header is spelt. */
  headers: Partial<Record<CellsInputKey, string>>;
  userColumns: UserColumn[];
  /** The output columns of an earlier scoring are already there, with values. */
  outputColumns: boolean;
  numberRow: boolean;
  rows: CellsRow[];
  total: boolean;
  signature: boolean;
}

export interface Member {
  values: Partial<Record<RosterKey, CellValue>>;
}

export interface RosterModel {
  columns: RosterKey[];
  headers: Partial<Record<RosterKey, string>>;
  members: Member[];
}

export interface EvaluationModel {
  info: { organization: CellValue; year: CellValue } | null;
  cells: CellsModel;
  roster: RosterModel | null;
  /** A report sheet of an earlier scoring (never read by the engine). */
  reportSheet: CellValue[][] | null;
  /** A hidden sheet of lists, as templates have. */
  hiddenSheet: boolean;
}

// ---------------------------------------------------------------------------------------------
// Values by column type: mostly valid, sometimes as clerks break them

const codePool = fc.constantFrom(
  "CB01",
  "CB02",
  "CB03",
  "CB04",
  "CB05",
  "CB06",
  "CB07",
  "CB08",
  "cb01 ",
  "CB\u00a009",
);

export const codeArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: codePool, weight: 8 },
  { arbitrary: fc.integer({ min: 1, max: 30 }), weight: 2 },
  {
    arbitrary: fc.constantFrom("=CB01", "+CB02", "-CB03", "@CB04", "'CB05", "Mã 'A' [1]"),
    weight: 2,
  },
  { arbitrary: fc.constantFrom("Đ01".normalize("NFD"), "Đ01"), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constantFrom<CellValue>({ error: "#REF!" }, true), weight: 1 },
);

const NAMES = [
  "Chi bộ thôn Bắc",
  "Chi bộ thôn Nam",
  "Chi bộ Trường THCS",
  "Chi bộ Khối cơ quan",
  "Chi bộ tổ dân phố 7",
  "Chi bộ thôn Đông",
  "Chi bộ Quân sự",
];

export const nameArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 6 },
  { arbitrary: fc.constantFrom(...NAMES).map((n) => n.normalize("NFD")), weight: 2 },
  { arbitrary: fc.constantFrom(...NAMES).map((n) => ` ${n.replace(/ /g, "\u00a0")}  `), weight: 1 },
  { arbitrary: safeText(fc.constantFrom(...FORMULA_LIKE)), weight: 2 },
  { arbitrary: safeText(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 })), weight: 1 },
  { arbitrary: fc.constant("Chi bộ " + "rất dài ".repeat(60)), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 99 }), weight: 1 },
);

function integerArb(min: number, max: number, clean: boolean): fc.Arbitrary<InputCell> {
  const n = fc.integer({ min, max });
  const valid = fc.oneof(
    { arbitrary: n.map((value) => ({ value })), weight: 12 },
    { arbitrary: n.map((v) => ({ value: ` ${v} ` })), weight: 1 },
    { arbitrary: n.map((v) => ({ value: String(v) })), weight: 1 },
    { arbitrary: n.map((value) => ({ value, format: "0" })), weight: 1 },
  );
  if (clean) return valid;
  return fc.oneof(
    { arbitrary: valid, weight: 8 },
    // broken: out of range, fractions, words, dates, errors, booleans, empty
    { arbitrary: fc.constantFrom(min - 1, max + 1, 13).map((value) => ({ value })), weight: 1 },
    {
      arbitrary: fc.constantFrom<InputCell>(
        { value: 1.5 },
        { value: "12.0" },
        { value: "mười hai" },
        { value: 45669, format: "dd/mm/yyyy" },
        { value: { error: "#DIV/0!" } },
        { value: { error: "#N/A" } },
        { value: true },
        { value: null },
        { value: "\u00a0" },
      ),
      weight: 1,
    },
  );
}

function validPercentArb(max: number): fc.Arbitrary<InputCell> {
  const percentPoints = fc.oneof(
    { arbitrary: fc.integer({ min: 85, max }), weight: 4 },
    { arbitrary: fc.integer({ min: Math.min(100, max - 5), max }), weight: 4 },
    { arbitrary: fc.constantFrom(0, 57, 85, 89.99, 90, 92.5, 95, 100), weight: 2 },
  );
  return fc.oneof(
    { arbitrary: percentPoints.map((value) => ({ value })), weight: 6 },
    { arbitrary: percentPoints.map((p) => ({ value: p / 100, format: "0%" })), weight: 4 },
    { arbitrary: percentPoints.map((p) => ({ value: p / 100, format: "0.00%" })), weight: 1 },
    {
      arbitrary: percentPoints.map((p) => ({ value: `${String(p).replace(".", ",")}%` })),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom<InputCell>({ value: 0.92 }, { value: "0,92" }, { value: "92.5" }),
      weight: 1,
    },
  );
}

export function percentArb(clean: boolean, max: number): fc.Arbitrary<InputCell> {
  if (clean) return validPercentArb(max);
  return fc.oneof(
    { arbitrary: validPercentArb(max + 10), weight: 6 },
    {
      arbitrary: fc.constantFrom<InputCell>(
        { value: 250 },
        { value: -5 },
        { value: "1.000,5" },
        { value: "chín mươi" },
        { value: { error: "#VALUE!" } },
        { value: 45669, format: "d/m/yyyy" },
        { value: null },
        { value: false },
      ),
      weight: 1,
    },
  );
}

const ratingWordArb = fc
  .constantFrom(...RATING_CODES)
  .chain((code) =>
    fc.constantFrom(
      code,
      RATING_WORDS[code],
      RATING_WORDS[code].normalize("NFD"),
      code.toLowerCase(),
      ` ${code}\u00a0`,
    ),
  );

export function ratingArb(clean: boolean): fc.Arbitrary<InputCell> {
  const valid = ratingWordArb.map((value): InputCell => ({ value }));
  if (clean) return valid;
  return fc.oneof(
    { arbitrary: valid, weight: 10 },
    {
      arbitrary: fc.constantFrom<InputCell>(
        { value: "HTTVN" },
        { value: "Tốt" },
        { value: 1 },
        { value: null },
        { value: { error: "#N/A" } },
      ),
      weight: 1,
    },
  );
}

export function inputCellArb(
  key: CellsInputKey,
  row: number,
  clean = false,
): fc.Arbitrary<InputCell> {
  const spec = SPEC.get(key);
  if (!spec) throw new Error(`no column ${key}`);
  switch (key) {
    case "stt":
      return fc.oneof(
        { arbitrary: fc.constant<InputCell>({ value: row + 1 }), weight: 5 },
        {
          arbitrary: fc.constantFrom<InputCell>({ value: null }, { value: `${row + 1}.` }),
          weight: 1,
        },
      );
    case "code":
      return (
        clean
          ? fc.constantFrom(
              `CB${String(row + 1).padStart(2, "0")}`,
              `cb${String(row + 1).padStart(2, "0")}`.normalize("NFD"),
              row + 1,
            )
          : codeArb
      ).map((value) => ({ value }));
    case "name":
      return (clean ? fc.constantFrom(...NAMES) : nameArb).map((value) => ({ value }));
    case "members":
      return integerArb(3, 40, clean);
    case "members_good":
      return integerArb(0, 40, clean);
    case "members_failed":
    case "disciplined":
    case "disunity_cases":
      return clean
        ? fc.oneof(
            { arbitrary: integerArb(0, 0, true), weight: 4 },
            { arbitrary: integerArb(1, 2, true), weight: 1 },
          )
        : integerArb(0, 3, false);
    case "absent_no_reason":
      return clean
        ? fc.oneof(
            { arbitrary: integerArb(0, 0, true), weight: 4 },
            { arbitrary: integerArb(1, 3, true), weight: 1 },
          )
        : integerArb(0, 3, false);
    case "thematic_meetings":
      return clean
        ? fc.oneof(
            { arbitrary: integerArb(4, 6, true), weight: 4 },
            { arbitrary: integerArb(2, 3, true), weight: 1 },
          )
        : integerArb(0, 6, false);
    case "cell_rating":
      return clean
        ? fc.oneof(
            {
              arbitrary: ratingArb(true).filter((c) =>
                ["HTXSNV", "HTTNV"].includes(ratingOf(c.value) ?? ""),
              ),
              weight: 4,
            },
            { arbitrary: ratingArb(true), weight: 1 },
          )
        : ratingArb(false);
    case "regular_meetings":
      return clean
        ? fc.oneof(
            { arbitrary: integerArb(12, 12, true), weight: 4 },
            { arbitrary: integerArb(9, 11, true), weight: 1 },
          )
        : integerArb(0, 12, false);
  }
  if (spec.type === "percent") return percentArb(clean, Math.min(spec.max ?? 100, 110));
  if (spec.type === "rating") return ratingArb(clean);
  return integerArb(spec.min ?? 0, Math.min(spec.max ?? 4, 12), clean);
}

const noteArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      "Ghi chú",
      "Đã nộp muộn",
      "=xem lại",
      "+ bổ sung",
      "@Lan",
      "O'Brien [2]",
    ),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 0, max: 9 }), weight: 1 },
);

const outputValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom("Đạt 4 tốt", "Chưa đạt", "Lỗi dữ liệu", "II, IV", null, "=SUM(A1)"),
);

function numberIn(value: CellValue | undefined): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return null;
}

function dataRowArb(
  columns: readonly CellsInputKey[],
  userColumns: number,
  index: number,
  clean: boolean,
): fc.Arbitrary<DataRow> {
  const inputs = fc.tuple(...columns.map((key) => inputCellArb(key, index, clean))).map((cells) => {
    const record: Partial<Record<CellsInputKey, InputCell>> = {};
    columns.forEach((key, i) => (record[key] = cells[i]));
    return record;
  });
  // A clean row is consistent: members_good and members_failed fit in members.
  const coherent = fc
    .tuple(
      inputs,
      fc.oneof(
        { arbitrary: fc.constant(0), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 1 },
      ),
    )
    .map(([record, short]) => {
      const members = numberIn(record.members?.value);
      if (!clean || members === null || !record.members_good) return record;
      const failed = numberIn(record.members_failed?.value) ?? 0;
      const good = Math.max(0, members - failed - short);
      return {
        ...record,
        members_good: {
          ...record.members_good,
          value: typeof record.members_good.value === "string" ? String(good) : good,
        },
      };
    });
  return fc.record({
    kind: fc.constant<"data">("data"),
    inputs: coherent,
    notes: fc.array(noteArb, { minLength: userColumns, maxLength: userColumns }),
    outputs: fc.array(outputValueArb, {
      minLength: OUTPUT_COLUMNS.length,
      maxLength: OUTPUT_COLUMNS.length,
    }),
  });
}

function headerSpelling(key: CellsInputKey): fc.Arbitrary<string> {
  const spec = SPEC.get(key);
  if (!spec) throw new Error(`no column ${key}`);
  return fc.oneof(
    { arbitrary: fc.constant(spec.header), weight: 6 },
    { arbitrary: spellingsOf(fc.constantFrom(spec.header, ...spec.aliases)), weight: 3 },
  );
}

const USER_HEADERS = ["Ghi chú", "Địa bàn", "Người theo dõi", "Số điện thoại"];

export const cellsModelArb: fc.Arbitrary<CellsModel> = fc
  .record({
    withStt: fc.boolean(),
    order: fc.boolean(),
    userCount: fc.integer({ min: 0, max: 2 }),
    rowCount: fc.integer({ min: 1, max: 9 }),
  })
  .chain(({ withStt, order, userCount, rowCount }) => {
    const keys = INPUT_KEYS.filter((k) => withStt || k !== "stt");
    const columns: fc.Arbitrary<CellsInputKey[]> = order
      ? fc.shuffledSubarray(keys as CellsInputKey[], {
          minLength: keys.length,
          maxLength: keys.length,
        })
      : fc.constant([...keys]);
    return columns.chain((cols) =>
      fc.record({
        sheetName: fc.oneof(
          { arbitrary: fc.constant(sheetNameOf("cells")), weight: 4 },
          {
            arbitrary: fc.constantFrom(
              "Chấm điểm chi bộ",
              "CHI BỘ",
              "Chi bộ".normalize("NFD"),
              "Đánh giá\u00a0chi bộ",
            ),
            weight: 1,
          },
        ),
        rowsAbove: fc.array(
          fc.oneof(
            fc.constant(null),
            fc.constantFrom("Ghi chú của văn phòng: nộp trước ngày 31/12", "Mẫu số 02"),
          ),
          {
            maxLength: 3,
          },
        ),
        groupHeader: fc.boolean(),
        columns: fc.constant(cols),
        headers: fc.tuple(...cols.map(headerSpelling)).map((texts) => {
          const h: Partial<Record<CellsInputKey, string>> = {};
          cols.forEach((k, i) => (h[k] = texts[i]));
          return h;
        }),
        userColumns: fc.array(
          fc.record({
            before: fc.integer({ min: 0, max: cols.length }),
            header: fc.constantFrom(...USER_HEADERS),
          }),
          { minLength: userCount, maxLength: userCount },
        ),
        outputColumns: fc.boolean(),
        numberRow: fc.boolean(),
        rows: fc.tuple(
          ...Array.from({ length: rowCount }, (_, i) =>
            fc.oneof(
              {
                arbitrary: dataRowArb(cols, userCount, i, true) as fc.Arbitrary<CellsRow>,
                weight: 6,
              },
              {
                arbitrary: dataRowArb(cols, userCount, i, false) as fc.Arbitrary<CellsRow>,
                weight: 4,
              },
              { arbitrary: fc.constant<CellsRow>({ kind: "empty" }), weight: 1 },
              {
                arbitrary: fc.constantFrom<CellsRow>(
                  { kind: "section", text: "A. Khối xã" },
                  { kind: "section", text: "B. Khối cơ quan" },
                ),
                weight: 1,
              },
            ),
          ),
        ),
        total: fc.boolean(),
        signature: fc.boolean(),
      }),
    );
  });

const memberArb = (codes: readonly CellValue[]): fc.Arbitrary<Member> =>
  fc.record({
    values: fc.record({
      stt: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
      member_name: fc.oneof(
        {
          arbitrary: fc.constantFrom(
            "Nguyễn Văn An",
            "Trần Thị Bình".normalize("NFD"),
            "Lê\u00a0Hữu Cường",
          ),
          weight: 5,
        },
        { arbitrary: fc.constantFrom<CellValue>("=1+1", null, 7), weight: 1 },
      ),
      cell_code: fc.oneof(
        {
          arbitrary: codes.length > 0 ? fc.constantFrom(...codes) : fc.constant<CellValue>("CB01"),
          weight: 8,
        },
        { arbitrary: fc.constantFrom<CellValue>("CB99", null, { error: "#REF!" }), weight: 1 },
      ),
      member_rating: fc.oneof(
        { arbitrary: ratingWordArb as fc.Arbitrary<CellValue>, weight: 8 },
        { arbitrary: fc.constantFrom<CellValue>("HTTVN", null, 3), weight: 1 },
      ),
      disciplined_flag: fc.constantFrom<CellValue>(
        null,
        null,
        null,
        "x",
        "có",
        "không",
        1,
        0,
        true,
        "?",
      ),
      admitted_flag: fc.constantFrom<CellValue>(null, null, "x", "X", "Có", 0, false, "maybe"),
    }),
  });

function rosterModelArb(codes: readonly CellValue[]): fc.Arbitrary<RosterModel> {
  return fc
    .record({
      optional: fc.subarray<RosterKey>(["stt", "disciplined_flag", "admitted_flag"]),
      shuffle: fc.boolean(),
    })
    .chain(({ optional, shuffle }) => {
      const keys = ROSTER_KEYS.filter(
        (k) => ROSTER_COLUMNS.find((c) => c.key === k)?.required || optional.includes(k),
      );
      const order = shuffle
        ? fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length })
        : fc.constant(keys);
      return order.chain((columns) =>
        fc.record({
          columns: fc.constant(columns),
          headers: fc.constant<Partial<Record<RosterKey, string>>>({}),
          members: fc.array(memberArb(codes), { maxLength: 12 }),
        }),
      );
    });
}

/** The members a roster lists for the data rows, agreeing with their counts where they read. */
function consistentMembers(cells: CellsModel): Member[] {
  const members: Member[] = [];
  for (const row of cells.rows) {
    if (row.kind !== "data" || !row.inputs.code || row.inputs.code.value === null) continue;
    const count = numberIn(row.inputs.members?.value) ?? 0;
    const good = numberIn(row.inputs.members_good?.value) ?? 0;
    const failed = numberIn(row.inputs.members_failed?.value) ?? 0;
    const disciplined = numberIn(row.inputs.disciplined?.value) ?? 0;
    const admitted = numberIn(row.inputs.new_members?.value) ?? 0;
    for (let i = 0; i < Math.min(count, 60); i++) {
      members.push({
        values: {
          stt: members.length + 1,
          member_name: `Đảng viên ${members.length + 1}`,
          cell_code: row.inputs.code.value,
          member_rating: i < good ? "HTTNV" : i >= count - failed ? "KHTNV" : "HTNV",
          disciplined_flag: i < disciplined ? "x" : null,
          admitted_flag: i < admitted ? "x" : null,
        },
      });
    }
  }
  return members;
}

export const evaluationModelArb: fc.Arbitrary<EvaluationModel> = cellsModelArb.chain((cells) => {
  const codes = cells.rows.flatMap((row) =>
    row.kind === "data" && row.inputs.code && row.inputs.code.value !== null
      ? [row.inputs.code.value]
      : [],
  );
  const roster: fc.Arbitrary<RosterModel | null> = fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: rosterModelArb(codes), weight: 1 },
    {
      arbitrary: rosterModelArb(codes).chain((r) =>
        fc.array(fc.tuple(fc.nat(), memberArb(codes)), { maxLength: 2 }).map((noise) => {
          const members = consistentMembers(cells);
          for (const [at, member] of noise) members.splice(at % (members.length + 1), 0, member);
          return { ...r, members };
        }),
      ),
      weight: 2,
    },
  );
  return fc.record({
    info: fc.option(
      fc.record({
        organization: fc.constantFrom<CellValue>(
          "Đảng bộ xã Thạch Hà",
          "Đảng bộ xã Thạch Hà".normalize("NFD"),
          "=ĐẢNG BỘ",
          null,
        ),
        year: fc.constantFrom<CellValue>(2025, "2025", 2024, 1999, "năm nay", null),
      }),
      { nil: null, freq: 4 },
    ),
    cells: fc.constant(cells),
    roster,
    reportSheet: fc.option(fc.constant<CellValue[][]>([["KẾT QUẢ KIỂM TRA"], ["Mã dấu", "abc"]]), {
      nil: null,
    }),
    hiddenSheet: fc.boolean(),
  });
});

// ---------------------------------------------------------------------------------------------
// Rendering the model into a grid

export interface CellAt {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
}

export interface Rendered {
  grid: WorkbookGrid;
  model: EvaluationModel;
  cellsSheet: string;
  /** 0-based rows of the title, group header (or null) and header. */
  titleRow: number;
  groupRow: number | null;
  headerRow: number;
  /** 0-based column of each input key. */
  inputCol: Partial<Record<CellsInputKey, number>>;
  /** 0-based columns of the old output columns (when present), in OUTPUT_COLUMNS order. */
  outputCols: number[];
  /** 0-based columns of the users' columns. */
  userCols: number[];
  /** For each model row index: its 0-based sheet row. */
  modelRowAt: number[];
  /** 0-based sheet row of the total row, if any. */
  totalRow: number | null;
  /** 0-based sheet row of the first signature row, if any. */
  signatureRow: number | null;
  /** Number of sheet rows of "Chi bộ". */
  height: number;
  width: number;
  rosterSheet: string | null;
  rosterHeaderRow: number;
  rosterCol: Partial<Record<RosterKey, number>>;
  /** 0-based sheet row of each member. */
  memberRowAt: number[];
  infoSheet: string | null;
  /** The value cells of the organisation and the year. */
  infoCells: { organization: CellAt; year: CellAt } | null;
}

const TITLE = "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2025";

function criterionTitle(id: string): string {
  const criterion = DEFAULT_RULESET.criteria.find((c) => c.id === id);
  return `${id}. ${criterion?.title.vi ?? id}`;
}

/** Sets a value in a row array, growing it with nulls. */
function put(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  while (rows.length <= row) rows.push([]);
  const line = rows[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

function putFormat(
  formats: (string | null)[][],
  row: number,
  col: number,
  format: string | undefined,
): void {
  if (format === undefined) return;
  while (formats.length <= row) formats.push([]);
  const line = formats[row];
  while (line.length < col) line.push(null);
  line[col] = format;
}

export function render(model: EvaluationModel): Rendered {
  const cells = model.cells;
  // Physical columns: user columns placed before the input of their index, then outputs.
  const physical: (
    | { kind: "input"; key: CellsInputKey }
    | { kind: "user"; index: number }
    | { kind: "output"; index: number }
  )[] = [];
  for (let i = 0; i <= cells.columns.length; i++) {
    cells.userColumns.forEach((u, index) => {
      if (Math.min(u.before, cells.columns.length) === i) physical.push({ kind: "user", index });
    });
    if (i < cells.columns.length) physical.push({ kind: "input", key: cells.columns[i] });
  }
  if (cells.outputColumns)
    OUTPUT_COLUMNS.forEach((_, index) => physical.push({ kind: "output", index }));
  const inputCol: Partial<Record<CellsInputKey, number>> = {};
  const userCols: number[] = [];
  const outputCols: number[] = [];
  physical.forEach((p, col) => {
    if (p.kind === "input") inputCol[p.key] = col;
    else if (p.kind === "user") userCols[p.index] = col;
    else outputCols[p.index] = col;
  });
  const width = physical.length;

  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: MergeArea[] = [];
  let row = 0;
  for (const above of cells.rowsAbove) {
    if (above !== null) put(values, row, 0, above);
    else values[row] = [];
    row++;
  }
  const titleRow = row;
  put(values, row, 0, TITLE);
  merges.push({ top: row, left: 0, bottom: row, right: Math.max(0, width - 1) });
  row++;
  values[row] = [];
  row++;

  const groupRow = cells.groupHeader ? row : null;
  const headerRow = cells.groupHeader ? row + 1 : row;
  if (groupRow !== null) {
    let i = 0;
    while (i < physical.length) {
      const p = physical[i];
      const criterion = p.kind === "input" ? SPEC.get(p.key)?.criterion : undefined;
      if (p.kind !== "input" || criterion === undefined) {
        // identity, user and output columns: one header merged over both rows
        const text =
          p.kind === "input"
            ? cells.headers[p.key]
            : p.kind === "user"
              ? cells.userColumns[p.index].header
              : OUTPUT_COLUMNS[p.index].header;
        put(values, groupRow, i, text ?? null);
        merges.push({ top: groupRow, left: i, bottom: headerRow, right: i });
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < physical.length) {
        const next = physical[end + 1];
        if (next.kind !== "input" || SPEC.get(next.key)?.criterion !== criterion) break;
        end++;
      }
      put(values, groupRow, i, criterionTitle(criterion));
      if (end > i) merges.push({ top: groupRow, left: i, bottom: groupRow, right: end });
      for (let c = i; c <= end; c++) {
        const q = physical[c];
        if (q.kind === "input") put(values, headerRow, c, cells.headers[q.key] ?? null);
      }
      i = end + 1;
    }
    // the header row must exist even when every header cell is covered
    while (values.length <= headerRow) values.push([]);
  } else {
    physical.forEach((p, c) => {
      const text =
        p.kind === "input"
          ? cells.headers[p.key]
          : p.kind === "user"
            ? cells.userColumns[p.index].header
            : OUTPUT_COLUMNS[p.index].header;
      put(values, headerRow, c, text ?? null);
    });
  }
  row = headerRow + 1;
  if (cells.numberRow) {
    physical.forEach((_, c) => put(values, row, c, `(${c + 1})`));
    row++;
  }

  const modelRowAt: number[] = [];
  const sums = new Map<CellsInputKey, number>();
  cells.rows.forEach((r) => {
    modelRowAt.push(row);
    if (r.kind === "empty") values[row] = [];
    else if (r.kind === "section") put(values, row, inputCol.name ?? 0, r.text);
    else {
      for (const key of cells.columns) {
        const cell = r.inputs[key];
        if (!cell) continue;
        const col = inputCol[key] as number;
        put(values, row, col, cell.value);
        putFormat(formats, row, col, cell.format);
        const count = numberIn(cell.value);
        if (count !== null && Number.isSafeInteger(count))
          sums.set(key, (sums.get(key) ?? 0) + count);
      }
      r.notes.forEach((note, i) => note !== null && put(values, row, userCols[i], note));
      if (cells.outputColumns)
        r.outputs.forEach((v, i) => v !== null && put(values, row, outputCols[i], v));
      while (values.length <= row) values.push([]);
    }
    row++;
  });

  let totalRow: number | null = null;
  if (cells.total) {
    totalRow = row;
    put(values, row, inputCol.name ?? inputCol.code ?? 0, "Tổng cộng");
    for (const key of cells.columns) {
      const spec = SPEC.get(key);
      if (spec?.type === "integer" && spec.max === undefined)
        put(values, row, inputCol[key] as number, sums.get(key) ?? 0);
    }
    row++;
  }
  let signatureRow: number | null = null;
  if (cells.signature) {
    values[row] = [];
    row++;
    signatureRow = row;
    put(values, row, 1, "Người lập biểu");
    put(values, row, Math.max(2, width - 3), "T/M BAN THƯỜNG VỤ");
    put(values, row + 1, Math.max(2, width - 3), "BÍ THƯ");
    row += 2;
  }

  const sheets: SheetGrid[] = [];
  let infoSheet: string | null = null;
  let infoCells: Rendered["infoCells"] = null;
  if (model.info) {
    infoSheet = sheetNameOf("info");
    const label = (k: "organization" | "year") => INFO_FIELDS.find((f) => f.key === k)?.label ?? k;
    const info: CellValue[][] = [
      ["THÔNG TIN CHUNG"],
      [],
      [label("organization"), model.info.organization],
      [label("year"), model.info.year],
    ];
    sheets.push({ name: infoSheet, values: info });
    infoCells = {
      organization: { sheet: infoSheet, row: 2, col: 1 },
      year: { sheet: infoSheet, row: 3, col: 1 },
    };
  }
  sheets.push({ name: cells.sheetName, values, numberFormats: formats, merges });

  let rosterSheet: string | null = null;
  const rosterCol: Partial<Record<RosterKey, number>> = {};
  const memberRowAt: number[] = [];
  const rosterHeaderRow = 1;
  if (model.roster) {
    rosterSheet = sheetNameOf("roster");
    const roster = model.roster;
    roster.columns.forEach((k, c) => (rosterCol[k] = c));
    const rows: CellValue[][] = [
      ["DANH SÁCH ĐẢNG VIÊN"],
      roster.columns.map(
        (k) => roster.headers[k] ?? ROSTER_COLUMNS.find((c) => c.key === k)?.header ?? k,
      ),
    ];
    roster.members.forEach((m) => {
      memberRowAt.push(rows.length);
      rows.push(roster.columns.map((k) => m.values[k] ?? null));
    });
    sheets.push({ name: rosterSheet, values: rows });
  }
  if (model.reportSheet) sheets.push({ name: sheetNameOf("report"), values: model.reportSheet });
  if (model.hiddenSheet)
    sheets.push({ name: "Danh mục", values: [["HTXSNV"], ["HTTNV"]], visibility: "hidden" });

  return {
    grid: { sheetNames: sheets.map((s) => s.name), sheets },
    model,
    cellsSheet: cells.sheetName,
    titleRow,
    groupRow,
    headerRow,
    inputCol,
    outputCols,
    userCols,
    modelRowAt,
    totalRow,
    signatureRow,
    height: values.length,
    width,
    rosterSheet,
    rosterHeaderRow,
    rosterCol,
    memberRowAt,
    infoSheet,
    infoCells,
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A copy of the grid with one sheet replaced by `edit`'s result. */
export function editSheet(
  grid: WorkbookGrid,
  name: string,
  edit: (sheet: SheetGrid) => SheetGrid,
): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.map((s) => (s.name === name ? edit(s) : s)) };
}

function setIn<T>(
  rows: readonly (readonly T[] | undefined)[] | undefined,
  row: number,
  col: number,
  value: T,
  fill: T,
): T[][] {
  const copy = (rows ?? []).map((r) => (r ? [...r] : [])) as T[][];
  while (copy.length <= row) copy.push([]);
  while (copy[row].length < col) copy[row].push(fill);
  copy[row][col] = value;
  return copy;
}

export function withValue(grid: WorkbookGrid, at: CellAt, value: CellValue): WorkbookGrid {
  return editSheet(grid, at.sheet, (s) => ({
    ...s,
    values: setIn<CellValue>(s.values, at.row, at.col, value, null),
  }));
}

export function withFormat(grid: WorkbookGrid, at: CellAt, format: string | null): WorkbookGrid {
  return editSheet(grid, at.sheet, (s) => ({
    ...s,
    numberFormats: setIn<string | null>(s.numberFormats, at.row, at.col, format, null),
  }));
}

export function withMerge(grid: WorkbookGrid, sheet: string, merge: MergeArea): WorkbookGrid {
  return editSheet(grid, sheet, (s) => ({ ...s, merges: [...(s.merges ?? []), merge] }));
}

/** The input cells of "Chi bộ" data rows, by key. */
export function dataCells(r: Rendered): { at: CellAt; key: CellsInputKey; modelRow: number }[] {
  const out: { at: CellAt; key: CellsInputKey; modelRow: number }[] = [];
  r.model.cells.rows.forEach((row, i) => {
    if (row.kind !== "data") return;
    for (const key of r.model.cells.columns) {
      out.push({
        at: { sheet: r.cellsSheet, row: r.modelRowAt[i], col: r.inputCol[key] as number },
        key,
        modelRow: i,
      });
    }
  });
  return out;
}

/** Number formats that change nothing the engine reads in a cell of a column of this type. */
export function harmlessFormats(type: ColumnType | "other"): readonly string[] {
  const always = [
    "General",
    "0",
    "0.00",
    "#,##0",
    '#,##0 "người"',
    '0 "ngày"',
    "[Red]0;[Blue]-0",
    "0.00E+00",
  ];
  if (type === "integer") return [...always, "@", "0%", "0.0%"];
  if (type === "percent") return []; // the "%" in a percent cell's format is part of its value
  return [...always, "@", "0%", "dd/mm/yyyy", "h:mm", "[$-42A]dd mmmm yyyy"];
}

/** The rows of a model that are data rows, as model row indexes. */
export function dataModelRows(model: EvaluationModel): number[] {
  return model.cells.rows.flatMap((row, i) => (row.kind === "data" ? [i] : []));
}

/** The rating code a text reads as, or null. */
export function ratingOf(value: CellValue): RatingCode | null {
  if (typeof value !== "string") return null;
  const n = normalizeText(value);
  return (
    RATING_CODES.find(
      (code) => normalizeText(code) === n || normalizeText(RATING_WORDS[code]) === n,
    ) ?? null
  );
}

export { EXCEL_ERRORS };
