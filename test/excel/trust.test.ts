/**
 * Trust in the add-in: a protected sheet, a workbook opened read-only, a cell being edited, a
 * sheet deleted while the task pane is open, an Excel too old — each ends in a clear HostError
 * (code and message asserted) and nothing half-written: the fake workbook's input cells, formats,
 * outputs, marks, report sheet and stamp are exactly as before, or — where Office.js has no
 * transaction and the write already ran (docs/addin.md, WRITE_INCOMPLETE) — every output is
 * written or none, the input is untouched, and scoring again repairs everything.
 *
 * What applyWorkbookWrite.test.ts, excelHost.test.ts, commands.test.ts and requirements.test.ts
 * already assert (the preflight refusals on a prepared plan, the codes, the dialog text) is not
 * repeated: these go through the task pane's host (`createExcelHost().score`, the path a clerk
 * takes) and the ribbon commands, with the trouble arriving at each moment of a run.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import {
  CELLS_COLUMNS,
  columnLetter,
  isProductMarkFormula,
  type CellValue,
  type WorkbookGrid,
} from "../../src/core";
import { readDialogData } from "../../src/commands/dialogData";
import { createExcelHost } from "../../src/excel/excelHost";
import { HOST_ERROR_CODES } from "../../src/excel/officeErrors";
import { HostError, type ScoreProgress, type TaskpaneHost } from "../../src/host";
import { FakeOffice } from "../fakes/fakeOffice";
import {
  createRecordingExcel,
  type RecordingExcel,
  type WorkbookSnapshot,
} from "../fakes/recordingExcel";
import { FIRST_DATA_ROW, syntheticGrid } from "../fakes/syntheticGrid";
import { SCORED_AT } from "./edgeHarness";

const CELLS = "Chi bộ";
const ROSTER = "Đảng viên";
const column = (key: string) => columnLetter(CELLS_COLUMNS.findIndex((c) => c.key === key));

let fake: RecordingExcel;
let office: FakeOffice;
let restore: (() => void)[] = [];

/** 20 Party cells, shortfalls and a roster whose last member has an unknown code (a mark on the roster). */
function trustGrid(cells = 20): WorkbookGrid {
  const grid = syntheticGrid({ cells, membersPerCell: 4 });
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) =>
      sheet.name === ROSTER
        ? {
            ...sheet,
            values: [
              ...sheet.values,
              [999, "Người lạ", "CB99999", "HTTNV", null, null] as CellValue[],
            ],
          }
        : sheet,
    ),
  };
}

function setUp(options: { cells?: number; excelApi?: string; grid?: WorkbookGrid } = {}): void {
  fake = createRecordingExcel().loadGrid(options.grid ?? trustGrid(options.cells));
  office = new FakeOffice({
    displayLanguage: "vi-VN",
    ...(options.excelApi ? { excelApi: options.excelApi } : {}),
  });
  restore = [fake.install(), office.install()];
}

beforeEach(() => setUp());
afterEach(() => {
  for (const r of restore.reverse()) r();
  restore = [];
});

/** Lets the dialog's event handlers be registered (Office calls back asynchronously). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

const host = (): TaskpaneHost => createExcelHost({ now: () => SCORED_AT });

/** Scores through the host; `during` runs at each progress report (where trouble can arrive). */
function score(during?: (progress: ScoreProgress) => void, lang: "vi" | "en" = "vi") {
  return host().score(lang, (progress) => during?.(progress));
}

