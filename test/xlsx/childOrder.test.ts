/** Children inserted at their schema position, whatever the worksheet already holds. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { insertRootChild, STYLESHEET_CHILD_ORDER, WORKBOOK_CHILD_ORDER, WORKSHEET_CHILD_ORDER } from "../../src/xlsx/patch/childOrder";
import { worksheetChildNames } from "./packageParts";
import { MAIN_NS } from "./fixtures";

const CF = '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>';

function sheet(children: string, prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  return `<?xml version="1.0"?>\n<${p}worksheet ${ns} xmlns:r="r" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${children}</${p}worksheet>`;
}

describe("insertRootChild", () => {
  it("puts conditionalFormatting after mergeCells and before dataValidations, hyperlinks and page setup", () => {
    const xml = sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="0"/><hyperlinks/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup/><drawing r:id="rId1"/><tableParts count="0"/><extLst/>');
    const names = worksheetChildNames(insertRootChild(xml, WORKSHEET_CHILD_ORDER, "conditionalFormatting", CF));
    assert.deepEqual(names, ["sheetData", "mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks", "pageMargins", "pageSetup", "drawing", "tableParts", "extLst"]);
  });

  it("puts it after the sheet's existing conditional formats and phoneticPr", () => {
    const xml = sheet(`<sheetData/><phoneticPr fontId="1"/><conditionalFormatting sqref="B2"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting><printOptions/>`);
    const result = insertRootChild(xml, WORKSHEET_CHILD_ORDER, "conditionalFormatting", CF);
    assert.deepEqual(worksheetChildNames(result), ["sheetData", "phoneticPr", "conditionalFormatting", "conditionalFormatting", "printOptions"]);
    assert.ok(result.indexOf('sqref="B2"') < result.indexOf('sqref="A1"'));
  });

  it("goes last when nothing later exists, and after a sheet's protection and autoFilter", () => {
    const xml = sheet('<sheetPr/><dimension ref="A1"/><sheetData/><sheetProtection sheet="1"/><autoFilter ref="A1:C1"/>');
    assert.deepEqual(worksheetChildNames(insertRootChild(xml, WORKSHEET_CHILD_ORDER, "conditionalFormatting", CF)), ["sheetPr", "dimension", "sheetData", "sheetProtection", "autoFilter", "conditionalFormatting"]);
  });

  it("ranks mc:AlternateContent by the element it wraps (controls come after conditional formats)", () => {
    const xml = sheet('<sheetData/><mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice><mc:Fallback/></mc:AlternateContent><tableParts count="0"/>');
    assert.deepEqual(worksheetChildNames(insertRootChild(xml, WORKSHEET_CHILD_ORDER, "conditionalFormatting", CF)), ["sheetData", "conditionalFormatting", "AlternateContent", "tableParts"]);
  });

  it("respects a namespace prefix on the worksheet", () => {
    const xml = sheet("<x:sheetData></x:sheetData><x:hyperlinks/>", "x");
    const result = insertRootChild(xml, WORKSHEET_CHILD_ORDER, "conditionalFormatting", "<x:conditionalFormatting/>");
    assert.deepEqual(worksheetChildNames(result), ["sheetData", "conditionalFormatting", "hyperlinks"]);
  });

  it("does not look inside sheetData for a later child's name", () => {
    const xml = sheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hyperlinks pageSetup</t></is></c></row></sheetData><pageSetup/>');
    assert.deepEqual(worksheetChildNames(insertRootChild(xml, WORKSHEET_CHILD_ORDER, "hyperlinks", "<hyperlinks/>")), ["sheetData", "hyperlinks", "pageSetup"]);
  });

  it("places definedNames after sheets and externalReferences, before calcPr", () => {
    const xml = `<workbook xmlns="${MAIN_NS}"><bookViews/><sheets><sheet name="A" sheetId="1"/></sheets><externalReferences/><calcPr/></workbook>`;
    const result = insertRootChild(xml, WORKBOOK_CHILD_ORDER, "definedNames", "<definedNames/>");
    assert.match(result, /<externalReferences\/><definedNames\/><calcPr\/>/);
  });

  it("places dxfs after cellStyles, before tableStyles", () => {
    const xml = `<styleSheet xmlns="${MAIN_NS}"><fonts/><cellXfs/><cellStyles/><tableStyles/><extLst/></styleSheet>`;
    assert.match(insertRootChild(xml, STYLESHEET_CHILD_ORDER, "dxfs", "<dxfs/>"), /<cellStyles\/><dxfs\/><tableStyles\/>/);
  });
});
