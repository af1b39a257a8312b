/**
 * Merged areas as Excel gives them to an add-in: `getMergedAreasOrNullObject` fails above 512
 * areas per call (the recording fake fails as the API reference says), so the edge asks over
 * every row of every sheet it reads in pieces that cannot hold more. A roster with 2,000 merged
 * "Mã chi bộ" codes (each Party cell's code merged down over its members) reads completely, in
 * the same syncs as a small one, and scores through the ribbon and through the task pane.
 */
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import {
  adr,
  CELLS_COLUMNS,
  DEFAULT_RULESET,
  evaluateWorkbook,
  ROSTER_COLUMNS,
  sheetsToRead,
  type MergeArea,
  type SheetGrid,
  type WorkbookGrid,
} from "../../src/core";
import { readDialogData } from "../../src/commands/dialogData";
import { createExcelHost } from "../../src/excel/excelHost";
import { readWorkbookGrid } from "../../src/excel/readWorkbookGrid";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../fakes/recordingExcel";
import { FIRST_DATA_ROW, syntheticGrid } from "../fakes/syntheticGrid";
import { SCORED_AT } from "./edgeHarness";

const ROSTER = "Đảng viên";
const CELLS = "Chi bộ";
const key = (m: MergeArea) => `${m.top}:${m.left}:${m.bottom}:${m.right}`;
const sheetOf = (grid: WorkbookGrid, name: string): SheetGrid => {
  const sheet = grid.sheets.find((s) => s.name === name);
  assert.ok(sheet, `sheet ${name}`);
  return sheet;
};

/** A roster whose code is merged down over each Party cell's members: one merge per Party cell. */
function mergedRoster(cells: number, membersPerCell = 2): WorkbookGrid {
  return syntheticGrid({ cells, membersPerCell, mergedRosterCodes: true });
}

/**
 * The report of the same workbook with the code typed on every member row: what the merged one
 * must give (spec §1 "Merged cells in data": the roster fills silently).
 */
function unmergedTwin(cells: number, membersPerCell = 2) {
  return evaluateWorkbook(syntheticGrid({ cells, membersPerCell }), {
    ruleset: DEFAULT_RULESET,
    lang: "vi",
  }).report;
}

/** The findings on the roster's codes that merges would falsely cause if they did not fill. */
const onRosterCodes = (findings: readonly { rule: string; sheet: string }[]) =>
  findings.filter((f) => f.sheet === ROSTER && (f.rule === "E_REQUIRED" || f.rule === "E_CROSS"));

let restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.reverse()) undo();
  restore = [];
});

describe("the recording fake's merged areas", () => {
  it("fails a call that meets more than 512 merged areas, as the API reference says", async () => {
    const fake = createRecordingExcel().loadGrid(mergedRoster(600));
    const context = fake.context();
    const all = context.workbook.worksheets
      .getItem(ROSTER)
      .getRange("A1:F1201")
      .getMergedAreasOrNullObject()
      .load("address");
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "GeneralException");
    assert.equal(fake.syncs[0].error, "GeneralException");
    void all;

    const some = fake
      .context()
      .workbook.worksheets.getItem(ROSTER)
      .getRange("A1:F1025")
      .getMergedAreasOrNullObject()
      .load("address,areaCount");
    await some.context.sync();
    assert.equal(some.areaCount, 512);
  });

  it("returns only the areas whose top-left cell lies in the range (office-js issue 3611)", async () => {
    const fake = createRecordingExcel().loadGrid(mergedRoster(3, 4));
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem(ROSTER);
    // C2:C5 is the first Party cell's merged code; C3:C9 starts inside it.
    const inside = sheet.getRange("C3:C9").getMergedAreasOrNullObject().load("address");
    const none = sheet.getRange("C3:C5").getMergedAreasOrNullObject().load("address");
    await context.sync();
    assert.equal(inside.address, "'Đảng viên'!C6:C9");
    assert.equal(none.isNullObject, true);
  });
});

