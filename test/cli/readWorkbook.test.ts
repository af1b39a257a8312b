import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { adr, type CellValue, type SheetGrid, type WorkbookGrid } from "../../src/core";
import { WorkbookReadError } from "../../src/xlsx/packageProblem";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import {
  cellsWorkbookFixture,
  fourGoodRow,
  headerText,
  rosterFor,
  sheetName,
} from "../support/xlsxFixtures";

const everySheet = (names: string[]): string[] => names;

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((candidate) => candidate.name === name);
  assert.ok(found, `sheet ${name} was read`);
  return found;
}

function valueAt(grid: SheetGrid, a1: string): CellValue {
  const { row, col } = adr(a1);
  return grid.values[row]?.[col] ?? null;
}

function formatAt(grid: SheetGrid, a1: string): string {
  const { row, col } = adr(a1);
  return grid.numberFormats?.[row]?.[col] ?? "General";
}

async function exceljsFile(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Rewrites one part of a package, to make what exceljs cannot write. */
async function patchPart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)?.async("string");
  assert.ok(xml !== undefined, `${part} exists`);
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readWorkbook: the official layout", () => {
  it("lists every sheet, reads the engine's three, and gives merged values only to the top-left cell", async () => {
    const fixture = await cellsWorkbookFixture(
      [fourGoodRow("CB01", "Thôn Một"), fourGoodRow("CB02", "Thôn Hai")],
      {
        roster: [...rosterFor("CB01"), ...rosterFor("CB02")],
      },
    );
    const { grid, properties, package: info } = await readWorkbook(fixture.bytes);
    assert.deepEqual(grid.sheetNames, [sheetName("info"), sheetName("cells"), sheetName("roster")]);
    assert.deepEqual(
      grid.sheets.map((s) => s.name),
      grid.sheetNames,
    );
    assert.deepEqual(properties, {});
    assert.equal(info.format, "xlsx");

    const cells = sheet(grid, fixture.at.sheet);
    const { groupRow, headerRow } = fixture.at;
    assert.ok(groupRow !== null);
    const code = fixture.at.column("code");
    // "Mã chi bộ" is merged over the group row and the header row: Excel shows it once.
    assert.equal(valueAt(cells, `${code}${groupRow}`), "Mã chi bộ");
    assert.equal(valueAt(cells, `${code}${headerRow}`), null);
    const codeIndex = adr(`${code}${groupRow}`);
    assert.ok(
      cells.merges?.some(
        (m) =>
          m.top === codeIndex.row &&
          m.left === codeIndex.col &&
          m.bottom === codeIndex.row + 1 &&
          m.right === codeIndex.col,
      ),
      "the vertical merge is listed",
    );
    // The title merged over the whole width holds its text in A1 only.
    assert.match(String(valueAt(cells, "A1")), /BẢNG TỔNG HỢP/);
    assert.equal(valueAt(cells, "B1"), null);
    assert.equal(valueAt(cells, fixture.at.cell("members", 1)), 30);
    assert.equal(valueAt(cells, fixture.at.cell("cell_rating", 0)), "HTXSNV");
    assert.equal(cells.visibility, "visible");
  });
});

