/**
 * S_SHORTFALL (spec §2, §3): a valid input value that does not meet its target, on that cell;
 * reported for every value read successfully, also on rows that are not scored because of an
 * error. Targets: targets ≥ 100; rating HTTNV/HTXSNV; regular = 12; thematic ≥ 4; attendance ≥ 90;
 * disciplined = 0; disunity = 0; absences = 0; members_good rate ≥ 90%; members_failed = 0; new ≥ 1.
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
import { DEFAULT_RULESET, evaluateWorkbook, type CellsInputKey, type WorkbookGrid } from "../index";
import { shortfallRule } from "./shortfall";

const evaluate = (grid: WorkbookGrid, lang: "vi" | "en" = "vi") =>
  evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang });

// [key, a value that misses, a value just meeting the target]
const edges: [CellsInputKey, DataRow[CellsInputKey], DataRow[CellsInputKey], DataRow?][] = [
  ["targets_pct", 99.99, 100],
  ["cell_rating", "HTNV", "HTTNV"],
  ["cell_rating", "KHTNV", "HTXSNV"],
  ["regular_meetings", 11, 12],
  ["regular_meetings", 0, 12],
  ["thematic_meetings", 3, 4],
  ["attendance_pct", 89.99, 90],
  ["disciplined", 1, 0],
  ["disunity_cases", 1, 0],
  ["absent_no_reason", 1, 0],
  ["members_good", 26, 27],
  ["members_failed", 1, 0],
  ["new_members", 0, 1],
];

describe("S_SHORTFALL", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...shortfallRule.codes], ["S_SHORTFALL"]);
  });

  for (const [key, miss, meet] of edges) {
    it(`${key}: ${String(miss)} misses the target, ${String(meet)} meets it`, () => {
      const { grid, at } = cellsWorkbook({
        rows: [fourGoodRow("A", "A", { [key]: miss }), fourGoodRow("B", "B", { [key]: meet })],
      });
      const ev = evaluate(grid);
      assert.deepEqual(findingPairs(ev), pairs(["S_SHORTFALL", at.cell(key, 0)]));
      assert.equal(ev.findings[0].severity, "shortfall");
      assert.equal(ev.report.summary.shortfalls, 1);
    });
  }

  it("every missed target of a row is its own finding", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("A", "A", {
          targets_pct: 95,
          cell_rating: "HTNV",
          regular_meetings: 11,
          thematic_meetings: 3,
          attendance_pct: 85,
          disciplined: 1,
          disunity_cases: 1,
          absent_no_reason: 2,
          members_good: 20,
          members_failed: 1,
          new_members: 0,
        }),
      ],
    });
    const keys: CellsInputKey[] = [
      "targets_pct",
      "cell_rating",
      "regular_meetings",
      "thematic_meetings",
      "attendance_pct",
      "disciplined",
      "disunity_cases",
      "absent_no_reason",
      "members_good",
      "members_failed",
      "new_members",
    ];
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(...keys.map((k): ["S_SHORTFALL", string] => ["S_SHORTFALL", at.cell(k, 0)])),
    );
    assert.equal(ev.report.cells[0].status, "scored", "shortfalls do not stop scoring");
  });

  it("shortfalls are still reported on a row with an error (spec §2)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("A", "", { regular_meetings: 11, attendance_pct: 80 })],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ["E_REQUIRED", at.cell("name", 0)],
        ["S_SHORTFALL", at.cell("regular_meetings", 0)],
        ["S_SHORTFALL", at.cell("attendance_pct", 0)],
      ),
    );
    assert.equal(ev.report.cells[0].status, "error");
  });

  it("the members_good rate is not computed when members is not valid: no shortfall on it", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("A", "A", { members: "ba mươi", members_good: 1 })],
    });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["E_TYPE", at.cell("members", 0)]));
  });

  it("a percent normalised from text is compared on its value ('89,99%' misses, '90%' meets)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("A", "A", { attendance_pct: "89,99%" }),
        fourGoodRow("B", "B", { attendance_pct: "90%" }),
      ],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(
        ["W_NORMALIZED", at.cell("attendance_pct", 0)],
        ["S_SHORTFALL", at.cell("attendance_pct", 0)],
        ["W_NORMALIZED", at.cell("attendance_pct", 1)],
      ),
    );
  });

  it("messages state the value and the target, in both languages", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("A", "A", { members_good: 26, attendance_pct: 89.5 })],
    });
    const ev = evaluate(grid, "en");
    const [attendance, good] = ev.findings;
    assert.match(attendance.messages.vi, /89,5%/);
    assert.match(attendance.messages.vi, /90%/);
    assert.match(attendance.messages.en, /89\.5%/);
    assert.equal(attendance.message, attendance.messages.en);
    assert.match(good.messages.vi, /26/);
    assert.match(good.messages.vi, /30/);
  });
});
