import { test } from "node:test";
import assert from "node:assert/strict";
import { adr, type SheetGrid, type WorkbookGrid } from "../../src/core";
import { HOST_ERROR_CODES } from "../../src/excel/officeErrors";
import { readWorkbookGrid } from "../../src/excel/readWorkbookGrid";
import { HostError } from "../../src/host";
import { createRecordingExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";

function load(grid: WorkbookGrid, properties: Record<string, string> = {}) {
  return createRecordingExcel().loadGrid(grid, { properties });
}

/** A row without its trailing empty cells (the edge pads rows to the used range's width). */
function trimRow(row: readonly unknown[]): unknown[] {
  const out = row.map((v) => v ?? null);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** The grid cell at an A1 address (null when absent). */
function at(sheet: SheetGrid, a1: string): unknown {
  const { row, col } = adr(a1);
  return sheet.values[row]?.[col] ?? null;
}

test("reads only the sheets the engine needs, with every sheet name listed", async () => {
  const base = syntheticGrid({ cells: 3, membersPerCell: 2 });
  const grid: WorkbookGrid = {
    sheetNames: ["Ghi chép riêng", ...base.sheetNames],
    sheets: [{ name: "Ghi chép riêng", values: [["không đọc"]] }, ...base.sheets],
  };
  const fake = load(grid);
  const read = await fake.run((context) => readWorkbookGrid(context));
  assert.deepEqual(read.grid.sheetNames, grid.sheetNames);
  assert.deepEqual(
    read.grid.sheets.map((s) => s.name),
    base.sheetNames,
  );
  assert.equal(read.selection.cells, base.sheets[1].name);
});

test("a used range not starting at A1 is padded: values keep their A1 positions", async () => {
  const values: (string | number | null)[][] = [];
  values[4] = [null, null, "Mã chi bộ", "Tên chi bộ"];
  values[5] = [null, null, "CB01", "Thôn 1"];
  const fake = load({ sheetNames: ["Chi bộ"], sheets: [{ name: "Chi bộ", values }] });
  const read = await fake.run((context) => readWorkbookGrid(context));
  const sheet = read.grid.sheets[0];
  assert.equal(at(sheet, "C5"), "Mã chi bộ");
  assert.equal(at(sheet, "D6"), "Thôn 1");
  assert.equal(at(sheet, "A5"), null);
  assert.deepEqual(sheet.values[0], [], "rows above the used range are empty rows");
  assert.equal(sheet.values.length, 6);
});

test("errors become { error }, empties null, numbers, booleans, formats and merges as Excel has them", async () => {
  const grid: WorkbookGrid = {
    sheetNames: ["Chi bộ"],
    sheets: [
      {
        name: "Chi bộ",
        values: [
          ["Nhóm I", null, null],
          ["Mã chi bộ", "Tỷ lệ", "Đúng"],
          ["CB01", 0.92, true],
          [{ error: "#DIV/0!" }, 45000, "  "],
        ],
        numberFormats: [[], [], [null, "0%", null], [null, "dd/mm/yyyy", "@"]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        visibility: "visible",
      },
    ],
  };
  const read = await load(grid).run((context) => readWorkbookGrid(context));
  const sheet = read.grid.sheets[0];
  assert.deepEqual(at(sheet, "A4"), { error: "#DIV/0!" });
  assert.equal(at(sheet, "B3"), 0.92);
  assert.equal(at(sheet, "C3"), true);
  assert.equal(at(sheet, "C4"), "  ");
  assert.equal(at(sheet, "B1"), null);
  assert.equal(sheet.numberFormats?.[2]?.[1], "0%");
  assert.equal(sheet.numberFormats?.[3]?.[1], "dd/mm/yyyy");
  assert.deepEqual(sheet.merges, [{ top: 0, left: 0, bottom: 0, right: 2 }]);
});

test("sheet visibility is kept (a hidden roster is read like any other)", async () => {
  const grid = syntheticGrid({ cells: 2, membersPerCell: 3 });
  const roster = { ...grid.sheets[2], visibility: "hidden" as const };
  const fake = load({ ...grid, sheets: [grid.sheets[0], grid.sheets[1], roster] });
  const read = await fake.run((context) => readWorkbookGrid(context));
  assert.equal(read.grid.sheets[2].visibility, "hidden");
  assert.equal(read.grid.sheets[2].values.length, 7);
});

test("the number of syncs does not grow with rows: 10 and 5,000 Party cells read in the same syncs", async (t) => {
  const counts: number[] = [];
  for (const cells of [10, 5_000]) {
    const fake = load(syntheticGrid({ cells, roster: false }));
    await fake.run((context) => readWorkbookGrid(context));
    counts.push(fake.syncCount);
    t.diagnostic(
      `read ${cells} Party cells: ${fake.syncCount} syncs, largest response ${fake.maxResponseBytes} bytes`,
    );
  }
  assert.equal(counts[0], counts[1]);
  assert.equal(counts[0], 3);
});

test("a sheet above 5 MB is read in several responses, each under the limit, with nothing lost", async () => {
  const grid = syntheticGrid({ cells: 2_000, roster: false, noteChars: 1_500 });
  const fake = load(grid);
  const read = await fake.run((context) => readWorkbookGrid(context));
  const refused = fake.syncs.filter((s) => s.error !== null);
  assert.equal(refused.length, 0, "the estimate keeps every response under the limit");
  assert.ok(fake.syncCount > 3, `expected more than 3 syncs, got ${fake.syncCount}`);
  for (const s of fake.syncs) assert.ok(s.responseBytes < WEB_PAYLOAD_LIMIT_BYTES);
  const cells = read.grid.sheets.find((s) => s.name === grid.sheets[1].name);
  assert.deepEqual(cells?.values.map(trimRow), grid.sheets[1].values.map(trimRow));
});

test("long notes the sample could not see: the refused group is split and read again", async () => {
  const grid = syntheticGrid({ cells: 3_000, roster: false });
  const cells = grid.sheets[1];
  const values = cells.values.map((row, r) => (r >= 100 ? [...row, "đ".repeat(1_000)] : [...row]));
  const fake = load({ ...grid, sheets: [grid.sheets[0], { ...cells, values }] });
  const read = await fake.run((context) => readWorkbookGrid(context));
  assert.ok(
    fake.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded"),
    "Excel refused the first estimate",
  );
  const back = read.grid.sheets[1];
  assert.equal(back.values.length, values.length);
  assert.equal(back.values[2_500][values[2_500].length - 1], "đ".repeat(1_000));
});

test("Range.values coming back null is a clear error, not an empty sheet", async () => {
  const grid = syntheticGrid({ cells: 3, roster: false });
  const fake = load(grid);
  fake.env.nullValuesOnSheets.add(grid.sheets[1].name);
  await assert.rejects(
    fake.run((context) => readWorkbookGrid(context)),
    (e: unknown) =>
      e instanceof HostError &&
      e.code === HOST_ERROR_CODES.valuesUnavailable &&
      /Chi bộ|Excel/.test(e.messages.vi),
  );
});
