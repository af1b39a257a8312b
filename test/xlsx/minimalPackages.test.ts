/**
 * Packages built part by part: what exceljs cannot write (a calcChain, a package without styles,
 * sheet names with quotes and brackets, local defined names, an active report sheet, the user's
 * custom properties) and the errors a clerk can meet.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { REPORT_SHEET_NAME, type WorkbookWritePlan } from "../../src/core";
import { writeMarkedCopy } from "../../src/xlsx/patch/writeMarkedCopy";
import { XlsxPatchError } from "../../src/xlsx/patch/patchError";
import { parseCustomProperties } from "../../src/xlsx/customProperties";
import { conditionalFormattings, minimalPackage, worksheetXml } from "./fixtures";
import { mark, planFor, reportSheetPlan } from "./plans";
import { partsOf, rawCells, sameBytes, sheetNamesOf, sheetPartOf, textOf } from "./packageParts";

const HEADER = '<row r="5"><c r="U5" t="inlineStr"><is><t>Tổng điểm</t></is></c></row>';
const DATA = [7, 8, 9].map((r) => `<row r="${r}"><c r="D${r}"><v>${r}</v></c><c r="U${r}"><f>SUM(Q${r}:T${r})</f><v>0</v></c></row>`).join("");

/** A plan on `sheet` that writes Q..W of rows 7–9 and marks D7:D9. */
function planOn(sheet: string, extra: Partial<WorkbookWritePlan> = {}): WorkbookWritePlan {
  return { ...planFor({ sheet, marks: [mark(sheet, ["D7", "D8", "D9"], 1)] }), ...extra };
}

