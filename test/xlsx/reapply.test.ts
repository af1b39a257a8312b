/**
 * Scoring a workbook that was scored before: the product's marks, report sheet and stamp are
 * replaced, never duplicated, and the user's own formats, properties and a user's own sheet named
 * "Kết quả kiểm tra" stay as they were.
 */
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { MARK_OWNER_TAG, REPORT_SHEET_NAME } from "../../src/core";
import { writeMarkedCopy } from "../../src/xlsx/patch/writeMarkedCopy";
import { parseCustomProperties } from "../../src/xlsx/customProperties";
import { CELLS_SHEET, conditionalFormattings, ROSTER_SHEET, templateWorkbook } from "./fixtures";
import { mark, planFor, reportSheetPlan, WARNING_STYLE } from "./plans";
import { partsOf, rawCells, sameBytes, sheetNamesOf, sheetPartOf, textOf } from "./packageParts";

const PRODUCT_REPORT = `${REPORT_SHEET_NAME} (2)`;

function productBlocks(sheetXml: string): string[] {
  return [...sheetXml.matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]).filter((block) => block.includes(MARK_OWNER_TAG));
}

function userBlocks(sheetXml: string): string[] {
  return [...sheetXml.matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]).filter((block) => !block.includes(MARK_OWNER_TAG));
}

describe("re-applying a plan to a marked copy", () => {
  let input: Map<string, Uint8Array>;
  let first: Map<string, Uint8Array>;
  let second: Map<string, Uint8Array>;
  let secondBytes: Uint8Array;
  const firstPlan = planFor({ reportSheet: reportSheetPlan(PRODUCT_REPORT, 3) });
  firstPlan.stampProperties["chibo4tot.legacy"] = "only in the first stamp";
  const secondPlan = planFor({
    reportSheet: reportSheetPlan(PRODUCT_REPORT, 1),
    replaceReportSheet: PRODUCT_REPORT,
    fingerprint: "b".repeat(64),
    values: () => [20, 20, 20, 20, 80, "Chưa đạt", "I, II, III, IV"],
    marks: [mark(CELLS_SHEET, ["H8"], 3, WARNING_STYLE)],
  });

  before(async () => {
    const bytes = await templateWorkbook({ userReportSheet: true });
    const firstBytes = await writeMarkedCopy(bytes, firstPlan);
    secondBytes = await writeMarkedCopy(firstBytes, secondPlan);
    [input, first, second] = await Promise.all([partsOf(bytes), partsOf(firstBytes), partsOf(secondBytes)]);
  });

  it("keeps one product report sheet, placed last, and the user's own sheet of the default name untouched", () => {
    assert.deepEqual(sheetNamesOf(first), ["Thông tin", CELLS_SHEET, ROSTER_SHEET, REPORT_SHEET_NAME, PRODUCT_REPORT]);
    assert.deepEqual(sheetNamesOf(second), ["Thông tin", CELLS_SHEET, ROSTER_SHEET, REPORT_SHEET_NAME, PRODUCT_REPORT]);
    const userPart = sheetPartOf(input, REPORT_SHEET_NAME);
    assert.equal(sheetPartOf(second, REPORT_SHEET_NAME), userPart);
    assert.ok(sameBytes(input.get(userPart), second.get(userPart)));
    const reportXml = textOf(second, sheetPartOf(second, PRODUCT_REPORT));
    assert.equal((reportXml.match(/<hyperlink /g) ?? []).length, 1, "the second report's single finding");
    const printTitles = textOf(second, "xl/workbook.xml").match(/_xlnm.Print_Titles/g) ?? [];
    assert.equal(printTitles.length, 1);
    assert.match(textOf(second, "xl/workbook.xml"), /<definedName name="_xlnm.Print_Titles" localSheetId="4">'Kết quả kiểm tra \(2\)'!\$4:\$4<\/definedName>/);
  });

  it("leaves no orphan part, relationship or content type of the replaced report", () => {
    const worksheets = [...second.keys()].filter((name) => name.startsWith("xl/worksheets/sheet"));
    assert.equal(worksheets.length, 5);
    const rels = textOf(second, "xl/_rels/workbook.xml.rels");
    assert.equal((rels.match(/relationships\/worksheet"/g) ?? []).length, 5);
    const overrides = textOf(second, "[Content_Types].xml").match(/worksheet\+xml/g) ?? [];
    assert.equal(overrides.length, 5);
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, "relationship ids are unique");
  });

  it("replaces the product's marks on every sheet and keeps the user's conditional format", () => {
    const cellsPart = sheetPartOf(input, CELLS_SHEET);
    const blocks = productBlocks(textOf(second, cellsPart));
    assert.equal(blocks.length, 1);
    assert.match(blocks[0], /sqref="H8"/);
    const userBefore = userBlocks(textOf(input, cellsPart));
    const userAfter = userBlocks(textOf(second, cellsPart));
    assert.equal(userAfter.length, 1);
    const withoutPriority = (block: string) => block.replace(/ priority="\d+"/, "");
    assert.equal(withoutPriority(userAfter[0]), withoutPriority(userBefore[0]));
  });

  it("restores a sheet whose marks all went away to its original bytes", () => {
    const rosterPart = sheetPartOf(input, ROSTER_SHEET);
    assert.equal(productBlocks(textOf(first, rosterPart)).length, 1);
    assert.ok(sameBytes(second.get(rosterPart), input.get(rosterPart)));
  });

  it("rewrites the output cells with the new values and no duplicates", () => {
    const cells = rawCells(textOf(second, sheetPartOf(second, CELLS_SHEET)));
    assert.equal(cells.get("U9"), '<c r="U9"><v>80</v></c>');
    assert.equal(cells.get("W8"), '<c r="W8" t="inlineStr"><is><t>I, II, III, IV</t></is></c>');
    const sheetXml = textOf(second, sheetPartOf(second, CELLS_SHEET));
    assert.equal((sheetXml.match(/r="W8"/g) ?? []).length, 1);
    assert.equal((sheetXml.match(/r="V5"/g) ?? []).length, 1);
  });

  it("replaces the stamp: the second stamp's properties only", () => {
    assert.deepEqual(parseCustomProperties(textOf(second, "docProps/custom.xml")), secondPlan.stampProperties);
  });

  it("does not grow the stylesheet when the same plan is applied again", async () => {
    const again = await partsOf(await writeMarkedCopy(secondBytes, secondPlan));
    assert.equal(textOf(again, "xl/styles.xml"), textOf(second, "xl/styles.xml"));
    const cellsPart = sheetPartOf(input, CELLS_SHEET);
    assert.equal(textOf(again, cellsPart), textOf(second, cellsPart));
  });

  it("opens in exceljs after two runs", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(secondBytes as unknown as ArrayBuffer);
    assert.equal(wb.getWorksheet(REPORT_SHEET_NAME)!.getCell("A1").value, "Ghi chép riêng của văn phòng");
    assert.equal(wb.getWorksheet(PRODUCT_REPORT)!.getCell("A1").value, "KẾT QUẢ KIỂM TRA CHI BỘ 4 TỐT");
    assert.equal(conditionalFormattings(wb.getWorksheet(CELLS_SHEET)!).length, 2);
  });
});
