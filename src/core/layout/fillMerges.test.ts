/** Merges down a column fill their cells (spec §1 "Merged cells in data", v2). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sheetGrid } from "../../../test/support/gridBuilder";
import { fillMergesDown } from "./fillMerges";

describe("fillMergesDown", () => {
  const sheet = sheetGrid(
    "x",
    [
      ["Mã", "Tên", "Số"],
      ["CB01", "A", 45000],
      [null, "B", null],
      [null, null, null],
      ["Heading", null, null],
    ],
    { merges: ["A1:A2", "A2:A4", "C2:C3", "B3:C4", "A5:C5"], numberFormats: { C2: "dd/mm/yyyy" } },
  );

  it("fills the cells under a merge's top-left cell in its column, with its number format", () => {
    const { sheet: filled, filled: cells } = fillMergesDown(sheet, 0);
    assert.deepEqual(
      filled.values.map((line) => [...line]),
      [
        ["Mã", "Tên", "Số"],
        ["CB01", "A", 45000],
        ["CB01", "B", 45000],
        ["CB01", "B", null],
        ["Heading", null, null],
      ],
    );
    assert.equal(filled.numberFormats?.[2]?.[2], "dd/mm/yyyy");
    assert.deepEqual(cells, [
      { row: 2, col: 0, fromRow: 1 },
      { row: 2, col: 2, fromRow: 1 },
      { row: 3, col: 0, fromRow: 1 },
      { row: 3, col: 1, fromRow: 2 },
    ]);
  });

  it("leaves the given sheet as it was, and merges starting at or above the header row alone", () => {
    const before = JSON.stringify(sheet);
    fillMergesDown(sheet, 0);
    assert.equal(JSON.stringify(sheet), before);
    const { filled } = fillMergesDown(sheet, 1);
    assert.deepEqual(filled, [{ row: 3, col: 1, fromRow: 2 }]);
  });

  it("a sheet without merges below the header is returned as it is", () => {
    const plain = sheetGrid("y", [["a"], ["b"]]);
    assert.equal(fillMergesDown(plain, 0).sheet, plain);
  });
});
