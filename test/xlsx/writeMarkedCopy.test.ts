/**
 * The marked copy of a template written by exceljs: only the product's cells, marks, report sheet
 * and stamp change; everything else keeps its bytes; the result opens in exceljs with all of it.
 */
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { adr, toA1 } from "../../src/core";
import { writeMarkedCopy } from "../../src/xlsx/patch/writeMarkedCopy";
import { parseCustomProperties } from "../../src/xlsx/customProperties";
import { CELLS_SHEET, conditionalFormattings, ROSTER_SHEET, templateWorkbook } from "./fixtures";
import { OUTPUT_COLUMNS, planFor } from "./plans";
import { partsOf, rawCells, sameBytes, sheetNamesOf, sheetPartOf, textOf } from "./packageParts";

/** Parts the patcher may change for this plan; every other part must keep its bytes. */
const OWNED_PARTS = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/custom.xml"];

describe("writeMarkedCopy on a template written by exceljs", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let partsBefore: Map<string, Uint8Array>;
  let partsAfter: Map<string, Uint8Array>;
  let cellsPart: string;
  let rosterPart: string;
  const plan = planFor();

  before(async () => {
    input = await templateWorkbook();
    output = await writeMarkedCopy(input, plan);
    partsBefore = await partsOf(input);
    partsAfter = await partsOf(output);
    cellsPart = sheetPartOf(partsBefore, CELLS_SHEET);
    rosterPart = sheetPartOf(partsBefore, ROSTER_SHEET);
  });

  it("keeps every part it does not own byte for byte (shared strings, theme, other sheets, their rels)", () => {
    const owned = new Set([...OWNED_PARTS, cellsPart, rosterPart]);
    const untouched = [...partsBefore.keys()].filter((name) => !owned.has(name));
    assert.ok(untouched.includes("xl/sharedStrings.xml"));
    assert.ok(untouched.includes(sheetPartOf(partsBefore, "Thông tin")));
    for (const name of untouched) assert.ok(sameBytes(partsBefore.get(name), partsAfter.get(name)), `${name} changed`);
  });

  it("keeps the raw XML of every cell that is not an output cell, on every sheet", () => {
    const outputCells = new Set<string>(["V5", "W5"]);
    for (const row of plan.outputs!.rows) for (const col of OUTPUT_COLUMNS) outputCells.add(`${col}${row.row}`);
    for (const name of [...partsBefore.keys()].filter((n) => n.startsWith("xl/worksheets/sheet"))) {
      const cellsBefore = rawCells(textOf(partsBefore, name));
      const cellsAfter = rawCells(textOf(partsAfter, name));
      for (const [address, xml] of cellsBefore) {
        if (name === cellsPart && outputCells.has(address)) continue;
        assert.equal(cellsAfter.get(address), xml, `${name} ${address}`);
      }
      const added = [...cellsAfter.keys()].filter((address) => !cellsBefore.has(address));
      if (name !== cellsPart) assert.deepEqual(added, [], `${name} gained cells`);
      else assert.ok(added.every((address) => outputCells.has(address)), `unexpected new cells ${added}`);
    }
  });

  it("writes output values into the right cells, numbers as numbers and text as inline strings", () => {
    const cells = rawCells(textOf(partsAfter, cellsPart));
    assert.match(cells.get("T9")!, /^<c r="T9"[^>]*><v>19<\/v><\/c>$/);
    assert.match(cells.get("U8")!, /^<c r="U8"[^>]*><v>95<\/v><\/c>$/);
    assert.equal(cells.get("V9"), '<c r="V9" t="inlineStr"><is><t>Chưa đạt</t></is></c>');
    assert.equal(cells.get("W9"), '<c r="W9" t="inlineStr"><is><t>IV</t></is></c>');
    assert.equal(cells.get("W7"), undefined, "an empty result text leaves no cell");
  });

  it("keeps the style of an overwritten output cell and drops its formula", () => {
    const cellsBefore = rawCells(textOf(partsBefore, cellsPart));
    const cellsAfter = rawCells(textOf(partsAfter, cellsPart));
    const styleOf = (xml: string) => /\ss="(\d+)"/.exec(xml)?.[1];
    assert.ok(styleOf(cellsBefore.get("Q7")!), "the template styles Q7");
    assert.equal(styleOf(cellsAfter.get("Q7")!), styleOf(cellsBefore.get("Q7")!));
    assert.match(cellsBefore.get("U7")!, /<f /);
    assert.doesNotMatch(cellsAfter.get("U7")!, /<f[\s>/]/);
  });

  it("creates the missing header cells with the style of the header cell to their left", () => {
    const cells = rawCells(textOf(partsAfter, cellsPart));
    const headerStyle = /\ss="(\d+)"/.exec(cells.get("U5")!)![1];
    assert.equal(cells.get("V5"), `<c r="V5" s="${headerStyle}" t="inlineStr"><is><t>Kết quả</t></is></c>`);
    assert.equal(cells.get("W5"), `<c r="W5" s="${headerStyle}" t="inlineStr"><is><t>Tiêu chí chưa đạt</t></is></c>`);
  });

  it("grows the sheet's dimension to the new columns", () => {
    assert.match(textOf(partsBefore, cellsPart), /<dimension ref="A1:U12"\/>/);
    assert.match(textOf(partsAfter, cellsPart), /<dimension ref="A1:W12"\/>/);
  });

  it("adds the report sheet last, registered in workbook, rels and content types, with print titles", () => {
    assert.deepEqual(sheetNamesOf(partsAfter), ["Thông tin", CELLS_SHEET, ROSTER_SHEET, "Kết quả kiểm tra"]);
    const part = sheetPartOf(partsAfter, "Kết quả kiểm tra");
    assert.ok(!partsBefore.has(part));
    assert.match(textOf(partsAfter, "[Content_Types].xml"), new RegExp(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet\\+xml"/>`));
    assert.match(textOf(partsAfter, "xl/workbook.xml"), /<definedName name="_xlnm.Print_Titles" localSheetId="3">'Kết quả kiểm tra'!\$4:\$4<\/definedName>/);
    assert.doesNotMatch(textOf(partsAfter, part), /tabSelected/, "the user's sheet stays the one shown");
  });

  it("opens in exceljs with outputs, report sheet, marks and their formulas, and links", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(CELLS_SHEET)!;
    assert.equal(ws.getCell("T9").value, 19);
    assert.equal(ws.getCell("V9").value, "Chưa đạt");
    assert.equal(ws.getCell("V5").value, "Kết quả");
    assert.equal(ws.getCell("N7").value, "=ghi chú", "the user's text is untouched");
    const formulas = conditionalFormattings(ws).flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, formula: rule.formulae?.[0] })));
    assert.deepEqual(formulas, [
      { ref: "D7:D9", formula: "D7>100" },
      { ref: "F9", formula: plan.marks[1].formula.slice(1) },
      { ref: "D7:D9", formula: plan.marks[0].formula.slice(1) },
    ]);
    const roster = wb.getWorksheet(ROSTER_SHEET)!;
    assert.deepEqual(conditionalFormattings(roster).map((cf) => cf.ref), ["C3"]);

    const report = wb.getWorksheet("Kết quả kiểm tra")!;
    assert.equal(report.getCell("A1").value, "KẾT QUẢ KIỂM TRA CHI BỘ 4 TỐT");
    assert.equal(report.getCell("A1").font?.bold, true);
    assert.equal(report.getCell("A1").font?.size, 14);
    assert.equal(report.getCell("C3").numFmt, "0.0%");
    assert.equal(report.getCell("D5").value, "=Giá trị ở D7 vượt quá 100 & <không hợp lệ>");
    // exceljs 4.4 reads only hyperlinks with a relationship; internal links are checked in the XML.
    assert.equal(report.getCell("C5").value, "D7");
    assert.equal(report.getCell("C5").font?.underline, true);
    const reportXml = textOf(partsAfter, sheetPartOf(partsAfter, "Kết quả kiểm tra"));
    assert.match(reportXml, /<hyperlinks><hyperlink ref="C5" location="'Chi bộ'!D7" display="D7"\/><hyperlink ref="C6" location="'Chi bộ'!D8" display="D8"\/><\/hyperlinks>/);
    assert.equal(report.getCell("A5").fill?.type, "pattern");
    assert.equal((report.getCell("A5").fill as ExcelJS.FillPattern).fgColor?.argb, "FFFFC7CE");
    assert.deepEqual(report.model.merges, ["A1:D1"]);
    assert.equal(report.views[0]?.state, "frozen");
    assert.equal(report.pageSetup.orientation, "landscape");
    assert.equal(report.pageSetup.paperSize, 9);
  });

  it("stores the stamp as custom properties", () => {
    assert.deepEqual(parseCustomProperties(textOf(partsAfter, "docProps/custom.xml")), plan.stampProperties);
    assert.match(textOf(partsAfter, "_rels/.rels"), /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom.xml"/);
    assert.match(textOf(partsAfter, "[Content_Types].xml"), /PartName="\/docProps\/custom.xml" ContentType="application\/vnd.openxmlformats-officedocument.custom-properties\+xml"/);
  });

  it("writes text that starts with =, +, - or @ as text, never as a formula", async () => {
    const tricky = ["=SUM(A1:A3)", "+84 912", "-5", "@chibo"];
    const trickyPlan = planFor({ values: (row) => [1, 2, 3, 4, 10, tricky[row - 7], tricky[row - 6]] });
    const bytes = await writeMarkedCopy(input, trickyPlan);
    const cells = rawCells(textOf(await partsOf(bytes), cellsPart));
    assert.equal(cells.get("V7"), '<c r="V7" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>');
    assert.doesNotMatch(cells.get("V7")!, /<f[\s>]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(CELLS_SHEET)!;
    const values = [7, 8, 9].map((row) => ws.getCell(toA1(row - 1, adr("V1").col)).value);
    assert.deepEqual(values, ["=SUM(A1:A3)", "+84 912", "-5"]);
    assert.equal(ws.getCell("W9").value, "@chibo");
  });

  it("does not change its input", async () => {
    const copy = input.slice();
    await writeMarkedCopy(input, plan);
    assert.ok(sameBytes(copy, input));
  });
});
