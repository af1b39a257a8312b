/** Appending to styles.xml: existing indexes keep their meaning, identical entries are reused. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { defaultStyleSheetXml, StyleSheetEditor } from "../../src/xlsx/patch/styleSheet";
import { XlsxPatchError } from "../../src/xlsx/patch/patchError";
import { MAIN_NS } from "./fixtures";

const TEMPLATE_STYLES =
  `<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>` +
  '<fonts count="2"><font><sz val="13"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>';

function count(xml: string, container: string): number {
  return Number(new RegExp(`<${container} count="(\\d+)"`).exec(xml)![1]);
}

describe("StyleSheetEditor", () => {
  it("appends one dxf per distinct style to a self-closing <dxfs> and fixes its count", () => {
    const editor = new StyleSheetEditor(TEMPLATE_STYLES);
    assert.equal(editor.ensureDxf({ fill: "#FFC7CE", font: "#9C0006" }), 0);
    assert.equal(editor.ensureDxf({ fill: "#FFEB9C", font: "#9C5700" }), 1);
    assert.equal(editor.ensureDxf({ fill: "#ffc7ce", font: "#9c0006" }), 0);
    assert.equal(count(editor.text, "dxfs"), 2);
    assert.match(editor.text, /<dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"\/><bgColor rgb="FFFFC7CE"\/><\/patternFill><\/fill><\/dxf>/);
  });

  it("creates <dxfs> at its schema position when the stylesheet has none", () => {
    const editor = new StyleSheetEditor(TEMPLATE_STYLES.replace('<dxfs count="0"/>', ""));
    editor.ensureDxf({ fill: "#FFC7CE", font: "#9C0006" });
    assert.match(editor.text, /<\/cellStyles><dxfs count="1"><dxf>.*<\/dxf><\/dxfs><tableStyles/);
  });

  it("derives report fonts from the workbook's default font and leaves existing entries in place", () => {
    const editor = new StyleSheetEditor(TEMPLATE_STYLES);
    const title = editor.ensureCellStyle({ font: { bold: true, size: 14 } });
    const percent = editor.ensureCellStyle({ numberFormat: "0.0%" });
    const reused = editor.ensureCellStyle({ numberFormat: "0.0" });
    const wrap = editor.ensureCellStyle({ wrap: true, fill: "#D9E1F2" });
    assert.deepEqual([title, percent, reused, wrap], [2, 3, 4, 5]);
    assert.ok(editor.text.startsWith(TEMPLATE_STYLES.slice(0, TEMPLATE_STYLES.indexOf("</numFmts>")).replace('count="1"', 'count="2"')));
    assert.match(editor.text, /<font><b\/><sz val="14"\/><color theme="1"\/><name val="Times New Roman"\/><family val="1"\/><\/font><\/fonts>/);
    assert.match(editor.text, /<numFmt numFmtId="165" formatCode="0.0%"\/>/);
    assert.match(editor.text, /<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"\/>/);
    assert.match(editor.text, /<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"\/><bgColor indexed="64"\/><\/patternFill><\/fill><\/fills>/);
    assert.equal(count(editor.text, "cellXfs"), 6);
    assert.equal(count(editor.text, "fonts"), 3);
  });

  it("reuses the entries it appended before (a second run adds nothing)", () => {
    const first = new StyleSheetEditor(TEMPLATE_STYLES);
    first.ensureCellStyle({ font: { bold: true } });
    first.ensureDxf({ fill: "#FFC7CE", font: "#9C0006" });
    const second = new StyleSheetEditor(first.text);
    assert.equal(second.ensureCellStyle({ font: { bold: true } }), 2);
    second.ensureDxf({ fill: "#FFC7CE", font: "#9C0006" });
    assert.equal(second.text, first.text);
  });

  it("maps built-in number formats to their ids", () => {
    const editor = new StyleSheetEditor(defaultStyleSheetXml());
    editor.ensureCellStyle({ numberFormat: "0%" });
    assert.match(editor.text, /<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"\/>/);
    assert.doesNotMatch(editor.text, /<numFmts/);
  });

  it("works with a prefixed stylesheet", () => {
    const prefixed = TEMPLATE_STYLES.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2").replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
    const editor = new StyleSheetEditor(prefixed);
    assert.equal(editor.ensureDxf({ fill: "#FFC7CE", font: "#9C0006" }), 0);
    assert.equal(editor.ensureCellStyle({ font: { underline: true, colour: "#0563C1" } }), 2);
    assert.match(editor.text, /<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FF9C0006"\/><\/x:font>/);
    assert.match(editor.text, /<x:font><x:u\/><x:sz val="13"\/><x:color rgb="FF0563C1"\/><x:name val="Times New Roman"\/><x:family val="1"\/><\/x:font>/);
  });

  it("refuses a colour that is not #RRGGBB", () => {
    assert.throws(() => new StyleSheetEditor(TEMPLATE_STYLES).ensureDxf({ fill: "red", font: "#000000" }), XlsxPatchError);
  });
});
