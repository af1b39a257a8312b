/** The task pane's reducer and the stamp line: every transition without a browser. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HostError, type ScoreOutcome } from "../../src/host";
import { showsChangedBanner, stampLineOf } from "../../src/taskpane/model/stampLine";
import {
  initialTaskpaneState,
  taskpaneReducer,
  type TaskpaneAction,
  type TaskpaneState,
} from "../../src/taskpane/state/taskpaneState";
import { toHostError } from "../../src/taskpane/state/toHostError";
import "../../src/taskpane/i18n/allLanguages";
import { thachHaEvaluation } from "./fixtures/thachHaEvaluation";
import { FIXTURE_STAMP, SCORED_AT } from "./harness/fakeHost";

const outcome: ScoreOutcome = {
  evaluation: thachHaEvaluation,
  stamp: FIXTURE_STAMP,
  marks: [],
  reportSheet: "Kết quả kiểm tra",
};

function run(...actions: TaskpaneAction[]): TaskpaneState {
  return actions.reduce(taskpaneReducer, initialTaskpaneState("vi"));
}

const failure = new HostError("SHEET_PROTECTED", {
  vi: "Trang đang được bảo vệ.",
  en: "The sheet is protected.",
});

describe("taskpane reducer", () => {
  it("starts checking support, idle, on the summary, in the suggested language", () => {
    const state = initialTaskpaneState("en");
    assert.equal(state.lang, "en");
    assert.deepEqual(state.support, { status: "checking" });
    assert.equal(state.activity, "idle");
    assert.equal(state.view, "summary");
  });

  it("keeps an unsupported host's error for the full-pane message", () => {
    assert.deepEqual(run({ type: "supportChecked", error: failure }).support, {
      status: "unsupported",
      error: failure,
    });
    assert.deepEqual(run({ type: "supportChecked", error: null }).support, { status: "supported" });
  });

  it("scores: progress while running, then the outcome, the stamp and no progress", () => {
    const running = run(
      { type: "activityStarted", activity: "scoring" },
      { type: "progressReported", progress: { phase: "writing", done: 3, total: 9 } },
    );
    assert.equal(running.activity, "scoring");
    assert.deepEqual(running.progress, { phase: "writing", done: 3, total: 9 });
    const done = taskpaneReducer(running, {
      type: "scored",
      outcome,
      scoredAt: new Date(SCORED_AT),
    });
    assert.equal(done.activity, "idle");
    assert.equal(done.progress, null);
    assert.equal(done.outcome, outcome);
    assert.deepEqual(done.stampState, { status: "valid", stamp: FIXTURE_STAMP });
  });

  it("ignores progress that arrives when not scoring", () => {
    const idle = run({ type: "progressReported", progress: { phase: "checking" } });
    assert.equal(idle.progress, null);
  });

  it("turns a failure into the error bar and stops the activity; a new action clears it", () => {
    const failed = run(
      { type: "activityStarted", activity: "scoring" },
      { type: "activityFailed", error: failure, during: "scoring" },
    );
    assert.equal(failed.activity, "idle");
    assert.equal(failed.progress, null);
    assert.deepEqual(failed.error, { error: failure, during: "scoring", fileName: null });
    assert.equal(
      taskpaneReducer(failed, { type: "activityStarted", activity: "clearing" }).error,
      null,
    );
    assert.equal(taskpaneReducer(failed, { type: "errorDismissed" }).error, null);
  });

  it("marks the data changed, and a new scoring clears the flag", () => {
    const changed = run({ type: "scored", outcome, scoredAt: new Date() }, { type: "dataChanged" });
    assert.equal(changed.dataChanged, true);
    assert.equal(taskpaneReducer(changed, { type: "dataChanged" }), changed);
    assert.equal(
      taskpaneReducer(changed, { type: "scored", outcome, scoredAt: new Date() }).dataChanged,
      false,
    );
  });

  it("drops everything about the previous workbook when another is opened (preview)", () => {
    const before = run(
      { type: "scored", outcome, scoredAt: new Date() },
      { type: "viewChanged", view: "findings" },
      { type: "cellFilterChanged", filter: "errors" },
      { type: "cellSelected", selection: { item: "finding:3", sheet: "Chi bộ", cell: "F13", value: "HTTV" } },
    );
    const after = taskpaneReducer(before, { type: "workbookOpened", fileName: "xa-thach-ha.xlsx" });
    assert.equal(after.fileName, "xa-thach-ha.xlsx");
    assert.equal(after.outcome, null);
    assert.equal(after.selection, null);
    assert.equal(after.view, "summary");
    assert.equal(after.cellFilter, "all");
  });

  it("shows a file's reading from its first moment, dropping the previous file's results; the error names the refused file", () => {
    const before = run(
      { type: "workbookOpened", fileName: "xa-dong.xlsx" },
      { type: "scored", outcome, scoredAt: new Date() },
      { type: "viewChanged", view: "findings" },
    );
    const reading = taskpaneReducer(before, { type: "openingStarted", fileName: "danh-sach.xlsx" });
    assert.equal(reading.activity, "opening");
    assert.deepEqual(reading.progress, { phase: "loading" });
    assert.equal(reading.outcome, null, "another file's results never sit beside this one");
    assert.equal(reading.fileName, null);
    assert.equal(reading.view, "summary");
    const counted = taskpaneReducer(reading, {
      type: "progressReported",
      progress: { phase: "reading", done: 2, total: 5 },
    });
    assert.deepEqual(counted.progress, { phase: "reading", done: 2, total: 5 });
    const refused = taskpaneReducer(counted, { type: "activityFailed", error: failure, during: "opening" });
    assert.equal(refused.error?.fileName, "danh-sach.xlsx");
    assert.equal(refused.openingFile, null);
    const cancelled = taskpaneReducer(counted, { type: "openingCancelled", fileName: "danh-sach.xlsx" });
    assert.equal(cancelled.activity, "idle");
    assert.deepEqual(cancelled.notice, { kind: "openCancelled", fileName: "danh-sach.xlsx" });
  });

  it("keeps the criteria open while a file is read, and after", () => {
    const state = run(
      { type: "openingStarted", fileName: "a.xlsx" },
      { type: "viewChanged", view: "criteria" },
      { type: "workbookOpened", fileName: "a.xlsx" },
      { type: "scored", outcome, scoredAt: new Date() },
    );
    assert.equal(state.view, "criteria");
  });

  it("keeps the peeked value only for the item still chosen", () => {
    const chosen = run(
      { type: "scored", outcome, scoredAt: new Date() },
      { type: "cellSelected", selection: { item: "finding:1", sheet: "Chi bộ", cell: "F13" } },
    );
    assert.equal(taskpaneReducer(chosen, { type: "cellPeeked", item: "finding:1", value: "HTTV" }).selection?.value, "HTTV");
    assert.equal(taskpaneReducer(chosen, { type: "cellPeeked", item: "finding:2", value: "x" }), chosen);
  });

  it("keeps the clerk's view when scoring again", () => {
    const state = run(
      { type: "scored", outcome, scoredAt: new Date() },
      { type: "viewChanged", view: "cells" },
      { type: "scored", outcome, scoredAt: new Date() },
    );
    assert.equal(state.view, "cells");
  });

  it("confirms cleared marks and downloads", () => {
    assert.deepEqual(run({ type: "marksCleared", count: 4 }).notice, {
      kind: "marksCleared",
      count: 4,
    });
    assert.deepEqual(run({ type: "downloaded", fileName: "a-da-cham.xlsx", bytes: 2048 }).notice, {
      kind: "downloaded",
      fileName: "a-da-cham.xlsx",
      bytes: 2048,
    });
  });
});

describe("stamp line", () => {
  it("is checking until the stamp was read, then none, valid or changed", () => {
    assert.deepEqual(stampLineOf(run()), { kind: "checking" });
    assert.deepEqual(
      stampLineOf(run({ type: "stampStateRead", stampState: { status: "none", stamp: null } })),
      {
        kind: "none",
      },
    );
    assert.deepEqual(
      stampLineOf(
        run({ type: "stampStateRead", stampState: { status: "valid", stamp: FIXTURE_STAMP } }),
      ),
      { kind: "scored", scoredAt: new Date(SCORED_AT) },
    );
    assert.deepEqual(
      stampLineOf(
        run({ type: "stampStateRead", stampState: { status: "stale", stamp: FIXTURE_STAMP } }),
      ),
      { kind: "changed" },
    );
  });

  it("uses the stamp's time after scoring in Excel, and says “not saved” in the preview", () => {
    assert.deepEqual(stampLineOf(run({ type: "scored", outcome, scoredAt: new Date(0) })), {
      kind: "scored",
      scoredAt: new Date(SCORED_AT),
    });
    const previewAt = new Date(2026, 10, 24, 9, 30);
    assert.deepEqual(
      stampLineOf(
        run({ type: "scored", outcome: { ...outcome, stamp: null }, scoredAt: previewAt }),
      ),
      {
        kind: "scoredNotSaved",
        scoredAt: previewAt,
      },
    );
  });

  it("in the preview, keeps telling whether the opened file's own stamp holds", () => {
    const fresh = {
      type: "scored",
      outcome: { ...outcome, stamp: null },
      scoredAt: new Date(),
    } as const;
    const valid = run(
      { type: "stampStateRead", stampState: { status: "valid", stamp: FIXTURE_STAMP } },
      fresh,
    );
    assert.deepEqual(stampLineOf(valid), { kind: "scored", scoredAt: new Date(SCORED_AT) });
    const stale = run(
      { type: "stampStateRead", stampState: { status: "stale", stamp: FIXTURE_STAMP } },
      fresh,
    );
    assert.deepEqual(stampLineOf(stale), { kind: "changedSinceStamp" });
    // The fresh results are on screen: no banner asking to score again.
    assert.equal(showsChangedBanner(stale), false);
  });

  it("shows the banner for an edit in this session or a stale stamp not yet rescored", () => {
    assert.equal(showsChangedBanner(run({ type: "scored", outcome, scoredAt: new Date() })), false);
    assert.equal(
      showsChangedBanner(
        run({ type: "scored", outcome, scoredAt: new Date() }, { type: "dataChanged" }),
      ),
      true,
    );
    assert.equal(
      showsChangedBanner(
        run({ type: "stampStateRead", stampState: { status: "stale", stamp: FIXTURE_STAMP } }),
      ),
      true,
    );
  });

  it("says the data changed after an edit, whatever the stamp said", () => {
    assert.deepEqual(
      stampLineOf(run({ type: "scored", outcome, scoredAt: new Date() }, { type: "dataChanged" })),
      {
        kind: "changed",
      },
    );
  });
});

describe("toHostError", () => {
  it("keeps a HostError and wraps anything else with both languages and the cause", () => {
    assert.equal(toHostError(failure), failure);
    const cause = new TypeError("values is null");
    const wrapped = toHostError(cause);
    assert.equal(wrapped.code, "UNEXPECTED");
    assert.match(wrapped.messages.vi, /lỗi không mong muốn \(TypeError: values is null\)/);
    assert.match(wrapped.messages.en, /unexpected went wrong \(TypeError: values is null\)/);
    assert.equal(wrapped.cause, cause);
  });

  it("accepts a HostError from another copy of the class (a separate chunk) by its shape", () => {
    const lookalike = Object.assign(new Error("x"), {
      name: "HostError",
      code: "X",
      messages: { vi: "v", en: "e" },
    });
    assert.equal(toHostError(lookalike), lookalike);
  });
});
