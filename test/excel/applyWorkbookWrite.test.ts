import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CELLS_COLUMNS,
  columnLetter,
  isProductMarkFormula,
  type CellValue,
  type WorkbookGrid,
  type WorkbookWritePlan,
} from "../../src/core";
import { applyWorkbookWrite } from "../../src/excel/applyWorkbookWrite";
import { HOST_ERROR_CODES } from "../../src/excel/officeErrors";
import { HostError } from "../../src/host";
import {
  createRecordingExcel,
  WEB_PAYLOAD_LIMIT_BYTES,
  type RecordingExcel,
} from "../fakes/recordingExcel";
import { FIRST_DATA_ROW, syntheticGrid } from "../fakes/syntheticGrid";
import { allowedCells, changedCells, expandRanges, planFor, productMarkCells } from "./edgeHarness";

const CELLS_SHEET = "Chi bộ";

function column(key: string): number {
  const index = CELLS_COLUMNS.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index;
}

/** A workbook with shortfalls, errors and warnings: a rating typo, inconsistent counts, a number typed as text. */
function messyGrid(cells = 12): WorkbookGrid {
  const grid = syntheticGrid({ cells, roster: false });
  const sheet = grid.sheets.find((s) => s.name === CELLS_SHEET);
  if (!sheet) throw new Error("no Chi bộ sheet");
  const values = sheet.values.map((row) => [...row]) as CellValue[][];
  const dataRow = (i: number) => values[FIRST_DATA_ROW - 1 + i];
  dataRow(1)[column("cell_rating")] = "HTTTNV";
  dataRow(2)[column("members_good")] = 30;
  dataRow(3)[column("regular_meetings")] = " 12 ";
  dataRow(4)[column("members")] = 2;
  dataRow(5)[column("attendance_pct")] = 80;
  return { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...sheet, values } : s)) };
}

/** The template's own look on some cells, and a user's own conditional format. */
function decorate(fake: RecordingExcel): void {
  const sheet = fake.sheet(CELLS_SHEET);
  for (let c = 0; c < CELLS_COLUMNS.length; c++)
    Object.assign(sheet.style(3, c), { "font.bold": true, "fill.color": "#DDEBF7" });
  sheet.setFormat(FIRST_DATA_ROW - 1, column("attendance_pct"), "0.0");
  sheet.columnWidths.set(2, 120);
  sheet.conditionalFormats.push({
    id: "{user-1}",
    type: "Custom",
    areas: [{ top: FIRST_DATA_ROW - 1, left: 1, bottom: FIRST_DATA_ROW + 20, right: 1 }],
    formula: '=LEFT(B6,2)="CB"',
    fillColor: "#FFFF00",
    fontColor: null,
    priority: 0,
    stopIfTrue: false,
  });
}

async function scoredFake(
  grid = messyGrid(),
): Promise<{ fake: RecordingExcel; plan: WorkbookWritePlan }> {
  const fake = createRecordingExcel().loadGrid(grid, {
    properties: { "Người lập": "Nguyễn Thị Lan" },
  });
  decorate(fake);
  const { plan } = await planFor(fake);
  return { fake, plan };
}

test("only the output cells, the new report sheet, the product's marks and the stamp are written", async () => {
  const { fake, plan } = await scoredFake();
  const before = fake.snapshot();
  await fake.run((context) => applyWorkbookWrite(context, plan));
  const after = fake.snapshot();

  const allowed = allowedCells(plan);
  const stray = changedCells(before, after).filter((change) => !allowed.has(change.key));
  assert.deepEqual(stray, [], "no cell outside the plan's output cells changed");

  assert.deepEqual(
    after.sheets.map((s) => s.name),
    [...before.sheets.map((s) => s.name), plan.reportSheet.name],
  );
  for (const sheetBefore of before.sheets) {
    const sheetAfter = after.sheets.find((s) => s.name === sheetBefore.name);
    assert.ok(sheetAfter);
    assert.deepEqual(sheetAfter.merges, sheetBefore.merges);
    assert.deepEqual(sheetAfter.columnWidths, sheetBefore.columnWidths);
    assert.equal(sheetAfter.freezeRows, sheetBefore.freezeRows);
    assert.deepEqual(sheetAfter.pageLayout, sheetBefore.pageLayout);
    const userFormats = sheetAfter.conditionalFormats.filter(
      (f) => !isProductMarkFormula(f.formula),
    );
    assert.deepEqual(
      userFormats.map((f) => [f.ranges, f.formula, f.fill]),
      sheetBefore.conditionalFormats.map((f) => [f.ranges, f.formula, f.fill]),
      "a user's own conditional format stays as it was",
    );
  }
  assert.deepEqual(after.properties, { ...before.properties, ...plan.stampProperties });
});

