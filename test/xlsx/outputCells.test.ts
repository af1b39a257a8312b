/** Output cells written into worksheet XML: in place, in order, styles kept, nothing else touched. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { OUTPUT_KEYS, type OutputValue, type OutputWrite } from "../../src/core";
import { writeOutputCells } from "../../src/xlsx/patch/outputCells";
import { XlsxPatchError } from "../../src/xlsx/patch/patchError";
import { rawCells } from "./packageParts";
import { MAIN_NS, worksheetXml } from "./fixtures";

/** An OutputWrite over columns given as letters (keys taken in order). */
function outputs(columns: string[], rows: { row: number; values: OutputValue[] }[], newHeaders: OutputWrite["newHeaders"] = []): OutputWrite {
  return { sheet: "Chi bộ", headerRow: 1, columns: columns.map((column, i) => ({ key: OUTPUT_KEYS[i], column })), newHeaders, rows };
}

function rowsOf(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g)].map((m) => m[0]);
}

describe("writeOutputCells", () => {
  it("inserts cells into an existing row in column order and leaves the others as they were", () => {
    const xml = worksheetXml('<row r="2"><c r="A2" s="1"><v>1</v></c><c r="C2" t="s"><v>0</v></c><c r="E2"><v>5</v></c></row>');
    const result = writeOutputCells(xml, outputs(["B", "D"], [{ row: 2, values: [7, "Đạt"] }]));
    assert.equal(
      rowsOf(result.xml)[0],
      '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2"><v>7</v></c><c r="C2" t="s"><v>0</v></c><c r="D2" t="inlineStr"><is><t>Đạt</t></is></c><c r="E2"><v>5</v></c></row>',
    );
  });

  it("creates missing rows in row order", () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>');
    const result = writeOutputCells(xml, outputs(["B"], [{ row: 7, values: [7] }, { row: 3, values: [3] }]));
    assert.deepEqual(rowsOf(result.xml), [
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<row r="3"><c r="B3"><v>3</v></c></row>',
      '<row r="5"><c r="A5"><v>5</v></c></row>',
      '<row r="7"><c r="B7"><v>7</v></c></row>',
    ]);
  });

  it("fills an empty sheetData, self-closing or not", () => {
    const selfClosing = worksheetXml("").replace("<sheetData></sheetData>", "<sheetData/>");
    const result = writeOutputCells(selfClosing, outputs(["C"], [{ row: 2, values: [1] }]));
    assert.match(result.xml, /<sheetData><row r="2"><c r="C2"><v>1<\/v><\/c><\/row><\/sheetData>/);
  });

  it("writes into a self-closing row", () => {
    const result = writeOutputCells(worksheetXml('<row r="4" ht="20" customHeight="1"/>'), outputs(["B"], [{ row: 4, values: ["x"] }]));
    assert.equal(rowsOf(result.xml)[0], '<row r="4" ht="20" customHeight="1"><c r="B4" t="inlineStr"><is><t>x</t></is></c></row>');
  });

  it("keeps the style of an overwritten cell, drops its value type, formula and metadata", () => {
    const xml = worksheetXml('<row r="2"><c r="B2" s="7" t="str" cm="1"><f>A2*2</f><v>x</v></c><c r="C2" s="8" t="e"><v>#N/A</v></c></row>');
    const result = writeOutputCells(xml, outputs(["B", "C"], [{ row: 2, values: [12.5, "Chưa đạt"] }]));
    const cells = rawCells(result.xml);
    assert.equal(cells.get("B2"), '<c r="B2" s="7"><v>12.5</v></c>');
    assert.equal(cells.get("C2"), '<c r="C2" s="8" t="inlineStr"><is><t>Chưa đạt</t></is></c>');
    assert.deepEqual(result.removedFormulaCells, ["B2"]);
  });

  it("empties an output cell for null, keeping its style; an unstyled one goes; a missing one is not created", () => {
    const xml = worksheetXml('<row r="2"><c r="B2" s="3"><v>9</v></c><c r="C2"><v>9</v></c><c r="E2"><v>1</v></c></row>');
    const result = writeOutputCells(xml, outputs(["B", "C", "D"], [{ row: 2, values: [null, null, null] }]));
    assert.equal(rowsOf(result.xml)[0], '<row r="2"><c r="B2" s="3"/><c r="E2"><v>1</v></c></row>');
  });

  it("gives a new data cell the row's style, else the column's; a new header cell the style to its left", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" s="4" t="inlineStr"><is><t>Mã</t></is></c></row><row r="2" s="6" customFormat="1"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>',
      "",
      '<cols><col min="2" max="3" width="9" style="5" customWidth="1"/></cols>',
    );
    const result = writeOutputCells(xml, outputs(["B", "C"], [{ row: 2, values: [1, 2] }, { row: 3, values: [3, 4] }], [{ cell: "B1", text: "Điểm I" }, { cell: "C1", text: "Điểm II" }]));
    const cells = rawCells(result.xml);
    assert.equal(cells.get("B1"), '<c r="B1" s="4" t="inlineStr"><is><t>Điểm I</t></is></c>');
    assert.equal(cells.get("C1"), '<c r="C1" s="4" t="inlineStr"><is><t>Điểm II</t></is></c>');
    assert.equal(cells.get("B2"), '<c r="B2" s="6"><v>1</v></c>');
    assert.equal(cells.get("B3"), '<c r="B3" s="5"><v>3</v></c>');
  });

  it("widens a row's spans and the sheet's dimension", () => {
    const xml = worksheetXml('<row r="2" spans="1:3"><c r="A2"><v>1</v></c></row>', "", '<dimension ref="A1:C2"/>');
    const result = writeOutputCells(xml, outputs(["F"], [{ row: 4, values: [1] }, { row: 2, values: [2] }]));
    assert.match(result.xml, /<dimension ref="A1:F4"\/>/);
    assert.match(result.xml, /<row r="2" spans="1:6">/);
  });

  it("sets the dimension of an empty sheet to the cells written", () => {
    const xml = worksheetXml("", "", '<dimension ref="A1"/>');
    assert.match(writeOutputCells(xml, outputs(["C"], [{ row: 3, values: [1] }, { row: 4, values: [2] }])).xml, /<dimension ref="C3:C4"\/>/);
  });

  it("gives addresses to cells placed by position when a row changes, and counts rows without r", () => {
    const xml = worksheetXml('<row><c><v>1</v></c></row><row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>');
    const result = writeOutputCells(xml, outputs(["B"], [{ row: 2, values: [null] }]));
    assert.deepEqual(rowsOf(result.xml), ['<row><c><v>1</v></c></row>', '<row><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>']);
  });

  it("gives the cells that shared an overwritten master formula their own, moved formula", () => {
    const xml = worksheetXml(
      '<row r="7"><c r="Q7"><v>1</v></c><c r="U7"><f t="shared" ref="U7:U10" si="0">SUM(Q7:T7)</f><v>1</v></c></row>' +
        '<row r="8"><c r="U8"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="9"><c r="U9"><f t="shared" si="0"/><v>3</v></c></row>' +
        '<row r="10"><c r="A10" t="inlineStr"><is><t>Tổng</t></is></c><c r="U10" s="2"><f t="shared" si="0"/><v>4</v></c></row>' +
        '<row r="11"><c r="U11"><f t="shared" ref="U11:U12" si="1">A11</f><v>0</v></c></row>',
    );
    const result = writeOutputCells(xml, outputs(["U"], [{ row: 7, values: [96] }, { row: 9, values: [90] }]));
    const cells = rawCells(result.xml);
    assert.equal(cells.get("U7"), '<c r="U7"><v>96</v></c>');
    assert.equal(cells.get("U8"), '<c r="U8"><f>SUM(Q8:T8)</f><v>2</v></c>');
    assert.equal(cells.get("U9"), '<c r="U9"><v>90</v></c>');
    assert.equal(cells.get("U10"), '<c r="U10" s="2"><f>SUM(Q10:T10)</f><v>4</v></c>');
    assert.equal(cells.get("U11"), '<c r="U11"><f t="shared" ref="U11:U12" si="1">A11</f><v>0</v></c>', "another shared formula stays");
    assert.deepEqual(result.removedFormulaCells, ["U7", "U9"]);
  });

  it("works in a worksheet whose namespace has a prefix", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const result = writeOutputCells(xml, outputs(["B"], [{ row: 1, values: ["a"] }, { row: 2, values: [2] }]));
    assert.equal(
      result.xml,
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="B2"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  it("writes text exactly: spaces kept, XML escaped, Excel escapes protected, control characters encoded", () => {
    const result = writeOutputCells(worksheetXml(""), outputs(["A", "B", "C"], [{ row: 1, values: [" II, IV ", "a<b & _x0041_", "x\u0007y"] }]));
    const cells = rawCells(result.xml);
    assert.equal(cells.get("A1"), '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> II, IV </t></is></c>');
    assert.equal(cells.get("B1"), '<c r="B1" t="inlineStr"><is><t>a&lt;b &amp; _x005F_x0041_</t></is></c>');
    assert.equal(cells.get("C1"), '<c r="C1" t="inlineStr"><is><t>x_x0007_y</t></is></c>');
  });

  it("refuses a plan whose rows do not match its columns, or a number that is not finite", () => {
    const xml = worksheetXml("");
    assert.throws(() => writeOutputCells(xml, outputs(["A", "B"], [{ row: 1, values: [1] }])), (e: unknown) => e instanceof XlsxPatchError && e.code === "BAD_PLAN" && /Lỗi nội bộ/.test(e.messages.vi));
    assert.throws(() => writeOutputCells(xml, outputs(["A"], [{ row: 1, values: [Number.NaN] }])), (e: unknown) => e instanceof XlsxPatchError && e.code === "BAD_PLAN");
  });

  it("returns the sheet unchanged when there is nothing to write", () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    assert.equal(writeOutputCells(xml, outputs(["B"], [])).xml, xml);
  });
});
