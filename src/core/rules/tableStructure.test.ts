/**
 * E_STRUCTURE (spec §1, §2), blocking: sheet "Chi bộ" missing (A1 of "Chi bộ"); no header (A1);
 * a required column not found (A1); a recognised column, input or output, found twice (on the
 * second header cell). The workbook is then "unusable": nothing is scored or written but the report.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  INPUT_KEYS,
  pairs,
  REQUIRED_INPUT_KEYS,
  rosterFor,
  SHEET,
  sheetGrid,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type Evaluation, type WorkbookGrid } from "../index";
import { tableStructureRule } from "./tableStructure";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

function assertUnusable(ev: Evaluation): void {
  assert.equal(ev.report.status, "unusable");
  assert.deepEqual(ev.report.cells, []);
  assert.equal(ev.outputs, null);
  assert.equal(ev.report.summary.scored, 0);
  assert.equal(ev.report.summary.fourGood, 0);
  assert.equal(ev.report.summary.orgFourGood, false);
  assert.ok(ev.report.summary.errors >= 1);
  const blocking = ev.report.findings.filter((f) => f.rule === "E_STRUCTURE");
  assert.ok(blocking.length >= 1);
  assert.ok(blocking.every((f) => f.severity === "error"));
  assert.ok(
    ev.report.findings.every((f) => ["E_STRUCTURE", "W_INFO", "W_ROSTER"].includes(f.rule)),
    `nothing but the structure is checked: ${JSON.stringify(ev.report.findings.map((f) => f.rule))}`,
  );
  assert.equal(typeof ev.canonicalInputs, "string");
}

describe("E_STRUCTURE", () => {
  it('is a code of the table structure rule (E_STRUCTURE on "Chi bộ", W_ROSTER on the roster)', () => {
    assert.deepEqual([...tableStructureRule.codes], ["E_STRUCTURE", "W_ROSTER"]);
  });

  it('no "Chi bộ" sheet: E_STRUCTURE on A1 of "Chi bộ", unusable', () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")], cellsSheetName: null });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev, null, null), pairs(["E_STRUCTURE", `${SHEET.cells}!A1`]));
    assertUnusable(ev);
  });

  it('a sheet "Chi bộ 2025" or "Sheet1" is not "Chi bộ"', () => {
    for (const name of ["Chi bộ 2025", "Sheet1", "Đảng bộ"]) {
      const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")], cellsSheetName: name });
      const ev = evaluate(grid);
      assert.deepEqual(
        findingPairs(ev, ["E_STRUCTURE"], null),
        pairs(["E_STRUCTURE", `${SHEET.cells}!A1`]),
        name,
      );
    }
  });

  it('the sheet by its aliases, in capitals, without accents or in NFD, is "Chi bộ"', () => {
    for (const name of [
      "Chấm điểm chi bộ",
      "Đánh giá chi bộ",
      "CHI BỘ",
      "Chi bo",
      "Chi bộ".normalize("NFD"),
      " Chi bộ ",
    ]) {
      const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")], cellsSheetName: name });
      const ev = evaluate(grid);
      assert.equal(ev.report.status, "scored", name);
      assert.equal(ev.report.cells[0].sheet, name);
      assert.equal(ev.outputs?.sheet, name);
    }
  });

  it("no header (no row with 3 recognised input columns): E_STRUCTURE on A1, unusable", () => {
    const sheet = sheetGrid(SHEET.cells, [
      ["BẢNG TỔNG HỢP"],
      [],
      ["STT", "Mã chi bộ", "Tên chi bộ", "Ghi chú"],
      [1, "CB01", "A", ""],
    ]);
    const ev = evaluate({ sheetNames: [SHEET.cells], sheets: [sheet] });
    assert.deepEqual(findingPairs(ev, ["E_STRUCTURE"]), pairs(["E_STRUCTURE", "A1"]));
    assertUnusable(ev);
  });

  it("an empty sheet: E_STRUCTURE on A1", () => {
    const ev = evaluate({ sheetNames: [SHEET.cells], sheets: [{ name: SHEET.cells, values: [] }] });
    assert.deepEqual(findingPairs(ev, ["E_STRUCTURE"]), pairs(["E_STRUCTURE", "A1"]));
    assertUnusable(ev);
  });

  for (const missing of REQUIRED_INPUT_KEYS) {
    it(`required column ${missing} missing: E_STRUCTURE on A1, unusable`, () => {
      const { grid } = cellsWorkbook({
        rows: [fourGoodRow("CB01")],
        columns: INPUT_KEYS.filter((k) => k !== missing),
      });
      const ev = evaluate(grid);
      assert.deepEqual(findingPairs(ev, ["E_STRUCTURE"]), pairs(["E_STRUCTURE", "A1"]));
      assertUnusable(ev);
      assert.match(ev.findings.find((f) => f.rule === "E_STRUCTURE")!.messages.vi, /thiếu cột/);
    });
  }

  it("two required columns missing: one E_STRUCTURE each", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      columns: INPUT_KEYS.filter((k) => k !== "members" && k !== "new_members"),
    });
    assert.deepEqual(
      findingPairs(evaluate(grid), ["E_STRUCTURE"]),
      pairs(["E_STRUCTURE", "A1"], ["E_STRUCTURE", "A1"]),
    );
  });

  it("STT is optional: a table without it is usable", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      columns: INPUT_KEYS.filter((k) => k !== "stt"),
    });
    assert.equal(evaluate(grid).report.status, "scored");
  });

  it("an input column found twice: E_STRUCTURE on the second header cell, unusable", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01")], repeat: "members" });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), pairs(["E_STRUCTURE", `P${at.headerRow}`]));
    assertUnusable(ev);
  });

  it("a column twice under two of its names (Tổng số đảng viên, Số đảng viên)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      repeat: "members",
      headers: {},
    });
    const withAlias = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      extraColumns: ["Số đảng viên"],
    });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["E_STRUCTURE", `P${at.headerRow}`]));
    const ev = evaluate(withAlias.grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(["E_STRUCTURE", withAlias.at.header("Số đảng viên" as never)]),
    );
    assertUnusable(ev);
  });

  it("STT twice is a recognised column found twice too", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01")], repeat: "stt" });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["E_STRUCTURE", `P${at.headerRow}`]));
  });

  it("an output column found twice: E_STRUCTURE on the second", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      outputs: true,
      repeat: "result",
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), pairs(["E_STRUCTURE", `W${at.headerRow}`]));
    assertUnusable(ev);
  });

  it("unusable: data errors are not checked, a roster is not cross-checked, W_INFO still reported", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { members: "ba mươi" }), fourGoodRow("CB01")],
      columns: INPUT_KEYS.filter((k) => k !== "attendance_pct"),
      roster: { members: rosterFor("CB77") },
      info: null,
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_STRUCTURE", `${SHEET.cells}!A1`], ["W_INFO", `${SHEET.info}!A1`]),
    );
    assertUnusable(ev);
  });
});

describe("v2: E_STRUCTURE for a header with no Party cell; W_ROSTER when Chi bộ is unusable", () => {
  it("a header with no data row under it: E_STRUCTURE on the header's first cell, blocking", () => {
    const { grid, at } = cellsWorkbook({ rows: [], signature: true });
    const ev = evaluate(grid);
    assertUnusable(ev);
    assert.deepEqual(findingPairs(ev), [["E_STRUCTURE", `A${at.headerRow}`]]);
    assert.match(ev.findings[0].messages.en, /no Party cell under it/);
  });

  it("a roster without a header: W_ROSTER reported even when Chi bộ is unusable", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      columns: INPUT_KEYS.filter((k) => k !== "members"),
      roster: sheetGrid(SHEET.roster, [["DANH SÁCH"]]),
      info: null,
    });
    const ev = evaluate(grid);
    assertUnusable(ev);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(
        ["W_INFO", `${SHEET.info}!A1`],
        ["E_STRUCTURE", `${SHEET.cells}!A1`],
        ["W_ROSTER", `${SHEET.roster}!A1`],
      ),
    );
  });

  it("an unusable workbook lists no finding about single values", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "", { members: "mười", attendance_pct: 50 }), fourGoodRow("CB01")],
      columns: INPUT_KEYS.filter((k) => k !== "new_members"),
    });
    const ev = evaluate(grid);
    assertUnusable(ev);
    assert.deepEqual(findingPairs(ev), [["E_STRUCTURE", "A1"]]);
  });
});
