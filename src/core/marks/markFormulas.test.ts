/**
 * The mark formulas run in a small Excel evaluator (test/support/excelFormula.ts) against the
 * engine's own reading of the same cell (src/core/values/readValue.ts). The property that matters:
 * whenever the engine reports a finding on a cell, the cell's mark formula is TRUE (no finding is
 * ever left uncoloured); and a cell typed right turns its dynamic mark off.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  conditionalFormatApplies,
  sheetOf,
  type FormulaValue,
} from "../../../test/support/excelFormula";
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import type { CellValue } from "../grid/grid";
import type { WorkbookLayout } from "../layout/workbookLayout";
import type { RuleCode } from "../report/report";
import type { Ruleset } from "../ruleset/ruleset";
import { isEmptyValue } from "../values/cellValue";
import { RATING_WORDS, readInteger, readPercent, readRating } from "../values/readValue";
import { MAX_FORMULA_CHARS, markCondition, STATIC_MARK_FORMULA } from "./markCondition";
import { isProductMarkFormula } from "./productMarkFormula";
import type { ColumnKey } from "../vocabulary";

const SHEET = "Chi bộ";
/** Column letters of the recorded layout: the catalogue's order from A. */
const LETTER = Object.fromEntries(
  CELLS_COLUMNS.map((spec, i) => [spec.key, String.fromCharCode(65 + i)]),
) as Record<string, string>;

const LAYOUT: WorkbookLayout = {
  info: null,
  cells: {
    sheet: SHEET,
    headerRow: 5,
    columns: { ...LETTER },
    dataRows: [6, 7, 8],
    totalRow: null,
    signatureRow: null,
  },
  roster: null,
};

/** The targets of the default ruleset (spec §3), as far as the marks read them. */
const RULESET: Ruleset = {
  id: "4tot-default",
  version: 1,
  title: { vi: "", en: "" },
  fourGood: { allCriteriaGood: true },
  organization: {
    minFourGoodShare: 70,
    minScoredCells: 1,
    forbiddenCellRatings: ["KHTNV"],
    noErrors: true,
  },
  criteria: [
    {
      id: "I",
      title: { vi: "", en: "" },
      maxPoints: 25,
      goodAtLeast: 20,
      indicators: [
        {
          key: "targets_pct",
          kind: "number",
          title: { vi: "", en: "" },
          veto: false,
          target: { op: ">=", value: 100 },
          bands: [],
          otherwise: 0,
        },
        {
          key: "cell_rating",
          kind: "rating",
          title: { vi: "", en: "" },
          veto: true,
          target: { op: "in", values: ["HTTNV", "HTXSNV"] },
          points: { HTXSNV: 10, HTTNV: 8, HTNV: 4, KHTNV: 0 },
        },
      ],
    },
    {
      id: "II",
      title: { vi: "", en: "" },
      maxPoints: 25,
      goodAtLeast: 20,
      indicators: [
        {
          key: "regular_meetings",
          kind: "number",
          title: { vi: "", en: "" },
          veto: false,
          target: { op: "=", value: 12 },
          bands: [],
          otherwise: 0,
        },
        {
          key: "thematic_meetings",
          kind: "number",
          title: { vi: "", en: "" },
          veto: false,
          target: { op: ">=", value: 4 },
          bands: [],
          otherwise: 0,
        },
        {
          key: "attendance_pct",
          kind: "number",
          title: { vi: "", en: "" },
          veto: true,
          target: { op: ">=", value: 90 },
          bands: [],
          otherwise: 0,
        },
      ],
    },
    {
      id: "IV",
      title: { vi: "", en: "" },
      maxPoints: 25,
      goodAtLeast: 20,
      indicators: [
        {
          key: "members_good",
          kind: "rate",
          of: "members",
          title: { vi: "", en: "" },
          veto: false,
          target: { op: ">=", value: 90 },
          bands: [],
          otherwise: 0,
        },
      ],
    },
  ],
};

