/**
 * The task pane's start inside Office. taskpane.html found an Office host (its probe, a copy of
 * office.js's own host detection, checked against the office.js in package.json by
 * officeHostDetection.test.ts); then however long Office.onReady takes on a cold webview or with
 * a heavy workbook, the pane waits, says "Đang kết nối với Excel…", later says what to do, and
 * starts as the Excel pane, never as the browser preview.
 */
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import {
  chooseStartHost,
  detectOfficeHost,
  OFFICE_START_MESSAGES,
} from "../../src/excel/officeReady";
import { HostError } from "../../src/host";
import { FakeOffice } from "../fakes/fakeOffice";

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe("starting inside Office", () => {
  it("a slow Office.onReady: the pane says it is connecting, then what to do, and starts in Excel", async () => {
    restore = new FakeOffice({ readyAfterMs: 120 }).install();
    const said: string[] = [];
    const start = await chooseStartHost({
      probe: "_host_Info",
      onSlow: () => said.push(OFFICE_START_MESSAGES.connecting.vi),
      onStuck: () => said.push(OFFICE_START_MESSAGES.stuck.vi),
      slowAfterMs: 10,
      stuckAfterMs: 60,
      timeoutMs: 30, // the preview's timeout, which must not apply inside Office
    });
    assert.equal(start, "excel");
    assert.deepEqual(said, ["Đang kết nối với Excel…", OFFICE_START_MESSAGES.stuck.vi]);
    assert.match(OFFICE_START_MESSAGES.stuck.vi, /đóng ngăn tiện ích và mở lại/);
  });

  it("the same slow Office with the old rule (a timeout) would have become the preview", async () => {
    restore = new FakeOffice({ readyAfterMs: 120 }).install();
    assert.equal(await detectOfficeHost(30), "none");
  });

  it("a quick Office says nothing and starts in Excel", async () => {
    restore = new FakeOffice().install();
    const said: string[] = [];
    const start = await chooseStartHost({
      probe: "external.GetHostInfo",
      onSlow: () => said.push("slow"),
      slowAfterMs: 50,
    });
    assert.equal(start, "excel");
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.deepEqual(said, [], "the timers are cleared once Office answered");
  });

  it("no host found by the probe: the preview, without waiting for Office", async () => {
    assert.equal(await chooseStartHost({ probe: "" }), "preview");
  });

  it("a host other than Excel is a clear refusal", async () => {
    const office = new FakeOffice();
    (office.namespace as { onReady: () => Promise<unknown> }).onReady = () =>
      Promise.resolve({ host: "Word", platform: "PC" });
    restore = office.install();
    await assert.rejects(
      chooseStartHost({ probe: "_host_Info" }),
      (e: unknown) => e instanceof HostError && /chỉ chạy trong Excel/.test(e.messages.vi),
    );
  });
});
