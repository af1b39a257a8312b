/**
 * Scores of the default ruleset (spec §3) at the edge of every band, computed by hand from the
 * spec's table; criterion good when points ≥ 20 and no veto target missed; "Đạt 4 tốt" when all
 * four are good; comparisons exact (89.99 is below 90; 27 of 30 is 90%).
 *
 * Every case starts from a row with full marks (25 / 25 / 25 / 25) and changes one criterion.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  fourGoodRow,
  formatted,
  OUTPUT_KEY_ORDER,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook } from "../index";

type Id = "I" | "II" | "III" | "IV";
// [what, overrides, criterion, its points, good?]
type Case = [string, DataRow, Id, number, boolean];

const cases: Case[] = [
  // I: targets_pct ≥100 → 15; ≥90 → 10; ≥80 → 5; else 0 + rating HTXSNV 10, HTTNV 8, HTNV 4, KHTNV 0 (veto: HTTNV/HTXSNV)
  ["targets 100, HTXSNV", { targets_pct: 100 }, "I", 25, true],
  ["targets 200", { targets_pct: 200 }, "I", 25, true],
  ["targets 99.99 (below 100)", { targets_pct: 99.99 }, "I", 20, true],
  ["targets 90 (exactly 20 points is good)", { targets_pct: 90 }, "I", 20, true],
  ["targets 89.99", { targets_pct: 89.99 }, "I", 15, false],
  ["targets 80", { targets_pct: 80 }, "I", 15, false],
  ["targets 79.99", { targets_pct: 79.99 }, "I", 10, false],
  ["targets 0", { targets_pct: 0 }, "I", 10, false],
  ["HTTNV", { cell_rating: "HTTNV" }, "I", 23, true],
  ["HTNV (veto)", { cell_rating: "HTNV" }, "I", 19, false],
  ["KHTNV (veto)", { cell_rating: "KHTNV" }, "I", 15, false],
  ["targets 90, HTTNV", { targets_pct: 90, cell_rating: "HTTNV" }, "I", 18, false],
  ["targets 0.9 in a % cell (90)", { targets_pct: formatted(0.9, "0%") }, "I", 20, true],
  // II: regular 12 → 10, 11 → 5, else 0; thematic ≥4 → 7, 3 → 4, else 0; attendance ≥95 → 8, ≥90 → 6, else 0 (veto ≥ 90)
  ["12 / 4 / 95", { attendance_pct: 95 }, "II", 25, true],
  ["attendance 94.99", { attendance_pct: 94.99 }, "II", 23, true],
  ["attendance 90", { attendance_pct: 90 }, "II", 23, true],
  ["attendance 89.99 (veto)", { attendance_pct: 89.99 }, "II", 17, false],
  ["attendance 0", { attendance_pct: 0 }, "II", 17, false],
  ["11 regular meetings (20 is good)", { regular_meetings: 11 }, "II", 20, true],
  ["11 regular, attendance 94", { regular_meetings: 11, attendance_pct: 94 }, "II", 18, false],
  ["10 regular meetings", { regular_meetings: 10 }, "II", 15, false],
  ["0 regular meetings", { regular_meetings: 0 }, "II", 15, false],
  ["3 thematic", { thematic_meetings: 3 }, "II", 22, true],
  ["2 thematic", { thematic_meetings: 2 }, "II", 18, false],
  ["12 thematic", { thematic_meetings: 12 }, "II", 25, true],
  ["11 regular, 3 thematic", { regular_meetings: 11, thematic_meetings: 3 }, "II", 17, false],
  // III: disciplined 0 → 10 (veto); disunity 0 → 8 (veto); absences 0 → 7, 1–2 → 3, else 0
  ["0 / 0 / 0", {}, "III", 25, true],
  ["1 absence", { absent_no_reason: 1 }, "III", 21, true],
  ["2 absences", { absent_no_reason: 2 }, "III", 21, true],
  ["3 absences", { absent_no_reason: 3 }, "III", 18, false],
  ["1 disciplined (veto)", { disciplined: 1 }, "III", 15, false],
  ["1 disunity case (veto)", { disunity_cases: 1 }, "III", 17, false],
  // IV: members_good/members ≥90% → 12, ≥80% → 8, ≥70% → 4, else 0; failed 0 → 5 (veto); new ≥1 → 8
  ["27 of 30 good (90% exactly)", { members_good: 27 }, "IV", 25, true],
  ["9 of 10 good", { members: 10, members_good: 9 }, "IV", 25, true],
  ["99 of 110 good", { members: 110, members_good: 99 }, "IV", 25, true],
  ["26 of 30 good (86.7%)", { members_good: 26 }, "IV", 21, true],
  ["24 of 30 good (80%)", { members_good: 24 }, "IV", 21, true],
  ["23 of 30 good (76.7%)", { members_good: 23 }, "IV", 17, false],
  ["21 of 30 good (70%)", { members_good: 21 }, "IV", 17, false],
  ["20 of 30 good (66.7%)", { members_good: 20 }, "IV", 13, false],
  ["0 good", { members_good: 0 }, "IV", 13, false],
  ["30 of 30 good", { members_good: 30 }, "IV", 25, true],
  ["1 failed: 20 points, but the veto keeps IV not good", { members_failed: 1 }, "IV", 20, false],
  ["1 failed, 26 good", { members_good: 26, members_failed: 1 }, "IV", 16, false],
  ["0 new members", { new_members: 0 }, "IV", 17, false],
  ["5 new members", { new_members: 5 }, "IV", 25, true],
];

function evaluateRow(overrides: DataRow) {
  const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01", "Chi bộ 1", overrides)] });
  return { ev: evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }), at };
}

describe("scores of the default ruleset at every band edge", () => {
  for (const [what, overrides, id, points, good] of cases) {
    it(`${id}: ${what} → ${points}, ${good ? "good" : "not good"}`, () => {
      const { ev } = evaluateRow(overrides);
      const cell = ev.report.cells[0];
      assert.equal(cell.status, "scored", JSON.stringify(ev.report.findings));
      const expected = { I: 25, II: 25, III: 25, IV: 25, [id]: points };
      assert.deepEqual(cell.scores, expected);
      assert.equal(cell.total, 75 + points);
      assert.deepEqual(cell.failedCriteria, good ? [] : [id]);
      assert.equal(cell.fourGood, good);
      const values = ev.outputs?.rows[0].values;
      assert.deepEqual(values, [
        expected.I,
        expected.II,
        expected.III,
        expected.IV,
        75 + points,
        good ? "Đạt 4 tốt" : "Chưa đạt",
        good ? null : id,
      ]);
    });
  }
});

describe("several criteria at once", () => {
  it('failed criteria are listed in order: "II, IV"', () => {
    const { ev } = evaluateRow({ new_members: 0, regular_meetings: 10 });
    const cell = ev.report.cells[0];
    assert.deepEqual(cell.scores, { I: 25, II: 15, III: 25, IV: 17 });
    assert.equal(cell.total, 82);
    assert.deepEqual(cell.failedCriteria, ["II", "IV"]);
    assert.deepEqual(ev.outputs?.rows[0].values.slice(4), [82, "Chưa đạt", "II, IV"]);
  });

  it("all four not good", () => {
    const { ev } = evaluateRow({
      cell_rating: "HTNV",
      attendance_pct: 80,
      disciplined: 1,
      members_failed: 1,
    });
    const cell = ev.report.cells[0];
    assert.deepEqual(cell.scores, { I: 19, II: 17, III: 15, IV: 20 });
    assert.equal(cell.total, 71);
    assert.deepEqual(cell.failedCriteria, ["I", "II", "III", "IV"]);
    assert.deepEqual(ev.outputs?.rows[0].values.slice(5), ["Chưa đạt", "I, II, III, IV"]);
  });

  it("the lowest row that is still Đạt 4 tốt: 20 / 20 / 21 / 21 = 82", () => {
    const { ev } = evaluateRow({
      targets_pct: 90,
      regular_meetings: 11,
      absent_no_reason: 2,
      members_good: 24,
    });
    const cell = ev.report.cells[0];
    assert.deepEqual(cell.scores, { I: 20, II: 20, III: 21, IV: 21 });
    assert.equal(cell.total, 82);
    assert.equal(cell.fourGood, true);
    assert.deepEqual(ev.outputs?.rows[0].values.slice(5), ["Đạt 4 tốt", null]);
  });

  it("output values come in the order of the output columns", () => {
    const { ev } = evaluateRow({});
    assert.deepEqual(
      ev.outputs?.columns.map((c) => c.key),
      OUTPUT_KEY_ORDER,
    );
    assert.deepEqual(ev.outputs?.rows[0].values, [25, 25, 25, 25, 100, "Đạt 4 tốt", null]);
  });
});