describe("readWorkbook: values as Office.js gives them", () => {
  it("reads a SUM whose cached result is 0 as 0, not as empty", async () => {
    const fixture = await cellsWorkbookFixture(
      [fourGoodRow("CB01", "A"), fourGoodRow("CB02", "B")],
      { totalRow: true },
    );
    const cells = sheet((await readWorkbook(fixture.bytes)).grid, fixture.at.sheet);
    const total = fixture.at.totalRow;
    assert.ok(total !== null);
    assert.equal(valueAt(cells, `${fixture.at.column("disciplined")}${total}`), 0);
    assert.equal(valueAt(cells, `${fixture.at.column("members")}${total}`), 60);
  });

  it("reads cached errors, dates in number columns, percents with their format, numbers typed as text", async () => {
    const rows = [
      fourGoodRow("CB01", "A", {
        attendance_pct: { formula: "1/0", result: { error: "#DIV/0!" } },
        regular_meetings: new Date(Date.UTC(2025, 0, 12)),
        members: "30",
      }),
      fourGoodRow("CB02", "B", { attendance_pct: 92 }),
    ];
    const fixture = await cellsWorkbookFixture(rows, { percentAsFraction: true });
    const cells = sheet((await readWorkbook(fixture.bytes)).grid, fixture.at.sheet);
    assert.deepEqual(valueAt(cells, fixture.at.cell("attendance_pct", 0)), { error: "#DIV/0!" });
    const date = fixture.at.cell("regular_meetings", 0);
    assert.equal(valueAt(cells, date), 45669, "2025-01-12 is serial 45669 in the 1900 system");
    assert.match(formatAt(cells, date), /[dmy]/, "the date keeps its date format");
    assert.equal(valueAt(cells, fixture.at.cell("attendance_pct", 1)), 0.92);
    assert.equal(formatAt(cells, fixture.at.cell("attendance_pct", 1)), "0%");
    assert.equal(valueAt(cells, fixture.at.cell("members", 0)), "30");
    assert.equal(formatAt(cells, fixture.at.cell("members", 1)), "General");
  });

  it("keeps the stored serial of a date in a 1904-system workbook", async () => {
    const bytes = await exceljsFile((workbook) => {
      workbook.properties.date1904 = true;
      const ws = workbook.addWorksheet("Chi bộ");
      ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 12, 8));
    });
    const cells = sheet((await readWorkbook(bytes, { selectSheets: everySheet })).grid, "Chi bộ");
    assert.equal(valueAt(cells, "A1"), 45669 - 1462 + 1 / 3);
  });

  it("keeps NFD text exactly as typed and headers without accents as they are", async () => {
    const nfd = await cellsWorkbookFixture([fourGoodRow("CB01", "Thôn Đông".normalize("NFD"))], {
      headerText: "nfd",
      groupHeader: false,
    });
    const cells = sheet((await readWorkbook(nfd.bytes)).grid, nfd.at.sheet);
    const header = valueAt(cells, `${nfd.at.column("members")}${nfd.at.headerRow}`);
    assert.equal(header, "Tổng số đảng viên".normalize("NFD"));
    assert.notEqual(header, "Tổng số đảng viên");
    assert.equal(valueAt(cells, nfd.at.cell("name", 0)), "Thôn Đông".normalize("NFD"));

    const plain = await cellsWorkbookFixture([fourGoodRow("CB01", "A")], {
      headerText: "no-accents",
      groupHeader: false,
    });
    const plainCells = sheet((await readWorkbook(plain.bytes)).grid, plain.at.sheet);
    assert.equal(
      valueAt(plainCells, `${plain.at.column("members")}${plain.at.headerRow}`),
      headerText("Tổng số đảng viên", "no-accents"),
    );
  });

  it("reads the messy layout: rows above, reordered columns, empty rows, a signature block", async () => {
    const rows = [fourGoodRow("CB01", "A"), fourGoodRow("CB02", "B"), fourGoodRow("CB03", "C")];
    const fixture = await cellsWorkbookFixture(rows, {
      rowsAbove: 3,
      columns: [
        "name",
        "code",
        "members",
        "cell_rating",
        "targets_pct",
        "regular_meetings",
        "thematic_meetings",
        "attendance_pct",
        "disciplined",
        "disunity_cases",
        "absent_no_reason",
        "members_good",
        "members_failed",
        "new_members",
      ],
      emptyRowsAfter: [0],
      extraColumns: ["Ghi chú"],
      totalRow: true,
      signature: true,
    });
    const cells = sheet((await readWorkbook(fixture.bytes)).grid, fixture.at.sheet);
    assert.equal(fixture.at.column("name"), "A");
    assert.equal(valueAt(cells, fixture.at.cell("code", 2)), "CB03");
    const emptyRow = fixture.at.dataRows[0] + 1;
    assert.equal(cells.values[emptyRow - 1], undefined, "the empty row has no values at all");
    assert.equal(valueAt(cells, `B${fixture.at.signatureRow}`), "Người lập biểu");
  });

  it("reads rich text, a hyperlinked cell and booleans as plain values", async () => {
    const bytes = await exceljsFile((workbook) => {
      const ws = workbook.addWorksheet("Chi bộ");
      ws.getCell("A1").value = {
        richText: [{ text: "Chi bộ " }, { text: "thôn Bắc", font: { bold: true } }],
      };
      ws.getCell("A2").value = { text: "Xem quy định", hyperlink: "https://example.vn/quy-dinh" };
      ws.getCell("A3").value = true;
      ws.getCell("A4").value = { formula: "1=0", result: false };
      ws.getCell("A5").value = { formula: '""', result: "" };
      ws.getCell("A6").style = { font: { bold: true } };
    });
    const cells = sheet((await readWorkbook(bytes, { selectSheets: everySheet })).grid, "Chi bộ");
    assert.equal(valueAt(cells, "A1"), "Chi bộ thôn Bắc");
    assert.equal(valueAt(cells, "A2"), "Xem quy định");
    assert.equal(valueAt(cells, "A3"), true);
    assert.equal(valueAt(cells, "A4"), false, "a FALSE cached result is not dropped");
    assert.equal(valueAt(cells, "A5"), null);
    assert.equal(valueAt(cells, "A6"), null, "a formatted empty cell is empty");
  });

  it("reads every cell of a shared formula by its cached result", async () => {
    const bytes = await exceljsFile((workbook) => {
      const ws = workbook.addWorksheet("Chi bộ");
      ws.getCell("B1").value = 1;
      ws.getCell("B2").value = 0;
      ws.getCell("B3").value = 2;
      ws.getCell("C1").value = {
        formula: "B1*2",
        result: 2,
        shareType: "shared",
        ref: "C1:C3",
      } as ExcelJS.CellValue;
      ws.getCell("C2").value = { sharedFormula: "C1", result: 0 };
      ws.getCell("C3").value = { sharedFormula: "C1", result: 4 };
    });
    const xml = await (await JSZip.loadAsync(bytes))
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    assert.match(xml ?? "", /t="shared"/, "the file really holds a shared formula");
    const cells = sheet((await readWorkbook(bytes, { selectSheets: everySheet })).grid, "Chi bộ");
    assert.deepEqual([valueAt(cells, "C1"), valueAt(cells, "C2"), valueAt(cells, "C3")], [2, 0, 4]);
  });

  it("accepts a cell of 32,767 characters, Excel's maximum", async () => {
    const long = "Đ".repeat(32_767);
    const bytes = await exceljsFile(
      (workbook) => (workbook.addWorksheet("Chi bộ").getCell("C7").value = long),
    );
    const cells = sheet((await readWorkbook(bytes, { selectSheets: everySheet })).grid, "Chi bộ");
    assert.equal(valueAt(cells, "C7"), long);
  });
});

