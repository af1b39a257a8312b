/** The preview host's small decisions: the marked copy's name, a cell's text. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellText } from "../../src/core";
import { markedCopyName } from "../../src/taskpane/preview/markedCopyName";

describe("markedCopyName", () => {
  it("adds -da-cham and keeps the workbook's kind", () => {
    assert.equal(
      markedCopyName("Đánh giá xã Thạch Hà 2025.xlsx", "xlsx"),
      "Đánh giá xã Thạch Hà 2025-da-cham.xlsx",
    );
    assert.equal(markedCopyName("danh-gia.XLSX", "xlsx"), "danh-gia-da-cham.xlsx");
    assert.equal(markedCopyName("co-macro.xlsm", "xlsm"), "co-macro-da-cham.xlsm");
    assert.equal(markedCopyName("mau.xltx", "xltx"), "mau-da-cham.xlsx");
    assert.equal(markedCopyName(".xlsx", "xlsx"), "chi-bo-4-tot-da-cham.xlsx");
  });
});

describe("cellText", () => {
  it("shows values as Excel would in the cell", () => {
    assert.equal(cellText(null), "");
    assert.equal(cellText(11), "11");
    assert.equal(cellText("HTTV"), "HTTV");
    assert.equal(cellText(true), "TRUE");
    assert.equal(cellText({ error: "#DIV/0!" }), "#DIV/0!");
    assert.equal(cellText({ formula: "SUM(C5:C9)" }), "=SUM(C5:C9)");
  });
});
