/**
 * W_TOTAL (spec §1 rule 2, §2): the grand total (the last total row that no data row follows) is
 * checked for the integer columns (members, disciplined, disunity_cases, absent_no_reason,
 * members_good, members_failed, new_members); empty total cells are not checked; subtotals are
 * skipped unchecked; a total row is never data.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  emptyRow,
  findingPairs,
  fourGoodRow,
  pairs,
  TOTALLED_KEYS,
  totalRowItem,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { totalRowRule } from "./totalRow";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });
const rows = () => [
  fourGoodRow("CB01"),
  fourGoodRow("CB02", "B", { members: 20, members_good: 19, new_members: 2 }),
];

describe("W_TOTAL", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...totalRowRule.codes], ["W_TOTAL"]);
  });

  it("a correct total row: no finding; it is not data", () => {
    const { grid, at } = cellsWorkbook({ rows: rows(), totalRow: true });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.layout.cells?.totalRow, at.grandTotalRow);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.report.cells.length, 2);
    assert.equal(ev.outputs?.rows.length, 2, "no output is written on the total row");
  });

  for (const key of TOTALLED_KEYS) {
    it(`a total cell of ${key} that differs from the sum is W_TOTAL on that cell`, () => {
      const { grid, at } = cellsWorkbook({ rows: rows(), totalRow: { values: { [key]: 999 } } });
      const ev = evaluate(grid);
      assert.deepEqual(findingPairs(ev), pairs(["W_TOTAL", at.total(key)]));
      assert.equal(ev.findings[0].severity, "warning");
      assert.deepEqual(
        ev.report.cells.map((c) => c.status),
        ["scored", "scored"],
      );
    });
  }

  it("the percent, meeting, rating and text columns of the total row are not checked", () => {
    const { grid } = cellsWorkbook({
      rows: rows(),
      totalRow: {
        values: {
          targets_pct: 12345,
          attendance_pct: 77,
          regular_meetings: 999,
          thematic_meetings: 1,
          cell_rating: "?",
          code: null,
        },
      },
    });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("empty total cells are not checked", () => {
    const values = Object.fromEntries(TOTALLED_KEYS.map((k) => [k, null]));
    const { grid } = cellsWorkbook({
      rows: rows(),
      totalRow: { values: { ...values, members: 50 } },
    });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("a total typed as text digits is compared as its number; other text differs", () => {
    const ok = cellsWorkbook({ rows: rows(), totalRow: { values: { members: "50" } } });
    assert.deepEqual(findingPairs(evaluate(ok.grid)), []);
    const bad = cellsWorkbook({ rows: rows(), totalRow: { values: { members: "năm mươi" } } });
    assert.deepEqual(findingPairs(evaluate(bad.grid)), pairs(["W_TOTAL", bad.at.total("members")]));
  });

  it("a SUM whose cached result is 0 is checked as 0", () => {
    const { grid } = cellsWorkbook({ rows: rows(), totalRow: { values: { disciplined: 0 } } });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("values typed as text in data rows are summed as their numbers", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { members: "30" }),
        fourGoodRow("CB02", "B", { members: 20, members_good: 19 }),
      ],
      totalRow: { values: { members: 50 } },
    });
    assert.deepEqual(findingPairs(evaluate(grid), totalRowRule.codes), []);
  });

  it('every total keyword: "Tổng cộng", "Tổng số", "Tổng", "Cộng", in capitals, NFD, with ":"', () => {
    for (const label of [
      "Tổng cộng",
      "Tổng số",
      "Tổng",
      "Cộng",
      "TỔNG CỘNG",
      "Tổng cộng".normalize("NFD"),
      "Cộng:",
      "Tổng cộng toàn Đảng bộ",
      "Tổng số (toàn xã)",
    ]) {
      const { grid, at } = cellsWorkbook({
        rows: rows(),
        totalRow: { label, values: { members: 51 } },
      });
      const ev = evaluate(grid);
      assert.deepEqual(findingPairs(ev), pairs(["W_TOTAL", at.total("members")]), label);
      assert.equal(ev.report.cells.length, 2, label);
    }
  });

  it("a total label typed in the code column is still a total row (the code cell is that very cell)", () => {
    const { grid, at } = cellsWorkbook({
      rows: rows(),
      totalRow: { labelKey: "code", values: { members: 49 } },
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), pairs(["W_TOTAL", at.total("members")]));
    assert.equal(ev.report.cells.length, 2);
  });

  it("a total label in the STT column with an empty code is a total row", () => {
    const { grid, at } = cellsWorkbook({
      rows: rows(),
      totalRow: { labelKey: "stt", values: { members: 49 } },
    });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["W_TOTAL", at.total("members")]));
  });

  it('a Party cell named "Tổng đội 3" with a numeric code stays data', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow(103 as never, "Tổng đội 3")],
    });
    const ev = evaluate(grid);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.report.cells[1].name, "Tổng đội 3");
    assert.equal(ev.report.cells[1].status, "scored");
    assert.equal(ev.layout.cells?.totalRow, null);
  });

  it('a Party cell named "Tổng đội 3" with a text code stays data too', () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("TD3", "Tổng đội 3")] });
    assert.deepEqual(evaluate(grid).layout.cells?.dataRows, at.dataRows);
  });

  it("subtotals (Cộng khối A, Cộng khối B) are skipped unchecked; the grand total is checked against all rows", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("A1"),
        fourGoodRow("A2"),
        totalRowItem("Cộng khối A", { values: { members: 1 } }),
        fourGoodRow("B1"),
        totalRowItem("Cộng khối B"),
      ],
      totalRow: { values: { members: 91 } },
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), pairs(["W_TOTAL", at.total("members")]));
    assert.equal(ev.layout.cells?.totalRow, at.grandTotalRow);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.report.cells.length, 3);
  });

  it("correct subtotals and grand total: nothing to report", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("A1"),
        totalRowItem("Cộng khối A"),
        fourGoodRow("B1"),
        fourGoodRow("B2"),
        totalRowItem("Cộng khối B"),
      ],
      totalRow: true,
    });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it('a grouped template closing each section with "Cộng": the last one is the grand total', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("A1"), totalRowItem("Cộng"), fourGoodRow("B1"), totalRowItem("Cộng")],
    });
    const ev = evaluate(grid);
    assert.equal(ev.layout.cells?.totalRow, at.totalRows[1]);
    assert.deepEqual(
      findingPairs(ev),
      pairs(
        ...TOTALLED_KEYS.filter(
          (k) =>
            !["disciplined", "disunity_cases", "absent_no_reason", "members_failed"].includes(k),
        ).map((k): ["W_TOTAL", string] => ["W_TOTAL", at.item(k, 3)]),
      ),
      "the last total sums only its section, not all the data rows",
    );
  });

  it("a total row followed by data rows is a subtotal; without a later total there is no grand total", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("A1"),
        totalRowItem("Tổng cộng", { values: { members: 1 } }),
        fourGoodRow("B1"),
      ],
    });
    const ev = evaluate(grid);
    assert.equal(ev.layout.cells?.totalRow, null);
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.report.cells.length, 2);
  });

  it("a total row right under the header (before the data) is a subtotal: skipped, unchecked, not data", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        totalRowItem("Tổng cộng", { sum: null, values: { members: 1 } }),
        fourGoodRow("A1"),
        fourGoodRow("B1"),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.layout.cells?.totalRow, null);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });

  it("an empty data cell counts 0 in the sum (as Excel's SUM; engine decision)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02", "B", { new_members: null })],
      totalRow: { values: { new_members: 1 } },
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(["E_REQUIRED", at.cell("new_members", 1)]),
    );
  });

  it("a column with a data value that is not a number is not compared (engine decision)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02", "B", { members: "ba mươi" })],
      totalRow: { values: { members: 999 } },
    });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["E_TYPE", at.cell("members", 1)]));
  });

  it("an Excel error in a total cell differs from the sum", () => {
    const { grid, at } = cellsWorkbook({
      rows: rows(),
      totalRow: { values: { members: { error: "#REF!" } } },
    });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["W_TOTAL", at.total("members")]));
  });

  it("an empty row between the data and the total row changes nothing", () => {
    const { grid, at } = cellsWorkbook({
      rows: [...rows(), emptyRow()],
      totalRow: { values: { new_members: 4 } },
    });
    assert.deepEqual(findingPairs(evaluate(grid)), pairs(["W_TOTAL", at.total("new_members")]));
  });
});

describe("v2: a total cell holding a formula without a computed result", () => {
  it("is not checked (no W_TOTAL); the data are scored", () => {
    const { grid, at } = cellsWorkbook({
      rows: rows(),
      totalRow: { values: { members: { formula: "SUM(D5:D6)" }, disciplined: 7 } },
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), pairs(["W_TOTAL", at.total("disciplined")]));
    assert.deepEqual(
      ev.report.cells.map((c) => c.status),
      ["scored", "scored"],
    );
  });
});
