import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { readDialogData } from "../../src/commands/dialogData";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel, type RecordingExcel } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";

/** Dialogs tried again quickly while Office answers 12007, so a test waits milliseconds. */
const FAST_RETRY = { dialogRetry: { delayMs: 10, attempts: 5 } };

let fake: RecordingExcel;
let office: FakeOffice;
let restore: (() => void)[] = [];
/** What the function file registered by itself when it was first loaded. */
let registeredOnLoad: string[] | null = null;

async function setUp(options: ConstructorParameters<typeof FakeOffice>[0] = {}): Promise<void> {
  fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 8, membersPerCell: 3 }));
  office = new FakeOffice({ displayLanguage: "vi-VN", ...options });
  restore = [fake.install(), office.install()];
  // The function file registers its functions when Office is ready.
  const module = await import("../../src/commands/commands");
  registeredOnLoad ??= [...office.actions.keys()].sort();
  office.actions.set(
    "score",
    (event) => void module.score(event as { completed(): void }, FAST_RETRY),
  );
  office.actions.set(
    "clearMarks",
    (event) => void module.clearMarks(event as { completed(): void }, FAST_RETRY),
  );
}

beforeEach(async () => setUp());
afterEach(() => {
  for (const r of restore.reverse()) r();
});

function dialogData(url: string) {
  const data = readDialogData(new URL(url).search);
  assert.ok(data, "the dialog carries readable data");
  return data;
}

test("the function file registers score and clearMarks with Office.actions.associate", () => {
  assert.deepEqual(registeredOnLoad, ["clearMarks", "score"]);
});

test("score: shows the summary, opens the report on request, completes its event once", async () => {
  const run = office.invoke("score");
  const dialog = await office.dialog();
  const data = dialogData(dialog.url);
  assert.equal(data.kind, "scored");
  assert.ok(data.kind === "scored" && data.summary.cells === 8);
  assert.deepEqual(dialog.options, { height: 52, width: 36, displayInIframe: true });
  dialog.sendMessage("openReport");
  const { completedCalls } = await run;
  assert.equal(completedCalls, 1);
  assert.ok(dialog.closed);
  assert.equal(fake.workbook.activeSheet, data.kind === "scored" ? data.reportSheet : "");
});

test("score completes when the user closes the dialog with its X", async () => {
  const run = office.invoke("score");
  (await office.dialog()).closeByUser();
  assert.equal((await run).completedCalls, 1);
});

for (const [name, spoil, pattern] of [
  [
    "a protected sheet",
    (f: RecordingExcel) => (f.sheet("Chi bộ").protected = true),
    /đang được bảo vệ/,
  ],
  [
    "a missing sheet",
    (f: RecordingExcel) =>
      (f.workbook.sheets = f.workbook.sheets.filter((s) => s.name !== "Chi bộ")),
    /./,
  ],
  [
    "cell edit mode",
    (f: RecordingExcel) => (f.env.cellEditMode = true),
    /Hãy nhấn Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại/,
  ],
] as const) {
  test(`score with ${name}: the message is shown and the event still completes`, async () => {
    spoil(fake);
    const run = office.invoke("score");
    const dialog = await office.dialog();
    const data = dialogData(dialog.url);
    if (name === "a missing sheet") {
      // Without "Chi bộ" the workbook is unusable: scored as such, with its report.
      assert.equal(data.kind === "scored" ? data.status : data.kind, "unusable");
    } else {
      assert.equal(data.kind, "error");
      assert.match(data.kind === "error" ? data.message : "", pattern);
    }
    dialog.sendMessage("close");
    assert.equal((await run).completedCalls, 1);
  });
}

test("clearMarks: reports how many marks it removed and completes; on failure too", async () => {
  let run = office.invoke("score");
  (await office.dialog()).sendMessage("close");
  await run;
  run = office.invoke("clearMarks");
  const dialog = await office.dialog(2);
  const data = dialogData(dialog.url);
  assert.ok(data.kind === "cleared" && data.removed > 0);
  dialog.sendMessage("close");
  assert.equal((await run).completedCalls, 1);

  fake.env.cellEditMode = true;
  run = office.invoke("clearMarks");
  const failed = await office.dialog(3);
  assert.equal(dialogData(failed.url).kind, "error");
  failed.closeByUser();
  assert.equal((await run).completedCalls, 1);
});

test("an old Excel: the command explains what is missing and completes", async () => {
  for (const r of restore.reverse()) r();
  await setUp({ excelApi: "1.8" });
  const run = office.invoke("score");
  const dialog = await office.dialog();
  const data = dialogData(dialog.url);
  assert.ok(data.kind === "error" && /Microsoft 365/.test(data.message));
  dialog.sendMessage("close");
  assert.equal((await run).completedCalls, 1);
  assert.equal(fake.snapshot().sheets.length, 3, "nothing was written");
});

test("when no dialog can open, score still completes and shows the report sheet", async () => {
  for (const r of restore.reverse()) r();
  await setUp({ dialogError: 12007 });
  const { completedCalls } = await office.invoke("score");
  assert.equal(completedCalls, 1);
  assert.match(fake.workbook.activeSheet ?? "", /Kết quả kiểm tra/);
});

test("English Office: the dialog's data is in English", async () => {
  for (const r of restore.reverse()) r();
  await setUp({ displayLanguage: "en-US" });
  fake.env.cellEditMode = true;
  const run = office.invoke("score");
  const dialog = await office.dialog();
  const data = dialogData(dialog.url);
  assert.equal(data.lang, "en");
  assert.match(data.kind === "error" ? data.message : "", /Press Enter or Esc/);
  dialog.sendMessage("close");
  await run;
});
