/**
 * W_NORMALIZED (spec §1 "Values", §2): a value accepted after normalisation. Digits typed as text
 * (" 12 ", "+5"), percents typed as text ("92%", "92 %", "92,5%", "92,5", "0,92"), a plain number
 * in (0, 1] read as a fraction. A warning: the row is still scored, on the normalised value. A value
 * normalised and then out of range gets both findings.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  formatted,
  fourGoodRow,
  pairs,
  SHEET,
  withMerges,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type CellsInputKey, type WorkbookGrid } from "../index";
import { normalizedValueRule } from "./normalizedValue";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

function single(key: CellsInputKey, value: DataRow[CellsInputKey], more: DataRow = {}) {
  const built = cellsWorkbook({
    rows: [fourGoodRow("CB01", "Chi bộ 1", { [key]: value, ...more })],
  });
  return { ...built, ev: evaluate(built.grid) };
}

describe("W_NORMALIZED", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...normalizedValueRule.codes], ["W_NORMALIZED"]);
  });

  it('" 12 " in regular meetings is read as 12 with W_NORMALIZED, and scored as 12', () => {
    const { ev, at } = single("regular_meetings", " 12 ");
    assert.deepEqual(findingPairs(ev), pairs(["W_NORMALIZED", at.cell("regular_meetings", 0)]));
    assert.equal(ev.report.cells[0].status, "scored");
    assert.equal(ev.report.cells[0].scores?.II, 25);
    assert.equal(ev.findings[0].severity, "warning");
  });

  it('"+5" in absences is read as 5 with W_NORMALIZED (III: 10 + 8 + 0)', () => {
    const { ev, at } = single("absent_no_reason", "+5");
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ["W_NORMALIZED", at.cell("absent_no_reason", 0)],
        ["S_SHORTFALL", at.cell("absent_no_reason", 0)],
      ),
    );
    assert.equal(ev.report.cells[0].scores?.III, 18);
  });

  it("digits typed as text in members (NBSP around)", () => {
    const { ev, at } = single("members", "\u00a030\u00a0");
    assert.deepEqual(findingPairs(ev), pairs(["W_NORMALIZED", at.cell("members", 0)]));
    assert.equal(ev.report.cells[0].scores?.IV, 25);
  });

  it("a plain 0.92 in attendance is 92 with W_NORMALIZED (II: 10 + 7 + 6 = 23)", () => {
    const { ev, at } = single("attendance_pct", 0.92);
    assert.deepEqual(findingPairs(ev), pairs(["W_NORMALIZED", at.cell("attendance_pct", 0)]));
    assert.equal(ev.report.cells[0].scores?.II, 23);
  });

  it('0.92 in a "0%" cell is 92 without a warning', () => {
    const { ev } = single("attendance_pct", formatted(0.92, "0%"));
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.report.cells[0].scores?.II, 23);
  });

  it('0.57 in a "0%" cell is exactly 57 (no 56.999…): below 90, II gets 10 + 7 + 0', () => {
    const { ev, at } = single("attendance_pct", formatted(0.57, "0%"));
    assert.deepEqual(findingPairs(ev), pairs(["S_SHORTFALL", at.cell("attendance_pct", 0)]));
    assert.equal(ev.report.cells[0].scores?.II, 17);
    assert.match(ev.findings[0].messages.vi, /57%/);
    assert.doesNotMatch(ev.findings[0].messages.vi, /56,9/);
  });

  it('0.9 in a "0%" cell is exactly 90: meets the attendance target', () => {
    const { ev } = single("attendance_pct", formatted(0.9, "0%"));
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.report.cells[0].scores?.II, 23);
  });

  it("a plain 1 is read as a fraction: 100% with W_NORMALIZED", () => {
    const { ev, at } = single("targets_pct", 1);
    assert.deepEqual(findingPairs(ev), pairs(["W_NORMALIZED", at.cell("targets_pct", 0)]));
    assert.equal(ev.report.cells[0].scores?.I, 25);
  });

  const texts: [string, number][] = [
    ["92%", 6],
    ["92 %", 6],
    ["92,5%", 6],
    ["92,5", 6],
    ["0,92", 6],
    ["95%", 8],
    ["0,95", 8],
    ["89,99%", 0],
  ];
  for (const [text, points] of texts) {
    it(`attendance typed "${text}" is accepted with W_NORMALIZED and earns ${points}`, () => {
      const { ev, at } = single("attendance_pct", text);
      const expected = pairs(
        ["W_NORMALIZED", at.cell("attendance_pct", 0)],
        ...(points === 0
          ? [["S_SHORTFALL", at.cell("attendance_pct", 0)] as ["S_SHORTFALL", string]]
          : []),
      );
      assert.deepEqual(findingPairs(ev), expected);
      assert.equal(ev.report.cells[0].scores?.II, 17 + points);
    });
  }

  it("a normalised value that is then out of range gets both findings, and is not scored", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { disciplined: "-1" }),
        fourGoodRow("CB02", "B", { attendance_pct: "105%" }),
        fourGoodRow("CB03", "C", { regular_meetings: " 13 " }),
        fourGoodRow("CB04", "D", { targets_pct: "250" }),
        fourGoodRow("CB05", "E", { members: "0" }),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ["W_NORMALIZED", at.cell("disciplined", 0)],
        ["E_RANGE", at.cell("disciplined", 0)],
        ["W_NORMALIZED", at.cell("attendance_pct", 1)],
        ["E_RANGE", at.cell("attendance_pct", 1)],
        ["W_NORMALIZED", at.cell("regular_meetings", 2)],
        ["E_RANGE", at.cell("regular_meetings", 2)],
        ["W_NORMALIZED", at.cell("targets_pct", 3)],
        ["E_RANGE", at.cell("targets_pct", 3)],
        ["W_NORMALIZED", at.cell("members", 4)],
        ["E_RANGE", at.cell("members", 4)],
      ),
    );
    assert.ok(ev.report.cells.every((c) => c.status === "error"));
  });

  it("numbers stored as numbers and ratings never give W_NORMALIZED", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { cell_rating: "httnv", attendance_pct: 92 })],
    });
    assert.deepEqual(findingPairs(evaluate(grid), normalizedValueRule.codes), []);
  });

  it("several normalised values in one row: one warning each, row still scored", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", {
          members: "30",
          targets_pct: "100%",
          attendance_pct: 0.96,
          new_members: "1",
        }),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ["W_NORMALIZED", at.cell("members", 0)],
        ["W_NORMALIZED", at.cell("targets_pct", 0)],
        ["W_NORMALIZED", at.cell("attendance_pct", 0)],
        ["W_NORMALIZED", at.cell("new_members", 0)],
      ),
    );
    assert.equal(ev.report.cells[0].total, 100);
    assert.equal(ev.report.summary.warnings, 4);
  });
});

describe("v2: W_NORMALIZED on a Chi bộ input cell filled from a merge above it", () => {
  it('each filled cell: "merged with F10: its value is read for this row too"', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02"), fourGoodRow("CB03")],
    });
    const top = at.cell("thematic_meetings", 0);
    const merged = withMerges(grid, SHEET.cells, [`${top}:${at.cell("thematic_meetings", 2)}`]);
    const ev = evaluate(merged);
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ["W_NORMALIZED", at.cell("thematic_meetings", 1)],
        ["W_NORMALIZED", at.cell("thematic_meetings", 2)],
      ),
    );
    const finding = ev.findings[0];
    assert.equal(finding.cellCode, "CB02");
    assert.equal(finding.key, "thematic_meetings");
    assert.match(
      finding.messages.en,
      new RegExp(`merged with ${top}: its value is read for this row too`),
    );
    assert.deepEqual(
      ev.report.cells.map((c) => c.fourGood),
      [true, true, true],
      "the merge's value is read for every row",
    );
  });

  it("a merged code repeats: E_DUPLICATE, which is what it is", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01"), fourGoodRow("CB02")] });
    const merged = withMerges(grid, SHEET.cells, [`${at.cell("code", 0)}:${at.cell("code", 1)}`]);
    assert.deepEqual(
      findingPairs(evaluate(merged)),
      pairs(
        ["E_DUPLICATE", at.cell("code", 0)],
        ["E_DUPLICATE", at.cell("code", 1)],
        ["W_NORMALIZED", at.cell("code", 1)],
      ),
    );
  });
});