/** The HostError a promise rejects with, its code checked. */
async function refusal(promise: Promise<unknown>, code: string): Promise<HostError> {
  let caught: unknown = null;
  await promise.then(
    () => assert.fail(`expected ${code}, the run succeeded`),
    (error: unknown) => (caught = error),
  );
  assert.ok(caught instanceof HostError, `a HostError, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.messages.vi);
  assert.ok(caught.messages.vi.length > 0 && caught.messages.en.length > 0, "both languages");
  return caught;
}

/** The snapshot without one sheet (for comparing after that sheet was deleted). */
function without(snapshot: WorkbookSnapshot, sheet: string): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== sheet) };
}

function productMarks(snapshot: WorkbookSnapshot, sheet: string) {
  return (
    snapshot.sheets
      .find((s) => s.name === sheet)
      ?.conditionalFormats.filter((f) => isProductMarkFormula(f.formula)) ?? []
  );
}

/** What a clean "Chấm điểm" leaves, for comparing a repaired workbook with. */
async function cleanlyScored(grid: WorkbookGrid): Promise<WorkbookSnapshot> {
  const other = createRecordingExcel().loadGrid(grid);
  const undo = other.install();
  try {
    await createExcelHost({ now: () => SCORED_AT }).score("vi", () => undefined);
    return other.snapshot();
  } finally {
    undo();
  }
}

/** Report sheets carry a random token: compare everything else. */
function comparable(snapshot: WorkbookSnapshot) {
  return {
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      cells: Object.fromEntries(
        Object.entries(s.cells).filter(([, c]) => !/^[0-9a-f]{16,}$/.test(String(c.value ?? ""))),
      ),
    })),
    properties: Object.fromEntries(
      Object.entries(snapshot.properties).filter(([key]) => !/token/i.test(key)),
    ),
  };
}

/** Every output cell of the "Chi bộ" table is either written or left as it was: none half. */
function assertOutputsAllOrNone(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  clean: WorkbookSnapshot,
): "all" | "none" {
  const sheet = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === CELLS);
  const written = new Set(
    Object.keys(sheet(clean)?.cells ?? {}).filter(
      (ref) =>
        JSON.stringify(sheet(clean)?.cells[ref]) !== JSON.stringify(sheet(before)?.cells[ref]),
    ),
  );
  assert.ok(written.size > 0, "the clean run writes outputs");
  const same = (a: WorkbookSnapshot, ref: string) =>
    JSON.stringify(sheet(a)?.cells[ref]) === JSON.stringify(sheet(after)?.cells[ref]);
  const asClean = [...written].filter((ref) => same(clean, ref)).length;
  const asBefore = [...written].filter((ref) => same(before, ref)).length;
  assert.ok(
    asClean === written.size || asBefore === written.size,
    `outputs half written: ${asClean} of ${written.size} cells`,
  );
  return asClean === written.size ? "all" : "none";
}

/** Input cells (values and formats) of "Chi bộ" and the roster are those of `before`. */
function assertInputsUnchanged(before: WorkbookSnapshot, after: WorkbookSnapshot): void {
  const outputs = new Set(CELLS_COLUMNS.map((_, i) => i));
  for (const name of [CELLS, ROSTER, "Thông tin"]) {
    const a = before.sheets.find((s) => s.name === name);
    const b = after.sheets.find((s) => s.name === name);
    if (!a || !b) continue;
    for (const [ref, cell] of Object.entries(a.cells)) {
      const col = ref.replace(/[0-9]+$/, "");
      const index = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      if (name === CELLS && !outputs.has(index)) continue;
      assert.deepEqual(b.cells[ref], cell, `${name}!${ref} unchanged`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

describe("a protected sheet", () => {
  it('"Chi bộ" protected: refused before anything is written, naming the sheet and how to unprotect it', async () => {
    fake.sheet(CELLS).protected = true;
    const before = fake.snapshot();
    const error = await refusal(score(), HOST_ERROR_CODES.sheetProtected);
    assert.match(
      error.messages.vi,
      /"Chi bộ" đang được bảo vệ[\s\S]*Chưa có gì bị thay đổi[\s\S]*Bỏ bảo vệ trang tính/,
    );
    assert.match(error.messages.en, /Nothing was changed[\s\S]*Unprotect Sheet/);
    assert.deepEqual(fake.snapshot(), before, "nothing written");
  });

  it("a protected roster holding the product's old marks: refused, old marks and outputs left as they were", async () => {
    await score();
    const scored = fake.snapshot();
    assert.ok(productMarks(scored, ROSTER).length > 0, "the roster carries a mark (unknown code)");
    fake.userEdit(CELLS, `${column("regular_meetings")}${FIRST_DATA_ROW}`, [[9]]);
    fake.sheet(ROSTER).protected = true;
    const before = fake.snapshot();
    const error = await refusal(score(), HOST_ERROR_CODES.sheetProtected);
    assert.match(error.messages.vi, /"Đảng viên" đang được bảo vệ/);
    assert.deepEqual(
      fake.snapshot(),
      before,
      "the stale outputs, marks, report and stamp stay whole until a run can replace them all",
    );
  });

  it("a protected sheet the product does not write to does not stop scoring, and is left alone", async () => {
    const grid = syntheticGrid({ cells: 10, membersPerCell: 3, allGood: true });
    for (const r of restore.reverse()) r();
    setUp({ grid });
    fake.sheet(ROSTER).protected = true;
    const roster = fake.snapshot().sheets.find((s) => s.name === ROSTER);
    const outcome = await score();
    assert.equal(outcome.evaluation.report.summary.cells, 10);
    assert.deepEqual(
      fake.snapshot().sheets.find((s) => s.name === ROSTER),
      roster,
    );
  });

  it("protected by a co-author after the checks, before the first write: nothing is written, the message says to score again", async () => {
    const before = fake.snapshot();
    before.sheets.forEach((s) => s.name === CELLS && (s.protected = true));
    const error = await refusal(
      score((p) => {
        if (p.phase === "writing" && p.done === 0) fake.sheet(CELLS).protected = true;
      }),
      HOST_ERROR_CODES.writeIncomplete,
    );
    assert.match(
      error.messages.vi,
      /bảo vệ[\s\S]*Dữ liệu nhập của bạn không bị thay đổi[\s\S]*"Chấm điểm" lại/,
    );
    assert.deepEqual(
      fake.snapshot(),
      before,
      "the first write failed at its first action: nothing applied",
    );
  });
});

describe("a workbook opened read-only", () => {
  it('"Chấm điểm" is refused with "Bật chỉnh sửa", nothing written', async () => {
    fake.workbook.readOnly = true;
    const before = fake.snapshot();
    const error = await refusal(score(), HOST_ERROR_CODES.readOnly);
    assert.match(error.messages.vi, /chỉ đọc[\s\S]*Chưa có gì bị thay đổi[\s\S]*Bật chỉnh sửa/);
    assert.match(error.messages.en, /read-only[\s\S]*Enable Editing/);
    assert.deepEqual(fake.snapshot(), before);
  });

  it('"Xóa đánh dấu" is refused too, every mark kept; the stamp can still be read', async () => {
    await score();
    fake.workbook.readOnly = true;
    const before = fake.snapshot();
    await refusal(host().clearMarks(), HOST_ERROR_CODES.readOnly);
    assert.deepEqual(fake.snapshot(), before);
    assert.equal(
      (await host().readStampState()).status,
      "valid",
      "the task pane still shows the stamp",
    );
  });

  it("the ribbon's score shows the message in its dialog, writes nothing and completes once", async () => {
    fake.workbook.readOnly = true;
    const before = fake.snapshot();
    const module = await import("../../src/commands/commands");
    office.actions.set("score", (event) => void module.score(event as { completed(): void }));
    const run = office.invoke("score");
    const dialog = await office.dialog();
    const data = readDialogData(new URL(dialog.url).search);
    assert.ok(data && data.kind === "error" && /chỉ đọc/.test(data.message));
    await settle();
    dialog.sendMessage("close");
    assert.equal((await run).completedCalls, 1);
    assert.deepEqual(fake.snapshot(), before);
  });
});

describe("a cell being edited", () => {
  const ENTER_OR_ESC = /Hãy nhấn Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại/;

  it("when scoring starts: refused, nothing read or written", async () => {
    fake.env.cellEditMode = true;
    const before = fake.snapshot();
    const error = await refusal(score(), HOST_ERROR_CODES.cellEditMode);
    assert.match(error.messages.vi, ENTER_OR_ESC);
    assert.deepEqual(fake.snapshot(), before);
  });

  for (const [moment, when] of [
    [
      "while the engine checks the data (before the write checks)",
      (p: ScoreProgress) => p.phase === "checking",
    ],
    [
      "after the write checks, before the first write",
      (p: ScoreProgress) => p.phase === "writing" && p.done === 0,
    ],
  ] as const) {
    it(`begun ${moment}: refused whole by Excel, nothing written`, async () => {
      const before = fake.snapshot();
      const error = await refusal(
        score((p) => {
          if (when(p)) fake.env.cellEditMode = true;
        }),
        HOST_ERROR_CODES.cellEditMode,
      );
      assert.match(error.messages.vi, ENTER_OR_ESC);
      assert.deepEqual(fake.snapshot(), before);
    });
  }

  it("begun between two write requests of a large workbook: says what was written; outputs whole, inputs kept; scoring again repairs", async () => {
    const grid = syntheticGrid({ cells: 3_000, membersPerCell: 2, noteChars: 900 });
    for (const r of restore.reverse()) r();
    setUp({ grid });
    const before = fake.snapshot();
    let writes = 0;
    const error = await refusal(
      score((p) => {
        if (p.phase === "writing" && p.total !== undefined) writes = p.total;
        if (p.phase === "writing" && p.done === 1) fake.env.cellEditMode = true;
      }),
      HOST_ERROR_CODES.writeIncomplete,
    );
    assert.ok(writes > 1, `the write takes several requests (${writes})`);
    assert.match(
      error.messages.vi,
      /Việc ghi vào sổ tính bị dừng giữa chừng: Excel đang ở chế độ nhập ô/,
    );
    assert.match(error.messages.vi, /Đã ghi xong: [^.]*điểm và kết quả trong bảng chi bộ/);
    assert.match(
      error.messages.vi,
      /(Có thể mới ghi một phần|Chưa ghi): [^.]*trang báo cáo kết quả kiểm tra/,
    );
    assert.match(error.messages.vi, /Dữ liệu nhập của bạn không bị thay đổi/);
    const after = fake.snapshot();
    assertInputsUnchanged(before, after);
    const clean = await cleanlyScored(grid);
    assert.equal(
      assertOutputsAllOrNone(before, after, clean),
      "all",
      "the message says the outputs were written: all of them",
    );

    fake.env.cellEditMode = false;
    await score();
    assert.deepEqual(
      comparable(fake.snapshot()),
      comparable(clean),
      "scoring again gives the clean result",
    );
  });
});

describe("a sheet deleted while the task pane is open", () => {
  const deleteSheet = (name: string) => {
    fake.workbook.sheets = fake.workbook.sheets.filter((s) => s.name !== name);
  };

  it('"Chi bộ" deleted while the engine checks the data: refused, naming it, nothing written', async () => {
    const before = fake.snapshot();
    const error = await refusal(
      score((p) => {
        if (p.phase === "checking") deleteSheet(CELLS);
      }),
      HOST_ERROR_CODES.sheetMissing,
    );
    assert.match(
      error.messages.vi,
      /Không tìm thấy trang tính "Chi bộ": có thể nó vừa bị xóa hoặc đổi tên\. Hãy bấm "Chấm điểm" lại/,
    );
    assert.deepEqual(fake.snapshot(), without(before, CELLS));
  });

  it("the roster deleted while the engine checks the data (it was to get a mark): refused, nothing written", async () => {
    const before = fake.snapshot();
    const error = await refusal(
      score((p) => {
        if (p.phase === "checking") deleteSheet(ROSTER);
      }),
      HOST_ERROR_CODES.sheetMissing,
    );
    assert.match(error.messages.vi, /"Đảng viên"/);
    assert.deepEqual(fake.snapshot(), without(before, ROSTER));
  });

  it('"Chi bộ" deleted after the write checks: the first write fails at its first action, nothing written', async () => {
    const before = fake.snapshot();
    const error = await refusal(
      score((p) => {
        if (p.phase === "writing" && p.done === 0) deleteSheet(CELLS);
      }),
      HOST_ERROR_CODES.writeIncomplete,
    );
    assert.match(error.messages.vi, /vừa bị xóa hoặc đổi tên[\s\S]*"Chấm điểm" lại/);
    assert.deepEqual(fake.snapshot(), without(before, CELLS));
  });

  it("the roster deleted after the write checks: outputs whole, no stamp claiming a score; scoring again repairs", async () => {
    const before = fake.snapshot();
    await refusal(
      score((p) => {
        if (p.phase === "writing" && p.done === 0) deleteSheet(ROSTER);
      }),
      HOST_ERROR_CODES.writeIncomplete,
    );
    const after = fake.snapshot();
    assertInputsUnchanged(before, after);
    const remaining = without(before, ROSTER);
    const clean = await cleanlyScored({
      ...trustGrid(),
      sheetNames: trustGrid().sheetNames.filter((n) => n !== ROSTER),
      sheets: trustGrid().sheets.filter((s) => s.name !== ROSTER),
    });
    assertOutputsAllOrNone(remaining, after, clean);
    assert.deepEqual(after.properties, before.properties, "no stamp was written");
    assert.equal(
      after.sheets.some((s) => s.name.startsWith("Kết quả kiểm tra")),
      false,
      "no report sheet was added",
    );
    await score();
    assert.deepEqual(comparable(fake.snapshot()), comparable(clean));
  });

  it("after scoring, a deleted roster: the stamp reads as changed, watching and clearing still work", async () => {
    const pane = host();
    await pane.score("vi", () => undefined);
    deleteSheet(ROSTER);
    assert.equal((await pane.readStampState()).status, "stale", "the roster's members were inputs");
    const stop = await pane.watchChanges(() => undefined);
    stop();
    assert.ok((await pane.clearMarks()) > 0, "the marks left on the other sheets are removed");
  });

  it("watching changes after the roster was deleted since the last score: a clear message, then fine once scored again", async () => {
    const pane = host();
    await pane.score("vi", () => undefined);
    deleteSheet(ROSTER);
    await refusal(
      pane.watchChanges(() => undefined),
      HOST_ERROR_CODES.sheetMissing,
    );
    await pane.score("vi", () => undefined);
    const stop = await pane.watchChanges(() => undefined);
    stop();
  });
});

describe("an Excel too old", () => {
  beforeEach(() => {
    for (const r of restore.reverse()) r();
    setUp({ excelApi: "1.8" });
  });

  it("the task pane's support check names what is missing and what works meanwhile", async () => {
    const error = await host().checkSupport();
    assert.ok(error instanceof HostError);
    assert.equal(error.code, HOST_ERROR_CODES.oldExcel);
    assert.match(
      error.messages.vi,
      /Microsoft 365, Excel 2021 trở lên[\s\S]*bản xem trước trên trình duyệt/,
    );
  });

  for (const command of ["score", "clearMarks"] as const) {
    it(`the ribbon's ${command} explains it in its dialog, touches nothing, completes once`, async () => {
      const before = fake.snapshot();
      const module = await import("../../src/commands/commands");
      office.actions.set(command, (event) => void module[command](event as { completed(): void }));
      const run = office.invoke(command);
      const dialog = await office.dialog();
      const data = readDialogData(new URL(dialog.url).search);
      assert.ok(
        data && data.kind === "error" && /Microsoft 365/.test(data.message),
        JSON.stringify(data),
      );
      await settle();
      dialog.sendMessage("close");
      assert.equal((await run).completedCalls, 1);
      assert.deepEqual(fake.snapshot(), before);
      assert.equal(fake.syncCount, 0, "not one request reached Excel");
    });
  }
});
