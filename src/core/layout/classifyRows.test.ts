/**
 * Which rows are data (spec §1, v2): the row of column numbers under the header is skipped (every
 * form: 1, (1), A, (B), (6)=(4)+(5)); then each row by the first rule that fits: a second table
 * (ends the table), signature row (skipped, anywhere, the code column included; v2: the table goes
 * on below it, and a row with a code is never one), total row (never data), group row (never
 * data), data row (code or any numeric or rating input holds a value; after a signature row only
 * a code or a number), anything else skipped (empty rows, STT-only rows, notes).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  emptyRow,
  findingPairs,
  fourGoodRow,
  formatted,
  otherRow,
  SHEET,
  SPEC_CELLS_COLUMNS,
  sheetNamed,
  totalRowItem,
  withCell,
  type CellsWorkbookOptions,
  type ColumnNumbers,
} from "../../../test/support/gridBuilder";
import { adr, DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { discoverPartyCellsTable } from "./partyCellsTable";
import { isGroupLabel } from "./classifyRows";
import { isColumnLabel, isColumnLabelRow } from "./columnLabels";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });
/** A 0-based { row, col } of an A1 address. */
const cellAt = (a1: string) => adr(a1);
const two = () => [fourGoodRow("CB01"), fourGoodRow("CB02")];

function clean(
  options: Omit<CellsWorkbookOptions, "rows"> & { rows?: CellsWorkbookOptions["rows"] },
) {
  const built = cellsWorkbook({ rows: two(), ...options });
  const ev = evaluate(built.grid);
  return { ...built, ev };
}

describe("the row of column numbers", () => {
  const forms: [string, ColumnNumbers][] = [
    ["(1) (2) …", "brackets"],
    ["1 2 … as numbers", "numbers"],
    ["A B C then numbers", "letters"],
    ["(A) (B) … (6)=(4)+(5) …", "formula"],
    ["text digits '1' '2' …", Array.from({ length: 15 }, (_, i) => String(i + 1))],
    [
      "(A) with spaces ( 1 )",
      ["( A )", "(B)", " ( 3 ) ", "4", "(5)=(3)-(4)", "(6) = (4) + (5)", "7=5+6", "(8)x(9)"],
    ],
    ["partly filled", [null, "(1)", null, "(2)"]],
  ];
  for (const [what, form] of forms) {
    it(`is skipped: ${what}`, () => {
      const { ev, at } = clean({ columnNumbers: form });
      assert.deepEqual(findingPairs(ev), []);
      assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
      assert.equal(ev.layout.cells?.dataRows[0], (at.numberRow ?? 0) + 1);
    });
  }

  it("is skipped under a merged two-row header, and with output columns numbered too", () => {
    const { ev, at } = clean({ groupHeader: true, columnNumbers: "brackets", outputs: true });
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.layout.cells?.headerRow, at.headerRow);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });

  it("is the first NON-EMPTY row under the header: an empty row before it changes nothing", () => {
    const numbers = otherRow({
      stt: "(1)",
      code: "(2)",
      name: "(3)",
      members: "(4)",
      targets_pct: "(5)",
      cell_rating: "(6)",
    });
    const { ev, at } = clean({ rows: [emptyRow(), numbers, ...two()] });
    assert.deepEqual(findingPairs(ev), []);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });

  it("a first row holding text is not a row of column numbers", () => {
    const { ev, at } = clean({ rows: two() });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });

  it("isColumnLabel: numbers and single letters, bare or in brackets, and formulas of them", () => {
    for (const v of [
      1,
      15,
      "1",
      "(1)",
      "A",
      "b",
      "(B)",
      "(6)=(4)+(5)",
      "(10) = (8) + (9)",
      "(3)-(4)",
      "( 2 )",
    ]) {
      assert.ok(isColumnLabel(v), JSON.stringify(v));
    }
    for (const v of ["AB", "Mã", "Ghi chú", "(6)=", "=(4)", true, null]) {
      assert.ok(!isColumnLabel(v as never), JSON.stringify(v));
    }
    assert.ok(isColumnLabelRow(["(1)", null, "", "B", 3]));
    assert.ok(!isColumnLabelRow([null, "", "  "]), "an empty row is not a label row");
    assert.ok(!isColumnLabelRow(["(1)", "Tên chi bộ"]));
  });
});

