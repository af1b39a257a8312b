/**
 * Which rows are data (spec §1): the row of column numbers under the header is skipped (every
 * form: 1, (1), A, (B), (6)=(4)+(5)); then each row by the first rule that fits: signature block
 * (ends the data; anywhere, the code column included), total row (never data), data row (code or
 * any numeric or rating input holds a value), anything else skipped (empty rows, STT-only rows,
 * section headings, notes).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  emptyRow,
  findingPairs,
  fourGoodRow,
  otherRow,
  type CellsWorkbookOptions,
  type ColumnNumbers,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { isColumnLabel, isColumnLabelRow } from "./columnLabels";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });
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
  it("ends the data: default block under the table", () => {
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

  it("rows after the signature block are not read, even if they look like data", () => {
    const { ev, at } = clean({
      rows: [
        fourGoodRow("CB01"),
        otherRow({ name: "Người lập biểu" }),
        fourGoodRow("CB02", "Sau chữ ký", { members: "x" }),
      ],
    });
    assert.deepEqual(ev.layout.cells?.dataRows, [at.dataRows[0]]);
    assert.equal(ev.layout.cells?.signatureRow, at.itemRows[1]);
    assert.deepEqual(findingPairs(ev), []);
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