function formulaFor(
  rule: RuleCode,
  key: ColumnKey,
  anchor: string,
): { formula: string; dynamic: boolean } {
  return markCondition({ sheet: SHEET, rule, key, anchor }, { layout: LAYOUT, ruleset: RULESET });
}

/**
 * Does the mark of `rule` on `key` colour row 7 when the cell holds `value` in `format`, in Excel,
 * in Excel for the web and in LibreOffice alike? Their CELL("format") answers differ (see
 * excelFormula.ts; Excel for the web gives none), so a mark counts as colouring a cell only when it
 * does in all three. No formula asks for the format any more: they agree.
 */
function marks(
  rule: RuleCode,
  key: ColumnKey,
  value: FormulaValue,
  format = "General",
  others: Record<string, FormulaValue> = {},
): boolean {
  const at = `${LETTER[key]}7`;
  const anchor = `${LETTER[key]}6`;
  const { formula } = formulaFor(rule, key, anchor);
  const answers = (["excel", "excel-web", "libreoffice"] as const).map((model) =>
    conditionalFormatApplies(
      formula,
      anchor,
      at,
      sheetOf({ [at]: value, ...others }, { [at]: format }, model),
    ),
  );
  assert.equal(new Set(answers).size, 1, `${rule} ${JSON.stringify(value)} ${format}: ${answers}`);
  return answers[0];
}

const PADDING = fc.constantFrom("", " ", "  ", "\u00a0", "\t", "\u2003", "\u200b");
const TEXT_CORES = fc.oneof(
  fc.integer({ min: -20, max: 300 }).map(String),
  fc.constantFrom(
    "12",
    "+12",
    "-3",
    "012",
    "1,000",
    "12.0",
    "12,5",
    "92%",
    "92 %",
    "92,5%",
    "0,92",
    "0.92",
    "1",
    "0",
    "100%",
    "mười hai",
    "",
    " ",
    "+-5",
    "(5)",
    "$5",
    "1e3",
    "١٢",
    "１２",
    "12 a",
    "-0",
    "1%",
    "+90%",
    "9007199254740993",
  ),
  fc.stringMatching(/^[0-9+\-.,% ]{0,6}$/),
);
const TEXTS = fc.tuple(PADDING, TEXT_CORES, PADDING).map(([a, b, c]) => `${a}${b}${c}`);
const NUMBERS = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.double({ min: -2, max: 250, noNaN: true }),
  fc.constantFrom(
    0.5,
    0.92,
    1,
    1.05,
    0.899999,
    0.9,
    0.57,
    1.5,
    12,
    12.5,
    1e20,
    45_000,
    2 ** 53 + 2,
  ),
);
const OTHER_VALUES = fc.constantFrom<FormulaValue>(
  null,
  true,
  false,
  { error: "#N/A" },
  { error: "#DIV/0!" },
);
const VALUES: fc.Arbitrary<FormulaValue> = fc.oneof(NUMBERS, TEXTS, OTHER_VALUES);
const FORMATS = fc.constantFrom(
  "General",
  "0",
  "0%",
  "0.0%",
  "dd/mm/yyyy",
  "m/d/yy",
  "h:mm",
  "#,##0",
  "@",
  "0.00",
);
const RUNS = { numRuns: 1500 };

