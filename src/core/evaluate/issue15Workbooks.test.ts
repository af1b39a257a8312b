/**
 * The issue-15 workbooks of test/support/v2Workbooks.ts, read back from their .xlsx bytes by the
 * command line's reader (as every edge gives the grid): each holds the layout it says, and the
 * engine's reading stages find in it what v2 reads (what the rules report). A test of the engine's
 * stages on real files, so it lives beside them; the findings of each workbook end to end are
 * asserted with the rules that report them.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import {
  adr,
  DEFAULT_RULESET,
  evaluateWorkbook,
  sheetRoleOf,
  type SheetGrid,
  type WorkbookGrid,
} from "../index";
import { discoverInfoSheet } from "../layout/findInfoFields";
import { chooseCellsTable, discoverCellsTable } from "./cellsTable";
import { discoverRoster } from "./rosterTable";
import {
  blankTemplateFirst,
  groupedTemplate,
  mergedRosterCodes,
  partyCellBelowSignature,
  secondTableBelow,
  tcvn3Workbook,
  unreportedPartyCell,
  vniRoster,
  zeroFormattedCodes,
} from "../../../test/support/v2Workbooks";

async function gridOf(bytes: Uint8Array): Promise<WorkbookGrid> {
  return (await readWorkbook(bytes)).grid;
}

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  assert.ok(found, `sheet ${name} read (${grid.sheets.map((s) => s.name).join(", ")})`);
  return found;
}

function codesOf(grid: WorkbookGrid, name: string): unknown[] {
  return discoverCellsTable(sheet(grid, name)).rows.map((row) => row.cells.validValue("code"));
}

const a1 = (cell: { row: number; col: number }) =>
  `${String.fromCharCode(65 + cell.col)}${cell.row + 1}`;

describe("issue 15 workbooks, read back by the command line's reader", () => {
  it("a Party cell below the signature block: read, recorded on its code cell", async () => {
    const { bytes, at, expect } = await partyCellBelowSignature();
    const grid = await gridOf(bytes);
    const table = discoverCellsTable(sheet(grid, at.sheet));
    assert.deepEqual(
      table.rows.map((r) => r.cells.validValue("code")),
      expect.codes,
    );
    assert.deepEqual(table.classification?.belowSignature.map(a1), [expect.lateCodeCell]);
    assert.equal(table.classification?.signatureRow, expect.signatureRow - 1);
    assert.equal(table.rows[3].cells.validValue("cell_rating"), "KHTNV");
    // The silent wrong verdict of v1 is gone: the late KHTNV Party cell is scored.
    const report = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report;
    assert.deepEqual(
      report.cells.map((c) => c.code),
      expect.codes,
    );
    assert.equal(report.summary.orgFourGood, expect.organizationFourGood);
  });

  it("a Party cell not reported yet, its note naming the Bí thư: it and the Party cells after it are read", async () => {
    const { bytes, at, expect } = await unreportedPartyCell();
    const grid = await gridOf(bytes);
    const table = discoverCellsTable(sheet(grid, at.sheet));
    assert.deepEqual(
      table.rows.map((r) => r.cells.validValue("code")),
      expect.codes,
    );
    assert.deepEqual(table.classification?.signatureRows, []);
    assert.equal(
      sheet(grid, at.sheet).values[adr(expect.noteCell).row][adr(expect.noteCell).col],
      "Bí thư chi bộ chưa báo cáo số liệu",
    );
    const unreported = table.rows[1];
    assert.equal(expect.emptyCells.length, 12);
    for (const cell of expect.emptyCells) {
      const key = [...unreported.cells.values()].find((c) => a1(c) === cell);
      assert.equal(key?.outcome.status, "empty", cell);
    }
    const report = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).report;
    assert.deepEqual(
      report.cells.map((c) => [c.code, c.status]),
      [
        ["CB01", "scored"],
        ["CB02", "error"],
        ["CB03", "scored"],
        ["CB04", "scored"],
        ["CB05", "scored"],
      ],
    );
    assert.equal(report.summary.orgFourGood, expect.organizationFourGood);
  });

  it('a roster with "Mã chi bộ" merged over each Party cell\'s 20 members (2,000 members): every member has its code', async () => {
    const { bytes, expect } = await mergedRosterCodes();
    const grid = await gridOf(bytes);
    const roster = sheet(grid, expect.rosterSheet);
    assert.equal(roster.merges?.length, expect.mergedAreas);
    assert.equal(expect.mergedAreas, 100);
    assert.equal(
      roster.values[3][2],
      null,
      "the reader gives the value in the top-left cell only, as Excel",
    );
    const table = discoverRoster(roster);
    assert.equal(table.members.length, expect.members);
    const codes = table.members.validValues("cell_code");
    assert.equal(codes(0), "CB001");
    assert.equal(codes(1999), "CB100");
    assert.equal(table.filledCells.length, 1900);
  });

  it("a roster with 700 merged areas on one sheet (more than Office.js's 512 per call)", async () => {
    const { bytes, expect } = await mergedRosterCodes({ cells: 700, membersPerCell: 3 });
    const roster = sheet(await gridOf(bytes), expect.rosterSheet);
    assert.equal(roster.merges?.length, 700);
    assert.equal(discoverRoster(roster).members.length, 2100);
  });

  for (const rosterCodes of ["01", "1"] as const) {
    it(`codes 1..7 formatted "00" on "Chi bộ", the roster typing "${rosterCodes}": read as the clerk sees them`, async () => {
      const { bytes, at, expect } = await zeroFormattedCodes({ rosterCodes });
      const grid = await gridOf(bytes);
      const cells = sheet(grid, at.sheet);
      const first = adr(expect.codeCells[0]);
      assert.equal(cells.values[first.row][first.col], 1);
      assert.equal(cells.numberFormats?.[first.row]?.[first.col], "00");
      assert.deepEqual(codesOf(grid, at.sheet), expect.codes);
      const rosterCodesRead = discoverRoster(sheet(grid, "Đảng viên")).members.validValues(
        "cell_code",
      );
      assert.equal(rosterCodesRead(0), rosterCodes === "01" ? "01" : "1");
    });
  }

  it("a second table pasted under the first: the first is read, the second's header recorded", async () => {
    const { bytes, at, expect } = await secondTableBelow();
    const table = discoverCellsTable(sheet(await gridOf(bytes), at.sheet));
    assert.deepEqual(
      table.rows.map((r) => r.cells.validValue("code")),
      expect.codes,
    );
    assert.equal(a1(table.classification!.secondTable!), expect.secondTableCell);
    assert.equal(table.classification?.totalRow, at.totalRow! - 1);
  });

  it("a grouped template: group rows and subtotals never data, the grand total found", async () => {
    const { bytes, at, expect } = await groupedTemplate();
    const table = discoverCellsTable(sheet(await gridOf(bytes), at.sheet));
    const c = table.classification!;
    assert.deepEqual(
      table.rows.map((r) => r.cells.validValue("code")),
      expect.codes,
    );
    assert.deepEqual(
      c.groupRows.map((r) => r + 1),
      expect.groupRows,
    );
    assert.deepEqual(
      c.subtotalRows.map((r) => r + 1),
      expect.subtotalRows,
    );
    assert.equal(c.totalRow! + 1, expect.grandTotalRow);
  });

  it("a blank template sheet before the filled one: both read, the filled one chosen", async () => {
    const { bytes, expect } = await blankTemplateFirst();
    const grid = await gridOf(bytes);
    const choice = chooseCellsTable([
      sheet(grid, expect.blankSheet),
      sheet(grid, expect.filledSheet),
    ]);
    assert.equal(choice?.table.sheet.name, expect.filledSheet);
    assert.deepEqual(choice?.others, [expect.blankSheet]);
    assert.deepEqual(
      choice?.table.rows.map((r) => r.cells.validValue("code")),
      expect.codes,
    );
  });

  it("a TCVN3 workbook (.VnTime): sheet names, labels, headers, names read decoded", async () => {
    const { bytes, expect } = await tcvn3Workbook();
    const grid = await gridOf(bytes);
    assert.deepEqual(grid.sheetNames.slice(0, 3), [
      expect.sheets.info,
      expect.sheets.cells,
      expect.sheets.roster,
    ]);
    assert.deepEqual(grid.sheetNames.slice(0, 3).map(sheetRoleOf), ["info", "cells", "roster"]);
    const table = discoverCellsTable(sheet(grid, expect.sheets.cells));
    assert.equal(table.encoding?.encoding, "tcvn3");
    assert.deepEqual(
      table.rows.map((r) => r.cells.validValue("name")),
      expect.names,
    );
    assert.equal(table.classification?.totalRow !== null, true);
    assert.equal(table.classification?.signatureRow !== null, true);
    const info = discoverInfoSheet(sheet(grid, expect.sheets.info!));
    assert.equal(info.encoding?.encoding, "tcvn3");
    const organization = info.fields.get("organization")!;
    assert.equal(info.sheet.values[organization.row][organization.col], expect.organization);
    const roster = discoverRoster(sheet(grid, expect.sheets.roster!));
    assert.equal(roster.encoding?.encoding, "tcvn3");
    assert.deepEqual(roster.problems, []);
  });

  it("a VNI roster (VNI-Times): read decoded", async () => {
    const { bytes, expect } = await vniRoster();
    const grid = await gridOf(bytes);
    assert.equal(sheetRoleOf(expect.sheets.roster!), "roster");
    const roster = discoverRoster(sheet(grid, expect.sheets.roster!));
    assert.equal(roster.encoding?.encoding, "vni");
    assert.deepEqual(roster.problems, []);
    assert.equal(roster.members.validValues("member_name")(0), "Đảng viên CB01-1");
  });
});