test("input values and the template's formats are unchanged; outputs hold the plan's values", async () => {
  const { fake, plan } = await scoredFake();
  const before = fake.snapshot().sheets.find((s) => s.name === CELLS_SHEET);
  await fake.run((context) => applyWorkbookWrite(context, plan));
  const after = fake.snapshot().sheets.find((s) => s.name === CELLS_SHEET);
  assert.ok(before && after && plan.outputs);
  const outputColumns = new Set(plan.outputs.columns.map((c) => c.column));
  for (const [cell, snap] of Object.entries(before.cells)) {
    if (outputColumns.has(cell.replace(/[0-9]+$/, ""))) continue;
    assert.deepEqual(after.cells[cell], snap, `cell ${cell} changed`);
  }
  for (const row of plan.outputs.rows) {
    plan.outputs.columns.forEach((column, i) => {
      const expected = row.values[i];
      const cell = after.cells[`${column.column}${row.row}`];
      if (expected === null)
        assert.equal(cell?.value, undefined, `${column.column}${row.row} left empty`);
      else assert.equal(cell?.value, expected, `${column.column}${row.row}`);
      if (typeof expected === "string")
        assert.equal(cell?.numberFormat, "@", "text outputs stay text");
      assert.equal(cell?.formula, undefined);
    });
  }
});

test("marks land exactly on the findings' cells, with the plan's colours and formulas", async () => {
  const { fake, plan } = await scoredFake();
  const { evaluation } = await planFor(fake);
  await fake.run((context) => applyWorkbookWrite(context, plan));
  const after = fake.snapshot();
  const marked = productMarkCells(after, isProductMarkFormula);
  const findingCells = new Set(evaluation.findings.map((f) => `${f.sheet}!${f.cell}`));
  assert.ok(findingCells.size >= 5, "the messy workbook has findings");
  assert.deepEqual([...marked].sort(), [...findingCells].sort());
  for (const mark of plan.marks) {
    const sheet = after.sheets.find((s) => s.name === mark.sheet);
    const formats = sheet?.conditionalFormats.filter(
      (f) => expandRanges(f.ranges).includes(mark.cells[0]) && f.formula === mark.formula,
    );
    assert.equal(
      formats?.length,
      1,
      `the mark anchored at ${mark.cells[0]} has its formula unchanged`,
    );
    assert.equal(formats?.[0].fill, mark.style.fill);
    assert.equal(formats?.[0].font, mark.style.font);
    assert.equal(formats?.[0].stopIfTrue, false);
  }
});

test("the report sheet: text stays text, links point at the findings' cells, page set up for A4 landscape", async () => {
  const { fake, plan } = await scoredFake();
  await fake.run((context) => applyWorkbookWrite(context, plan));
  const report = fake.snapshot().sheets.find((s) => s.name === plan.reportSheet.name);
  assert.ok(report);
  plan.reportSheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const snap = report.cells[`${columnLetter(c)}${r + 1}`];
      if (!cell) return;
      if (cell.kind === "number") assert.equal(snap?.value, cell.value);
      else {
        assert.equal(snap?.value, cell.text, `${columnLetter(c)}${r + 1}`);
        assert.equal(snap?.numberFormat, "@");
        assert.equal(snap?.formula, undefined);
      }
      if (cell.kind === "link") {
        assert.match(
          String(snap?.hyperlink?.documentReference),
          new RegExp(`!\\$?${cell.cell.replace(/\$/g, "")}$`),
        );
        assert.ok(String(snap?.hyperlink?.documentReference).includes(cell.sheet));
      }
    }),
  );
  assert.equal(report.pageLayout.orientation, "Landscape");
  assert.equal(report.pageLayout.paperSize, "A4");
  assert.equal(report.pageLayout.zoom?.horizontalFitToPages, 1);
  assert.equal(report.freezeRows, plan.reportSheet.freezeRows);
  assert.deepEqual(
    [...report.merges].sort(),
    [...plan.reportSheet.merges].map((m) => m.replace(/\$/g, "")).sort(),
  );
});