function integerColumn(
  key: ColumnKey,
  min: number,
  max: number | undefined,
  target: { op: "=" | ">="; value: number } | null,
) {
  describe(`${key} (integer ${min}–${max ?? "∞"})`, () => {
    it("E_TYPE is a static mark: only a number's format tells a date from a count", () => {
      assert.equal(formulaFor("E_TYPE", key, `${LETTER[key]}6`).dynamic, false);
      fc.assert(
        fc.property(VALUES, FORMATS, (value, format) => {
          assert.ok(marks("E_TYPE", key, value, format), `${JSON.stringify(value)} ${format}`);
        }),
        RUNS,
      );
    });
    it("E_RANGE is marked whenever the value read is out of range", () => {
      fc.assert(
        fc.property(VALUES, FORMATS, (value, format) => {
          const read = readInteger(value as CellValue, format);
          if (read.status !== "ok" || typeof read.value !== "number") return;
          const inRange = read.value >= min && (max === undefined || read.value <= max);
          if (!inRange)
            assert.ok(marks("E_RANGE", key, value, format), `${JSON.stringify(value)} ${format}`);
          else if (
            typeof value === "number" ||
            /^[ \u00a0]*([1-9][0-9]*|0)[ \u00a0]*$/.test(String(value))
          )
            assert.equal(
              marks("E_RANGE", key, value, format),
              false,
              `${JSON.stringify(value)} is in range`,
            );
        }),
        RUNS,
      );
    });
    if (target) {
      it(`S_SHORTFALL is marked whenever a valid value misses ${target.op} ${target.value}, and goes away when it meets it`, () => {
        fc.assert(
          fc.property(VALUES, FORMATS, (value, format) => {
            const read = readInteger(value as CellValue, format);
            if (read.status !== "ok" || typeof read.value !== "number") return;
            const v = read.value;
            if (v < min || (max !== undefined && v > max)) return;
            const meets = target.op === "=" ? v === target.value : v >= target.value;
            if (!meets)
              assert.ok(
                marks("S_SHORTFALL", key, value, format),
                `${JSON.stringify(value)} ${format}`,
              );
            else if (typeof value === "number")
              assert.equal(marks("S_SHORTFALL", key, value, format), false);
          }),
          RUNS,
        );
        assert.equal(
          marks("S_SHORTFALL", key, target.value),
          false,
          "the target typed as a number",
        );
        assert.equal(
          marks("S_SHORTFALL", key, ` ${target.value}\u00a0`),
          false,
          "the target typed as text",
        );
      });
    }
  });
}

integerColumn("regular_meetings", 0, 12, { op: "=", value: 12 });
integerColumn("thematic_meetings", 0, 12, { op: ">=", value: 4 });
integerColumn("members", 1, undefined, null);
integerColumn("disciplined", 0, undefined, null);

function percentColumn(key: ColumnKey, min: number, max: number, target: number) {
  describe(`${key} (percent ${min}–${max}, target ≥ ${target})`, () => {
    it("E_TYPE, E_RANGE and S_SHORTFALL are marked whenever the engine finds them", () => {
      fc.assert(
        fc.property(VALUES, FORMATS, (value, format) => {
          const read = readPercent(value as CellValue, format);
          if (read.status === "invalid") {
            assert.ok(
              marks("E_TYPE", key, value, format),
              `E_TYPE ${JSON.stringify(value)} ${format}`,
            );
            return;
          }
          if (read.status !== "ok" || typeof read.value !== "number") return;
          const v = read.value;
          if (v < min || v > max)
            assert.ok(
              marks("E_RANGE", key, value, format),
              `E_RANGE ${JSON.stringify(value)} ${format}`,
            );
          else if (v < target)
            assert.ok(
              marks("S_SHORTFALL", key, value, format),
              `S_SHORTFALL ${JSON.stringify(value)} ${format}`,
            );
          else if (typeof value === "number") {
            // The formula cannot see the format: it clears when the number meets the rule read
            // both ways a number can mean (as itself or times 100; a fraction in (0, 1] is both).
            const readings =
              value > 0 && value <= 1 ? [value * 100] : [value, Math.round(value * 1e8) / 1e6];
            const inRange = readings.every((p) => p >= min && p <= max);
            if (readings.every((p) => p >= target) && inRange)
              assert.equal(
                marks("S_SHORTFALL", key, value, format),
                false,
                `${value} ${format} meets the target`,
              );
            if (inRange) assert.equal(marks("E_RANGE", key, value, format), false);
          }
        }),
        RUNS,
      );
    });
    it("reads a fraction in a % format, a plain fraction and plain points as the engine does", () => {
      assert.equal(marks("S_SHORTFALL", key, target / 100, "0%"), false);
      assert.equal(
        marks("S_SHORTFALL", key, target / 100),
        false,
        "a plain fraction is a fraction",
      );
      assert.equal(marks("S_SHORTFALL", key, target), false);
      assert.equal(marks("S_SHORTFALL", key, `${target}%`), false, "text with %");
      assert.ok(marks("S_SHORTFALL", key, (target - 1) / 100, "0%"));
      assert.ok(marks("S_SHORTFALL", key, target - 0.01));
    });
  });
}

