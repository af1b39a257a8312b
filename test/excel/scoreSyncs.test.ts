import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreWorkbookIn } from "../../src/excel/scoreWorkbook";
import { createRecordingExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";
import { SCORED_AT } from "./edgeHarness";

async function scoreSyncs(cells: number, rescore: boolean, allGood = true) {
  const fake = createRecordingExcel().loadGrid(syntheticGrid({ cells, roster: false, allGood }));
  const score = () =>
    fake.run((context) => scoreWorkbookIn(context, { lang: "vi", now: () => SCORED_AT }));
  if (rescore) await score();
  fake.resetStats();
  await score();
  return fake;
}

test("a whole score takes the same number of syncs for 10 and 5,000 Party cells", async (t) => {
  for (const rescore of [false, true]) {
    const small = await scoreSyncs(10, rescore);
    const large = await scoreSyncs(5_000, rescore);
    t.diagnostic(
      `${rescore ? "scoring again" : "first score"}: 10 cells → ${small.syncCount} syncs; 5,000 cells → ${large.syncCount} syncs ` +
        `(largest request ${large.maxRequestBytes} B, largest response ${large.maxResponseBytes} B)`,
    );
    assert.equal(small.syncCount, large.syncCount);
    assert.ok(
      large.syncs.every(
        (s) =>
          s.error === null &&
          s.requestBytes < WEB_PAYLOAD_LIMIT_BYTES &&
          s.responseBytes < WEB_PAYLOAD_LIMIT_BYTES,
      ),
    );
  }
});

test("with findings on most rows, syncs grow only with the size above the budget; every request stays under 5 MB", async (t) => {
  const small = await scoreSyncs(10, false, false);
  const large = await scoreSyncs(5_000, false, false);
  t.diagnostic(
    `findings on most rows: 10 cells → ${small.syncCount} syncs; 5,000 cells → ${large.syncCount} syncs ` +
      `(largest request ${large.maxRequestBytes} B, largest response ${large.maxResponseBytes} B)`,
  );
  assert.ok(large.syncs.every((s) => s.error === null && s.requestBytes < WEB_PAYLOAD_LIMIT_BYTES));
  const totalRequest = large.syncs.reduce((n, s) => n + s.requestBytes, 0);
  assert.ok(
    large.syncCount - small.syncCount <= Math.ceil(totalRequest / (4 * 1024 * 1024)),
    "one extra sync per ~4 MB at most",
  );
});
