/**
 * Conditional-format priorities as the Excel API reference describes them: a new format comes at
 * the top, a priority change moves the others to keep the order contiguous (negative from the
 * back, clamped to the bounds), and a copy whose priority was changed must be fetched again before
 * further changes: through the old copy a change lands on whatever format now holds its old place.
 * The marks set every property before the priority, so a clerk's own formats are never touched.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MARK_OWNER_TAG } from "../../src/core";
import { addMarkOperations } from "../../src/excel/markWrites";
import { runWriteOperations } from "../../src/excel/writeBatches";
import { createRecordingExcel, type RecordingExcel } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";

const CELLS = "Chi bộ";

/** The clerk's own format: bold red when over 5, "stop if true" ticked. */
async function withUsersFormat(): Promise<RecordingExcel> {
  const fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 10, roster: false }));
  await fake.run(async (context) => {
    const format = context.workbook.worksheets
      .getItem(CELLS)
      .getRange("D6:D15")
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = "=D6>5";
    format.custom.format.fill.color = "#FF0000";
    format.stopIfTrue = true;
    await context.sync();
  });
  return fake;
}

const formats = (fake: RecordingExcel) =>
  fake.snapshot().sheets.find((s) => s.name === CELLS)?.conditionalFormats ?? [];

describe("conditional-format priorities in the fake", () => {
  it("adds at the top, keeps the order contiguous, counts negatives from the back and clamps", async () => {
    const fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 3, roster: false }));
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem(CELLS).getRange("B6:B8");
      for (const formula of ["=1", "=2", "=3"]) {
        range.conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula =
          formula;
      }
      await context.sync();
    });
    const order = () =>
      [...formats(fake)].sort((a, b) => a.priority - b.priority).map((f) => f.formula);
    assert.deepEqual(order(), ["=3", "=2", "=1"], "each new format comes first");
    await fake.run(async (context) => {
      const items = context.workbook.worksheets
        .getItem(CELLS)
        .getRange("B6:B8")
        .conditionalFormats.load("items/priority");
      await context.sync();
      const third = items.items.find((f) => f.priority === 0);
      assert.ok(third);
      third.priority = -1;
      await context.sync();
    });
    assert.deepEqual(order(), ["=2", "=1", "=3"], "-1 is the last place");
    assert.deepEqual(
      formats(fake)
        .map((f) => f.priority)
        .sort(),
      [0, 1, 2],
    );
  });

  it("a copy whose priority changed reaches the format now at its old place", async () => {
    const fake = await withUsersFormat();
    await fake.run(async (context) => {
      const mine = context.workbook.worksheets
        .getItem(CELLS)
        .getRange("E6:E8")
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      mine.custom.rule.formula = "=E6<0";
      mine.priority = 1;
      mine.stopIfTrue = false;
      await context.sync();
    });
    const users = formats(fake).find((f) => f.formula === "=D6>5");
    assert.equal(users?.stopIfTrue, false, "the change meant for the new format hit the clerk's");
  });
});

describe("writing the marks", () => {
  it("sets every property before the priority: the clerk's own format keeps its stop-if-true", async () => {
    const fake = await withUsersFormat();
    const mark = {
      sheet: CELLS,
      address: "D6:D8",
      formula: `=AND(D6<12,ISTEXT("${MARK_OWNER_TAG}"))`,
      fill: "#FFC7CE",
      font: "#9C0006",
      priority: 1,
    };
    await fake.run((context) => runWriteOperations(context, addMarkOperations([mark])));
    const after = formats(fake);
    const users = after.find((f) => f.formula === "=D6>5");
    const ours = after.find((f) => f.formula === mark.formula);
    assert.deepEqual(
      { stopIfTrue: users?.stopIfTrue, fill: users?.fill, priority: users?.priority },
      { stopIfTrue: true, fill: "#FF0000", priority: 0 },
    );
    assert.deepEqual(
      {
        stopIfTrue: ours?.stopIfTrue,
        fill: ours?.fill,
        font: ours?.font,
        priority: ours?.priority,
      },
      { stopIfTrue: false, fill: "#FFC7CE", font: "#9C0006", priority: 1 },
    );
  });
});