percentColumn("targets_pct", 0, 200, 100);
percentColumn("attendance_pct", 0, 100, 90);

describe("targets_pct above 100% in a % format", () => {
  it("1.05 formatted 0% is 105 to the engine; its shortfall mark, unable to see the format, stays until the next scoring", () => {
    assert.ok(marks("S_SHORTFALL", "targets_pct", 1.05, "0%"), "1.05 could be 1.05 points");
    assert.equal(marks("E_RANGE", "targets_pct", 1.05, "0%"), false);
    assert.ok(marks("E_RANGE", "targets_pct", 2.5, "0%"), "250% is out of range");
    assert.ok(marks("S_SHORTFALL", "targets_pct", 1.05), "a plain 1.05 is 1.05 points");
  });
});

describe('in Excel for the web, where CELL("format") is not supported', () => {
  const web = (rule: RuleCode, key: ColumnKey, value: FormulaValue, format = "General") => {
    const { formula } = formulaFor(rule, key, `${LETTER[key]}6`);
    const at = `${LETTER[key]}7`;
    return conditionalFormatApplies(
      formula,
      `${LETTER[key]}6`,
      at,
      sheetOf({ [at]: value }, { [at]: format }, "excel-web"),
    );
  };
  it("a percent mark goes away as soon as the clerk types a value that meets the rule", () => {
    for (const [rule, key, value, format] of [
      ["S_SHORTFALL", "attendance_pct", 96, "General"],
      ["S_SHORTFALL", "attendance_pct", 0.96, "0%"],
      ["S_SHORTFALL", "attendance_pct", "96%", "General"],
      ["S_SHORTFALL", "targets_pct", 1, "0%"],
      ["S_SHORTFALL", "targets_pct", 100, "General"],
      ["E_RANGE", "attendance_pct", 0.5, "0%"],
      ["E_RANGE", "targets_pct", 1.5, "0%"],
    ] as [RuleCode, ColumnKey, FormulaValue, string][]) {
      assert.equal(web(rule, key, value, format), false, `${rule} ${value} ${format}`);
    }
    assert.ok(web("S_SHORTFALL", "attendance_pct", 0.85, "0%"), "85% still falls short");
  });
  it("no mark formula asks for a cell's format", () => {
    for (const rule of [
      "E_REQUIRED",
      "E_TYPE",
      "E_RANGE",
      "S_SHORTFALL",
      "W_SMALL_CELL",
    ] as RuleCode[])
      for (const key of Object.keys(LETTER) as ColumnKey[])
        assert.doesNotMatch(
          formulaFor(rule, key, `${LETTER[key]}6`).formula,
          /CELL\(/,
          `${rule} ${key}`,
        );
  });
});

describe("the members_good rate (exact fraction of members on the same row)", () => {
  const members = `${LETTER.members}7`;
  it("is marked whenever the engine reports a shortfall", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (good, total, asText) => {
          const value = asText ? ` ${good}` : good;
          const applies = marks("S_SHORTFALL", "members_good", value, "General", {
            [members]: total,
          });
          if (good <= total && good * 100 < 90 * total) assert.ok(applies, `${good} of ${total}`);
          if (good <= total && good * 100 >= 90 * total)
            assert.equal(applies, false, `${good} of ${total}`);
        },
      ),
      RUNS,
    );
  });
  it("27 of 30 is exactly 90%", () => {
    assert.equal(marks("S_SHORTFALL", "members_good", 27, "General", { [members]: 30 }), false);
    assert.ok(marks("S_SHORTFALL", "members_good", 26, "General", { [members]: 30 }));
    assert.ok(
      marks("S_SHORTFALL", "members_good", 27, "General", { [members]: "ba mươi" }),
      "members unreadable: kept",
    );
  });
  it("refers to the members cell of its own row", () => {
    const { formula } = formulaFor("S_SHORTFALL", "members_good", "M10");
    assert.match(formula, /\$D10\b/);
    assert.doesNotMatch(formula, /\$D1[1-9]\b/);
  });
});