describe("readWorkbook: sheets", () => {
  it("reads only the selected sheets but lists them all, with their visibility", async () => {
    const fixture = await cellsWorkbookFixture([fourGoodRow("CB01", "A")], { hiddenSheets: true });
    const byDefault = await readWorkbook(fixture.bytes);
    assert.deepEqual(byDefault.grid.sheetNames, [
      sheetName("info"),
      sheetName("cells"),
      "Danh mục",
      "Cấu hình",
    ]);
    assert.deepEqual(
      byDefault.grid.sheets.map((s) => s.name),
      [sheetName("info"), sheetName("cells")],
    );

    const all = await readWorkbook(fixture.bytes, { selectSheets: everySheet });
    assert.equal(sheet(all.grid, "Danh mục").visibility, "hidden");
    assert.equal(sheet(all.grid, "Cấu hình").visibility, "veryHidden");
    assert.equal(valueAt(sheet(all.grid, "Danh mục"), "A1"), "HTXSNV");
  });

  it("gives the selection the custom properties, and returns them", async () => {
    const base = await exceljsFile((workbook) => workbook.addWorksheet("Chi bộ"));
    const custom =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Chibo4tot.Fingerprint"><vt:lpwstr>abc</vt:lpwstr></property></Properties>';
    const zip = await JSZip.loadAsync(base);
    zip.file("docProps/custom.xml", custom);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    let seen: Record<string, string> | null = null;
    const read = await readWorkbook(bytes, {
      selectSheets: (names, properties) => {
        seen = properties;
        return names;
      },
    });
    assert.deepEqual(read.properties, { "Chibo4tot.Fingerprint": "abc" });
    assert.deepEqual(seen, read.properties);
  });
});

