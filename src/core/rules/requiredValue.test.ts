/** E_REQUIRED (spec §2): a required input is empty, reported on that cell; the row is not scored. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  pairs,
  REQUIRED_INPUT_KEYS,
  rosterFor,
  SHEET,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook } from "../index";
import type { WorkbookGrid } from "../index";
import { requiredValueRule } from "./requiredValue";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

describe("E_REQUIRED", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...requiredValueRule.codes], ["E_REQUIRED"]);
  });

  it("the builder's default layout puts the first data row on row 4, members in D", () => {
    const { at } = cellsWorkbook({ rows: [fourGoodRow("CB01")] });
    assert.equal(at.cell("members", 0), "D4");
    assert.equal(at.cell("new_members", 0), "O4");
  });

  it("a complete row has no finding at all", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")] });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.report.cells[0].status, "scored");
  });

  for (const key of REQUIRED_INPUT_KEYS) {
    it(`an empty ${key} cell is E_REQUIRED on that cell, and the row is not scored`, () => {
      const { grid, at } = cellsWorkbook({
        rows: [fourGoodRow("CB01", "Chi bộ 1", { [key]: null }), fourGoodRow("CB02")],
      });
      const ev = evaluate(grid);
      assert.deepEqual(
        findingPairs(ev, requiredValueRule.codes),
        pairs(["E_REQUIRED", at.cell(key, 0)]),
      );
      assert.deepEqual(
        ev.report.cells.map((c) => c.status),
        ["error", "scored"],
      );
      assert.deepEqual(ev.outputs?.rows[0].values, [
        null,
        null,
        null,
        null,
        null,
        "Lỗi dữ liệu",
        null,
      ]);
    });
  }

  it("STT is optional: an empty STT is no finding", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01", "A", { stt: null })] });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it('a cell holding only spaces (NBSP included), or a formula whose cached result is "", is empty', () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { members: "   " }),
        fourGoodRow("CB02", "B", { attendance_pct: "\u00a0" }),
        fourGoodRow("CB03", "C", { cell_rating: "" }),
        fourGoodRow("CB04", " \u00a0 "),
      ],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid), requiredValueRule.codes),
      pairs(
        ["E_REQUIRED", at.cell("members", 0)],
        ["E_REQUIRED", at.cell("attendance_pct", 1)],
        ["E_REQUIRED", at.cell("cell_rating", 2)],
        ["E_REQUIRED", at.cell("name", 3)],
      ),
    );
  });

  it("a row without a code is still data (its numbers hold values) and gets E_REQUIRED on the code", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("", "Chi bộ không mã")],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev, requiredValueRule.codes),
      pairs(["E_REQUIRED", at.cell("code", 1)]),
    );
    assert.equal(ev.report.cells.length, 2);
  });

  it("several empty cells in one row: one finding each", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { members: null, regular_meetings: null, new_members: null }),
      ],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid), requiredValueRule.codes),
      pairs(
        ["E_REQUIRED", at.cell("members", 0)],
        ["E_REQUIRED", at.cell("regular_meetings", 0)],
        ["E_REQUIRED", at.cell("new_members", 0)],
      ),
    );
  });

  it("shortfalls of the row's other values are still reported (spec §2)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01", null as never, { regular_meetings: 11 })],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(["E_REQUIRED", at.cell("name", 0)], ["S_SHORTFALL", at.cell("regular_meetings", 0)]),
    );
    assert.equal(ev.report.cells[0].status, "error");
  });

  it("an E_REQUIRED finding is an error with a message naming the cell", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01", "A", { members: null })] });
    const [finding] = evaluate(grid).report.findings;
    assert.equal(finding.severity, "error");
    assert.equal(finding.sheet, SHEET.cells);
    assert.match(finding.message, new RegExp(at.cell("members", 0)));
  });

  it("roster: a member with a rating but no code is E_REQUIRED on the code cell, not dropped (spec §4)", () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 3, new_members: 0 });
    const members = rosterFor("CB01", row);
    const { grid, at } = cellsWorkbook({
      rows: [row],
      roster: {
        members: [
          ...members,
          { member_name: "Lê Văn Mới", cell_code: null, member_rating: "HTTNV" },
        ],
      },
    });
    const ev = evaluate(grid);
    const roster = at.roster!;
    assert.deepEqual(
      findingPairs(ev, requiredValueRule.codes, SHEET.roster),
      pairs(["E_REQUIRED", roster.member("cell_code", 3)]),
    );
    assert.equal(ev.layout.roster?.dataRows.length, 4, "the member without a code is a member row");
  });

  it("roster: a member without a name or a rating is E_REQUIRED on that cell", () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 2, new_members: 0 });
    const members = rosterFor("CB01", row);
    members[0] = { ...members[0], member_name: null };
    members[2] = { ...members[2], member_rating: null };
    const { grid, at } = cellsWorkbook({ rows: [row], roster: { members } });
    const ev = evaluate(grid);
    const roster = at.roster!;
    assert.deepEqual(
      findingPairs(ev, requiredValueRule.codes, SHEET.roster),
      pairs(
        ["E_REQUIRED", roster.member("member_name", 0)],
        ["E_REQUIRED", roster.member("member_rating", 2)],
      ),
    );
  });
});
