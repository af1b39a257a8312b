/**
 * Refusals told apart by their Office.js code, never by their text: a Vietnamese Office gives the
 * same codes with Vietnamese messages (the fake speaks the language it is set to), and which
 * protection refused a write is found by asking the workbook. Another workbook taking the focus
 * (Windows, Mac) is its own outcome: Excel refuses activate, select, worksheets.add, freezeRows
 * (GeneralException) and Worksheet.delete (InvalidSelection), as Microsoft lists.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { CELLS_COLUMNS, columnLetter } from "../../src/core";
import { createExcelHost } from "../../src/excel/excelHost";
import { HOST_ERROR_CODES, toHostError } from "../../src/excel/officeErrors";
import { HostError, type ScoreProgress } from "../../src/host";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel, type RecordingExcel } from "../fakes/recordingExcel";
import { FIRST_DATA_ROW, syntheticGrid } from "../fakes/syntheticGrid";
import { SCORED_AT } from "./edgeHarness";

const CELLS = "Chi bộ";
const ROSTER = "Đảng viên";
const column = (key: string) => columnLetter(CELLS_COLUMNS.findIndex((c) => c.key === key));

let fake: RecordingExcel;
let restore: (() => void)[] = [];

beforeEach(() => {
  fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 12, membersPerCell: 3 }));
  restore = [fake.install(), new FakeOffice({ displayLanguage: "vi-VN" }).install()];
});
afterEach(() => {
  for (const undo of restore.reverse()) undo();
});

const host = () => createExcelHost({ now: () => SCORED_AT });

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof HostError, `a HostError, got ${String(error)}`);
    return error;
  }
  return assert.fail("the run succeeded");
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

describe("errors by code, not by English text", () => {
  it("AccessDenied is one outcome whatever language its message is in", () => {
    const english = toHostError(
      officeError("AccessDenied", "The cell you're trying to change is on a protected sheet."),
    );
    const vietnamese = toHostError(
      officeError(
        "AccessDenied",
        "Ô mà bạn đang tìm cách thay đổi nằm trên trang tính được bảo vệ.",
      ),
    );
    const readOnly = toHostError(officeError("AccessDenied", "The workbook is read-only."));
    assert.equal(english.code, HOST_ERROR_CODES.accessDenied);
    assert.equal(vietnamese.code, english.code);
    assert.equal(readOnly.code, english.code);
    assert.deepEqual(vietnamese.messages, english.messages);
  });

  for (const language of ["vi-VN", "en-US"] as const) {
    it(`${language} Office: a sheet protected by a co-author during the write is named, with how to unprotect it`, async () => {
      fake.env.officeLanguage = language;
      const error = await refusal(
        host().score("vi", (p: ScoreProgress) => {
          if (p.phase === "writing" && p.done === 0) fake.sheet(CELLS).protected = true;
        }),
      );
      assert.equal(error.code, HOST_ERROR_CODES.writeIncomplete);
      assert.match(error.messages.vi, /Trang tính "Chi bộ" đang được bảo vệ[\s\S]*Bỏ bảo vệ/);
      assert.match(error.messages.en, /The sheet "Chi bộ" is protected[\s\S]*Unprotect Sheet/);
    });
  }

  it("Vietnamese Office: clearing marks on a sheet protected after the check names that sheet", async () => {
    await host().score("vi", () => undefined);
    fake.env.officeLanguage = "vi-VN";
    fake.resetStats();
    // clearProductMarks: names, inventory, formulas, then the deletes in the fourth sync.
    fake.env.onSync = (sync) => {
      if (sync === 4) fake.sheet(CELLS).protected = true;
    };
    const error = await refusal(host().clearMarks());
    assert.equal(error.code, HOST_ERROR_CODES.sheetProtected);
    assert.match(error.messages.vi, /"Chi bộ" đang được bảo vệ nên không xóa được đánh dấu/);
  });

  it("a workbook that became read-only during the write is told as read-only, in any language", async () => {
    fake.env.officeLanguage = "vi-VN";
    const error = await refusal(
      host().score("en", (p: ScoreProgress) => {
        if (p.phase === "writing" && p.done === 0) fake.workbook.readOnly = true;
      }),
    );
    assert.equal(error.code, HOST_ERROR_CODES.writeIncomplete);
    assert.match(error.messages.en, /read-only[\s\S]*Enable Editing/);
  });
});

describe("another workbook takes the focus", () => {
  it("the fake refuses activate, select, worksheets.add, freezeRows, delete and getActiveCell as Microsoft lists", async () => {
    fake.env.otherWorkbookActive = true;
    const attempts: [string, (c: Excel.RequestContext) => void, string][] = [
      ["activate", (c) => c.workbook.worksheets.getItem(ROSTER).activate(), "GeneralException"],
      [
        "select",
        (c) => c.workbook.worksheets.getItem(ROSTER).getRange("A1").select(),
        "GeneralException",
      ],
      ["add", (c) => void c.workbook.worksheets.add("Mới"), "GeneralException"],
      [
        "freezeRows",
        (c) => c.workbook.worksheets.getItem(ROSTER).freezePanes.freezeRows(1),
        "GeneralException",
      ],
      ["delete", (c) => c.workbook.worksheets.getItem(ROSTER).delete(), "InvalidSelection"],
      ["getActiveCell", (c) => void c.workbook.getActiveCell().load("address"), "InvalidSelection"],
    ];
    for (const [name, act, code] of attempts) {
      const context = fake.context();
      act(context);
      await assert.rejects(context.sync(), (e: { code?: string }) => e.code === code, name);
    }
    const context = fake.context();
    context.workbook.worksheets.getItem(CELLS).getRange("A1").values = [["still writable"]];
    await context.sync();
  });

  it("during a score: its own outcome, saying to go back and score again; the input is untouched and a new run repairs it", async () => {
    const input = `${column("regular_meetings")}${FIRST_DATA_ROW}`;
    const before = fake.valueAt(CELLS, input);
    const error = await refusal(
      host().score("vi", (p: ScoreProgress) => {
        if (p.phase === "writing" && p.done === 0) fake.env.otherWorkbookActive = true;
      }),
    );
    assert.equal(error.code, HOST_ERROR_CODES.workbookSwitched);
    assert.match(error.messages.vi, /sổ tính khác được chọn[\s\S]*quay lại sổ tính này/);
    assert.match(error.messages.vi, /Dữ liệu nhập của bạn không bị thay đổi/);
    assert.match(error.messages.en, /Another workbook was switched to/);
    assert.equal(fake.valueAt(CELLS, input), before);

    fake.env.otherWorkbookActive = false;
    const outcome = await host().score("vi", () => undefined);
    assert.ok(outcome.reportSheet && fake.workbook.findSheet(outcome.reportSheet));
    assert.equal((await host().readStampState()).status, "valid");
  });

  it("showing a cell while another workbook is in front says so", async () => {
    fake.env.otherWorkbookActive = true;
    const error = await refusal(host().selectCell(ROSTER, "C5"));
    assert.equal(error.code, HOST_ERROR_CODES.workbookSwitched);
    assert.match(error.messages.vi, /sổ tính khác đang được chọn/);
  });
});