describe("readWorkbook: only the sheets the engine reads are parsed", () => {
  /** The sample workbook plus a sheet "Ghi chép" whose malformed cells exceljs cannot parse. */
  async function withUnreadableExtraSheet(): Promise<Uint8Array> {
    const fixture = await cellsWorkbookFixture([fourGoodRow("CB01", "A")]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fixture.bytes as unknown as ExcelJS.Buffer);
    workbook.addWorksheet("Ghi chép").getCell("A1").value = "ghi chú";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const last = parts.sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b))).at(-1) as string;
    const xml = (await zip.file(last)?.async("string")) as string;
    assert.match(xml, /ghi chú|<c /, "the extra sheet is the last part");
    zip.file(last, xml.replace("<sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"x\""));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  it("never parses a sheet it does not read, but still lists it", async () => {
    const bytes = await withUnreadableExtraSheet();
    const read = await readWorkbook(bytes);
    assert.ok(read.grid.sheetNames.includes("Ghi chép"));
    assert.deepEqual(
      read.grid.sheets.map((s) => s.name),
      [sheetName("info"), sheetName("cells")],
    );
    assert.equal(valueAt(sheet(read.grid, sheetName("cells")), "B6") !== null, true);
    await assert.rejects(readWorkbook(bytes, { selectSheets: everySheet }), (error: unknown) => {
      assert.ok(error instanceof WorkbookReadError);
      assert.equal(error.problem.code, "unreadable-workbook", "read on request, the sheet fails");
      return true;
    });
  });

  it("applies the parsed-size limit to the sheets read, not to the sheets left out", async () => {
    const fixture = await cellsWorkbookFixture([fourGoodRow("CB01", "A")]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fixture.bytes as unknown as ExcelJS.Buffer);
    const notes = workbook.addWorksheet("Ghi chép");
    for (let r = 1; r <= 2_000; r++) for (let c = 1; c <= 10; c++) notes.getCell(r, c).value = r * c + 0.5;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const cellsOnly = await readWorkbook(bytes, { limits: { maxParsedBytes: 100_000 } });
    assert.equal(cellsOnly.grid.sheets.length, 2);
    await assert.rejects(
      readWorkbook(bytes, { selectSheets: everySheet, limits: { maxParsedBytes: 100_000 } }),
      (error: unknown) => {
        assert.ok(error instanceof WorkbookReadError);
        assert.equal(error.problem.code, "sheets-too-large");
        assert.match(error.problem.vi, /vượt giới hạn 0,1 MB/);
        assert.match(error.problem.en, /over the 0.1 MB limit/);
        return true;
      },
    );
  });
});

describe("readWorkbook: files it refuses", () => {
  it("refuses a row beyond Excel's 1,048,576 rows", async () => {
    const base = await exceljsFile(
      (workbook) => (workbook.addWorksheet("Chi bộ").getCell("A1").value = 1),
    );
    const broken = await patchPart(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace('<row r="1"', '<row r="1048577"').replace('r="A1"', 'r="A1048577"'),
    );
    await assert.rejects(readWorkbook(broken, { selectSheets: everySheet }), (error: unknown) => {
      assert.ok(error instanceof WorkbookReadError);
      assert.equal(error.problem.code, "cell-beyond-excel-limits");
      return true;
    });
  });

  it("refuses malformed sheet XML with a readable problem", async () => {
    const base = await exceljsFile(
      (workbook) => (workbook.addWorksheet("Chi bộ").getCell("A1").value = 1),
    );
    const broken = await patchPart(base, "xl/workbook.xml", (xml) =>
      xml.replace("<sheets>", "<sheets><sheet"),
    );
    await assert.rejects(readWorkbook(broken), (error: unknown) => {
      assert.ok(error instanceof WorkbookReadError);
      assert.equal(error.problem.code, "unreadable-workbook");
      return true;
    });
  });

  it("refuses what inspectPackage refuses", async () => {
    await assert.rejects(
      readWorkbook(new TextEncoder().encode("%PDF-1.4 ...")),
      (error: unknown) => {
        assert.ok(error instanceof WorkbookReadError);
        assert.equal(error.problem.code, "pdf-file");
        return true;
      },
    );
  });
});
