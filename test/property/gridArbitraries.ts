/**
 * fast-check arbitraries for WorkbookGrids of any content, the way edges hand them to the engine
 * but with whatever a clerk, a broken export or a hostile sender could put in a cell: every kind
 * of CellValue (Excel error values included), NFD text, NBSP and other white space, text that
 * looks like a formula (`=`, `+`, `-`, `@`), catalogue words in odd spellings (so that arbitrary
 * grids often do find a header and reach the scoring path), ragged and sparse rows, number
 * formats (percent, date, text, odd codes), and merged areas, overlapping or not.
 *
 * Every grid is well formed (the engine may throw only EngineError for a malformed grid object):
 * sheet names are unique strings and every sheet in `sheetNames` has a grid.
 */
import fc from "fast-check";
import {
  CELLS_COLUMNS,
  INFO_FIELDS,
  OUTPUT_COLUMNS,
  RATING_CODES,
  RATING_WORDS,
  ROSTER_COLUMNS,
  SHEET_ROLES,
  type CellValue,
  type MergeArea,
  type SheetGrid,
  type SheetVisibility,
  type WorkbookGrid,
} from "../../src/core";

/** Every error value Excel (desktop, web, Mac) can cache in a cell. */
export const EXCEL_ERRORS = [
  "#DIV/0!",
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#FIELD!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

/** White space a cell may hold that is not a plain space: NBSP, thin and ideographic spaces, BOM, tab, line breaks. */
export const ODD_SPACES = [
  "\u00a0",
  "\u2009",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\t",
  "\n",
  "\r\n",
  "  ",
];

/** Text that a spreadsheet would take for a formula if it were written as one. */
export const FORMULA_LIKE = [
  "=SUM(A1:A9)",
  "=1+1",
  '=HYPERLINK("http://example.invalid","bấm vào đây")',
  "=cmd|' /C calc'!A0",
  "+84 912 345 678",
  "+1",
  "-",
  "-5",
  "--",
  "@SUM(1,2)",
  "@",
  "=",
  "=-2+3",
  "'=quoted",
  "\t=tab first",
  "(6)=(4)+(5)",
];

/** Everything the engine recognises by name, for arbitrary grids to stumble on. */
export const CATALOGUE_WORDS: readonly string[] = [
  ...CELLS_COLUMNS.flatMap((c) => [c.header, ...c.aliases]),
  ...ROSTER_COLUMNS.flatMap((c) => [c.header, ...c.aliases]),
  ...OUTPUT_COLUMNS.map((c) => c.header),
  ...INFO_FIELDS.flatMap((f) => [f.label, ...f.aliases]),
  ...SHEET_ROLES.flatMap((r) => [r.name, ...r.aliases]),
  ...RATING_CODES,
  ...Object.values(RATING_WORDS),
  "Tổng cộng",
  "Tổng số",
  "Cộng khối A",
  "Tổng",
  "Người lập biểu",
  "T/M BAN THƯỜNG VỤ",
  "BÍ THƯ",
  "Xác nhận của Đảng ủy",
  "x",
  "có",
  "không",
  "(1)",
  "A",
  "(B)",
];

/** A text spelt the ways clerks and other machines spell it: NFD, upper or lower case, NBSP, "(%)", ":". */
export function spellingsOf(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.constantFrom("as-is", "nfd", "upper", "lower", "no-accents"),
      fc.constantFrom("", " ", "\u00a0", "  ", "\u00a0 "),
      fc.constantFrom("", "", "", " (%)", ":", " *", " (người)"),
    )
    .map(([base, style, pad, suffix]) => {
      let t = base;
      if (style === "nfd") t = t.normalize("NFD");
      if (style === "upper") t = t.toUpperCase();
      if (style === "lower") t = t.toLowerCase();
      if (style === "no-accents")
        t = t
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/đ/g, "d")
          .replace(/Đ/g, "D");
      // The spec drops one trailing bracket group: never stack a second one on a header that has it.
      const extra = suffix.endsWith(")") && /\)\s*$/.test(t) ? "" : suffix;
      return `${pad}${t.replace(/ /g, pad === "" ? " " : pad.slice(-1))}${extra}${pad}`;
    });
}

const catalogueText = spellingsOf(fc.constantFrom(...CATALOGUE_WORDS));

/** Vietnamese-looking text, composed or decomposed. */
const vietnameseText = fc
  .tuple(
    fc.constantFrom(
      "Chi bộ",
      "thôn",
      "Đông",
      "Nguyễn Thị Ánh",
      "Khối cơ quan",
      "Trường THCS",
      "xã Thạch Hà",
      "tổ dân phố 7",
    ),
    fc.constantFrom("", " số 1", " 2", "-A", " (cũ)"),
    fc.boolean(),
  )
  .map(([a, b, nfd]) => (nfd ? `${a}${b}`.normalize("NFD") : `${a}${b}`));

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
  { arbitrary: catalogueText, weight: 4 },
  { arbitrary: vietnameseText, weight: 2 },
  { arbitrary: fc.constantFrom(...FORMULA_LIKE), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD_SPACES, "", " ", "\u200b", "\u00ad"), weight: 1 },
  // numbers, percents and dates typed as text
  {
    arbitrary: fc.constantFrom(
      "12",
      " 12 ",
      "+5",
      "-3",
      "12.0",
      "1.000",
      "92%",
      "92,5 %",
      "0,92",
      "1.000,5",
      "mười hai",
      "01/02/2025",
      "1e3",
      "0x1F",
      "Infinity",
      "NaN",
    ),
    weight: 2,
  },
);