describe("ratings", () => {
  const spellings: FormulaValue[] = [
    "HTXSNV",
    "httnv",
    " HTNV ",
    "KHTNV",
    "HTTV",
    "HTTNV (tốt)",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ".normalize("NFD"),
    "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ",
    "hoan thanh nhiem vu",
    "Không hoàn thành nhiệm vụ",
    "Hoàn thành  tốt\u00a0nhiệm vụ",
    "Tốt",
    "",
    8,
    true,
    { error: "#REF!" },
    null,
    ...Object.values(RATING_WORDS),
  ];
  it("E_TYPE is marked whenever the engine cannot read a rating; S_SHORTFALL whenever it reads HTNV or KHTNV", () => {
    for (const value of spellings) {
      const read = readRating(value as CellValue);
      if (read.status === "invalid")
        assert.ok(marks("E_TYPE", "cell_rating", value), `E_TYPE ${JSON.stringify(value)}`);
      if (read.status === "ok") {
        const meets = read.value === "HTTNV" || read.value === "HTXSNV";
        if (!meets)
          assert.ok(
            marks("S_SHORTFALL", "cell_rating", value),
            `S_SHORTFALL ${JSON.stringify(value)}`,
          );
      }
    }
  });
  it("goes away for the codes and the words typed right, in NFC or NFD, in any case", () => {
    for (const value of [
      "HTTNV",
      "htxsnv",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành xuất sắc nhiệm vụ".normalize("NFD"),
      "HOÀN THÀNH TỐT NHIỆM VỤ",
    ]) {
      assert.equal(marks("S_SHORTFALL", "cell_rating", value), false, value);
      assert.equal(marks("E_TYPE", "cell_rating", value), false, value);
    }
    assert.equal(marks("E_TYPE", "cell_rating", "Hoàn thành nhiệm vụ"), false);
  });
});

describe("E_REQUIRED", () => {
  const blanks = ["", " ", "\u00a0", "\t\n", "\u2003\u3000", "\ufeff", " \u200a\u2028 "];
  it("is marked while the cell holds nothing but white space, and goes away when a value is typed", () => {
    for (const value of [null, ...blanks]) {
      assert.ok(isEmptyValue(value as CellValue));
      assert.ok(marks("E_REQUIRED", "code", value), JSON.stringify(value));
    }
    for (const value of ["CB01", 0, 12, "x", false])
      assert.equal(marks("E_REQUIRED", "code", value), false, JSON.stringify(value));
  });
  it("is marked whenever the engine says the cell is empty", () => {
    const whiteSpace = fc.constantFrom(
      " ",
      "\u00a0",
      "\t",
      "\n",
      "\r",
      "\v",
      "\f",
      "\u1680",
      "\u2000",
      "\u2005",
      "\u200a",
      "\u2028",
      "\u2029",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
    );
    fc.assert(
      fc.property(fc.array(whiteSpace, { maxLength: 6 }), (chars) => {
        const value = chars.join("");
        if (isEmptyValue(value))
          assert.ok(marks("E_REQUIRED", "name", value), JSON.stringify(value));
      }),
      RUNS,
    );
  });
});