describe("signature block", () => {
  it("is skipped: default block under the table", () => {
    const { ev, at } = clean({ signature: true, totalRow: true });
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.layout.cells?.signatureRow, at.signatureRow);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });

  it('in the code column ("Người lập biểu" typed in the code cell) it is no data row', () => {
    const { ev, at } = clean({ signature: { key: "code" } });
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.layout.cells?.signatureRow, at.signatureRow);
    assert.equal(ev.report.cells.length, 2);
  });

  it("in any column, beyond the table too", () => {
    for (const place of [
      { key: "stt" as const },
      { key: "members" as const },
      { letter: "T" },
      { key: "cell_rating" as const },
    ]) {
      const { ev, at } = clean({ signature: { ...place, gap: 0 } });
      assert.deepEqual(findingPairs(ev), [], JSON.stringify(place));
      assert.equal(ev.layout.cells?.signatureRow, at.signatureRow, JSON.stringify(place));
    }
  });

  for (const text of [
    "Người lập biểu",
    "NGƯỜI LẬP BIỂU",
    "T/M ĐẢNG ỦY",
    "T/M BAN CHẤP HÀNH",
    "Bí thư",
    "BÍ THƯ CHI BỘ",
    "Xác nhận của Đảng ủy",
    "Xác nhận:",
    "Người lập biểu".normalize("NFD"),
  ]) {
    it(`"${text.normalize("NFC")}" starts a signature block, in the code column too`, () => {
      const { ev, at } = clean({ signature: { key: "code", text } });
      assert.equal(ev.layout.cells?.signatureRow, at.signatureRow);
      assert.deepEqual(findingPairs(ev), []);
    });
  }

  it("v2: the table goes on below a signature row; a row with a code below it is data and recorded", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Người lập biểu" }),
        fourGoodRow("CB02", "Sau chữ ký", { members: "x" }),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.layout.cells?.signatureRow, at.itemRows[1]);
    assert.deepEqual(findingPairs(ev, ["E_TYPE"]), [["E_TYPE", at.cell("members", 1)]]);
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.deepEqual(table.classification?.belowSignature, [cellAt(at.cell("code", 1))]);
  });

  it('a row whose numeric inputs hold numbers is not a signature block (a cell named "Bí thư …")', () => {
    const { ev, at } = clean({
      rows: [fourGoodRow("CB01", "Bí thư chi bộ kiêm trưởng thôn"), fourGoodRow("CB02")],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.layout.cells?.signatureRow, null);
  });

  it('the keyword must be a whole word: "Bí thưa" is no signature', () => {
    const { ev, at } = clean({
      rows: [fourGoodRow("CB01"), otherRow({ name: "Bí thưa gửi" }), fourGoodRow("CB02")],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });
});

describe("rows skipped inside the data", () => {
  it("empty rows inside the data are skipped; the data goes on after them", () => {
    const { ev, at } = clean({
      rows: [
        fourGoodRow("A"),
        emptyRow(),
        emptyRow(),
        fourGoodRow("B"),
        emptyRow(),
        fourGoodRow("C"),
      ],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.report.cells.length, 3);
    assert.deepEqual(findingPairs(ev), []);
  });

  it("rows with only a number in STT (numbered unused rows) are skipped", () => {
    const { ev, at } = clean({
      rows: [
        fourGoodRow("A", "A", { stt: 1 }),
        fourGoodRow("B", "B", { stt: 2 }),
        otherRow({ stt: 3 }),
        otherRow({ stt: 4 }),
        otherRow({ stt: "5" }),
      ],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.deepEqual(findingPairs(ev), []);
  });

  it('section headings ("A. Khối xã", "I", "Khối cơ quan") and notes are skipped', () => {
    const { ev, at } = clean({
      rows: [
        otherRow({ stt: "A. Khối xã" }),
        fourGoodRow("A1"),
        otherRow({ stt: "I", name: "Khối cơ quan" }),
        fourGoodRow("B1"),
        otherRow({ name: "B. KHỐI THÔN, TỔ DÂN PHỐ" }),
        fourGoodRow("C1"),
        otherRow({}, { Q: "Ghi chú: số liệu đến 30/11" }),
        otherRow({ name: "Ghi chú: số liệu tính đến ngày 30/11/2025" }),
      ],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.deepEqual(findingPairs(ev), []);
  });

  it("a row with only a name is skipped; a row with a code, a number or a rating is data", () => {
    const { ev, at } = clean({
      rows: [
        otherRow({ name: "Chi bộ chưa nhập số liệu" }),
        otherRow({ code: "CB09" }),
        otherRow({ attendance_pct: 95 }),
        otherRow({ cell_rating: "HTTNV" }),
      ],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.itemRows.slice(1));
    assert.ok(findingPairs(ev, ["E_REQUIRED"]).length > 0);
  });

  it('a value in an unrecognised column ("Ghi chú") alone does not make a row data', () => {
    const { ev, at } = clean({
      extraColumns: ["Ghi chú"],
      rows: [fourGoodRow("A", "A", { extra: ["ok"] }), otherRow({}, { P: "dòng ghi chú riêng" })],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  });
});

/** The table as the engine's stage finds it (rows, records), for a built workbook. */
function discover(grid: WorkbookGrid) {
  return discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
}

describe("v2: signature rows are skipped, never end the table, never hold a code", () => {
  it("a Party cell typed below the signature block is read (recorded on its code cell for W_LAYOUT)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02")],
      signature: true,
    });
    const below = at.signatureRow! + 6;
    const withLate = [
      ["code", "CB03"],
      ["name", "Chi bộ nhập sau"],
      ["members", 12],
    ].reduce(
      (g, [key, value]) =>
        withCell(g, SHEET.cells, `${at.column(key as "code")}${below}`, value as string),
      grid,
    );
    const ev = evaluate(withLate);
    assert.deepEqual(ev.layout.cells?.dataRows, [...at.dataRows, below]);
    assert.equal(ev.report.cells.length, 3);
    assert.equal(ev.report.cells[2].code, "CB03");
    const table = discover(withLate);
    assert.deepEqual(table.classification?.signatureRows, [at.signatureRow! - 1, at.signatureRow!]);
    assert.deepEqual(table.classification?.belowSignature, [
      cellAt(`${at.column("code")}${below}`),
    ]);
  });

  it('"Bí thư chi bộ chưa báo cáo số liệu" in the notes of a Party cell with a code and no figures: the Party cell and those after it stay in', () => {
    const { grid, at } = cellsWorkbook({
      extraColumns: ["Ghi chú"],
      rows: [
        fourGoodRow("CB01"),
        {
          code: "CB02",
          name: "Chi bộ chưa báo cáo",
          extra: ["Bí thư chi bộ chưa báo cáo số liệu"],
        },
        fourGoodRow("CB03"),
        fourGoodRow("CB04"),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
    assert.equal(ev.layout.cells?.signatureRow, null);
    assert.deepEqual(
      ev.report.cells.map((c) => [c.code, c.status]),
      [
        ["CB01", "scored"],
        ["CB02", "error"],
        ["CB03", "scored"],
        ["CB04", "scored"],
      ],
    );
    assert.equal(findingPairs(ev, ["E_REQUIRED"]).length, 12, "every figure of CB02 is missing");
    assert.deepEqual(discover(grid).classification?.belowSignature, []);
  });

  it("the same note on a row without a code is a signature row: skipped, the Party cells after it read and recorded", () => {
    const { grid, at } = cellsWorkbook({
      extraColumns: ["Ghi chú"],
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Chi bộ thôn 2" }, { P: "Bí thư chi bộ chưa báo cáo số liệu" }),
        fourGoodRow("CB03"),
      ],
    });
    const table = discover(grid);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      at.dataRows,
    );
    assert.deepEqual(table.classification?.signatureRows, [at.itemRows[1] - 1]);
    assert.deepEqual(table.classification?.belowSignature, [cellAt(at.cell("code", 1))]);
  });

  it('after a signature row, signers\' names, "(Ký tên, đóng dấu)" and dates under number columns are no data', () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Người lập biểu", cell_rating: "T/M ĐẢNG ỦY" }),
        otherRow({ name: "(Ký tên)", cell_rating: "(Ký tên, đóng dấu)" }),
        otherRow({ members: formatted(46006, "dd/mm/yyyy"), cell_rating: "Ngày 15/12/2025" }),
        otherRow({ name: "Nguyễn Văn An", cell_rating: "Trần Thị Bình" }),
      ],
    });
    const table = discover(grid);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      [at.dataRows[0]],
    );
    assert.deepEqual(table.classification?.belowSignature, []);
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("after a signature row, a row with a number in a numeric input is data (W_LAYOUT on its first input cell)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Người lập biểu" }),
        otherRow({ name: "Chi bộ không mã", members: 9, attendance_pct: 95 }),
      ],
    });
    const table = discover(grid);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      [at.dataRows[0], at.itemRows[2]],
    );
    assert.deepEqual(table.classification?.belowSignature, [cellAt(at.item("name", 2))]);
  });

  it("a row holding a signature keyword and a date in a numeric input is still a signature row", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Người lập biểu", members: formatted(46006, "dd/mm/yyyy") }),
      ],
    });
    const table = discover(grid);
    assert.deepEqual(table.classification?.signatureRows, [at.itemRows[1] - 1]);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      [at.dataRows[0]],
    );
  });

  it("a signature keyword in the code cell itself is a signature row; any other code is not", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ code: "Xác nhận của Đảng ủy" }),
        otherRow({ code: "CB09", name: "Bí thư: Nguyễn Văn An" }),
      ],
    });
    const table = discover(grid);
    assert.deepEqual(table.classification?.signatureRows, [at.itemRows[1] - 1]);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      [at.dataRows[0], at.itemRows[2]],
    );
  });
});

