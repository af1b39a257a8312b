/**
 * The "Chi bộ" stage's v2 behaviours, each with the layout that motivated it: a sheet typed in
 * TCVN3 (.VnTime) or VNI read decoded, merged cells in data rows, codes formatted "00", a blank
 * template sheet before the filled one. What phase 2 reports is asserted as recorded here.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  formatted,
  fourGoodRow,
  otherRow,
  pairs,
  SHEET,
  sheetNamed,
  withCell,
  withMerges,
  withSheetName,
  sortPairs,
  withTexts,
} from "../../../test/support/gridBuilder";
import {
  adr,
  CELLS_COLUMNS,
  DEFAULT_RULESET,
  evaluateWorkbook,
  OUTPUT_COLUMNS,
  toA1,
  type SheetGrid,
  type WorkbookGrid,
} from "../index";
import { encodeTcvn3, encodeVni } from "../text/legacyEncodings";
import { choosePartyCellsTable, discoverPartyCellsTable } from "./partyCellsTable";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

/** A workbook of three Party cells with a total row and a signature block. */
function plainWorkbook() {
  return cellsWorkbook({
    rows: [
      fourGoodRow("CB01", "Chi bộ Thôn Đông"),
      fourGoodRow("CB02", "Chi bộ Trường học", { cell_rating: "Hoàn thành tốt nhiệm vụ" }),
      fourGoodRow("CB03", "Chi bộ Trạm y tế", { members: 2, members_good: 2 }),
    ],
    groupHeader: true,
    columnNumbers: true,
    totalRow: true,
    signature: true,
  });
}

describe("v2: a sheet typed in a legacy encoding is read decoded", () => {
  for (const [encoding, encode] of [
    ["tcvn3", encodeTcvn3],
    ["vni", encodeVni],
  ] as const) {
    it(`${encoding}: header, names, ratings, total and signature keywords read as Unicode; the first header cell recorded`, () => {
      const { grid, at } = plainWorkbook();
      const legacy = withTexts(grid, SHEET.cells, encode);
      const table = discoverPartyCellsTable(sheetNamed(legacy, SHEET.cells));
      assert.deepEqual(table.problems, []);
      // STT is merged down from the group row: the finding belongs where its text is.
      assert.deepEqual(table.encoding, { encoding, row: at.groupRow! - 1, col: 0 });
      assert.deepEqual(
        table.header?.decodedCells,
        [],
        "no cell-by-cell decoding on a decoded sheet",
      );
      assert.deepEqual(
        table.classification?.dataRows.map((r) => r + 1),
        at.dataRows,
      );
      assert.equal(table.classification?.totalRow, at.grandTotalRow! - 1);
      assert.equal(table.classification?.signatureRow, at.signatureRow! - 1);
      assert.deepEqual(
        table.rows.map((row) => [
          row.cells.validValue("name"),
          row.cells.validValue("cell_rating"),
        ]),
        [
          ["Chi bộ Thôn Đông", "HTXSNV"],
          ["Chi bộ Trường học", "HTTNV"],
          ["Chi bộ Trạm y tế", "HTXSNV"],
        ],
      );
      assert.equal(table.sheet.name, SHEET.cells, "the sheet keeps the workbook's name");
    });

    it(`${encoding}: the whole workbook scores as its Unicode twin (sheet name typed in ${encoding} too)`, () => {
      const { grid } = plainWorkbook();
      const unicode = evaluate(grid);
      const name = encode(SHEET.cells);
      assert.notEqual(name, SHEET.cells);
      const legacy = withSheetName(withTexts(grid, SHEET.cells, encode), SHEET.cells, name);
      const ev = evaluate(legacy);
      assert.equal(ev.report.status, "scored");
      assert.deepEqual(
        ev.report.cells.map((c) => [c.code, c.name, c.total, c.fourGood]),
        unicode.report.cells.map((c) => [c.code, c.name, c.total, c.fourGood]),
      );
      // The same findings, and W_ENCODING once, on the first recognised header cell.
      const encoded = discoverPartyCellsTable(sheetNamed(legacy, name)).encoding!;
      const encodingAt = toA1(encoded.row, encoded.col);
      assert.deepEqual(
        findingPairs(ev, null, name),
        sortPairs([...findingPairs(unicode, null, SHEET.cells), ["W_ENCODING", encodingAt]]),
      );
      assert.equal(encodingAt, "A3");
    });
  }

  it("a Unicode sheet is not decoded, even when a header is missing (decoding would recognise less)", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      columns: ["code", "name", "members", "cell_rating"],
    });
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.equal(table.encoding, null);
    assert.ok(table.problems.some((p) => p.kind === "missing"));
  });

  it("a TCVN3 sheet typed for the upper-case font (.VnTimeH headers) is recognised too", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")], headerText: "upper" });
    const legacy = withTexts(grid, SHEET.cells, encodeTcvn3);
    const table = discoverPartyCellsTable(sheetNamed(legacy, SHEET.cells));
    assert.equal(table.encoding?.encoding, "tcvn3");
    assert.deepEqual(table.problems, []);
  });
});

