import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isValidSheetName, ownReportSheet, reportSheetName } from "./reportSheetName";
import { REPORT_SHEET_NAME, type Stamp } from "./workbookWritePlan";

const TOKEN = "0123456789abcdef0123456789abcdef";

function stamp(reportSheet: string): Stamp {
  return {
    product: "chibo4tot",
    productVersion: "0.1.0",
    ruleset: { id: "4tot-default", version: 1, hash: null },
    scoredAt: "2025-12-01T08:00:00+07:00",
    status: "scored",
    summary: {
      cells: 1,
      scored: 1,
      fourGood: 1,
      errors: 0,
      warnings: 0,
      shortfalls: 0,
      orgFourGood: true,
    },
    fingerprint: "ab".repeat(32),
    reportSheet,
    reportToken: TOKEN,
  };
}

describe("ownReportSheet", () => {
  const sheets = ["Thông tin", "Chi bộ", REPORT_SHEET_NAME];
  it("is the stamp's sheet when its token cell holds the stamp's token", () => {
    assert.equal(
      ownReportSheet({
        existingSheetNames: sheets,
        previousStamp: stamp(REPORT_SHEET_NAME),
        previousReportTokenInSheet: TOKEN,
      }),
      REPORT_SHEET_NAME,
    );
    assert.equal(
      ownReportSheet({
        existingSheetNames: ["Chi bộ", "KẾT QUẢ KIỂM TRA"],
        previousStamp: stamp(REPORT_SHEET_NAME),
        previousReportTokenInSheet: TOKEN,
      }),
      "KẾT QUẢ KIỂM TRA",
      "named as the workbook names it",
    );
  });
  it("is nothing without a stamp, without the token, with another token, or when the sheet is gone", () => {
    const base = {
      existingSheetNames: sheets,
      previousStamp: stamp(REPORT_SHEET_NAME),
      previousReportTokenInSheet: TOKEN,
    };
    assert.equal(ownReportSheet({ ...base, previousStamp: null }), null);
    assert.equal(ownReportSheet({ ...base, previousReportTokenInSheet: null }), null);
    assert.equal(ownReportSheet({ ...base, previousReportTokenInSheet: "f".repeat(32) }), null);
    assert.equal(ownReportSheet({ ...base, existingSheetNames: ["Chi bộ"] }), null);
  });
  it("is never a sheet the engine reads", () => {
    assert.equal(
      ownReportSheet({
        existingSheetNames: sheets,
        previousStamp: stamp("Chi bộ"),
        previousReportTokenInSheet: TOKEN,
        dataSheets: ["Chi bộ"],
      }),
      null,
    );
  });
});

describe("reportSheetName", () => {
  it("takes the default name when it is free or is the product's own sheet being replaced", () => {
    assert.equal(reportSheetName(["Chi bộ"], null), REPORT_SHEET_NAME);
    assert.equal(
      reportSheetName(["Chi bộ", REPORT_SHEET_NAME], REPORT_SHEET_NAME),
      REPORT_SHEET_NAME,
    );
  });
  it("never takes a clerk's own sheet of that name, in any case", () => {
    assert.equal(reportSheetName(["Chi bộ", REPORT_SHEET_NAME], null), `${REPORT_SHEET_NAME} (2)`);
    assert.equal(reportSheetName(["Chi bộ", "kết quả kiểm tra"], null), `${REPORT_SHEET_NAME} (2)`);
    assert.equal(
      reportSheetName(
        [REPORT_SHEET_NAME, `${REPORT_SHEET_NAME} (2)`, `${REPORT_SHEET_NAME} (3)`],
        `${REPORT_SHEET_NAME} (2)`,
      ),
      `${REPORT_SHEET_NAME} (2)`,
      "keeps its own numbered name",
    );
    assert.equal(
      reportSheetName([REPORT_SHEET_NAME, `${REPORT_SHEET_NAME} (2)`], null),
      `${REPORT_SHEET_NAME} (3)`,
    );
  });
  it("gives names Excel accepts", () => {
    for (const name of [REPORT_SHEET_NAME, `${REPORT_SHEET_NAME} (2)`, `${REPORT_SHEET_NAME} (99)`])
      assert.ok(isValidSheetName(name), name);
    for (const name of ["", "a".repeat(32), "a/b", "a:b", "[x]", "'x", "x'", "History"])
      assert.equal(isValidSheetName(name), false, name);
  });
});
