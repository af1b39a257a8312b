/**
 * Property: the engine never throws on a well-formed grid, whatever its cells hold, and what it
 * answers is sound — every finding points at a real cell of the right sheet, scores stay within
 * 0–25 per criterion and 0–100 in total, the summary counts what the report lists. Misuse (a grid
 * that is not one) is an EngineError, never a TypeError from deep inside.
 *
 * Seeds are fixed so CI is reproducible; on failure fast-check prints the seed, the path and the
 * shrunk counterexample (rerun with `{ seed, path }` in the `fc.assert` options to replay it).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  CELLS_COLUMNS,
  DEFAULT_RULESET,
  EngineError,
  evaluateWorkbook,
  type CellValue,
  type WorkbookGrid,
} from "../../src/core";
import { assertFindingsPointAtRealCells, assertScoresBounded } from "./evaluationChecks";
import { evaluationModelArb, render } from "./evaluationModel";
import { nonFiniteArb, sheetGridArb, workbookGridArb } from "./gridArbitraries";

fc.configureGlobal({ includeErrorInReport: true });

const ruleset = DEFAULT_RULESET;
const SEED = 20251201;

function evaluate(grid: WorkbookGrid, lang: "vi" | "en" = "vi") {
  return evaluateWorkbook(grid, { ruleset, lang });
}

describe("the engine on arbitrary grids", () => {
  it("never throws, and every finding points at a real cell of the right sheet", () => {
    fc.assert(
      fc.property(workbookGridArb, fc.constantFrom<"vi" | "en">("vi", "en"), (grid, lang) => {
        const evaluation = evaluate(grid, lang);
        assertFindingsPointAtRealCells(grid, evaluation);
        assertScoresBounded(evaluation);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it("never throws on a sheet named like every role at once, with duplicates by normalisation", () => {
    const names = fc.shuffledSubarray(
      [
        "Chi bộ",
        "CHI BO",
        "Chi bộ".normalize("NFD"),
        "Thông tin",
        "thong\u00a0tin",
        "Đảng viên",
        "Danh sách đảng viên",
        "Kết quả kiểm tra",
      ],
      {
        minLength: 1,
      },
    );
    fc.assert(
      fc.property(
        names.chain((list) =>
          fc.tuple(fc.constant(list), fc.tuple(...list.map((n) => sheetGridArb(n, { rows: 20 })))),
        ),
        ([sheetNames, sheets]) => {
          const grid = { sheetNames, sheets };
          const evaluation = evaluate(grid);
          assertFindingsPointAtRealCells(grid, evaluation);
          assertScoresBounded(evaluation);
        },
      ),
      { numRuns: 150, seed: SEED + 1 },
    );
  });

  it("never throws when numbers are not finite (NaN, ±Infinity), which no edge should produce", () => {
    fc.assert(
      fc.property(
        evaluationModelArb,
        fc.array(fc.tuple(fc.nat(40), fc.nat(25), nonFiniteArb), { minLength: 1, maxLength: 6 }),
        (model, spots) => {
          const rendered = render(model);
          const grid = rendered.grid;
          const sheets = grid.sheets.map((s) => {
            if (s.name !== rendered.cellsSheet) return s;
            const values = s.values.map((r) => [...(r ?? [])]) as CellValue[][];
            for (const [r, c, v] of spots) {
              const row =
                rendered.headerRow + 1 + (r % Math.max(1, rendered.height - rendered.headerRow));
              while (values.length <= row) values.push([]);
              values[row][c] = v;
            }
            return { ...s, values };
          });
          const spoiled = { ...grid, sheets };
          const evaluation = evaluate(spoiled);
          assertFindingsPointAtRealCells(spoiled, evaluation);
          assertScoresBounded(evaluation);
        },
      ),
      { numRuns: 150, seed: SEED + 2 },
    );
  });
});

describe("the engine on structured evaluation workbooks", () => {
  it("never throws, findings point at real cells, scores stay within 0–25 and 0–100", () => {
    let scored = 0;
    let fourGood = 0;
    fc.assert(
      fc.property(evaluationModelArb, fc.constantFrom<"vi" | "en">("vi", "en"), (model, lang) => {
        const { grid } = render(model);
        const evaluation = evaluate(grid, lang);
        // A structured workbook is always usable, unless no row under its header is a Party
        // cell (v2: E_STRUCTURE on the header, the one blocking finding).
        if (evaluation.report.status !== "scored") {
          assert.deepEqual(evaluation.layout.cells?.dataRows, [], "unusable only without data");
          assert.deepEqual(
            evaluation.report.findings.filter((f) => f.rule === "E_STRUCTURE").map((f) => f.cell),
            [`A${evaluation.layout.cells?.headerRow}`],
            "one E_STRUCTURE, on the header",
          );
        }
        assertFindingsPointAtRealCells(grid, evaluation);
        assertScoresBounded(evaluation);
        scored += evaluation.report.summary.scored;
        fourGood += evaluation.report.summary.fourGood;
      }),
      { numRuns: 300, seed: SEED + 3 },
    );
    // The generator must reach the scoring path, or the bounds above prove nothing.
    assert.ok(scored > 100, `scored Party cells over all runs: ${scored}`);
    assert.ok(fourGood > 5, `"Đạt 4 tốt" cells over all runs: ${fourGood}`);
  });
});

describe("misuse is an EngineError", () => {
  const malformed: [string, unknown][] = [
    ["null", null],
    ["a string", "Chi bộ"],
    ["no sheetNames", { sheets: [] }],
    ["sheetNames not strings", { sheetNames: [1], sheets: [] }],
    ["sheets not an array", { sheetNames: [], sheets: {} }],
    ["a sheet without values", { sheetNames: ["Chi bộ"], sheets: [{ name: "Chi bộ" }] }],
    ["a role's sheet listed but not read", { sheetNames: ["Chi bộ"], sheets: [] }],
  ];
  for (const [name, grid] of malformed) {
    it(name, () => {
      assert.throws(() => evaluateWorkbook(grid as WorkbookGrid, { ruleset }), EngineError);
    });
  }

  it("a row that is not an array", () => {
    const grid = { sheetNames: ["Chi bộ"], sheets: [{ name: "Chi bộ", values: [5] }] };
    assert.throws(
      () => evaluateWorkbook(grid as unknown as WorkbookGrid, { ruleset }),
      EngineError,
    );
  });
});

/**
 * Rows that hold a Party cell's values are never dropped without a finding, unless a rule of the
 * spec (§1 "which rows are data") says so: a total row, the row of column numbers, the rows after
 * a signature block (docs/decisions.md lists these as the spec's own choices).
 */
