/** W_SMALL_CELL (spec §2, §4): members < 3 (the total count), on the members cell; a warning only. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellsWorkbook, findingPairs, fourGoodRow, pairs } from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, MIN_CELL_MEMBERS, type WorkbookGrid } from "../index";
import { smallCellRule } from "./smallCell";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

describe("W_SMALL_CELL", () => {
  it("is the code this rule emits; the Party Charter minimum is 3", () => {
    assert.deepEqual([...smallCellRule.codes], ["W_SMALL_CELL"]);
    assert.equal(MIN_CELL_MEMBERS, 3);
  });

  it("1 and 2 members are warned about; 3 is not; the rows are still scored", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("A", "A", { members: 1, members_good: 1 }),
        fourGoodRow("B", "B", { members: 2, members_good: 2 }),
        fourGoodRow("C", "C", { members: 3, members_good: 3 }),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(["W_SMALL_CELL", at.cell("members", 0)], ["W_SMALL_CELL", at.cell("members", 1)]),
    );
    assert.deepEqual(
      ev.report.cells.map((c) => [c.status, c.total, c.fourGood]),
      [
        ["scored", 100, true],
        ["scored", 100, true],
        ["scored", 100, true],
      ],
    );
    assert.equal(ev.findings[0].severity, "warning");
    assert.equal(ev.report.summary.orgFourGood, true, "warnings do not stop the organisation");
  });

  it('members typed as text "2" is warned about too (with W_NORMALIZED)', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("A", "A", { members: "2", members_good: 2 })],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(["W_NORMALIZED", at.cell("members", 0)], ["W_SMALL_CELL", at.cell("members", 0)]),
    );
  });

  it("0 members is E_RANGE only (not a valid count; engine decision)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("A", "A", { members: 0, members_good: 0, new_members: 0 })],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid), ["E_RANGE", "W_SMALL_CELL"]),
      pairs(["E_RANGE", at.cell("members", 0)]),
    );
  });
});
