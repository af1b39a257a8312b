/**
 * readRows: the outcomes kept per table (texts read once per column, STT read when asked) are the
 * outcomes readValue gives cell by cell, and the row-level reads agree with the map's cells.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ROSTER_COLUMNS } from "../catalog/rosterColumns";
import type { CellValue, SheetGrid } from "../grid/grid";
import { readRows, validValue } from "./readRows";
import { readValue } from "./readValue";
import type { RosterKey } from "../vocabulary";

const KEYS = ROSTER_COLUMNS.map((spec) => spec.key);
const COLUMNS = new Map<RosterKey, number>(KEYS.map((key, index) => [key, index]));

/** Texts that repeat (as a roster's codes, ratings and flags do), odd ones and non-texts. */
const SAMPLES: CellValue[] = [
  "CB01",
  "CB01",
  " CB01 ",
  "cb01",
  "HTXSNV",
  "HTTNV",
  "Hoàn thành tốt nhiệm vụ",
  "Hoa\u0300n tha\u0300nh nhiê\u0323m vu\u0323",
  "x",
  "X",
  "có",
  "không",
  "0",
  "1",
  "2",
  "",
  "\u00a0",
  "  ",
  "Nguyễn Văn A",
  "Nguyễn  Văn\u00a0A",
  null,
  0,
  1,
  2,
  7.5,
  true,
  false,
  { error: "#N/A" },
  "12",
  "92,5%",
];

function sheetOf(rows: CellValue[][]): SheetGrid {
  return {
    name: "Đảng viên",
    values: rows,
    numberFormats: rows.map((row) => row.map((_, c) => (c === 0 ? "0" : "General"))),
  };
}

/** Every row of the sheet, read with the roster's columns. */
function readAllRows(sheet: SheetGrid) {
  return readRows(
    sheet,
    sheet.values.map((_, r) => r),
    COLUMNS,
    ROSTER_COLUMNS,
  );
}