async function loadInExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("writeMarkedCopy on minimal packages", () => {
  it("handles a sheet name with quotes, brackets, an ampersand and Vietnamese letters", async () => {
    const name = "Chi bộ 'Khối A' (2024) & <B>";
    const input = await minimalPackage([{ name, xml: worksheetXml(HEADER + DATA) }]);
    const plan = planOn(name);
    plan.reportSheet.rows.push([{ kind: "link", text: "D7", sheet: name, cell: "D7" }]);
    const output = await writeMarkedCopy(input, plan);
    const parts = await partsOf(output);
    assert.deepEqual(sheetNamesOf(parts), [name, REPORT_SHEET_NAME]);
    assert.match(textOf(parts, "xl/workbook.xml"), /<sheet name="Chi bộ 'Khối A' \(2024\) &amp; &lt;B&gt;"/);
    assert.match(textOf(parts, sheetPartOf(parts, REPORT_SHEET_NAME)), /location="'Chi bộ ''Khối A'' \(2024\) &amp; &lt;B&gt;'!D7"/);
    const wb = await loadInExcelJs(output);
    assert.equal(wb.getWorksheet(name)!.getCell("T9").value, 19);
    assert.equal(conditionalFormattings(wb.getWorksheet(name)!).length, 1);
  });

  it("finds a sheet whose name has square brackets (not allowed by Excel, written by other tools)", async () => {
    const name = "Bảng [1]";
    const input = await minimalPackage([{ name, xml: worksheetXml(HEADER + DATA) }]);
    const parts = await partsOf(await writeMarkedCopy(input, planOn(name)));
    assert.match(textOf(parts, sheetPartOf(parts, name)), /<conditionalFormatting sqref="D7:D9">/);
  });

  it("creates styles.xml with its relationship and content type when the package has none", async () => {
    const input = await minimalPackage([{ name: "Chi bộ", xml: worksheetXml(HEADER + DATA) }]);
    const output = await writeMarkedCopy(input, planOn("Chi bộ"));
    const parts = await partsOf(output);
    assert.match(textOf(parts, "xl/_rels/workbook.xml.rels"), /relationships\/styles" Target="styles.xml"/);
    assert.match(textOf(parts, "[Content_Types].xml"), /PartName="\/xl\/styles.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.styles\+xml"/);
    assert.match(textOf(parts, "xl/styles.xml"), /<dxfs count="1">/);
    const rels = textOf(parts, "xl/_rels/workbook.xml.rels");
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    const wb = await loadInExcelJs(output);
    assert.equal(wb.getWorksheet(REPORT_SHEET_NAME)!.getCell("A1").font?.bold, true);
  });

  it("drops the calcChain entries of the formulas it overwrites, and the chain when none remain", async () => {
    const calcChain = '<?xml version="1.0"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="U7" i="1"/><c r="U8"/><c r="U9"/><c r="A1" i="2"/></calcChain>';
    const sheets = [{ name: "Chi bộ", xml: worksheetXml(HEADER + DATA) }, { name: "Tổng hợp", xml: worksheetXml('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>') }];
    const parts = await partsOf(await writeMarkedCopy(await minimalPackage(sheets, { calcChain }), planOn("Chi bộ")));
    assert.equal(textOf(parts, "xl/calcChain.xml"), '<?xml version="1.0"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>');

    const onlyOurs = calcChain.replace('<c r="A1" i="2"/>', "");
    const emptied = await partsOf(await writeMarkedCopy(await minimalPackage(sheets, { calcChain: onlyOurs }), planOn("Chi bộ")));
    assert.ok(!emptied.has("xl/calcChain.xml"));
    assert.doesNotMatch(textOf(emptied, "xl/_rels/workbook.xml.rels"), /calcChain/);
    assert.doesNotMatch(textOf(emptied, "[Content_Types].xml"), /calcChain/);
  });

  it("replaces an active report sheet in the middle: local names renumbered, links to it #REF!, the new one active", async () => {
    const sheets = [
      { name: "Chi bộ", xml: worksheetXml(HEADER + DATA) },
      { name: REPORT_SHEET_NAME, xml: worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>cũ</t></is></c></row>', "", '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>') },
      { name: "Ghi chú", xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
    ];
    const workbookTail =
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'Kết quả kiểm tra\'!$4:$4</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="2">\'Ghi chú\'!$A$1:$C$9</definedName>' +
      '<definedName name="TongHop">\'Kết quả kiểm tra\'!$A$1+\'Ghi chú\'!$A$1</definedName></definedNames>';
    const bookViews = '<bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews>';
    const input = await minimalPackage(sheets, { workbookTail, bookViews });
    const before = await partsOf(input);
    const output = await writeMarkedCopy(input, planOn("Chi bộ", { replaceReportSheet: REPORT_SHEET_NAME }));
    const parts = await partsOf(output);
    assert.deepEqual(sheetNamesOf(parts), ["Chi bộ", "Ghi chú", REPORT_SHEET_NAME]);
    const workbook = textOf(parts, "xl/workbook.xml");
    assert.match(workbook, /<workbookView activeTab="2" firstSheet="1"\/>/);
    assert.match(workbook, /<definedName name="_xlnm.Print_Area" localSheetId="1">'Ghi chú'!\$A\$1:\$C\$9<\/definedName>/);
    assert.match(workbook, /<definedName name="TongHop">#REF!\$A\$1\+'Ghi chú'!\$A\$1<\/definedName>/);
    assert.match(workbook, /<definedName name="_xlnm.Print_Titles" localSheetId="2">'Kết quả kiểm tra'!\$4:\$4<\/definedName>/);
    assert.equal((workbook.match(/_xlnm.Print_Titles/g) ?? []).length, 1);
    assert.match(textOf(parts, sheetPartOf(parts, REPORT_SHEET_NAME)), /<sheetView tabSelected="1" workbookViewId="0">/);
    assert.ok(sameBytes(before.get(sheetPartOf(before, "Ghi chú")), parts.get(sheetPartOf(parts, "Ghi chú"))));
    await loadInExcelJs(output);
  });

  it("moves the active tab down when the replaced report sheet lies before it", async () => {
    const sheets = [
      { name: REPORT_SHEET_NAME, xml: worksheetXml("") },
      { name: "Chi bộ", xml: worksheetXml(HEADER + DATA) },
    ];
    const input = await minimalPackage(sheets, { bookViews: '<bookViews><workbookView activeTab="1"/></bookViews>' });
    const parts = await partsOf(await writeMarkedCopy(input, planOn("Chi bộ", { replaceReportSheet: REPORT_SHEET_NAME })));
    assert.match(textOf(parts, "xl/workbook.xml"), /<workbookView activeTab="0"\/>/);
    assert.doesNotMatch(textOf(parts, sheetPartOf(parts, REPORT_SHEET_NAME)), /tabSelected/);
  });

  it("keeps the report shown when it was the first sheet of a workbook without a window element", async () => {
    const sheets = [
      { name: REPORT_SHEET_NAME, xml: worksheetXml("", "", '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>') },
      { name: "Chi bộ", xml: worksheetXml(HEADER + DATA) },
    ];
    const parts = await partsOf(await writeMarkedCopy(await minimalPackage(sheets), planOn("Chi bộ", { replaceReportSheet: REPORT_SHEET_NAME })));
    assert.match(textOf(parts, "xl/workbook.xml"), /<bookViews><workbookView activeTab="1"\/><\/bookViews><sheets>/);
    assert.match(textOf(parts, sheetPartOf(parts, REPORT_SHEET_NAME)), /tabSelected="1"/);
  });

  it("removes the replaced report's own parts (printer settings) but keeps a part another sheet uses", async () => {
    const input = await minimalPackage([
      { name: "Chi bộ", xml: worksheetXml(HEADER + DATA) },
      { name: REPORT_SHEET_NAME, xml: worksheetXml("") },
    ]);
    const zip = await JSZip.loadAsync(input);
    const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const rels = (body: string) => `<?xml version="1.0"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
    zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels(rel("rId1", "printerSettings", "../printerSettings/printerSettings1.bin") + rel("rId2", "image", "../media/logo.png")));
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels(rel("rId1", "image", "../media/logo.png")));
    zip.file("xl/printerSettings/printerSettings1.bin", new Uint8Array([1, 2, 3]));
    zip.file("xl/media/logo.png", new Uint8Array([137, 80, 78, 71]));
    const parts = await partsOf(await writeMarkedCopy(await zip.generateAsync({ type: "uint8array" }), planOn("Chi bộ", { replaceReportSheet: REPORT_SHEET_NAME })));
    assert.ok(!parts.has("xl/printerSettings/printerSettings1.bin"));
    assert.ok(parts.has("xl/media/logo.png"));
    assert.ok(!parts.has("xl/worksheets/_rels/sheet2.xml.rels"));
    assert.ok(parts.has("xl/worksheets/_rels/sheet1.xml.rels"));
  });

  it("keeps the user's custom properties next to the stamp", async () => {
    const customXml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>Xã Thạch Hà</vt:lpwstr></property></Properties>';
    const input = await minimalPackage([{ name: "Chi bộ", xml: worksheetXml(HEADER + DATA) }], { customXml });
    const plan = planOn("Chi bộ");
    const parts = await partsOf(await writeMarkedCopy(input, plan));
    assert.deepEqual(parseCustomProperties(textOf(parts, "docProps/custom.xml")), { "Đơn vị": "Xã Thạch Hà", ...plan.stampProperties });
    assert.equal((textOf(parts, "_rels/.rels").match(/custom-properties/g) ?? []).length, 1);
    assert.equal((textOf(parts, "[Content_Types].xml").match(/custom-properties\+xml/g) ?? []).length, 1);
  });

  it("writes outputs and marks into a worksheet whose namespace has a prefix", async () => {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const xml = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${ns}"><x:sheetData>${(HEADER + DATA).replace(/<(\/?)([a-z])/g, "<$1x:$2")}</x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    const parts = await partsOf(await writeMarkedCopy(await minimalPackage([{ name: "Chi bộ", xml }]), planOn("Chi bộ")));
    const sheet = textOf(parts, "xl/worksheets/sheet1.xml");
    assert.match(sheet, /<x:c r="T9"><x:v>19<\/x:v><\/x:c>/);
    assert.match(sheet, /<\/x:sheetData><x:conditionalFormatting sqref="D7:D9"><x:cfRule type="expression" dxfId="0" priority="1"><x:formula>/);
    assert.deepEqual(rawCells(sheet).get("D7"), '<x:c r="D7"><x:v>7</x:v></x:c>');
  });

  it("leaves out a mark for a sheet the workbook does not have", async () => {
    const input = await minimalPackage([{ name: "Chi bộ", xml: worksheetXml(HEADER + DATA) }]);
    const plan = planOn("Chi bộ");
    plan.marks.push(mark("Thông tin", ["A1"], 3));
    const parts = await partsOf(await writeMarkedCopy(input, plan));
    assert.equal((textOf(parts, "xl/worksheets/sheet1.xml").match(/<conditionalFormatting /g) ?? []).length, 1);
  });
});

describe("writeMarkedCopy errors a clerk can meet", () => {
  const isPatchError = (code: string) => (e: unknown) => e instanceof XlsxPatchError && e.code === code && e.messages.vi.length > 0 && e.messages.en.length > 0;

  it("refuses a file that is not an xlsx", async () => {
    await assert.rejects(writeMarkedCopy(new TextEncoder().encode("STT,Mã chi bộ\n1,CB01"), planFor()), isPatchError("NOT_XLSX"));
    const zip = new JSZip();
    zip.file("hello.txt", "not a workbook");
    await assert.rejects(writeMarkedCopy(await zip.generateAsync({ type: "uint8array" }), planFor()), isPatchError("NOT_XLSX"));
  });

  it("names the scored sheet when it is not in the file", async () => {
    const input = await minimalPackage([{ name: "Trang 1", xml: worksheetXml("") }]);
    await assert.rejects(writeMarkedCopy(input, planFor()), (e: unknown) => isPatchError("SHEET_NOT_FOUND")(e) && (e as XlsxPatchError).messages.vi.includes('"Chi bộ"'));
  });

  it("never overwrites a user's sheet that has the report sheet's name", async () => {
    const input = await minimalPackage([
      { name: "Chi bộ", xml: worksheetXml(HEADER + DATA) },
      { name: REPORT_SHEET_NAME, xml: worksheetXml("") },
    ]);
    await assert.rejects(writeMarkedCopy(input, planOn("Chi bộ", { reportSheet: reportSheetPlan(REPORT_SHEET_NAME.toUpperCase()) })), isPatchError("SHEET_NAME_TAKEN"));
  });
});