/** The header cells of the "Chi bộ" inputs as a row (a second table's header). */
function headerRowItem(): ReturnType<typeof otherRow> {
  return otherRow(Object.fromEntries(SPEC_CELLS_COLUMNS.map((c) => [c.key, c.header])));
}

describe("v2: a second table under the first ends the table", () => {
  it("last year's table pasted under the first (title, header, data): not read, recorded on its first cell", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        fourGoodRow("CB02"),
        emptyRow(),
        otherRow({ stt: "BẢNG NĂM 2024" }),
        headerRowItem(),
        otherRow({ stt: "(1)", code: "(2)", name: "(3)" }),
        fourGoodRow("CB01", "Năm trước", { members: 25 }),
        fourGoodRow("CB02", "Năm trước", { members: 26 }),
      ],
      totalRow: false,
    });
    const ev = evaluate(grid);
    assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows.slice(0, 2));
    assert.deepEqual(
      findingPairs(ev),
      [["W_LAYOUT", at.item("stt", 4)]],
      "no E_DUPLICATE: last year's codes are not read; W_LAYOUT on the second table's first cell",
    );
    assert.deepEqual(discover(grid).classification?.secondTable, cellAt(at.item("stt", 4)));
  });

  it("a second form whose header row holds only its identity columns (STT, code, name, members)", () => {
    const built = cellsWorkbook({
      rows: [
        fourGoodRow("CB01"),
        otherRow({
          stt: "STT",
          code: "Mã chi bộ",
          name: "Tên chi bộ",
          members: "Tổng số đảng viên",
        }),
        fourGoodRow("X1"),
      ],
    });
    const table = discover(built.grid);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      [built.at.dataRows[0]],
    );
    assert.deepEqual(table.classification?.secondTable, cellAt(built.at.item("stt", 1)));
  });

  it("a data row holding texts that match fewer than 3 columns is no second table", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("Xếp loại", "Chi bộ", { cell_rating: "HTTNV" }), fourGoodRow("CB02")],
    });
    const table = discover(grid);
    assert.equal(table.classification?.secondTable, null);
    assert.deepEqual(
      table.classification?.dataRows.map((r) => r + 1),
      at.dataRows,
    );
  });
});