describe("readRows", () => {
  it("gives, for every cell, the outcome readValue gives that cell alone", () => {
    const rows: CellValue[][] = [];
    for (let r = 0; r < 400; r++)
      rows.push(KEYS.map((_, c) => SAMPLES[(r * (c + 3) + c) % SAMPLES.length]));
    const sheet = sheetOf(rows);
    const read = readAllRows(sheet);
    assert.equal(read.length, rows.length);
    for (const spec of ROSTER_COLUMNS) {
      const values = read.validValues(spec.key);
      for (let index = 0; index < read.length; index++) {
        assert.equal(
          values(index),
          read.at(index).cells.validValue(spec.key),
          `${spec.key} of row ${index}`,
        );
      }
    }
    for (const row of read) {
      for (const spec of ROSTER_COLUMNS) {
        const col = COLUMNS.get(spec.key) as number;
        const raw = rows[row.row][col];
        const cell = row.cells.get(spec.key);
        assert.ok(cell, `${spec.key} of row ${row.row}`);
        assert.deepEqual(
          cell.outcome,
          readValue(spec.type, raw, sheet.numberFormats?.[row.row][col] ?? "General"),
        );
        assert.deepEqual([cell.row, cell.col, cell.raw], [row.row, col, raw]);
        assert.equal(row.cells.validValue(spec.key), validValue(cell));
      }
    }
  });

  it("says whether every checked cell read a value, and picks cells by outcome and spec", () => {
    // STT is ignored: an empty STT is never checked, so the first row still read every value.
    const complete: CellValue[] = [null, "Nguyễn Văn A", "CB01", "HTTNV", null, "x"];
    const missing: CellValue[] = [2, "Trần Thị B", "", "HTTV", 1, 0];
    const read = readRows(sheetOf([complete, missing]), [0, 1], COLUMNS, ROSTER_COLUMNS).toArray();
    assert.equal(read[0].cells.everyValueRead, true);
    assert.deepEqual(
      read[0].cells.cellsWhere((outcome) => outcome.status === "invalid"),
      [],
    );
    assert.equal(read[1].cells.everyValueRead, false);
    const unread = read[1].cells
      .cellsWhere((outcome, spec) => spec.type !== "ignored" && outcome.status !== "ok")
      .map((cell) => [cell.key, cell.outcome.status]);
    assert.deepEqual(unread, [
      ["cell_code", "empty"],
      ["member_rating", "invalid"],
    ]);
    assert.equal(read[1].cells.validValue("admitted_flag"), false);
    assert.equal(read[1].cells.validValue("stt"), "2");
    assert.equal(read[0].cells.get("stt")?.outcome.status, "empty");
  });

  it("makes rows when iterated: equal each time, in order, and a clear error past the end", () => {
    const rows: CellValue[][] = [
      [1, "A", "CB01", "HTTNV", null, null],
      [],
      [2, "B", "CB01", "HTNV", "x", null],
    ];
    const read = readRows(sheetOf(rows), [0, 2], COLUMNS, ROSTER_COLUMNS);
    assert.equal(read.length, 2);
    assert.deepEqual(read.rowNumbers, [0, 2]);
    assert.deepEqual(
      [...read].map((row) => [
        row.row,
        row.cells.validValue("member_rating"),
        row.cells.validValue("disciplined_flag"),
      ]),
      [
        [0, "HTTNV", false],
        [2, "HTNV", true],
      ],
    );
    assert.deepEqual([...read.at(1).cells.values()], [...read.toArray()[1].cells.values()]);
    assert.throws(() => read.at(2), RangeError);
    assert.deepEqual(
      [...read.incomplete()].map((row) => row.row),
      [],
    );
    const gaps = readRows(
      sheetOf([rows[0], [3, "C", "", "HTNV"], rows[2], [4, "D", "CB01", "?"]]),
      [0, 1, 2, 3],
      COLUMNS,
      ROSTER_COLUMNS,
    );
    assert.deepEqual(
      [...gaps.incomplete()].map((row) => row.row),
      [1, 3],
    );
  });

  it("reads a text column's texts when asked, as readValue does: names, NFD, blanks, repeated codes", () => {
    // A text column's outcomes are made when asked (names, all different) or once per run of
    // one text (codes): they must read exactly as readValue reads each cell, blanks still empty.
    const names = (r: number): CellValue =>
      r % 997 === 0
        ? "\u00a0 "
        : r % 499 === 0
          ? `Nguye\u0302\u0303n  Va\u0306n ${r}`
          : `Nguyễn Văn ${r}`;
    const rows: CellValue[][] = [];
    // Codes in runs of 20 members, as a roster lists them.
    const code = (r: number) => `CB${Math.floor(r / 20)}`;
    for (let r = 0; r < 5_000; r++) rows.push([r + 1, names(r), code(r), "HTTNV", null, null]);
    const sheet = sheetOf(rows);
    const read = readAllRows(sheet);
    const nameCol = COLUMNS.get("member_name") as number;
    const validNames = read.validValues("member_name");
    const validCodes = read.validValues("cell_code");
    for (let index = 0; index < read.length; index++) {
      const expected = readValue("text", rows[index][nameCol], "General");
      const row = read.at(index);
      assert.deepEqual(row.cells.get("member_name")?.outcome, expected, `row ${index}`);
      assert.equal(row.cells.everyValueRead, expected.status === "ok", `row ${index}`);
      assert.equal(validNames(index), expected.status === "ok" ? expected.value : undefined);
      assert.equal(validCodes(index), code(index), `row ${index}`);
      assert.equal(row.cells.get("cell_code")?.outcome.status, "ok", `row ${index}`);
    }
    assert.deepEqual(
      [...read.incomplete()].map((row) => row.row),
      rows.map((_, r) => r).filter((r) => r % 997 === 0),
    );
    assert.equal(read.at(4_999).cells.validValue("member_name"), "Nguyễn Văn 4999");
    assert.equal(read.at(4_491).cells.validValue("member_name"), "Nguyễn Văn 4491");
  });
});
