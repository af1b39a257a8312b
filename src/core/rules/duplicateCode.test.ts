/**
 * E_DUPLICATE (spec §1 "code ... unique after normalisation", §2): the same code on two or more
 * rows, reported on every code cell involved; those rows are not scored, the others are.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  formatted,
  fourGoodRow,
  pairs,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { duplicateCodeRule } from "./duplicateCode";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

describe("E_DUPLICATE", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...duplicateCodeRule.codes], ["E_DUPLICATE"]);
  });

  it("the same code on two rows: both code cells; those rows are not scored", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02"), fourGoodRow("CB01", "Chi bộ khác")],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(["E_DUPLICATE", at.cell("code", 0)], ["E_DUPLICATE", at.cell("code", 2)]),
    );
    assert.deepEqual(
      ev.report.cells.map((c) => c.status),
      ["error", "scored", "error"],
    );
  });

  it("three rows: every code cell involved", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("X"), fourGoodRow("X"), fourGoodRow("X")],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(
        ["E_DUPLICATE", at.cell("code", 0)],
        ["E_DUPLICATE", at.cell("code", 1)],
        ["E_DUPLICATE", at.cell("code", 2)],
      ),
    );
  });

  it("codes are compared after normalisation: case, spaces, NBSP, NFD", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        fourGoodRow(" cb01\u00a0"),
        fourGoodRow("Đông"),
        fourGoodRow("dong".normalize("NFD")),
      ],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(
        ["E_DUPLICATE", at.cell("code", 0)],
        ["E_DUPLICATE", at.cell("code", 1)],
        ["E_DUPLICATE", at.cell("code", 2)],
        ["E_DUPLICATE", at.cell("code", 3)],
      ),
    );
  });

  it('a number code counts as its text: 101 and "101" are the same code', () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow(101 as never), fourGoodRow("101")] });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(["E_DUPLICATE", at.cell("code", 0)], ["E_DUPLICATE", at.cell("code", 1)]),
    );
  });

  it("different codes are not duplicates (CB01, CB 01, CB1)", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB 01"), fourGoodRow("CB1")],
    });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("empty codes are E_REQUIRED, not duplicates of each other", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow(""), fourGoodRow("")] });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(["E_REQUIRED", at.cell("code", 0)], ["E_REQUIRED", at.cell("code", 1)]),
    );
  });

  it("shortfalls of duplicate rows are still reported (E_DUPLICATE does not make a value unreadable)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { thematic_meetings: 3 }), fourGoodRow("CB01", "B")],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(
        ["E_DUPLICATE", at.cell("code", 0)],
        ["S_SHORTFALL", at.cell("thematic_meetings", 0)],
        ["E_DUPLICATE", at.cell("code", 1)],
      ),
    );
  });

  it("the message names the code and the rows", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB07"), fourGoodRow("CB07")] });
    const f = evaluate(grid).findings[0];
    assert.match(f.messages.vi, /CB07/);
    assert.match(f.messages.en, new RegExp(String(at.dataRows[1])));
  });
});

describe("v2: codes of digits compare by value, shown as the clerk sees them", () => {
  it('"01" typed and 1 formatted "00" are one code: E_DUPLICATE on both, the code shown "01"', () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("01", "A"),
        fourGoodRow("", "B", { code: formatted(1, "00") }),
        fourGoodRow("", "C", { code: formatted(2, "00") }),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev),
      pairs(["E_DUPLICATE", at.cell("code", 0)], ["E_DUPLICATE", at.cell("code", 1)]),
    );
    for (const finding of ev.findings) {
      assert.equal(finding.cellCode, "01");
      assert.match(finding.messages.en, /code “01” appears on rows/);
    }
  });

  it('"1" and "001" are one code; "CB1" and "CB01" are not', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("1"), fourGoodRow("001"), fourGoodRow("CB1"), fourGoodRow("CB01")],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(["E_DUPLICATE", at.cell("code", 0)], ["E_DUPLICATE", at.cell("code", 1)]),
    );
  });
});