export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 40 }), weight: 6 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 2 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      12,
      45669,
      2 ** 53,
      2 ** 53 + 2,
      -(2 ** 53),
      1e21,
      1e308,
      5e-324,
      Number.MAX_VALUE,
      Number.EPSILON,
      89.99,
      0.57,
    ),
    weight: 1,
  },
);

/** Non-finite numbers: no edge produces them, but a careless one could. */
export const nonFiniteArb = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);

export const errorValueArb = fc
  .oneof(
    { arbitrary: fc.constantFrom(...EXCEL_ERRORS), weight: 5 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  )
  .map((error) => ({ error }));

export const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: textArb, weight: 6 },
  { arbitrary: numberArb, weight: 5 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: errorValueArb, weight: 1 },
);

export const numberFormatArb: fc.Arbitrary<string | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      "General",
      "0",
      "0.00",
      "#,##0",
      "0%",
      "0.0%",
      "@",
      "dd/mm/yyyy",
      "d/m/yy h:mm",
      "[h]:mm:ss",
      "mm:ss",
      '#,##0 "người"',
      '0 "ngày"',
      "[Red]0.00;[Blue]-0.00",
      "0.00E+00",
      '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)',
      "[$-42A]dd mmmm yyyy",
      "\\%0",
      "",
    ),
    weight: 3,
  },
  { arbitrary: fc.string({ maxLength: 10 }), weight: 1 },
);

const DIM = 24;

export const mergeArb: fc.Arbitrary<MergeArea> = fc
  .tuple(fc.nat(DIM + 6), fc.nat(DIM), fc.nat(6), fc.nat(6))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

/** A row of the kind a header has: some catalogue names in a random order, maybe with blanks. */
const headerLikeRow: fc.Arbitrary<CellValue[]> = fc.array(
  fc.oneof(
    { arbitrary: catalogueText as fc.Arbitrary<CellValue>, weight: 5 },
    { arbitrary: cellValueArb, weight: 1 },
  ),
  { minLength: 3, maxLength: 20 },
);

/** A row of values, ragged, sometimes sparse (holes, as exceljs leaves for empty cells). */
const valueRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  { arbitrary: fc.array(cellValueArb, { maxLength: DIM }), weight: 5 },
  {
    arbitrary: fc.sparseArray(cellValueArb, { maxLength: DIM, maxNumElements: 8 }) as fc.Arbitrary<
      CellValue[]
    >,
    weight: 2,
  },
);

const rowArb: fc.Arbitrary<CellValue[] | undefined> = fc.oneof(
  { arbitrary: valueRow, weight: 8 },
  { arbitrary: headerLikeRow, weight: 2 },
  { arbitrary: fc.constant([] as CellValue[]), weight: 1 },
);

export interface SheetShape {
  rows?: number;
}

export function sheetGridArb(name: string, shape: SheetShape = {}): fc.Arbitrary<SheetGrid> {
  const maxRows = shape.rows ?? 30;
  return fc
    .record({
      values: fc.oneof(
        { arbitrary: fc.array(rowArb, { maxLength: maxRows }), weight: 6 },
        {
          arbitrary: fc.sparseArray(rowArb, { maxLength: maxRows * 3, maxNumElements: maxRows }),
          weight: 2,
        },
      ),
      formats: fc.option(
        fc.array(fc.array(numberFormatArb, { maxLength: DIM }), { maxLength: maxRows }),
        {
          nil: undefined,
        },
      ),
      merges: fc.option(fc.array(mergeArb, { maxLength: 6 }), { nil: undefined }),
      visibility: fc.option(fc.constantFrom<SheetVisibility>("visible", "hidden", "veryHidden"), {
        nil: undefined,
      }),
    })
    .map(({ values, formats, merges, visibility }) => {
      const sheet: SheetGrid = {
        name,
        values: values.map((row) => row) as CellValue[][],
        ...(formats ? { numberFormats: formats } : {}),
        ...(merges ? { merges } : {}),
        ...(visibility ? { visibility } : {}),
      };
      return sheet;
    });
}

/** Sheet names: the roles' names in odd spellings, quotes and brackets, and anything else. */
export const sheetNameArb: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: spellingsOf(fc.constantFrom(...SHEET_ROLES.flatMap((r) => [r.name, ...r.aliases]))),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      "Sheet1",
      "O'Brien [2]",
      "'Chi bộ'",
      "Chi bộ (2)",
      "Trang_1",
      "Danh mục",
    ),
    weight: 2,
  },
  { arbitrary: fc.string({ minLength: 1, maxLength: 31 }), weight: 2 },
);

/** Any well-formed workbook grid: unique sheet names, each with a grid. */
export const workbookGridArb: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(sheetNameArb, { maxLength: 5 })
  .chain((names) =>
    fc
      .tuple(...names.map((name) => sheetGridArb(name)))
      .map((sheets) => ({ sheetNames: names, sheets })),
  );
