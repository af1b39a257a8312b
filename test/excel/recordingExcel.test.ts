/** The fake itself: it must behave like Excel where the edge depends on it, or the edge's tests prove nothing. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRecordingExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../fakes/recordingExcel";

function fakeWith(values: (string | number)[][]) {
  const fake = createRecordingExcel();
  fake.loadGrid({
    sheetNames: ["Chi bộ", "Ẩn"],
    sheets: [
      { name: "Chi bộ", values },
      { name: "Ẩn", values: [["x"]], visibility: "hidden" },
    ],
  });
  return fake;
}

test("values appear only after sync; reading an unloaded property throws PropertyNotLoaded", async () => {
  const fake = fakeWith([["a", 1]]);
  const context = fake.context();
  const range = context.workbook.worksheets.getItem("Chi bộ").getRange("A1:B1").load("values");
  assert.throws(() => range.values, /not available/);
  await context.sync();
  assert.deepEqual(range.values, [["a", 1]]);
  assert.equal(fake.syncCount, 1);
});

test("used range, null objects and visibility", async () => {
  const fake = fakeWith([[], ["", "", "b"], ["", "c"]]);
  fake.sheet("Ẩn").setValue(0, 0, undefined);
  const context = fake.context();
  const used = context.workbook.worksheets
    .getItem("Chi bộ")
    .getUsedRangeOrNullObject(true)
    .load("address");
  const empty = context.workbook.worksheets
    .getItem("Ẩn")
    .getUsedRangeOrNullObject(true)
    .load("address");
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  assert.equal(used.address, "'Chi bộ'!B2:C3");
  assert.equal(empty.isNullObject, true);
  assert.deepEqual(
    sheets.items.map((s) => [s.name, s.visibility]),
    [
      ["Chi bộ", "Visible"],
      ["Ẩn", "Hidden"],
    ],
  );
});

test("typed text is coerced like Excel unless the cell is formatted as text; = starts a formula", async () => {
  const fake = fakeWith([[]]);
  const context = fake.context();
  const sheet = context.workbook.worksheets.getItem("Chi bộ");
  sheet.getRange("A1:D1").values = [["12", "=A1", "TRUE", "Đạt"]];
  const text = sheet.getRange("A2:B2");
  text.numberFormat = [["@", "@"]];
  text.values = [["12", "=A1"]];
  await context.sync();
  const snap = fake.snapshot().sheets[0].cells;
  assert.equal(snap.A1.value, 12);
  assert.equal(snap.B1.formula, "=A1");
  assert.equal(snap.C1.value, true);
  assert.equal(snap.A2.value, "12");
  assert.equal(snap.B2.value, "=A1");
  assert.equal(snap.B2.formula, undefined);
});

test("a request above 5 MB is refused whole; a response above 5 MB fails", async () => {
  const fake = fakeWith([[]]);
  const context = fake.context();
  const big = "x".repeat(WEB_PAYLOAD_LIMIT_BYTES);
  context.workbook.worksheets.getItem("Chi bộ").getRange("A1").values = [[big]];
  await assert.rejects(
    context.sync(),
    (e: { code?: string }) => e.code === "RequestPayloadSizeLimitExceeded",
  );
  assert.equal(fake.valueAt("Chi bộ", "A1"), "", "nothing of a refused request runs");

  fake.sheet("Chi bộ").setValue(0, 0, "y".repeat(3_000_000));
  fake.sheet("Chi bộ").setValue(1, 0, "z".repeat(3_000_000));
  const read = fake.context();
  read.workbook.worksheets.getItem("Chi bộ").getRange("A1:A2").load("values");
  await assert.rejects(
    read.sync(),
    (e: { code?: string }) => e.code === "ResponsePayloadSizeLimitExceeded",
  );
  assert.equal(fake.syncs.at(-1)?.error, "ResponsePayloadSizeLimitExceeded");
});

test("writes to a protected sheet fail with AccessDenied; actions before the failure stay applied", async () => {
  const fake = fakeWith([[]]);
  fake.workbook.addSheet("Khóa").protected = true;
  const context = fake.context();
  context.workbook.worksheets.getItem("Chi bộ").getRange("A1").values = [["trước"]];
  context.workbook.worksheets.getItem("Khóa").getRange("A1").values = [["x"]];
  context.workbook.worksheets.getItem("Chi bộ").getRange("A2").values = [["sau"]];
  await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "AccessDenied");
  assert.equal(fake.valueAt("Chi bộ", "A1"), "trước");
  assert.equal(fake.valueAt("Chi bộ", "A2"), "");
});

test("cell edit mode fails every sync with its Office.js code", async () => {
  const fake = fakeWith([["a"]]);
  fake.env.cellEditMode = true;
  const context = fake.context();
  context.workbook.worksheets.getItem("Chi bộ").getRange("A1").load("values");
  await assert.rejects(
    context.sync(),
    (e: { code?: string }) => e.code === "InvalidOperationInCellEditMode",
  );
});

test("conditional formats live on ranges; a range's collection lists the sheet's formats that meet it", async () => {
  const fake = fakeWith([[]]);
  const context = fake.context();
  const cf = context.workbook.worksheets
    .getItem("Chi bộ")
    .getRanges("B2,B5:B6")
    .conditionalFormats.add("Custom");
  cf.custom.rule.formula = "=B2>1";
  cf.custom.format.fill.color = "#FF0000";
  await context.sync();
  const all = context.workbook.worksheets
    .getItem("Chi bộ")
    .getRange()
    .conditionalFormats.load("items/type");
  const elsewhere = context.workbook.worksheets
    .getItem("Chi bộ")
    .getRange("D1:D9")
    .conditionalFormats.load("items/type");
  await context.sync();
  assert.equal(all.items.length, 1);
  assert.equal(elsewhere.items.length, 0);
  const rule = all.items[0].custom.rule.load("formula");
  await context.sync();
  assert.equal(rule.formula, "=B2>1");
  assert.deepEqual(fake.snapshot().sheets[0].conditionalFormats[0].ranges, ["B2", "B5:B6"]);
});

test("a missing sheet fails at sync with ItemNotFound", async () => {
  const fake = fakeWith([[]]);
  const context = fake.context();
  context.workbook.worksheets.getItem("Không có").getRange("A1").load("values");
  await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "ItemNotFound");
});
