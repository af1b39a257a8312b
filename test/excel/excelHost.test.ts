import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { CELLS_COLUMNS, columnLetter } from "../../src/core";
import { createExcelHost } from "../../src/excel/excelHost";
import { HOST_ERROR_CODES } from "../../src/excel/officeErrors";
import { HostError, type ScorePhase } from "../../src/host";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel, type RecordingExcel } from "../fakes/recordingExcel";
import { FIRST_DATA_ROW, syntheticGrid } from "../fakes/syntheticGrid";
import { SCORED_AT } from "./edgeHarness";

let fake: RecordingExcel;
let restore: (() => void)[] = [];

beforeEach(() => {
  fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 20, membersPerCell: 4 }));
  restore = [fake.install(), new FakeOffice({ displayLanguage: "vi-VN" }).install()];
});

afterEach(() => {
  for (const r of restore.reverse()) r();
});

const column = (key: string) => columnLetter(CELLS_COLUMNS.findIndex((c) => c.key === key));
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 10));

test("the host describes Excel: Vietnamese, writes the workbook, selects cells, watches changes", async () => {
  const host = createExcelHost();
  assert.equal(host.kind, "excel");
  assert.equal(host.suggestedLanguage, "vi");
  assert.deepEqual(host.capabilities, {
    writesWorkbook: true,
    selectsCells: true,
    watchesChanges: true,
    opensFiles: false,
    downloadsMarkedCopy: false,
  });
  assert.equal(await host.checkSupport(), null);
});

test("score reports its phases in order and returns the evaluation, stamp, marks and report sheet", async () => {
  const host = createExcelHost({ now: () => SCORED_AT });
  const phases: ScorePhase[] = [];
  const outcome = await host.score("vi", (p) => {
    if (phases[phases.length - 1] !== p.phase) phases.push(p.phase);
  });
  assert.deepEqual(phases, ["reading", "checking", "writing", "done"]);
  assert.equal(outcome.evaluation.report.summary.cells, 20);
  assert.ok(outcome.stamp);
  assert.equal(outcome.reportSheet, outcome.stamp.reportSheet);
  assert.ok(fake.workbook.findSheet(outcome.reportSheet ?? ""));
  assert.equal(outcome.evaluation.ruleset.id, outcome.evaluation.report.ruleset.id);
});

test("the stamp reads valid after scoring, stale after an input edit, none before", async () => {
  const host = createExcelHost({ now: () => SCORED_AT });
  assert.deepEqual(await host.readStampState(), { status: "none", stamp: null });
  await host.score("vi", () => undefined);
  const valid = await host.readStampState();
  assert.equal(valid.status, "valid");
  assert.equal(valid.ruleset?.id, "4tot-default", "a checked stamp comes with its ruleset");
  fake.userEdit("Chi bộ", `${column("regular_meetings")}${FIRST_DATA_ROW}`, [[9]]);
  assert.equal((await host.readStampState()).status, "stale");
});

test("watchChanges: an input edit notifies, the product's own writes and output edits do not; unsubscribe stops it", async () => {
  const host = createExcelHost({ now: () => SCORED_AT });
  await host.score("vi", () => undefined);
  let calls = 0;
  const unsubscribe = await host.watchChanges(() => (calls += 1));
  await host.score("vi", () => undefined);
  await nextTick();
  assert.equal(calls, 0, "scoring again (the product's writes) is not a change");
  fake.userEdit("Chi bộ", `${column("members")}${FIRST_DATA_ROW + 1}`, [[25]]);
  assert.equal(calls, 1);
  unsubscribe();
  await nextTick();
  assert.equal(fake.sheet("Chi bộ").changeListeners.size, 0, "the handlers are removed from Excel");
  fake.userEdit("Chi bộ", `${column("members")}${FIRST_DATA_ROW + 2}`, [[26]]);
  assert.equal(calls, 1);
});

test("selectCell activates the sheet and selects the cell; a deleted sheet gets a clear message", async () => {
  const host = createExcelHost();
  await host.selectCell("Đảng viên", "C5");
  assert.equal(fake.workbook.activeSheet, "Đảng viên");
  assert.deepEqual(fake.workbook.selection, { sheet: "Đảng viên", address: "C5" });
  await assert.rejects(
    host.selectCell("Không còn", "A1"),
    (e: unknown) =>
      e instanceof HostError &&
      e.code === HOST_ERROR_CODES.sheetMissing &&
      /"Không còn"/.test(e.messages.vi),
  );
});

test("errors reach the task pane as HostErrors in both languages", async () => {
  const host = createExcelHost();
  fake.env.cellEditMode = true;
  await assert.rejects(
    host.score("vi", () => undefined),
    (e: unknown) => e instanceof HostError && e.code === HOST_ERROR_CODES.cellEditMode,
  );
  fake.env.cellEditMode = false;
  fake.sheet("Chi bộ").protected = true;
  await assert.rejects(
    host.clearMarks().then(() => host.score("en", () => undefined)),
    (e: unknown) => e instanceof HostError && e.code === HOST_ERROR_CODES.sheetProtected,
  );
});

test("an old Excel: checkSupport explains what is missing", async () => {
  restore.push(new FakeOffice({ excelApi: "1.7" }).install());
  const error = await createExcelHost().checkSupport();
  assert.equal(error?.code, HOST_ERROR_CODES.oldExcel);
});
