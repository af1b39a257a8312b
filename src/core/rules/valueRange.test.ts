/**
 * E_RANGE (spec §1 columns table, §2): members ≥ 1; targets 0–200; meetings 0–12; attendance
 * 0–100; counts ≥ 0. On that cell; the row is not scored. An out-of-range value is not a valid
 * value, so it gets no shortfall (engine decision, docs/decisions.md).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  formatted,
  fourGoodRow,
  pairs,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type CellsInputKey, type WorkbookGrid } from "../index";
import { valueRangeRule } from "./valueRange";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

type Case = [CellsInputKey, DataRow[CellsInputKey], boolean, DataRow?];

// [key, value, out of range?, other values of the row]
const cases: Case[] = [
  ["members", 0, true, { members_good: 0, members_failed: 0, new_members: 0 }],
  ["members", -1, true, { members_good: 0, members_failed: 0, new_members: 0 }],
  ["members", 1, false, { members_good: 1, new_members: 0 }],
  ["targets_pct", -0.5, true],
  ["targets_pct", 0, false],
  ["targets_pct", 200, false],
  ["targets_pct", 200.01, true],
  ["targets_pct", formatted(2, "0%"), false],
  ["targets_pct", formatted(2.5, "0%"), true],
  ["regular_meetings", 13, true],
  ["regular_meetings", 12, false],
  ["regular_meetings", 0, false],
  ["regular_meetings", -1, true],
  ["thematic_meetings", 12, false],
  ["thematic_meetings", 13, true],
  ["attendance_pct", 100, false],
  ["attendance_pct", 100.5, true],
  ["attendance_pct", formatted(1.01, "0%"), true],
  ["attendance_pct", 0, false],
  ["attendance_pct", -1, true],
  ["disciplined", -1, true],
  ["disunity_cases", -2, true],
  ["absent_no_reason", -1, true],
  ["absent_no_reason", 1000, false],
  ["members_good", -1, true],
  ["members_failed", -1, true],
  ["new_members", -1, true],
];

describe("E_RANGE", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...valueRangeRule.codes], ["E_RANGE"]);
  });

  for (const [key, value, out, more] of cases) {
    const shown =
      typeof value === "object" && value !== null
        ? `${JSON.stringify((value as { value: unknown }).value)} in a % cell`
        : String(value);
    it(`${key} = ${shown} is ${out ? "" : "not "}out of range`, () => {
      const { grid, at } = cellsWorkbook({
        rows: [fourGoodRow("CB01", "A", { ...(more ?? {}), [key]: value })],
      });
      const ev = evaluate(grid);
      assert.deepEqual(
        findingPairs(ev, valueRangeRule.codes),
        out ? pairs(["E_RANGE", at.cell(key, 0)]) : [],
      );
      if (out) {
        assert.equal(ev.report.cells[0].status, "error");
        assert.deepEqual(
          findingPairs(ev, ["S_SHORTFALL"]).filter(([, cell]) => cell === at.cell(key, 0)),
          [],
          "no shortfall on an out-of-range value",
        );
      }
    });
  }

  it("the message states the bounds", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01", "A", { regular_meetings: 13 })] });
    const f = evaluate(grid).findings.find((x) => x.rule === "E_RANGE")!;
    assert.match(f.messages.vi, /0/);
    assert.match(f.messages.vi, /12/);
    assert.match(f.messages.en, /12/);
  });
});