describe("reading merged areas through the edge", () => {
  it("a roster with 2,000 merged codes reads every merge, at most 512 a call, in the syncs of a small one", async (t) => {
    const runs = [];
    for (const cells of [100, 2_000]) {
      const grid = mergedRoster(cells);
      const fake = createRecordingExcel().loadGrid(grid);
      const read = await fake.run((context) => readWorkbookGrid(context));
      const expected = sheetOf(grid, ROSTER).merges ?? [];
      assert.equal(expected.length, cells);
      assert.deepEqual(
        sheetOf(read.grid, ROSTER).merges?.map(key).sort(),
        expected.map(key).sort(),
        "every merged code is in the grid",
      );
      const { calls, most } = fake.mergedAreaCalls;
      assert.ok(most <= 512, `one call met ${most} merged areas`);
      assert.ok(fake.maxRequestBytes < WEB_PAYLOAD_LIMIT_BYTES);
      assert.ok(fake.maxResponseBytes < WEB_PAYLOAD_LIMIT_BYTES);
      runs.push({ cells, syncs: fake.syncCount, calls, most, request: fake.maxRequestBytes });
      t.diagnostic(
        `${cells} merged codes: ${fake.syncCount} syncs, ${calls} merged-area calls (most ${most} areas in one), ` +
          `largest request ${fake.maxRequestBytes} B, largest response ${fake.maxResponseBytes} B`,
      );
    }
    assert.equal(runs[0].syncs, 3);
    assert.equal(runs[1].syncs, runs[0].syncs, "syncs do not grow with the merges");
  });

  it("merges in the data rows of both sheets reach the grid, not only the header band's", async () => {
    const grid = mergedRoster(40, 3);
    const cells = sheetOf(grid, CELLS);
    const name = CELLS_COLUMNS.findIndex((c) => c.key === "name");
    const deep = FIRST_DATA_ROW - 1 + 30;
    const dataMerge = { top: deep, left: name, bottom: deep + 1, right: name };
    const values = cells.values.map((row, r) =>
      r === deep + 1 ? row.map((v, c) => (c === name ? null : v)) : row,
    );
    const withDataMerge: WorkbookGrid = {
      ...grid,
      sheets: grid.sheets.map((s) =>
        s.name === CELLS ? { ...cells, values, merges: [...(cells.merges ?? []), dataMerge] } : s,
      ),
    };
    const read = await createRecordingExcel()
      .loadGrid(withDataMerge)
      .run((context) => readWorkbookGrid(context));
    const got = sheetOf(read.grid, CELLS).merges?.map(key) ?? [];
    assert.ok(got.includes(key(dataMerge)), "a merge in row 35 of the data is read");
    assert.ok(got.includes(key({ top: 0, left: 0, bottom: 0, right: 5 })), "and the title's");
    assert.equal(sheetOf(read.grid, ROSTER).merges?.length, 40);
  });

  it("reads exactly the sheets sheetsToRead lists, in workbook order", async () => {
    const base = mergedRoster(5);
    const names = ["Ghi chú", base.sheetNames[0], "Chi bộ (mẫu)", CELLS, ROSTER, "Tổng hợp"];
    const grid: WorkbookGrid = {
      sheetNames: names,
      sheets: names.map(
        (name) =>
          base.sheets.find((s) => s.name === name) ?? { name, values: [[`trang ${name}`]] },
      ),
    };
    const read = await createRecordingExcel()
      .loadGrid(grid)
      .run((context) => readWorkbookGrid(context));
    assert.deepEqual(
      read.grid.sheets.map((s) => s.name),
      sheetsToRead(names),
    );
  });
});

