/**
 * The front door: the report, the output writes (created at the right end when missing, found when
 * present, never elsewhere), EngineError on misuse, and an engine that never changes its input.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  fourGoodRow,
  INPUT_KEYS,
  OUTPUT_KEY_ORDER,
  otherRow,
  rosterFor,
  SHEET,
  SPEC_OUTPUT_HEADERS,
  styledText,
} from "../../../test/support/gridBuilder";
import {
  DEFAULT_RULESET,
  EngineError,
  evaluateWorkbook,
  RulesetError,
  type Ruleset,
  type WorkbookGrid,
} from "../index";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

describe("the report", () => {
  it("status, ruleset, workbook, cells and summary of a clean workbook", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "Chi bộ  Thôn\u00a0Đông"),
        fourGoodRow("CB02", "Chi bộ Thôn Tây", { new_members: 0 }),
      ],
      info: { organization: "Đảng bộ xã Thạch Hà", year: 2025 },
    });
    const ev = evaluate(grid);
    assert.equal(ev.report.status, "scored");
    assert.deepEqual(ev.report.ruleset, { id: "4tot-default", version: 1 });
    assert.deepEqual(ev.report.workbook, { organization: "Đảng bộ xã Thạch Hà", year: 2025 });
    assert.deepEqual(ev.report.cells, [
      {
        code: "CB01",
        name: "Chi bộ Thôn Đông",
        sheet: SHEET.cells,
        row: at.dataRows[0],
        status: "scored",
        scores: { I: 25, II: 25, III: 25, IV: 25 },
        total: 100,
        fourGood: true,
        failedCriteria: [],
      },
      {
        code: "CB02",
        name: "Chi bộ Thôn Tây",
        sheet: SHEET.cells,
        row: at.dataRows[1],
        status: "scored",
        scores: { I: 25, II: 25, III: 25, IV: 17 },
        total: 92,
        fourGood: false,
        failedCriteria: ["IV"],
      },
    ]);
    assert.deepEqual(ev.report.summary, {
      cells: 2,
      scored: 2,
      fourGood: 1,
      errors: 0,
      warnings: 0,
      shortfalls: 1,
      orgFourGood: false,
    });
    assert.deepEqual(ev.report.findings, [
      {
        severity: "shortfall",
        rule: "S_SHORTFALL",
        sheet: SHEET.cells,
        cell: at.cell("new_members", 1),
        message: ev.findings[0].messages.vi,
      },
    ]);
  });

  it("a row with an error: status error, no scores, code and name as typed", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow(" CB01 ", "A", { members: "x" })] });
    const [cell] = evaluate(grid).report.cells;
    assert.deepEqual(
      { ...cell, row: 0 },
      {
        code: "CB01",
        name: "A",
        sheet: SHEET.cells,
        row: 0,
        status: "error",
        scores: null,
        total: null,
        fourGood: null,
        failedCriteria: [],
      },
    );
  });

  it("a header with no data rows is E_STRUCTURE on the header's first cell: unusable (v2)", () => {
    const { grid, at } = cellsWorkbook({ rows: [] });
    const ev = evaluate(grid);
    assert.equal(ev.report.status, "unusable");
    assert.deepEqual(
      ev.report.findings.map((f) => [f.rule, f.cell]),
      [["E_STRUCTURE", `A${at.headerRow}`]],
    );
    assert.deepEqual(ev.report.cells, []);
    assert.equal(ev.report.summary.orgFourGood, false);
    assert.equal(ev.outputs, null);
  });

  it("the same grid gives the same evaluation; the grid is never changed", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { members: " 30 ", attendance_pct: 0.92 }),
        fourGoodRow("CB01"),
      ],
      roster: { members: rosterFor("CB01") },
      groupHeader: true,
      columnNumbers: true,
      totalRow: true,
      signature: true,
    });
    const before = JSON.stringify(grid);
    const frozen = deepFreeze(grid);
    const a = evaluate(frozen);
    const b = evaluate(frozen);
    assert.equal(JSON.stringify(frozen), before);
    assert.deepEqual(a, b);
  });
});

describe("outputs", () => {
  it("missing output columns are created at the right end of the header, in the spec's order", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01"), fourGoodRow("CB02")] });
    const ev = evaluate(grid);
    assert.equal(at.firstFreeColumn, "P");
    assert.deepEqual(ev.outputs?.newHeaders, [
      { cell: `P${at.headerRow}`, text: "Điểm I" },
      { cell: `Q${at.headerRow}`, text: "Điểm II" },
      { cell: `R${at.headerRow}`, text: "Điểm III" },
      { cell: `S${at.headerRow}`, text: "Điểm IV" },
      { cell: `T${at.headerRow}`, text: "Tổng điểm" },
      { cell: `U${at.headerRow}`, text: "Kết quả" },
      { cell: `V${at.headerRow}`, text: "Tiêu chí chưa đạt" },
    ]);
    assert.deepEqual(
      ev.outputs?.columns,
      OUTPUT_KEY_ORDER.map((key, i) => ({ key, column: String.fromCharCode(80 + i) })),
    );
    assert.equal(ev.outputs?.sheet, SHEET.cells);
    assert.equal(ev.outputs?.headerRow, at.headerRow);
    assert.deepEqual(
      ev.outputs?.rows.map((r) => r.row),
      at.dataRows,
    );
  });

  it("under a merged two-row header the new headers go on the header row (the lower one)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      groupHeader: true,
      columnNumbers: true,
      rowsAbove: 2,
    });
    const ev = evaluate(grid);
    assert.equal(ev.outputs?.headerRow, at.headerRow);
    assert.equal(ev.outputs?.newHeaders[0].cell, `P${at.headerRow}`);
  });

  it("after the clerks' own columns (Ghi chú) and anything beside the table", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { extra: ["ghi chú"] }),
        otherRow({}, { S: "ghi chú lạc" }),
        fourGoodRow("CB02"),
      ],
      extraColumns: ["Ghi chú"],
    });
    const ev = evaluate(grid);
    assert.equal(at.firstFreeColumn, "T");
    assert.equal(ev.outputs?.newHeaders[0].cell, `T${at.headerRow}`);
  });

  it("present output columns are found where they are, none created", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      outputs: true,
      extraColumns: ["Ghi chú"],
    });
    const ev = evaluate(grid);
    assert.deepEqual(ev.outputs?.newHeaders, []);
    assert.deepEqual(
      ev.outputs?.columns,
      OUTPUT_KEY_ORDER.map((key) => ({ key, column: at.column(key) })),
    );
    assert.deepEqual(ev.outputs?.rows[0].values, [25, 25, 25, 25, 100, "Đạt 4 tốt", null]);
  });

  it("present output columns are found by text too (no accents, NFD), in any order, between inputs", () => {
    const outputs = [
      "result",
      "score_total",
      "failed_criteria",
      "score_4",
      "score_3",
      "score_2",
      "score_1",
    ] as const;
    const headers = Object.fromEntries(
      outputs.map((k, i) => [k, styledText(SPEC_OUTPUT_HEADERS[k], i % 2 ? "nfd" : "no-accents")]),
    );
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      outputs,
      headers,
      columns: [...INPUT_KEYS].reverse(),
    });
    const ev = evaluate(grid);
    assert.deepEqual(ev.outputs?.newHeaders, []);
    for (const key of OUTPUT_KEY_ORDER) {
      assert.equal(ev.outputs?.columns.find((c) => c.key === key)?.column, at.column(key), key);
    }
  });

  it("only the missing output columns are created, after everything (present outputs included)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      outputs: ["result", "score_total"],
    });
    const ev = evaluate(grid);
    assert.equal(at.column("result"), "P");
    assert.equal(at.column("score_total"), "Q");
    assert.deepEqual(ev.outputs?.newHeaders, [
      { cell: `R${at.headerRow}`, text: "Điểm I" },
      { cell: `S${at.headerRow}`, text: "Điểm II" },
      { cell: `T${at.headerRow}`, text: "Điểm III" },
      { cell: `U${at.headerRow}`, text: "Điểm IV" },
      { cell: `V${at.headerRow}`, text: "Tiêu chí chưa đạt" },
    ]);
    assert.deepEqual(
      ev.outputs?.columns.map((c) => [c.key, c.column]),
      [
        ["score_1", "R"],
        ["score_2", "S"],
        ["score_3", "T"],
        ["score_4", "U"],
        ["score_total", "Q"],
        ["result", "P"],
        ["failed_criteria", "V"],
      ],
    );
  });

  it('output values: an error row gets only "Lỗi dữ liệu"; texts are Vietnamese whatever the language', () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        fourGoodRow("CB02", "B", { members: null }),
        fourGoodRow("CB03", "C", { regular_meetings: 0 }),
      ],
    });
    const ev = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang: "en" });
    assert.deepEqual(
      ev.outputs?.rows.map((r) => r.values),
      [
        [25, 25, 25, 25, 100, "Đạt 4 tốt", null],
        [null, null, null, null, null, "Lỗi dữ liệu", null],
        [25, 15, 25, 25, 90, "Chưa đạt", "II"],
      ],
    );
  });

  it("the layout names every recognised column and the output columns", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      columns: [...INPUT_KEYS].reverse(),
    });
    const ev = evaluate(grid);
    for (const key of INPUT_KEYS) assert.equal(ev.layout.cells?.columns[key], at.column(key));
    assert.equal(ev.layout.cells?.columns.score_1, "P");
    assert.equal(ev.layout.cells?.columns.failed_criteria, "V");
  });
});

describe("EngineError on misuse", () => {
  const { grid } = cellsWorkbook({
    rows: [fourGoodRow("CB01")],
    roster: { members: rosterFor("CB01") },
  });

  it("not a grid", () => {
    for (const bad of [
      null,
      undefined,
      42,
      "Chi bộ",
      {},
      { sheetNames: ["Chi bộ"] },
      { sheets: [] },
      { sheetNames: "Chi bộ", sheets: [] },
      { sheetNames: [1], sheets: [] },
      { sheetNames: [SHEET.cells], sheets: [{ name: SHEET.cells }] },
      { sheetNames: [SHEET.cells], sheets: [{ values: [] }] },
    ]) {
      assert.throws(
        () => evaluateWorkbook(bad as never, { ruleset: DEFAULT_RULESET }),
        EngineError,
        JSON.stringify(bad),
      );
    }
  });

  for (const role of [SHEET.cells, SHEET.info, SHEET.roster]) {
    it(`a sheet named in sheetNames but not read: "${role}"`, () => {
      const partial = {
        sheetNames: grid.sheetNames,
        sheets: grid.sheets.filter((s) => s.name !== role),
      };
      assert.throws(
        () => evaluate(partial),
        (error: unknown) => error instanceof EngineError && error.message.includes(role),
      );
    });
  }

  it("an invalid ruleset is a RulesetError, which is an EngineError", () => {
    const bad = { ...structuredClone(DEFAULT_RULESET), criteria: [] } as Ruleset;
    assert.throws(() => evaluateWorkbook(grid, { ruleset: bad }), RulesetError);
    assert.throws(() => evaluateWorkbook(grid, { ruleset: bad }), EngineError);
    assert.throws(() => evaluateWorkbook(grid, { ruleset: null as never }), EngineError);
  });

  it("no options, or an unknown language", () => {
    assert.throws(() => evaluateWorkbook(grid, undefined as never), EngineError);
    assert.throws(
      () => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang: "fr" as never }),
      EngineError,
    );
  });

  it("a grid whose rows or cells are not grid values (a Date object, a plain object, a row that is not a list, merges not a list)", () => {
    const values = grid.sheets.find((s) => s.name === SHEET.cells)!.values;
    const bad: unknown[] = [
      [...values, [null, "CB09", "Chi bộ 9", new Date(Date.UTC(2025, 0, 1))]],
      [...values, [null, { text: "CB09" }, "Chi bộ 9", 3]],
      [...values, "CB09"],
    ];
    for (const rows of bad) {
      assert.throws(
        () =>
          evaluate({
            sheetNames: [SHEET.cells],
            sheets: [{ name: SHEET.cells, values: rows as never }],
          }),
        EngineError,
      );
    }
    assert.throws(
      () =>
        evaluate({
          sheetNames: [SHEET.cells],
          sheets: [{ name: SHEET.cells, values, merges: 5 as never }],
        }),
      EngineError,
    );
  });

  it("ragged rows, missing rows (holes) and missing cells are fine: a missing cell is empty", () => {
    const values = grid.sheets.find((s) => s.name === SHEET.cells)!.values;
    const sparse: (readonly (string | number | null)[])[] = [];
    sparse[2] = values[2] as never;
    sparse[3] = values[3] as never;
    const row = [...values[3]];
    row.length = 3; // only STT, code, name
    sparse[6] = row as never;
    const ev = evaluate({
      sheetNames: [SHEET.cells],
      sheets: [{ name: SHEET.cells, values: sparse }],
    });
    assert.equal(ev.report.status, "scored");
    assert.deepEqual(ev.layout.cells?.dataRows, [4, 7]);
    assert.equal(ev.report.cells[1].status, "error");
  });

  it("problems inside cells are never exceptions", () => {
    const { grid: messy } = cellsWorkbook({
      rows: [
        { code: { error: "#REF!" }, name: true, members: { error: "#N/A" }, cell_rating: 1 },
        fourGoodRow("CB02", "B", { attendance_pct: Number.NaN, targets_pct: Infinity }),
      ],
    });
    assert.doesNotThrow(() => evaluate(messy));
  });
});