describe("no row of data disappears without a finding", () => {
  const header = CELLS_COLUMNS.map((c) => c.header);
  const row = (code: CellValue, name: CellValue, rating: CellValue = "HTXSNV"): CellValue[] => [
    1,
    code,
    name,
    30,
    100,
    rating,
    12,
    4,
    96,
    0,
    0,
    0,
    28,
    0,
    1,
  ];
  const cellsOnly = (rows: CellValue[][]): WorkbookGrid => ({
    sheetNames: ["Chi bộ"],
    sheets: [{ name: "Chi bộ", values: [header, ...rows] }],
  });
  /** Every row holding a members count is a Party cell of the report, or has a finding on its row. */
  function assertNoSilentRow(grid: WorkbookGrid): void {
    const evaluation = evaluate(grid);
    const reported = new Set(evaluation.report.cells.map((c) => c.row));
    const flagged = new Set(
      evaluation.findings.filter((f) => f.sheet === "Chi bộ").map((f) => f.row),
    );
    grid.sheets[0].values.forEach((values, i) => {
      if (i === 0 || typeof values?.[3] !== "number") return;
      assert.ok(
        reported.has(i + 1) || flagged.has(i + 1),
        `row ${i + 1} holds a Party cell's values but was dropped silently`,
      );
    });
  }

  it("rows with a code are reported, between empty rows, section headings and notes", () => {
    assertNoSilentRow(
      cellsOnly([
        [null, null, "A. Khối xã"],
        row("CB01", "Chi bộ thôn Bắc"),
        [],
        [null, null, "Ghi chú: số liệu đến 30/11"],
        row("CB02", "Chi bộ thôn Nam"),
        row(7, "Tổng đội thanh niên xung phong"),
      ]),
    );
  });

  it("a code or a name that is only a zero-width space is empty (E_REQUIRED), like a blank", () => {
    const evaluation = evaluate(cellsOnly([row("\u200b", "\u200b")]));
    assert.deepEqual(
      evaluation.findings.filter((f) => f.rule === "E_REQUIRED").map((f) => f.cell),
      ["B2", "C2"],
    );
  });
});
