/**
 * What test/support/v2Workbooks.ts writes into the package itself, where no reader can tell: a
 * formula stored without a cached value (the reading stages' checks of every issue-15 workbook
 * are in src/core/evaluate/issue15Workbooks.test.ts).
 */
import assert from "node:assert/strict";
import JSZip from "jszip";
import { describe, it } from "node:test";
import { uncalculatedFormula } from "../support/v2Workbooks";

describe("issue 15 workbooks: the package", () => {
  it("formulas the file never calculated are stored without a cached value", async () => {
    const { bytes, at, expect } = await uncalculatedFormula();
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    assert.match(xml, /<sheetData>/);
    for (const cell of [expect.dataCell, expect.totalCell]) {
      const element = new RegExp(`<c r="${cell}"[^>]*>(.*?)</c>`).exec(xml)?.[1] ?? "";
      assert.match(element, /<f>/, cell);
      assert.doesNotMatch(element, /<v>/, `${cell}: no cached value`);
    }
    assert.equal(at.sheet, "Chi bộ");
  });
});