describe("v2: a rating typed in an old font on a Unicode sheet", () => {
  it("is read once decoded, its outcome marked with the encoding (W_ENCODING on that cell)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { cell_rating: encodeTcvn3("Hoàn thành tốt nhiệm vụ") }),
        fourGoodRow("CB02", "B", { cell_rating: encodeVni("Hoàn thành xuất sắc nhiệm vụ") }),
        fourGoodRow("CB03", "C", { cell_rating: "Hoàn thành tốt nhiệm vụ" }),
      ],
    });
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.equal(table.encoding, null);
    const cells = table.rows.map((row) => row.cells.get("cell_rating")!);
    assert.deepEqual(
      cells.map((cell) => [
        cell.outcome.status === "ok" ? [cell.outcome.value, cell.outcome.encoding] : null,
      ]),
      [[["HTTNV", "tcvn3"]], [["HTXSNV", "vni"]], [["HTTNV", undefined]]],
    );
    assert.deepEqual(adr(at.cell("cell_rating", 0)), { row: cells[0].row, col: cells[0].col });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(["W_ENCODING", at.cell("cell_rating", 0)], ["W_ENCODING", at.cell("cell_rating", 1)]),
      "accepted: no E_TYPE, no W_NORMALIZED; W_ENCODING on each decoded rating",
    );
  });
});

describe("v2: merged cells in data rows", () => {
  it('"Chi bộ": a merge down an input column fills its rows; each filled input cell recorded with the top-left', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02"), fourGoodRow("CB03"), fourGoodRow("CB04")],
    });
    // "Số buổi sinh hoạt thường kỳ" merged over three Party cells (one figure typed for all).
    const merged = withMerges(grid, SHEET.cells, [
      `${at.cell("regular_meetings", 0)}:${at.cell("regular_meetings", 2)}`,
    ]);
    const table = discoverPartyCellsTable(sheetNamed(merged, SHEET.cells));
    const col = adr(at.cell("regular_meetings", 0)).col;
    assert.deepEqual(table.filledCells, [
      { key: "regular_meetings", row: at.dataRows[1] - 1, col, fromRow: at.dataRows[0] - 1 },
      { key: "regular_meetings", row: at.dataRows[2] - 1, col, fromRow: at.dataRows[0] - 1 },
    ]);
    assert.deepEqual(
      table.rows.map((row) => row.cells.validValue("regular_meetings")),
      [12, 12, 12, 12],
    );
    assert.deepEqual(
      findingPairs(evaluate(merged), ["E_REQUIRED"]),
      [],
      "no E_REQUIRED on the covered cells",
    );
  });

  it("a merged code repeats, and so is a duplicate (E_DUPLICATE), which it is", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow(""), fourGoodRow("CB03")],
    });
    const merged = withMerges(grid, SHEET.cells, [`${at.cell("code", 0)}:${at.cell("code", 1)}`]);
    assert.deepEqual(
      findingPairs(evaluate(merged), ["E_DUPLICATE"]),
      pairs(["E_DUPLICATE", at.cell("code", 0)], ["E_DUPLICATE", at.cell("code", 1)]),
    );
  });

  it("a merge across a row (a heading over several columns) fills nothing; a merged heading stays a heading", () => {
    const { grid, at } = cellsWorkbook({
      rows: [otherRow({ stt: "I. KHỐI XÃ" }), fourGoodRow("CB01"), fourGoodRow("CB02")],
    });
    const item = at.itemRows[0];
    const merged = withMerges(grid, SHEET.cells, [`A${item}:H${item + 0}`]);
    const table = discoverPartyCellsTable(sheetNamed(merged, SHEET.cells));
    assert.deepEqual(table.filledCells, []);
    assert.deepEqual(table.classification?.groupRows, [item - 1]);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      at.dataRows,
    );
  });

  it("a merged signature fills its rows the same way: skipped, no data", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), otherRow({ name: "Người lập biểu" }), otherRow({})],
    });
    const merged = withMerges(grid, SHEET.cells, [`${at.item("name", 1)}:${at.item("name", 2)}`]);
    const table = discoverPartyCellsTable(sheetNamed(merged, SHEET.cells));
    assert.deepEqual(table.classification?.signatureRows, [at.itemRows[1] - 1, at.itemRows[2] - 1]);
    assert.deepEqual(table.filledCells, [], "only input cells of data rows are recorded");
  });

  it("merges in the header band keep their own rule (a header merged over two rows)", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01")], groupHeader: true });
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.equal(table.header?.row, at.headerRow - 1);
    assert.deepEqual(table.filledCells, []);
  });
});

