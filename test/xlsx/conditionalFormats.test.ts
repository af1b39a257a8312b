/** Marks as conditional formats: exact ranges, the product's own formats replaced, the user's kept. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { replaceMarks, removeProductConditionalFormats } from "../../src/xlsx/patch/conditionalFormats";
import { sqrefOf } from "../../src/xlsx/patch/sqref";
import { XlsxPatchError } from "../../src/xlsx/patch/patchError";
import { worksheetChildNames } from "./packageParts";
import { worksheetXml } from "./fixtures";
import { mark, SHORTFALL_STYLE, WARNING_STYLE } from "./plans";

const USER_CF = '<conditionalFormatting sqref="B2:B9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>';

describe("sqrefOf", () => {
  it("joins consecutive rows of a column into ranges, the anchor's range first", () => {
    assert.equal(sqrefOf(["D7", "D8", "D9", "D12", "F3"]), "D7:D9 D12 F3");
    assert.equal(sqrefOf(["D9", "B2", "B3", "D10"]), "D9:D10 B2:B3");
    assert.equal(sqrefOf(["A1"]), "A1");
  });

  it("refuses an empty or malformed list", () => {
    assert.throws(() => sqrefOf([]), XlsxPatchError);
    assert.throws(() => sqrefOf(["D7", "Chi bộ!D8"]), XlsxPatchError);
  });
});

describe("replaceMarks", () => {
  const ids = new Map([[SHORTFALL_STYLE.fill, 4], [WARNING_STYLE.fill, 5]]);
  const dxfIdOf = (m: { style: { fill: string } }) => ids.get(m.style.fill) ?? 3;

  it("adds one conditionalFormatting per mark with its formula (no '='), dxf and a priority above the user's", () => {
    const xml = worksheetXml('<row r="2"><c r="B2"><v>1</v></c></row>', USER_CF + '<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>');
    const marks = [mark("Chi bộ", ["D7", "D8"], 2, SHORTFALL_STYLE), mark("Chi bộ", ["F9"], 1)];
    const result = replaceMarks(xml, marks, dxfIdOf);
    assert.deepEqual(worksheetChildNames(result), ["sheetData", "conditionalFormatting", "conditionalFormatting", "conditionalFormatting", "pageMargins"]);
    assert.ok(result.includes(USER_CF.replace('priority="1"', 'priority="3"')), "the user's format is kept, its priority moved below the marks");
    assert.ok(result.includes('<conditionalFormatting sqref="F9"><cfRule type="expression" dxfId="3" priority="1"><formula>AND(ISNUMBER(F9),F9&lt;100,ISTEXT("chibo4tot-mark"))</formula></cfRule></conditionalFormatting>'));
    assert.ok(result.includes('<conditionalFormatting sqref="D7:D8"><cfRule type="expression" dxfId="4" priority="2">'));
  });

  it("removes the product's previous formats and leaves a sheet without marks as it was before them", () => {
    const original = worksheetXml("", USER_CF + "<hyperlinks/>");
    const marked = replaceMarks(original, [mark("Chi bộ", ["A1"], 1), mark("Chi bộ", ["A2"], 3, WARNING_STYLE)], dxfIdOf);
    const remarked = replaceMarks(marked, [mark("Chi bộ", ["C5"], 1)], dxfIdOf);
    assert.equal((remarked.match(/chibo4tot-mark/g) ?? []).length, 1);
    assert.match(remarked, /sqref="C5"/);
    assert.doesNotMatch(remarked, /sqref="A1"|sqref="A2"/);
    assert.equal(removeProductConditionalFormats(marked), original.replace('priority="1"', 'priority="3"'));
  });

  it("does not move the user's priorities when they are already above the marks", () => {
    const xml = worksheetXml("", USER_CF.replace('priority="1"', 'priority="7"'));
    assert.ok(replaceMarks(xml, [mark("Chi bộ", ["A1"], 1)], dxfIdOf).includes('priority="7"'));
  });

  it("moves the priorities of x14 formats too, keeping one priority space per sheet", () => {
    const ext = '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" priority="2" id="{1}"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
    const result = replaceMarks(worksheetXml("", USER_CF + ext), [mark("Chi bộ", ["A1"], 1), mark("Chi bộ", ["A2"], 1)], dxfIdOf);
    assert.match(result, /<cfRule type="cellIs" dxfId="0" priority="3"/);
    assert.match(result, /<x14:cfRule type="dataBar" priority="4"/);
    assert.deepEqual(worksheetChildNames(result).slice(-1), ["extLst"]);
  });

  it("recognises a product format by its formula only: a user's format mentioning something else stays", () => {
    const xml = worksheetXml("", '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>ISTEXT("chibo4tot")</formula></cfRule></conditionalFormatting>');
    assert.equal(removeProductConditionalFormats(xml), xml);
  });
});
