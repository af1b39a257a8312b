/**
 * E_CONSISTENCY (spec §2): members_good + members_failed > members (on both cells); disciplined >
 * members; new_members > members. Runs only when all the values involved were read successfully.
 * The row is not scored; its shortfalls are still reported.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  pairs,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { consistencyRule } from "./consistency";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });
const one = (over: DataRow) => {
  const built = cellsWorkbook({ rows: [fourGoodRow("CB01", "A", over)] });
  return { ...built, ev: evaluate(built.grid) };
};

describe("E_CONSISTENCY", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...consistencyRule.codes], ["E_CONSISTENCY"]);
  });

  it("members_good + members_failed > members: on both cells; not scored", () => {
    const { ev, at } = one({ members: 30, members_good: 28, members_failed: 3 });
    assert.deepEqual(
      findingPairs(ev, consistencyRule.codes),
      pairs(
        ["E_CONSISTENCY", at.cell("members_good", 0)],
        ["E_CONSISTENCY", at.cell("members_failed", 0)],
      ),
    );
    assert.equal(ev.report.cells[0].status, "error");
    assert.deepEqual(
      findingPairs(ev, ["S_SHORTFALL"]),
      pairs(["S_SHORTFALL", at.cell("members_failed", 0)]),
      "the shortfall of a valid value is still reported",
    );
  });

  it("members_good + members_failed = members is consistent", () => {
    const { ev } = one({ members: 30, members_good: 28, members_failed: 2 });
    assert.deepEqual(findingPairs(ev, consistencyRule.codes), []);
  });

  it("members_good alone above members is inconsistent (on both cells)", () => {
    const { ev, at } = one({ members: 30, members_good: 31, members_failed: 0 });
    assert.deepEqual(
      findingPairs(ev, consistencyRule.codes),
      pairs(
        ["E_CONSISTENCY", at.cell("members_good", 0)],
        ["E_CONSISTENCY", at.cell("members_failed", 0)],
      ),
    );
  });

  it("disciplined > members: on disciplined", () => {
    const { ev, at } = one({ members: 3, members_good: 3, disciplined: 4 });
    assert.deepEqual(
      findingPairs(ev, consistencyRule.codes),
      pairs(["E_CONSISTENCY", at.cell("disciplined", 0)]),
    );
    assert.deepEqual(
      findingPairs(ev, ["S_SHORTFALL"]),
      pairs(["S_SHORTFALL", at.cell("disciplined", 0)]),
    );
  });

  it("disciplined = members is consistent (only a shortfall)", () => {
    const { ev, at } = one({ members: 3, members_good: 3, disciplined: 3 });
    assert.deepEqual(findingPairs(ev), pairs(["S_SHORTFALL", at.cell("disciplined", 0)]));
  });

  it("new_members > members: on new_members", () => {
    const { ev, at } = one({ members: 3, members_good: 3, new_members: 5 });
    assert.deepEqual(findingPairs(ev), pairs(["E_CONSISTENCY", at.cell("new_members", 0)]));
  });

  it("all three at once", () => {
    const { ev, at } = one({
      members: 3,
      members_good: 3,
      members_failed: 1,
      disciplined: 4,
      new_members: 4,
    });
    assert.deepEqual(
      findingPairs(ev, consistencyRule.codes),
      pairs(
        ["E_CONSISTENCY", at.cell("disciplined", 0)],
        ["E_CONSISTENCY", at.cell("members_good", 0)],
        ["E_CONSISTENCY", at.cell("members_failed", 0)],
        ["E_CONSISTENCY", at.cell("new_members", 0)],
      ),
    );
  });

  it("skipped when members was not read (E_TYPE) or is empty", () => {
    for (const members of ["ba mươi", null]) {
      const { ev } = one({ members, members_good: 50, disciplined: 40, new_members: 40 });
      assert.deepEqual(findingPairs(ev, consistencyRule.codes), [], String(members));
    }
  });

  it("skipped when members_good or members_failed was not read", () => {
    const { ev } = one({ members: 10, members_good: "chín", members_failed: 11 });
    assert.deepEqual(findingPairs(ev, consistencyRule.codes), []);
    const { ev: ev2 } = one({ members: 10, members_good: 10, members_failed: "một" });
    assert.deepEqual(findingPairs(ev2, consistencyRule.codes), []);
  });

  it("values typed as text take part once normalised", () => {
    const { ev, at } = one({ members: "3", members_good: 3, new_members: " 4 " });
    assert.deepEqual(
      findingPairs(ev, consistencyRule.codes),
      pairs(["E_CONSISTENCY", at.cell("new_members", 0)]),
    );
  });

  it("out-of-range members (0) is not a valid value: no consistency check (engine decision)", () => {
    const { ev, at } = one({ members: 0, members_good: 0, new_members: 1 });
    assert.deepEqual(
      findingPairs(ev, ["E_RANGE", "E_CONSISTENCY"]),
      pairs(["E_RANGE", at.cell("members", 0)]),
    );
  });
});
