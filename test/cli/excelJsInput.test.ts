/**
 * readWorkbook reads sheets whose names or part names exceljs would refuse or drop (see
 * src/xlsx/excelJsInput.ts), and names them as the file does.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import JSZip from "jszip";
import { excelJsInput } from "../../src/xlsx/excelJsInput";
import { WorkbookReadError } from "../../src/xlsx/packageProblem";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { cellsWorkbookFixture, fourGoodRow } from "../support/xlsxFixtures";

const every = (names: string[]) => names;

async function withWorkbookXml(
  edit: (xml: string) => string,
  more?: (zip: JSZip) => Promise<void>,
): Promise<Uint8Array> {
  const { bytes } = await cellsWorkbookFixture([fourGoodRow("CB01", "Chi bộ thôn Bắc")]);
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", edit(xml));
  await more?.(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readWorkbook: sheet names and parts exceljs would refuse", () => {
  it("hands an ordinary file to exceljs as it is", async () => {
    const { bytes } = await cellsWorkbookFixture([fourGoodRow("CB01", "A")]);
    const input = await excelJsInput(bytes);
    assert.equal(input.bytes, bytes, "no copy is made");
    assert.equal(input.realName("Chi bộ"), "Chi bộ");
  });

  for (const name of [
    "O'Brien [2]",
    "Chi bộ: bản *nháp*?",
    "History",
    "'Trích'",
    "Chi bộ (bản nộp huyện tháng 12 năm 2025)",
    "a/b\\c",
  ]) {
    it(`reads a workbook with a sheet named ${JSON.stringify(name)}, under that name`, async () => {
      const bytes = await withWorkbookXml((xml) =>
        xml.replace('name="Thông tin"', `name="${name.replace(/'/g, "&apos;")}"`),
      );
      const read = await readWorkbook(bytes, { selectSheets: every });
      assert.deepEqual(read.grid.sheetNames, [name, "Chi bộ"]);
      assert.deepEqual(
        read.grid.sheets.map((s) => s.name),
        [name, "Chi bộ"],
      );
      assert.equal(read.grid.sheets[0].values[0]?.[0], "THÔNG TIN CHUNG", "with its own content");
    });
  }

  it("keeps two sheets whose names differ only in case apart", async () => {
    const bytes = await withWorkbookXml((xml) => xml.replace('name="Thông tin"', 'name="CHI BỘ"'));
    const read = await readWorkbook(bytes, { selectSheets: every });
    assert.deepEqual(read.grid.sheetNames, ["CHI BỘ", "Chi bộ"]);
    assert.equal(read.grid.sheets[1].values.length > 5, true, "the second is the table");
  });

  it("reads a worksheet stored under a part name other than sheetN.xml", async () => {
    const bytes = await withWorkbookXml(
      (xml) => xml,
      async (zip) => {
        const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
        zip.remove("xl/worksheets/sheet2.xml");
        zip.file("xl/worksheets/bang-chi-bo.xml", sheet);
        const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
        zip.file(
          "xl/_rels/workbook.xml.rels",
          rels.replace('Target="worksheets/sheet2.xml"', 'Target="/xl/worksheets/bang-chi-bo.xml"'),
        );
      },
    );
    const read = await readWorkbook(bytes);
    assert.deepEqual(read.grid.sheetNames, ["Thông tin", "Chi bộ"]);
    assert.ok((read.grid.sheets.find((s) => s.name === "Chi bộ")?.values.length ?? 0) > 5);
  });

  it("names the real sheet when it is damaged", async () => {
    const bytes = await withWorkbookXml(
      (xml) => xml.replace('name="Chi bộ"', 'name="Chi bộ [1]"'),
      async (zip) => {
        const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
        zip.file(
          "xl/worksheets/sheet2.xml",
          sheet.replace(
            "</sheetData>",
            '<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>',
          ),
        );
      },
    );
    await assert.rejects(readWorkbook(bytes, { selectSheets: every }), (error: unknown) => {
      assert.ok(error instanceof WorkbookReadError);
      assert.equal(error.problem.code, "cell-beyond-excel-limits");
      assert.match(error.problem.vi, /"Chi bộ \[1\]"/);
      return true;
    });
  });
});