test("scoring again replaces the marks, the report sheet and the stamp without duplicates", async () => {
  const { fake, plan } = await scoredFake();
  await fake.run((context) => applyWorkbookWrite(context, plan));
  const first = fake.snapshot();
  const again = await planFor(fake);
  assert.equal(
    again.plan.replaceReportSheet,
    plan.reportSheet.name,
    "the report sheet is recognised as the product's own",
  );
  await fake.run((context) => applyWorkbookWrite(context, again.plan));
  const second = fake.snapshot();
  assert.deepEqual(
    second.sheets.map((s) => s.name),
    first.sheets.map((s) => s.name),
  );
  for (const sheet of second.sheets) {
    const before = first.sheets.find((s) => s.name === sheet.name);
    assert.equal(
      sheet.conditionalFormats.length,
      before?.conditionalFormats.length,
      `${sheet.name}: no duplicate marks`,
    );
  }
  assert.deepEqual(Object.keys(second.properties).sort(), Object.keys(first.properties).sort());
});

test("a user's own sheet named like the report is never touched", async () => {
  const grid = messyGrid();
  const fake = createRecordingExcel().loadGrid({
    sheetNames: [...grid.sheetNames, "Kết quả kiểm tra"],
    sheets: [...grid.sheets, { name: "Kết quả kiểm tra", values: [["Ghi chép của tôi"]] }],
  });
  const { plan } = await planFor(fake);
  assert.notEqual(plan.reportSheet.name, "Kết quả kiểm tra");
  await fake.run((context) => applyWorkbookWrite(context, plan));
  assert.equal(fake.valueAt("Kết quả kiểm tra", "A1"), "Ghi chép của tôi");
  assert.ok(fake.workbook.findSheet(plan.reportSheet.name));
});

test("a protected sheet, a read-only workbook, a protected structure or a missing sheet: refused, nothing changed", async () => {
  const cases: [string, (fake: RecordingExcel) => void, string][] = [
    ["protected", (f) => (f.sheet(CELLS_SHEET).protected = true), HOST_ERROR_CODES.sheetProtected],
    ["read-only", (f) => (f.workbook.readOnly = true), HOST_ERROR_CODES.readOnly],
    [
      "structure",
      (f) => (f.workbook.structureProtected = true),
      HOST_ERROR_CODES.workbookProtected,
    ],
    [
      "deleted",
      (f) => (f.workbook.sheets = f.workbook.sheets.filter((s) => s.name !== CELLS_SHEET)),
      HOST_ERROR_CODES.sheetMissing,
    ],
    [
      "name taken",
      (f) => f.workbook.addSheet("Kết quả kiểm tra"),
      HOST_ERROR_CODES.reportNameTaken,
    ],
  ];
  for (const [name, spoil, code] of cases) {
    const { fake, plan } = await scoredFake();
    spoil(fake);
    const before = fake.snapshot();
    await assert.rejects(
      fake.run((context) => applyWorkbookWrite(context, plan)),
      (e: unknown) =>
        e instanceof HostError &&
        e.code === code &&
        /Chưa có gì bị thay đổi|Chấm điểm/.test(e.messages.vi),
      name,
    );
    assert.deepEqual(fake.snapshot(), before, `${name}: nothing written`);
  }
});

test("a protected sheet's message names the sheet and says how to unprotect it", async () => {
  const { fake, plan } = await scoredFake();
  fake.sheet(CELLS_SHEET).protected = true;
  await assert.rejects(
    fake.run((context) => applyWorkbookWrite(context, plan)),
    (e: unknown) => {
      assert.ok(e instanceof HostError);
      assert.match(e.messages.vi, /"Chi bộ" đang được bảo vệ/);
      assert.match(e.messages.vi, /Bỏ bảo vệ trang tính/);
      assert.match(e.messages.en, /Unprotect Sheet/);
      return true;
    },
  );
});