describe("W_SMALL_CELL", () => {
  it("is marked below 3 members and goes away at 3", () => {
    assert.ok(marks("W_SMALL_CELL", "members", 2));
    assert.ok(marks("W_SMALL_CELL", "members", "2"));
    assert.equal(marks("W_SMALL_CELL", "members", 3), false);
    assert.equal(marks("W_SMALL_CELL", "members", 25), false);
  });
});

describe("static marks", () => {
  it("are TRUE while they exist, and say they are the product's", () => {
    for (const rule of [
      "E_DUPLICATE",
      "E_CONSISTENCY",
      "E_CROSS",
      "E_STRUCTURE",
      "W_TOTAL",
      "W_INFO",
      "W_ROSTER",
      "W_NORMALIZED",
    ] as RuleCode[]) {
      const condition = formulaFor(rule, "members", "D6");
      assert.deepEqual(condition, { formula: STATIC_MARK_FORMULA, dynamic: false }, rule);
      assert.ok(conditionalFormatApplies(condition.formula, "D6", "D9", sheetOf({ D9: 12 })));
    }
    for (const key of ["code", "members", "attendance_pct"] as ColumnKey[]) {
      assert.deepEqual(
        formulaFor("E_TYPE", key, `${LETTER[key]}6`),
        { formula: STATIC_MARK_FORMULA, dynamic: false },
        `E_TYPE on ${key}`,
      );
    }
  });
});

describe("every mark formula", () => {
  it("carries the owner tag, stays under Excel's 8,192 characters and moves with its anchor", () => {
    const cases: [RuleCode, ColumnKey][] = [
      ["E_REQUIRED", "name"],
      ["E_TYPE", "cell_rating"],
      ["E_RANGE", "attendance_pct"],
      ["E_RANGE", "regular_meetings"],
      ["E_RANGE", "targets_pct"],
      ["S_SHORTFALL", "targets_pct"],
      ["S_SHORTFALL", "cell_rating"],
      ["S_SHORTFALL", "regular_meetings"],
      ["S_SHORTFALL", "members_good"],
      ["W_SMALL_CELL", "members"],
    ];
    for (const [rule, key] of cases) {
      const { formula, dynamic } = formulaFor(rule, key, `${LETTER[key]}6`);
      assert.ok(dynamic, `${rule} ${key} is dynamic`);
      assert.ok(isProductMarkFormula(formula));
      assert.ok(formula.startsWith("="));
      assert.ok(formula.length < MAX_FORMULA_CHARS, `${rule} ${key}: ${formula.length} characters`);
    }
  });
  it("uses only functions of Excel 2007's set that every Excel supports (no _xlfn. prefix, no CELL)", () => {
    const allowed = new Set(
      "AND OR NOT IF IFERROR ISNUMBER ISTEXT LEN TRIM CLEAN SUBSTITUTE LEFT RIGHT TEXT INT ABS ROUND NA".split(
        " ",
      ),
    );
    for (const [rule, key] of [
      ["E_REQUIRED", "name"],
      ["E_RANGE", "attendance_pct"],
      ["E_TYPE", "cell_rating"],
      ["S_SHORTFALL", "targets_pct"],
      ["S_SHORTFALL", "members_good"],
    ] as [RuleCode, ColumnKey][]) {
      const { formula } = formulaFor(rule, key, `${LETTER[key]}6`);
      const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const [, name] of outsideText.matchAll(/([A-Z][A-Z0-9.]*)\(/g))
        assert.ok(allowed.has(name), `${rule}: ${name}`);
      assert.doesNotMatch(outsideText, /_xlfn|UNICHAR/);
    }
  });

  it("reads the cell it colours, not its anchor", () => {
    const { formula } = formulaFor("S_SHORTFALL", "regular_meetings", "G6");
    const sheet = sheetOf({ G6: 11, G7: 12, G8: 10 });
    assert.ok(conditionalFormatApplies(formula, "G6", "G6", sheet));
    assert.equal(conditionalFormatApplies(formula, "G6", "G7", sheet), false);
    assert.ok(conditionalFormatApplies(formula, "G6", "G8", sheet));
  });
});