describe("number formats reach the grid on every row", () => {
  it('codes 1..7 formatted "00" arrive as 1..7 with "00", on the data sheet and the roster', async () => {
    const grid = syntheticGrid({ cells: 7, membersPerCell: 2 });
    const cellsSheet = sheetOf(grid, CELLS);
    const roster = sheetOf(grid, ROSTER);
    const codeCol = CELLS_COLUMNS.findIndex((c) => c.key === "code");
    const rosterCode = ROSTER_COLUMNS.findIndex((c) => c.key === "cell_code");
    const pct = CELLS_COLUMNS.findIndex((c) => c.key === "attendance_pct");
    const cellValues = cellsSheet.values.map((row) => [...row]);
    const cellFormats: (string | null)[][] = cellValues.map(() => []);
    for (let i = 0; i < 7; i++) {
      const r = FIRST_DATA_ROW - 1 + i;
      cellValues[r][codeCol] = i + 1;
      cellFormats[r][codeCol] = "00";
      cellValues[r][pct] = 0.96;
      cellFormats[r][pct] = "0%";
    }
    const rosterValues = roster.values.map((row, r) =>
      r === 0 ? row : row.map((v, c) => (c === rosterCode ? Math.ceil(r / 2) : v)),
    );
    const rosterFormats = rosterValues.map((_, r) => (r === 0 ? [] : { [rosterCode]: "00" }));
    const formatted: WorkbookGrid = {
      ...grid,
      sheets: grid.sheets.map((s) =>
        s.name === CELLS
          ? { ...s, values: cellValues, numberFormats: cellFormats }
          : s.name === ROSTER
            ? {
                ...s,
                values: rosterValues,
                numberFormats: rosterFormats.map((row) =>
                  Object.assign(new Array<string | null>(rosterCode + 1).fill(null), row),
                ),
              }
            : s,
      ),
    };
    const read = await createRecordingExcel()
      .loadGrid(formatted)
      .run((context) => readWorkbookGrid(context));
    const back = sheetOf(read.grid, CELLS);
    for (let i = 0; i < 7; i++) {
      const r = FIRST_DATA_ROW - 1 + i;
      assert.equal(back.values[r][codeCol], i + 1);
      assert.equal(back.numberFormats?.[r]?.[codeCol], "00");
      assert.equal(back.numberFormats?.[r]?.[pct], "0%");
    }
    const backRoster = sheetOf(read.grid, ROSTER);
    const last = adr(`A${rosterValues.length}`).row;
    assert.equal(backRoster.values[last][rosterCode], 7);
    assert.equal(backRoster.numberFormats?.[last]?.[rosterCode], "00");
  });
});

describe("scoring a workbook with 2,000 merged roster codes", () => {
  it("through the ribbon: the run completes and writes results, report and stamp", async () => {
    const fake = createRecordingExcel().loadGrid(mergedRoster(2_000));
    const office = new FakeOffice({ displayLanguage: "vi-VN" });
    restore = [fake.install(), office.install()];
    const { score } = await import("../../src/commands/commands");
    office.actions.set("score", (event) => void score(event as { completed(): void }));
    const run = office.invoke("score");
    const dialog = await office.dialog();
    const data = readDialogData(new URL(dialog.url).search);
    assert.ok(data?.kind === "scored", `scored, got ${JSON.stringify(data)}`);
    assert.equal(data.summary.cells, 2_000);
    // No false error on the merged codes (E_REQUIRED on the empty cells of each merge, E_CROSS
    // on "Chi bộ" counts): the summary and the verdict are those of the unmerged twin.
    const twin = unmergedTwin(2_000);
    assert.deepEqual(onRosterCodes(twin.findings), []);
    assert.deepEqual(data.summary, twin.summary);
    dialog.sendMessage("close");
    assert.equal((await run).completedCalls, 1);
    const snapshot = fake.snapshot();
    assert.ok(data.reportSheet && snapshot.sheets.some((s) => s.name === data.reportSheet));
    assert.ok(Object.keys(snapshot.properties).length > 0, "the stamp is written");
    assert.ok(fake.mergedAreaCalls.most <= 512);
    assert.equal(
      snapshot.sheets.find((s) => s.name === ROSTER)?.merges.length,
      2_000,
      "the clerk's merges are untouched",
    );
  });

  it("through the task pane's Excel host, with every read under the limit", async () => {
    const fake = createRecordingExcel().loadGrid(mergedRoster(700, 3));
    restore = [fake.install(), new FakeOffice({ displayLanguage: "vi-VN" }).install()];
    const outcome = await createExcelHost({ now: () => SCORED_AT }).score("vi", () => undefined);
    const { report } = outcome.evaluation;
    assert.equal(report.summary.cells, 700);
    assert.deepEqual(onRosterCodes(report.findings), [], "no false error on the merged codes");
    assert.equal(report.findings.filter((f) => f.rule === "E_CROSS").length, 0);
    const twin = unmergedTwin(700, 3);
    assert.deepEqual(report.summary, twin.summary, "the verdict of the unmerged twin");
    assert.deepEqual(
      report.findings.map((f) => [f.rule, f.sheet, f.cell]),
      twin.findings.map((f) => [f.rule, f.sheet, f.cell]),
    );
    assert.ok(outcome.reportSheet && fake.workbook.findSheet(outcome.reportSheet));
    assert.ok(fake.mergedAreaCalls.most <= 512);
  });
});
