/**
 * W_INFO (spec §1 "Sheet Thông tin", §2): the sheet missing (A1 of "Thông tin"), a label missing
 * (A1 of the sheet), an empty value or a year that is not an integer 2000–2100 (the value cell),
 * a second sheet matching a role (A1 of that sheet). Scoring goes on.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  formatted,
  fourGoodRow,
  infoSheet,
  pairs,
  rosterFor,
  rosterSheet,
  SHEET,
  sheetGrid,
  type InfoOptions,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { findInfoFields } from "../layout/findInfoFields";
import { infoSheetRule } from "./infoSheet";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

function withInfo(info: InfoOptions | null | ReturnType<typeof sheetGrid>) {
  const built = cellsWorkbook({ rows: [fourGoodRow("CB01")], info });
  return { ...built, ev: evaluate(built.grid) };
}

describe("W_INFO", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...infoSheetRule.codes], ["W_INFO"]);
  });

  it("a complete sheet: no finding; organisation and year in the report", () => {
    const { ev } = withInfo({ organization: "Đảng bộ xã Thạch Hà", year: 2025 });
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.deepEqual(ev.report.workbook, { organization: "Đảng bộ xã Thạch Hà", year: 2025 });
    assert.deepEqual(ev.layout.info, { sheet: SHEET.info, organizationCell: "B3", yearCell: "B4" });
  });

  it('the sheet missing: W_INFO on A1 of "Thông tin"; scoring goes on', () => {
    const { ev } = withInfo(null);
    assert.deepEqual(findingPairs(ev, null, null), pairs(["W_INFO", `${SHEET.info}!A1`]));
    assert.equal(ev.findings[0].severity, "warning");
    assert.equal(ev.report.status, "scored");
    assert.equal(ev.report.cells[0].total, 100);
    assert.deepEqual(ev.report.workbook, { organization: null, year: null });
    assert.equal(ev.report.summary.orgFourGood, true, "a warning does not stop the organisation");
  });

  it('a sheet named by its alias "Thông tin chung", or in NFD, is used', () => {
    for (const sheetName of ["Thông tin chung", "Thông tin".normalize("NFD"), "THÔNG TIN"]) {
      const { ev } = withInfo({ sheetName, year: 2024 });
      assert.deepEqual(findingPairs(ev, null, null), [], sheetName);
      assert.equal(ev.report.workbook.year, 2024);
    }
  });

  it("a label missing: W_INFO on A1 of the sheet, one per label", () => {
    const one = withInfo({ labels: { organization: null } });
    assert.deepEqual(findingPairs(one.ev, null, null), pairs(["W_INFO", `${SHEET.info}!A1`]));
    assert.equal(one.ev.report.workbook.year, 2025);
    const both = withInfo({ labels: { organization: null, year: null } });
    assert.deepEqual(
      findingPairs(both.ev, null, null),
      pairs(["W_INFO", `${SHEET.info}!A1`], ["W_INFO", `${SHEET.info}!A1`]),
    );
  });

  it("an empty value: W_INFO on the value cell", () => {
    const org = withInfo({ organization: undefined });
    assert.deepEqual(
      findingPairs(org.ev, null, null),
      pairs(["W_INFO", `${SHEET.info}!${org.at.info!.organization}`]),
    );
    const year = withInfo({ year: "  " });
    assert.deepEqual(
      findingPairs(year.ev, null, null),
      pairs(["W_INFO", `${SHEET.info}!${year.at.info!.year}`]),
    );
  });

  for (const year of [1999, 2101, "abc", 2025.5, "2025.0", -2025, { error: "#N/A" }]) {
    it(`year ${JSON.stringify(year)} is invalid: W_INFO on the value cell; scoring goes on`, () => {
      const { ev, at } = withInfo({ year });
      assert.deepEqual(
        findingPairs(ev, null, null),
        pairs(["W_INFO", `${SHEET.info}!${at.info!.year}`]),
      );
      assert.equal(ev.report.workbook.year, null);
      assert.equal(ev.report.status, "scored");
    });
  }

  for (const year of [2000, 2100, 2025, "2025", " 2025 "]) {
    it(`year ${JSON.stringify(year)} is valid`, () => {
      const { ev } = withInfo({ year });
      assert.deepEqual(findingPairs(ev, null, null), []);
      assert.equal(ev.report.workbook.year, Number(String(year).trim()));
    });
  }

  it('a year in a date format is invalid (docs/decisions.md: "a year in a date format is invalid (W_INFO)")', () => {
    const { ev, at } = withInfo({ year: formatted(2025, "yyyy") });
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["W_INFO", `${SHEET.info}!${at.info!.year}`]),
    );
    assert.equal(ev.report.workbook.year, null);
    // v2: the message shows the cell as the clerk sees it: 2025 in "yyyy" is a day of 1905.
    assert.match(ev.findings[0].messages.en, /The year “1905”/);
  });

  it("a full date typed as the year (1/1/2025, serial 45658) is invalid", () => {
    const { ev, at } = withInfo({ year: formatted(45658, "dd/mm/yyyy") });
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["W_INFO", `${SHEET.info}!${at.info!.year}`]),
    );
    assert.match(ev.findings[0].messages.vi, /Năm đánh giá “01\/01\/2025”/);
    assert.doesNotMatch(ev.findings[0].messages.vi, /45658/);
  });

  it('labels are matched as text: "Đảng bộ:", aliases "Tên đảng bộ", "Đơn vị", "Năm", NFD, capitals', () => {
    for (const [organization, year] of [
      ["Đảng bộ:", "Năm:"],
      ["Tên đảng bộ", "Năm"],
      ["ĐƠN VỊ", "NĂM ĐÁNH GIÁ"],
      ["Đảng bộ".normalize("NFD"), "Năm đánh giá *".normalize("NFD")],
    ]) {
      const { ev } = withInfo({
        labels: { organization, year },
        organization: "Đảng bộ phường Bắc Hà",
        year: 2025,
      });
      assert.deepEqual(findingPairs(ev, null, null), [], organization);
      assert.deepEqual(ev.report.workbook, { organization: "Đảng bộ phường Bắc Hà", year: 2025 });
    }
  });

  it("labels anywhere in the first 20 rows and any column, the value to their right", () => {
    const sheet = sheetGrid(SHEET.info, [
      ["THÔNG TIN CHUNG"],
      [],
      [null, null, "Năm đánh giá", 2026],
      ...Array.from({ length: 16 }, () => []),
      [null, "Đảng bộ", "Đảng bộ xã Cẩm Bình"],
    ]);
    const { ev } = withInfo(sheet);
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.deepEqual(ev.report.workbook, { organization: "Đảng bộ xã Cẩm Bình", year: 2026 });
    assert.deepEqual(ev.layout.info, {
      sheet: SHEET.info,
      organizationCell: "C20",
      yearCell: "D3",
    });
  });

  it("a label on row 21 is not found", () => {
    const sheet = sheetGrid(SHEET.info, [
      ...Array.from({ length: 20 }, () => []),
      ["Đảng bộ", "Đảng bộ xã X"],
      ["Năm", 2025],
    ]);
    const fields = findInfoFields(sheet);
    assert.equal(fields.has("organization"), false);
    const { ev } = withInfo(sheet);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["W_INFO", `${SHEET.info}!A1`], ["W_INFO", `${SHEET.info}!A1`]),
    );
  });

  it("a second sheet matching a role gets W_INFO on its A1; the first is used", () => {
    const second = infoSheet({
      sheetName: "Thông tin chung",
      organization: "Khác",
      year: 1999,
    }).sheet;
    const secondCells = sheetGrid("Đánh giá chi bộ", [
      ["Mã chi bộ", "Tên chi bộ", "Tổng số đảng viên"],
      ["X", "Y", "bad"],
    ]);
    const row = fourGoodRow("CB01");
    const secondRoster = rosterSheet({
      members: rosterFor("CB99"),
      sheetName: "Danh sách đảng viên",
    }).sheet;
    const { grid } = cellsWorkbook({
      rows: [row],
      roster: { members: rosterFor("CB01", row) },
      extraSheets: [second, secondCells, secondRoster],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(
        ["W_INFO", "Thông tin chung!A1"],
        ["W_INFO", "Đánh giá chi bộ!A1"],
        ["W_INFO", "Danh sách đảng viên!A1"],
      ),
    );
    assert.deepEqual(ev.report.workbook, { organization: "Đảng bộ xã Thử Nghiệm", year: 2025 });
    assert.equal(ev.report.cells.length, 1);
  });

  it("the extra sheets need not be read at all (the edge reads only what selectSheetsToRead names)", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")] });
    const ev = evaluate({ ...grid, sheetNames: [...grid.sheetNames, "Chấm điểm chi bộ"] });
    assert.deepEqual(findingPairs(ev, null, null), pairs(["W_INFO", "Chấm điểm chi bộ!A1"]));
  });

  it("v2: of several sheets of a role the one with data is read; W_INFO on the others names it", () => {
    // A blank "Chi bộ" template (header, nothing under it) before the filled "Chấm điểm chi bộ".
    const blank = cellsWorkbook({ rows: [] }).grid.sheets.find((s) => s.name === SHEET.cells)!;
    const filled = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      cellsSheetName: "Chấm điểm chi bộ",
    });
    const sheets = [filled.grid.sheets[0], blank, ...filled.grid.sheets.slice(1)];
    const grid: WorkbookGrid = { sheetNames: sheets.map((s) => s.name), sheets };
    const ev = evaluate(grid);
    assert.equal(ev.report.status, "scored");
    assert.deepEqual(
      ev.report.cells.map((c) => c.code),
      ["CB01"],
    );
    assert.equal(ev.layout.cells?.sheet, "Chấm điểm chi bộ");
    assert.deepEqual(findingPairs(ev, null, null), pairs(["W_INFO", `${SHEET.cells}!A1`]));
    assert.match(ev.findings[0].messages.en, /only “Chấm điểm chi bộ” is read/);
  });

  it("v2: the evaluation year chooses among columns for different years", () => {
    for (const year of [2024, 2025]) {
      const { grid, at } = cellsWorkbook({
        rows: [fourGoodRow("CB01")],
        headers: { cell_rating: "Xếp loại chi bộ (năm 2024)" },
        repeat: "cell_rating",
        info: { organization: "Đảng bộ xã", year },
      });
      const repeat = `${String.fromCharCode(65 + 15)}${at.headerRow}`;
      const sheets = grid.sheets.map((s) =>
        s.name !== SHEET.cells
          ? s
          : {
              ...s,
              values: s.values.map((line, r) =>
                r === at.headerRow - 1
                  ? line.map((v, c) => (c === 15 ? "Xếp loại chi bộ (năm 2025)" : v))
                  : line,
              ),
            },
      );
      const ev = evaluate({ ...grid, sheets });
      const ignored = year === 2024 ? repeat : at.header("cell_rating");
      assert.deepEqual(findingPairs(ev, ["W_LAYOUT"]), [["W_LAYOUT", ignored]], String(year));
    }
  });
});
