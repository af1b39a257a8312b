import { test } from "node:test";
import assert from "node:assert/strict";
import { isProductMarkFormula } from "../../src/core";
import { applyWorkbookWrite } from "../../src/excel/applyWorkbookWrite";
import { clearProductMarks } from "../../src/excel/clearMarks";
import { HOST_ERROR_CODES } from "../../src/excel/officeErrors";
import { HostError } from "../../src/host";
import { createRecordingExcel } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";
import { planFor } from "./edgeHarness";

async function markedFake() {
  const fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 40, membersPerCell: 3 }));
  const sheet = fake.sheet("Chi bộ");
  const userFormat = {
    id: "{user}",
    type: "Custom",
    areas: [{ top: 5, left: 1, bottom: 45, right: 1 }],
    formula: '=B6="CB00001"',
    fillColor: "#FFFF00",
    fontColor: null,
    priority: 0,
    stopIfTrue: false,
  };
  sheet.conditionalFormats.push(userFormat, {
    ...userFormat,
    id: "{user-2}",
    type: "DataBar",
    formula: "",
  });
  const before = fake.snapshot();
  const { plan } = await planFor(fake);
  await fake.run((context) => applyWorkbookWrite(context, plan));
  return { fake, before, plan };
}

test("clearMarks removes exactly the product's conditional formats and returns their number", async () => {
  const { fake, before } = await markedFake();
  const marked = fake.snapshot();
  const productCount = marked.sheets
    .flatMap((s) => s.conditionalFormats)
    .filter((f) => isProductMarkFormula(f.formula)).length;
  assert.ok(productCount > 0);
  const removed = await fake.run((context) => clearProductMarks(context));
  assert.equal(removed, productCount);
  const after = fake.snapshot();
  for (const sheet of before.sheets) {
    const now = after.sheets.find((s) => s.name === sheet.name);
    assert.deepEqual(
      now?.conditionalFormats.map((f) => [f.ranges, f.formula, f.fill]),
      sheet.conditionalFormats.map((f) => [f.ranges, f.formula, f.fill]),
      `${sheet.name}: the user's formats stay, the product's are gone`,
    );
  }
  assert.equal(
    await fake.run((context) => clearProductMarks(context)),
    0,
    "nothing left to remove",
  );
});

test("clearMarks on a protected sheet is refused and removes nothing", async () => {
  const { fake } = await markedFake();
  fake.sheet("Chi bộ").protected = true;
  const before = fake.snapshot();
  await assert.rejects(
    fake.run((context) => clearProductMarks(context)),
    (e: unknown) =>
      e instanceof HostError &&
      e.code === HOST_ERROR_CODES.sheetProtected &&
      /Xóa đánh dấu/.test(e.messages.vi),
  );
  assert.deepEqual(fake.snapshot(), before);
});

test("clearMarks takes the same few syncs for 40 and 4,000 marked rows", async () => {
  const counts: number[] = [];
  for (const cells of [40, 4_000]) {
    const fake = createRecordingExcel().loadGrid(syntheticGrid({ cells, roster: false }));
    const { plan } = await planFor(fake);
    await fake.run((context) => applyWorkbookWrite(context, plan));
    fake.resetStats();
    await fake.run((context) => clearProductMarks(context));
    counts.push(fake.syncCount);
  }
  assert.equal(counts[0], counts[1]);
  assert.ok(counts[0] <= 4);
});
