/**
 * Organisation summary (spec §3): cells (data rows), scored cells, cells "Đạt 4 tốt"; the
 * organisation is "Đảng bộ cơ sở 4 tốt" when it has at least one scored cell, at least 70% of its
 * scored cells are "Đạt 4 tốt", no data row has cell_rating KHTNV, and no error finding at all.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  fourGoodRow,
  rosterFor,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook } from "../index";

/** n Party cells, the first `good` of them "Đạt 4 tốt", the others not (no new member: a shortfall only). */
function cells(n: number, good: number, extra: DataRow[] = []) {
  const rows = Array.from({ length: n }, (_, i) =>
    i < good ? fourGoodRow(`CB${i}`) : fourGoodRow(`CB${i}`, `Chi bộ ${i}`, { new_members: 0 }),
  );
  const { grid } = cellsWorkbook({ rows: [...rows, ...extra] });
  return evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report.summary;
}

describe("organisation summary", () => {
  it("7 of 10 (70% exactly): Đảng bộ cơ sở 4 tốt", () => {
    assert.deepEqual(cells(10, 7), {
      cells: 10,
      scored: 10,
      fourGood: 7,
      errors: 0,
      warnings: 0,
      shortfalls: 3,
      orgFourGood: true,
    });
  });

  it("6 of 10 (60%): not", () => {
    const summary = cells(10, 6);
    assert.equal(summary.fourGood, 6);
    assert.equal(summary.orgFourGood, false);
  });

  it("2 of 3 (66.7%) is below 70%; 3 of 3 is not", () => {
    assert.equal(cells(3, 2).orgFourGood, false);
    assert.equal(cells(3, 3).orgFourGood, true);
  });

  it("69 of 100 is below; 70 of 100 is the boundary", () => {
    assert.equal(cells(100, 69).orgFourGood, false);
    assert.equal(cells(100, 70).orgFourGood, true);
  });

  it("a data row rated KHTNV forbids it, even with enough cells Đạt 4 tốt", () => {
    const summary = cells(10, 9, [fourGoodRow("KH", "Chi bộ yếu", { cell_rating: "KHTNV" })]);
    assert.equal(summary.scored, 11);
    assert.equal(summary.fourGood, 9);
    assert.equal(summary.errors, 0);
    assert.equal(summary.orgFourGood, false);
  });

  it("KHTNV in full words, in NFD, forbids it too", () => {
    const summary = cells(10, 10, [
      fourGoodRow("KH", "Chi bộ yếu", {
        cell_rating: "Không hoàn thành nhiệm vụ".normalize("NFD"),
      }),
    ]);
    assert.equal(summary.orgFourGood, false);
  });

  it("any error finding forbids it, even when every scored cell is Đạt 4 tốt", () => {
    const summary = cells(10, 10, [fourGoodRow("ERR", "", {})]);
    assert.deepEqual(summary, {
      cells: 11,
      scored: 10,
      fourGood: 10,
      errors: 1,
      warnings: 0,
      shortfalls: 0,
      orgFourGood: false,
    });
  });

  it("an error on the roster (a member of an unknown cell) forbids it too", () => {
    const good = fourGoodRow("CB01", "A", { members: 3, members_good: 3 });
    const members = [
      ...rosterFor("CB01", good),
      { member_name: "X", cell_code: "CB99", member_rating: "HTTNV" },
    ];
    const { grid } = cellsWorkbook({ rows: [good], roster: { members } });
    const summary = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report.summary;
    assert.equal(summary.scored, 1);
    assert.equal(summary.fourGood, 1);
    assert.equal(summary.errors, 1);
    assert.equal(summary.orgFourGood, false);
  });

  it("warnings do not forbid it", () => {
    const summary = cells(1, 1, [
      fourGoodRow("W", "W", { members: "3", members_good: 3, attendance_pct: 0.96 }),
    ]);
    assert.equal(summary.warnings, 2);
    assert.equal(summary.orgFourGood, true);
  });

  it("zero scored cells: not 4 tốt (no data rows at all, or every row in error)", () => {
    // v2: a header with no Party cell under it is E_STRUCTURE (the workbook is unusable).
    assert.deepEqual(cells(0, 0), {
      cells: 0,
      scored: 0,
      fourGood: 0,
      errors: 1,
      warnings: 0,
      shortfalls: 0,
      orgFourGood: false,
    });
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("A", ""), fourGoodRow("B", "")] });
    const summary = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report.summary;
    assert.equal(summary.scored, 0);
    assert.equal(summary.orgFourGood, false);
  });

  it("the share counts scored cells only: 7 of 10 scored Đạt 4 tốt plus rows in error is still 70%, but the errors forbid", () => {
    const summary = cells(10, 7, [fourGoodRow("E1", "")]);
    assert.equal(summary.cells, 11);
    assert.equal(summary.scored, 10);
    assert.equal(summary.orgFourGood, false);
  });
});