describe("v2: group rows are never data", () => {
  const sums = { members: 60, members_good: 56, new_members: 2, disciplined: 0 };
  const forms: [string, ReturnType<typeof otherRow>][] = [
    [
      '"I. Khối xã" in the name, group sums in the numbers',
      otherRow({ name: "I. Khối xã", ...sums }),
    ],
    ['"II" in STT, a group name and sums', otherRow({ stt: "II", name: "Khối cơ quan", ...sums })],
    ['"B) Khối cơ quan"', otherRow({ stt: "B) Khối cơ quan", ...sums })],
    ["a single letter in STT", otherRow({ stt: "A", name: "KHỐI XÃ", ...sums })],
    ['"XX." in STT', otherRow({ stt: "XX.", name: "Khối 20", ...sums })],
    ["a lower-case roman numeral", otherRow({ stt: "iv", name: "Khối 4", ...sums })],
  ];
  for (const [what, group] of forms) {
    it(`${what}: recorded as a group row`, () => {
      const { grid, at } = cellsWorkbook({
        rows: [group, fourGoodRow("CB01"), fourGoodRow("CB02")],
      });
      const table = discover(grid);
      assert.deepEqual(table.classification?.groupRows, [at.itemRows[0] - 1]);
      assert.deepEqual(
        table.classification?.dataRows.map((r) => r + 1),
        at.dataRows,
      );
      assert.deepEqual(findingPairs(evaluate(grid)), []);
    });
  }

  it('a row with a code is data whatever its STT holds ("I")', () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { stt: "I" }), fourGoodRow("CB02", "B", { stt: "II" })],
    });
    assert.deepEqual(
      discover(grid).classification?.dataRows.map((r) => r + 1),
      at.dataRows,
    );
  });

  it('"XXI", "IIII" or a word are no group labels', () => {
    for (const label of ["XXI", "IIII", "Khối", "AB"]) assert.ok(!isGroupLabel(label), label);
    for (const label of ["I", "IV", "XIX", "XX", "a", "Đ"]) assert.ok(isGroupLabel(label), label);
  });

  it('a grouped template: group rows with sums, a "Cộng" closing each group, the grand total: subtotals skipped, total checked clean', () => {
    const a = [fourGoodRow("A1"), fourGoodRow("A2")];
    const b = [fourGoodRow("B1", "B1", { members: 20, members_good: 19 })];
    const { grid, at } = cellsWorkbook({
      rows: [
        otherRow({ stt: "I", name: "Khối xã", members: 60, members_good: 56 }),
        ...a,
        totalRowItem("Cộng"),
        otherRow({ stt: "II", name: "Khối cơ quan", members: 20, members_good: 19 }),
        ...b,
        totalRowItem("Cộng"),
      ],
      totalRow: true,
    });
    const table = discover(grid);
    const c = table.classification!;
    assert.deepEqual(
      c.groupRows.map((r) => r + 1),
      [at.itemRows[0], at.itemRows[4]],
    );
    assert.deepEqual(
      c.subtotalRows.map((r) => r + 1),
      [at.itemRows[3], at.itemRows[6]],
    );
    assert.equal(c.totalRow! + 1, at.grandTotalRow);
    assert.deepEqual(
      c.dataRows.map((r) => r + 1),
      at.dataRows,
    );
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });
});

describe("v2: a header with no data row under it is recorded", () => {
  it("the header's first cell", () => {
    const { grid, at } = cellsWorkbook({
      rows: [otherRow({ stt: 1 }), otherRow({ stt: 2 })],
      columnNumbers: true,
    });
    const table = discover(grid);
    assert.deepEqual(table.headerWithoutData, cellAt(at.header("stt")));
  });

  it("null when there is a data row", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")] });
    assert.equal(discover(grid).headerWithoutData, null);
  });
});