describe('v2: codes typed as numbers in a "00" format', () => {
  it('read as the clerk sees them (1 → "01"), in the report too', () => {
    const { grid } = cellsWorkbook({
      rows: [1, 2, 3].map((n) => fourGoodRow(formatted(n, "00") as never, `Chi bộ ${n}`)),
    });
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.deepEqual(
      table.rows.map((row) => row.cells.validValue("code")),
      ["01", "02", "03"],
    );
    assert.deepEqual(
      evaluate(grid).report.cells.map((c) => c.code),
      ["01", "02", "03"],
    );
  });

  it('a format not only of zeros ("0", "General", "#,##0") keeps the digits', () => {
    const { grid } = cellsWorkbook({
      rows: [
        formatted(7, "0"),
        formatted(8, "General"),
        formatted(9, "#,##0"),
        formatted(10, "000"),
      ].map((code, i) => fourGoodRow(code as never, `Chi bộ ${i}`)),
    });
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.deepEqual(
      table.rows.map((row) => row.cells.validValue("code")),
      ["7", "8", "9", "010"],
    );
  });
});

describe("v2: among several sheets of the role, the one with data is read", () => {
  const blank = (name: string): SheetGrid => {
    const { grid } = cellsWorkbook({
      rows: [otherRow({ stt: 1 }), otherRow({ stt: 2 })],
      cellsSheetName: name,
    });
    return sheetNamed(grid, name);
  };
  const filled = (name: string): SheetGrid => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")], cellsSheetName: name });
    return sheetNamed(grid, name);
  };

  it("a blank template sheet placed before the filled one: the filled one is read, the blank listed", () => {
    const choice = choosePartyCellsTable([blank("Chi bộ"), filled("Chấm điểm chi bộ")]);
    assert.equal(choice?.table.sheet.name, "Chấm điểm chi bộ");
    assert.deepEqual(choice?.others, ["Chi bộ"]);
    assert.equal(choice?.table.rows.length, 1);
  });

  it("the first with data wins; a sheet without a recognised header never does", () => {
    const noHeader: SheetGrid = {
      name: "Đánh giá chi bộ",
      values: [["Hướng dẫn"], ["Điền số liệu vào trang sau"]],
    };
    const choice = choosePartyCellsTable([noHeader, filled("Chi bộ"), filled("Chấm điểm chi bộ")]);
    assert.equal(choice?.table.sheet.name, "Chi bộ");
    assert.deepEqual(choice?.others, ["Đánh giá chi bộ", "Chấm điểm chi bộ"]);
  });

  it("none with data: the first in workbook order", () => {
    const choice = choosePartyCellsTable([blank("Chi bộ"), blank("Chấm điểm chi bộ")]);
    assert.equal(choice?.table.sheet.name, "Chi bộ");
    assert.deepEqual(choice?.table.headerWithoutData !== null, true);
    assert.equal(choosePartyCellsTable([]), null);
  });
});

describe("v2: a data cell with a formula the file never calculated", () => {
  it('reads as invalid "uncalculated" (E_TYPE), not empty; a total row holding one stays the grand total', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02")],
      totalRow: true,
    });
    const uncalculated = withCell(
      withCell(grid, SHEET.cells, at.cell("attendance_pct", 0), { formula: "AVERAGE(X7:X9)" }),
      SHEET.cells,
      at.total("members"),
      { formula: "SUM(D7:D8)" },
    );
    const table = discoverPartyCellsTable(sheetNamed(uncalculated, SHEET.cells));
    assert.equal(table.classification?.totalRow, at.grandTotalRow! - 1);
    assert.deepEqual(table.rows[0].cells.get("attendance_pct")?.outcome, {
      status: "invalid",
      problem: "uncalculated",
    });
  });
});

describe("the second-table test's shortcut", () => {
  it("holds: no header or alias of the catalogues has a digit, so a text with one outside brackets is no header", () => {
    const names = [
      ...CELLS_COLUMNS.flatMap((c) => [c.header, ...c.aliases]),
      ...OUTPUT_COLUMNS.map((c) => c.header),
    ];
    assert.deepEqual(
      names.filter((name) => /[0-9]/.test(name)),
      [],
    );
  });
});