test("a failure midway says which parts were written and that scoring again repairs it", async () => {
  const { fake, plan } = await scoredFake();
  await fake.run(async (context) => {
    const preflightSyncs = 3;
    fake.env.failOnSync = {
      sync: fake.syncCount + preflightSyncs + 1,
      afterActions: 40,
      code: "GeneralException",
    };
    await assert.rejects(applyWorkbookWrite(context, plan), (e: unknown) => {
      assert.ok(e instanceof HostError);
      assert.equal(e.code, HOST_ERROR_CODES.writeIncomplete);
      assert.match(e.messages.vi, /Có thể mới ghi một phần/);
      assert.match(e.messages.vi, /Hãy bấm "Chấm điểm" lại/);
      assert.match(e.messages.en, /Click "Score" again/);
      return true;
    });
  });
  fake.env.failOnSync = null;
  const repaired = await planFor(fake);
  await fake.run((context) => applyWorkbookWrite(context, repaired.plan));
  const cleanFake = (await scoredFake()).fake;
  const clean = await planFor(cleanFake);
  await cleanFake.run((context) => applyWorkbookWrite(context, clean.plan));
  const strip = (s: ReturnType<RecordingExcel["snapshot"]>) =>
    s.sheets
      .filter((x) => x.name === CELLS_SHEET)
      .map((x) => ({
        cells: x.cells,
        marks: x.conditionalFormats.map((f) => [f.ranges, f.formula]),
      }));
  assert.deepEqual(
    strip(fake.snapshot()),
    strip(cleanFake.snapshot()),
    "a second run repairs the half-written state",
  );
});

test("a write above 5 MB goes in several requests, each under the limit", async () => {
  const { fake, plan } = await scoredFake();
  const longText = "Nội dung rất dài của báo cáo. ".repeat(60);
  const bigReport = {
    ...plan.reportSheet,
    rows: [
      ...plan.reportSheet.rows,
      ...Array.from({ length: 3_500 }, (_, i) => [
        { kind: "text" as const, text: `${i + 1}` },
        { kind: "text" as const, text: longText },
      ]),
    ],
  };
  const bigPlan: WorkbookWritePlan = { ...plan, reportSheet: bigReport };
  const requestBytes = bigReport.rows.length * longText.length;
  assert.ok(requestBytes > WEB_PAYLOAD_LIMIT_BYTES, "the plan is above the limit");
  fake.resetStats();
  await fake.run((context) => applyWorkbookWrite(context, bigPlan));
  assert.ok(fake.syncs.every((s) => s.error === null));
  assert.ok(fake.syncs.every((s) => s.requestBytes < WEB_PAYLOAD_LIMIT_BYTES));
  assert.ok(fake.syncCount > 4, `several write syncs, got ${fake.syncCount}`);
  const lastRow = bigReport.rows.length;
  assert.equal(fake.valueAt(plan.reportSheet.name, `B${lastRow}`), longText);
});

test("thousands of scattered marks are split into address chunks, each re-anchored at its first cell", async () => {
  const grid = syntheticGrid({ cells: 4_000, roster: false });
  const sheet = grid.sheets[1];
  const values = sheet.values.map((row, r) => {
    const copy = [...row];
    if (
      r >= FIRST_DATA_ROW - 1 &&
      (r - FIRST_DATA_ROW + 1) % 2 === 0 &&
      r < FIRST_DATA_ROW - 1 + 4_000
    )
      copy[column("regular_meetings")] = 10;
    return copy;
  });
  const fake = createRecordingExcel().loadGrid({
    ...grid,
    sheets: [grid.sheets[0], { ...sheet, values }],
  });
  const { plan, evaluation } = await planFor(fake);
  await fake.run((context) => applyWorkbookWrite(context, plan));
  const meetings = columnLetter(column("regular_meetings"));
  const formats = fake
    .snapshot()
    .sheets[1].conditionalFormats.filter(
      (f) => isProductMarkFormula(f.formula) && f.ranges.every((r) => r.startsWith(meetings)),
    );
  assert.ok(formats.length > 1, `split into ${formats.length} conditional formats`);
  for (const format of formats) {
    const anchor = format.ranges[0].split(":")[0];
    assert.ok(format.formula.includes(anchor), `formula anchored at ${anchor}: ${format.formula}`);
  }
  const marked = new Set(formats.flatMap((f) => expandRanges(f.ranges)));
  const expected = evaluation.findings
    .filter((f) => f.cell.startsWith(meetings) && /^[A-Z]+\d+$/.test(f.cell))
    .map((f) => f.cell);
  for (const cell of expected) assert.ok(marked.has(cell), `${cell} marked`);
});
