/**
 * W_LAYOUT (spec §1–§2, v2): a Party cell below the signature block (on its code cell, read and
 * scored), a second table under the first (on its first non-empty cell, not read), a column for
 * another year (on its header cell, not read; "Chi bộ" and "Đảng viên"). Sheet-level: reported
 * also when the workbook is unusable.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  emptyRow,
  findingPairs,
  fourGoodRow,
  otherRow,
  pairs,
  rosterFor,
  SHEET,
  SPEC_CELLS_COLUMNS,
  withCell,
} from "../../../test/support/gridBuilder";
import { columnLetter, DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { layoutDiffersRule } from "./layoutDiffers";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

describe("W_LAYOUT", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...layoutDiffersRule.codes], ["W_LAYOUT"]);
  });

  it("a Party cell below the signature block: W_LAYOUT on its code cell; it is read and scored", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        fourGoodRow("CB02"),
        otherRow({ name: "Người lập biểu" }),
        emptyRow(),
        fourGoodRow("CB03", "Nhập sau", { cell_rating: "KHTNV" }),
      ],
    });
    const ev = evaluate(grid);
    const late = at.cell("code", 2);
    assert.deepEqual(findingPairs(ev, ["W_LAYOUT"]), [["W_LAYOUT", late]]);
    const finding = ev.findings.find((f) => f.rule === "W_LAYOUT")!;
    assert.equal(finding.severity, "warning");
    assert.equal(finding.cellCode, "CB03");
    assert.match(finding.messages.vi, /chuyển chi bộ này vào trong bảng/);
    assert.match(finding.messages.en, /move this Party cell into the table/);
    assert.match(finding.messages.en, /“CB03”/);
    assert.deepEqual(
      ev.report.cells.map((c) => c.code),
      ["CB01", "CB02", "CB03"],
    );
    assert.equal(ev.report.summary.orgFourGood, false, "the late KHTNV Party cell counts");
  });

  it("a Party cell below the signature block without a code: on its first non-empty input cell", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Người lập biểu" }),
        fourGoodRow("", "Không mã"),
      ],
    });
    const ev = evaluate(grid);
    const pairsFound = findingPairs(ev, ["W_LAYOUT"]);
    assert.equal(pairsFound.length, 1);
    assert.notEqual(pairsFound[0][1], at.cell("code", 1));
    assert.equal(pairsFound[0][1].replace(/^[A-Z]+/, ""), String(at.dataRows[1]));
    assert.deepEqual(findingPairs(ev, ["E_REQUIRED"]), [["E_REQUIRED", at.cell("code", 1)]]);
  });

  it("a second table under the first: W_LAYOUT on its first cell; its rows are not read", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01"), fourGoodRow("CB02")] });
    const header = at.dataRows[1] + 2;
    let pasted = grid;
    for (const [i, spec] of SPEC_CELLS_COLUMNS.entries()) {
      pasted = withCell(pasted, SHEET.cells, `${columnLetter(i)}${header}`, spec.header);
    }
    pasted = withCell(pasted, SHEET.cells, `${at.column("code")}${header + 1}`, "CB01");
    pasted = withCell(pasted, SHEET.cells, `${at.column("members")}${header + 1}`, 99);
    const ev = evaluate(pasted);
    assert.deepEqual(findingPairs(ev), [["W_LAYOUT", `A${header}`]]);
    const finding = ev.findings[0];
    assert.match(finding.messages.en, /delete or move the second table/i);
    assert.match(finding.messages.vi, /xóa bảng thứ hai/);
    assert.equal(ev.report.cells.length, 2);
  });

  it("a column for another year: W_LAYOUT on its header cell, the evaluation year's column read", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02")],
      headers: { cell_rating: "Xếp loại chi bộ (năm 2024)" },
      repeat: "cell_rating",
      info: { organization: "Đảng bộ xã", year: 2025 },
    });
    const newer = `${columnLetter(SPEC_CELLS_COLUMNS.length)}${at.headerRow}`;
    let edited = withCell(grid, SHEET.cells, newer, "Xếp loại chi bộ (năm 2025)");
    // This year's column says HTNV: were last year's read, both would be "Đạt 4 tốt".
    for (const row of at.dataRows) {
      edited = withCell(
        edited,
        SHEET.cells,
        `${columnLetter(SPEC_CELLS_COLUMNS.length)}${row}`,
        "HTNV",
      );
    }
    const ev = evaluate(edited);
    assert.deepEqual(findingPairs(ev, ["W_LAYOUT"]), [["W_LAYOUT", at.header("cell_rating")]]);
    const finding = ev.findings.find((f) => f.rule === "W_LAYOUT")!;
    assert.match(finding.messages.en, /is for another year and is not read/);
    assert.match(finding.messages.en, new RegExp(newer));
    assert.deepEqual(
      ev.report.cells.map((c) => c.fourGood),
      [false, false],
      "the 2025 column (HTNV) is read",
    );
  });

  it("a roster column for another year: W_LAYOUT on its header cell", () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 3 });
    const { grid, at } = cellsWorkbook({
      rows: [row],
      roster: {
        members: rosterFor("CB01", row),
        headers: { member_rating: "Xếp loại (năm 2024)" },
        repeat: "member_rating",
      },
    });
    const roster = at.roster!;
    const repeatCol = columnLetter(6); // after the six roster columns
    const edited = withCell(
      grid,
      SHEET.roster,
      `${repeatCol}${roster.headerRow}`,
      "Xếp loại (năm 2025)",
    );
    const ev = evaluate(edited);
    assert.deepEqual(findingPairs(ev, ["W_LAYOUT", "W_ROSTER"], null), [
      ["W_LAYOUT", `${SHEET.roster}!${roster.header("member_rating")}`],
    ]);
  });

  it("reported also when the workbook is unusable (a sheet-level warning)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      columns: SPEC_CELLS_COLUMNS.map((c) => c.key).filter((k) => k !== "members"),
      headers: { cell_rating: "Xếp loại chi bộ (năm 2024)" },
      repeat: "cell_rating",
    });
    const newer = `${columnLetter(SPEC_CELLS_COLUMNS.length - 1)}${at.headerRow}`;
    const ev = evaluate(withCell(grid, SHEET.cells, newer, "Xếp loại chi bộ (năm 2025)"));
    assert.equal(ev.report.status, "unusable");
    assert.deepEqual(
      findingPairs(ev),
      pairs(["E_STRUCTURE", "A1"], ["W_LAYOUT", at.header("cell_rating")]),
    );
  });
});
