/**
 * A ribbon command within Office's limits: the function command's runtime ends five minutes after
 * the click (office-js-docs-pr docs/testing/runtimes.md), so a run that cannot finish writing in
 * time stops before writing, with a clear message, and the outcome dialog is closed before the
 * runtime ends; and a second dialog opens only once the first has gone (Office answers 12007
 * while a closed dialog is still closing: dialog-best-practices.md, office-js issue 1451).
 * Time is a virtual clock that the recording fake moves forward at every sync.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { COMMAND_TIME_LIMIT_CODE, type CommandClock } from "../../src/commands/commandBudget";
import { score } from "../../src/commands/commands";
import { readDialogData } from "../../src/commands/dialogData";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel, type RecordingExcel } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";

const FIVE_MINUTES = 5 * 60_000;

/** Time that moves only when told; timers fire when it passes them. */
class VirtualClock implements CommandClock {
  time = 1_000_000;
  readonly timers: { due: number; run: () => void; done: boolean }[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): () => void {
    const timer = { due: this.time + ms, run, done: false };
    this.timers.push(timer);
    return () => (timer.done = true);
  }

  /** The timers still waiting. */
  pending(): { due: number }[] {
    return this.timers.filter((t) => !t.done);
  }

  advanceTo(time: number): void {
    this.time = time;
    for (const timer of this.timers) {
      if (!timer.done && timer.due <= time) {
        timer.done = true;
        timer.run();
      }
    }
  }
}

let fake: RecordingExcel;
let office: FakeOffice;
let clock: VirtualClock;
let restore: (() => void)[] = [];

beforeEach(() => {
  fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 20, membersPerCell: 3 }));
  office = new FakeOffice({ displayLanguage: "vi-VN" });
  clock = new VirtualClock();
  restore = [fake.install(), office.install()];
});
afterEach(() => {
  for (const undo of restore.reverse()) undo();
});

/** Clicks "Chấm điểm": resolves with how many times the event was completed, and when. */
function click(): { start: number; done: Promise<{ completed: number; at: number }> } {
  const start = clock.now();
  let completed = 0;
  const done = score(
    { completed: () => (completed += 1) },
    { clock, dialogRetry: { delayMs: 5, attempts: 40 } },
  ).then(() => ({ completed, at: clock.now() }));
  return { start, done };
}

describe("five minutes, counted from the click", () => {
  it("a read that leaves too little time stops before writing, says so, and closes its dialog in time", async () => {
    fake.env.onSync = () => (clock.time += 90_000); // a very slow Excel: 90 s a request
    const before = fake.snapshot();
    const { start, done } = click();
    const dialog = await office.dialog();
    const data = readDialogData(new URL(dialog.url).search);
    assert.ok(data?.kind === "error", JSON.stringify(data));
    assert.equal(data.code, COMMAND_TIME_LIMIT_CODE);
    assert.match(data.message, /tối đa 5 phút[\s\S]*chưa có gì bị thay đổi[\s\S]*"Chi tiết"/);
    assert.deepEqual(fake.snapshot(), before, "nothing was written");
    assert.ok(fake.syncCount <= 3, `stopped after reading (${fake.syncCount} syncs)`);

    const [timer] = clock.pending();
    assert.ok(
      timer.due <= start + FIVE_MINUTES - 15_000,
      "the dialog closes before the runtime ends",
    );
    clock.advanceTo(timer.due);
    const { completed, at } = await done;
    assert.ok(dialog.closed);
    assert.equal(completed, 1);
    assert.ok(at < start + FIVE_MINUTES);
  });

  it("a run that writes late still closes its dialog before the five minutes end", async () => {
    fake.env.onSync = () => (clock.time += 30_000);
    const { start, done } = click();
    const dialog = await office.dialog();
    assert.equal(readDialogData(new URL(dialog.url).search)?.kind, "scored");
    assert.ok(
      clock.now() - start > 150_000,
      `the run took ${(clock.now() - start) / 1000} s of the budget`,
    );
    const [timer] = clock.pending();
    assert.ok(
      timer.due <= start + FIVE_MINUTES - 15_000,
      `closes at +${(timer.due - start) / 1000} s, not 4.5 minutes after opening`,
    );
    clock.advanceTo(timer.due);
    assert.equal((await done).completed, 1);
    assert.ok(dialog.closed);
  });
});

describe("one dialog after another", () => {
  it("the report cannot be opened: the second dialog waits for the first to go and shows why", async () => {
    const { done } = click();
    const first = await office.dialog();
    const data = readDialogData(new URL(first.url).search);
    assert.ok(data?.kind === "scored" && data.reportSheet);
    // The report sheet is deleted before the clerk presses "Mở trang báo cáo".
    fake.workbook.sheets = fake.workbook.sheets.filter((s) => s.name !== data.reportSheet);
    first.sendMessage("openReport");
    const second = await office.dialog(2);
    const shown = readDialogData(new URL(second.url).search);
    assert.ok(shown?.kind === "error");
    assert.match(shown.message, /Không tìm thấy trang tính/);
    assert.ok(office.refusedOpens >= 1, "Office refused while the first was still closing");
    second.sendMessage("close");
    assert.equal((await done).completed, 1);
  });
});
