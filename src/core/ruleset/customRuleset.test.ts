/**
 * A second, different ruleset (test/fixtures/rulesets/tinh-mau-nghiem.v1.json: a province weighting
 * the criteria 30/25/25/20, with stricter thresholds) scores the same workbook differently. Every
 * expected number below is computed by hand from that file:
 *
 *   I   (max 30, good ≥ 24): targets ≥100 → 20, ≥90 → 12, ≥80 → 6; rating 10/8/4/0 (veto HTTNV+)
 *   II  (max 25, good ≥ 20): as default, but the attendance target (veto) is ≥ 95
 *   III (max 25, good ≥ 20): as default
 *   IV  (max 20, good ≥ 16): members_good ≥95% → 12, ≥85% → 8, ≥75% → 4 (target ≥ 95%);
 *                            failed 0 → 5 (veto); new ≥ 1 → 3
 *   organisation: 80% of the scored cells Đạt 4 tốt.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import strictJson from "../../../test/fixtures/rulesets/tinh-mau-nghiem.v1.json";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  pairs,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, loadRuleset, type WorkbookGrid } from "../index";

const STRICT = loadRuleset(strictJson);

// Each row: 30 members; fourGoodRow has 28 good (93.3%), attendance 96, targets 100, 1 new member.
const rows: [string, DataRow][] = [
  ["full marks by default", {}],
  ["attendance 92", { attendance_pct: 92 }],
  ["targets 90", { targets_pct: 90 }],
  ["29 of 30 good", { members_good: 29 }],
  ["25 of 30 good", { members_good: 25 }],
  ["no new member", { new_members: 0 }],
];

function workbook(): { grid: WorkbookGrid; at: ReturnType<typeof cellsWorkbook>["at"] } {
  return cellsWorkbook({
    rows: rows.map(([, over], i) => fourGoodRow(`CB0${i}`, `Chi bộ ${i}`, over)),
  });
}

describe("a stricter province ruleset", () => {
  it("scores every row differently from the default, as computed by hand", () => {
    const { grid } = workbook();
    const byDefault = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report;
    const strict = evaluateWorkbook(grid, { ruleset: STRICT }).report;

    assert.deepEqual(
      byDefault.cells.map((c) => [c.scores, c.total, c.failedCriteria]),
      [
        [{ I: 25, II: 25, III: 25, IV: 25 }, 100, []],
        [{ I: 25, II: 23, III: 25, IV: 25 }, 98, []],
        [{ I: 20, II: 25, III: 25, IV: 25 }, 95, []],
        [{ I: 25, II: 25, III: 25, IV: 25 }, 100, []],
        [{ I: 25, II: 25, III: 25, IV: 21 }, 96, []],
        [{ I: 25, II: 25, III: 25, IV: 17 }, 92, ["IV"]],
      ],
    );
    assert.deepEqual(
      strict.cells.map((c) => [c.scores, c.total, c.failedCriteria]),
      [
        [{ I: 30, II: 25, III: 25, IV: 16 }, 96, []],
        [{ I: 30, II: 23, III: 25, IV: 16 }, 94, ["II"]],
        [{ I: 22, II: 25, III: 25, IV: 16 }, 88, ["I"]],
        [{ I: 30, II: 25, III: 25, IV: 20 }, 100, []],
        [{ I: 30, II: 25, III: 25, IV: 12 }, 92, ["IV"]],
        [{ I: 30, II: 25, III: 25, IV: 13 }, 93, ["IV"]],
      ],
    );
    assert.deepEqual(byDefault.summary, {
      cells: 6,
      scored: 6,
      fourGood: 5,
      errors: 0,
      warnings: 0,
      shortfalls: 3,
      orgFourGood: true,
    });
    assert.deepEqual(strict.summary, {
      cells: 6,
      scored: 6,
      fourGood: 2,
      errors: 0,
      warnings: 0,
      shortfalls: 8,
      orgFourGood: false,
    });
    assert.deepEqual(strict.ruleset, { id: "tinh-mau-nghiem", version: 1 });
  });

  it("reports the shortfalls of its own targets", () => {
    const { grid, at } = workbook();
    const ev = evaluateWorkbook(grid, { ruleset: STRICT });
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ["S_SHORTFALL", at.cell("members_good", 0)],
        ["S_SHORTFALL", at.cell("attendance_pct", 1)],
        ["S_SHORTFALL", at.cell("members_good", 1)],
        ["S_SHORTFALL", at.cell("targets_pct", 2)],
        ["S_SHORTFALL", at.cell("members_good", 2)],
        ["S_SHORTFALL", at.cell("members_good", 4)],
        ["S_SHORTFALL", at.cell("members_good", 5)],
        ["S_SHORTFALL", at.cell("new_members", 5)],
      ),
    );
    const byDefault = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });
    assert.deepEqual(
      findingPairs(byDefault),
      pairs(
        ["S_SHORTFALL", at.cell("targets_pct", 2)],
        ["S_SHORTFALL", at.cell("members_good", 4)],
        ["S_SHORTFALL", at.cell("new_members", 5)],
      ),
    );
  });

  it("writes its own points into the output columns", () => {
    const { grid } = workbook();
    const ev = evaluateWorkbook(grid, { ruleset: STRICT });
    assert.deepEqual(ev.outputs?.rows[2].values, [22, 25, 25, 16, 88, "Chưa đạt", "I"]);
    assert.deepEqual(ev.outputs?.rows[3].values, [30, 25, 25, 20, 100, "Đạt 4 tốt", null]);
  });

  it("its organisation share is 80%: 7 of 10 is 4 tốt by default but not here; 8 of 10 is both", () => {
    const org = (good: number) => {
      const list = Array.from({ length: 10 }, (_, i) =>
        fourGoodRow(
          `CB${i}`,
          `Chi bộ ${i}`,
          i < good ? { members_good: 29 } : { members_good: 29, regular_meetings: 10 },
        ),
      );
      const { grid } = cellsWorkbook({ rows: list });
      return [
        evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report.summary.orgFourGood,
        evaluateWorkbook(grid, { ruleset: STRICT }).report.summary.orgFourGood,
      ];
    };
    assert.deepEqual(org(7), [true, false]);
    assert.deepEqual(org(8), [true, true]);
    assert.deepEqual(org(6), [false, false]);
  });

  it("an attendance of 95 meets the strict veto target exactly; 94.99 does not", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("A", "A", { attendance_pct: 95, members_good: 29 }),
        fourGoodRow("B", "B", { attendance_pct: 94.99, members_good: 29 }),
      ],
    });
    const cells = evaluateWorkbook(grid, { ruleset: STRICT }).report.cells;
    assert.deepEqual(
      cells.map((c) => [c.scores?.II, c.failedCriteria]),
      [
        [25, []],
        [23, ["II"]],
      ],
    );
  });

  it("the members_good rate at its strict edges: 57 of 60 is 95% exactly; 51 of 60 is 85%", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("A", "A", { members: 60, members_good: 57 }),
        fourGoodRow("B", "B", { members: 60, members_good: 56 }),
        fourGoodRow("C", "C", { members: 60, members_good: 51 }),
        fourGoodRow("D", "D", { members: 60, members_good: 45 }),
        fourGoodRow("E", "E", { members: 60, members_good: 44 }),
      ],
    });
    const cells = evaluateWorkbook(grid, { ruleset: STRICT }).report.cells;
    assert.deepEqual(
      cells.map((c) => c.scores?.IV),
      [20, 16, 16, 12, 8],
    );
  });
});
