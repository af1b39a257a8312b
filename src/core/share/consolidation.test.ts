import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { thachHaEvaluation } from "../../../test/taskpane/fixtures/thachHaEvaluation";
import type { Report } from "../report/report";
import { consolidateReports } from "./consolidation";

const A = thachHaEvaluation.report;

function other(codes: string[], overrides: Partial<Report> = {}): Report {
  const cells = codes.map((code, i) => ({
    ...A.cells[0],
    code,
    name: `Chi bộ ${code}`,
    row: 8 + i,
  }));
  return {
    ...A,
    workbook: { organization: "Đảng bộ xã Thạch Sơn", year: 2025 },
    cells,
    summary: {
      cells: cells.length,
      scored: cells.length,
      fourGood: cells.length,
      errors: 0,
      warnings: 0,
      shortfalls: 1,
      orgFourGood: true,
    },
    ...overrides,
  };
}

describe("consolidateReports", () => {
  const b = other(["TS01", "th01", "TS03"]);
  const result = consolidateReports([
    { file: "thach-ha.xlsx", report: A, stamp: "valid", error: null },
    { file: "thach-son.xlsx", report: b, stamp: "stale", error: null },
    { file: "hong.xlsx", report: null, stamp: null, error: "không phải tệp Excel" },
  ]);

  it("gives one row per workbook, the unreadable one with its reason", () => {
    assert.deepEqual(
      result.workbooks.map((w) => [w.file, w.status, w.cells, w.stamp]),
      [
        ["thach-ha.xlsx", "scored", 10, "valid"],
        ["thach-son.xlsx", "scored", 3, "stale"],
        ["hong.xlsx", "unreadable", 0, null],
      ],
    );
    assert.equal(result.workbooks[2].error, "không phải tệp Excel");
    assert.equal(result.workbooks[0].share, 5 / 8);
  });

  it("totals are the sums of the workbooks' own reports", () => {
    const t = result.totals;
    assert.equal(t.workbooks, 3);
    assert.equal(t.read, 2);
    assert.equal(t.unreadable, 1);
    assert.equal(t.cells, A.summary.cells + b.summary.cells);
    assert.equal(t.scored, A.summary.scored + b.summary.scored);
    assert.equal(t.fourGood, A.summary.fourGood + b.summary.fourGood);
    assert.equal(t.errors, A.summary.errors);
    assert.equal(t.shortfalls, A.summary.shortfalls + 1);
    assert.equal(t.warnings, A.summary.warnings);
    assert.equal(
      t.share,
      (A.summary.fourGood + b.summary.fourGood) / (A.summary.scored + b.summary.scored),
    );
    assert.equal(t.orgFourGood, 1);
    assert.deepEqual(t.stamps, { valid: 1, stale: 1, none: 0 });
  });

  it("lists every Party cell and flags a code used by two workbooks (compared as the engine compares codes)", () => {
    assert.equal(result.cells.length, 13);
    const th01 = result.cells.filter((c) => c.code.toUpperCase() === "TH01");
    assert.deepEqual(
      th01.map((c) => [c.file, c.codeAlsoIn]),
      [
        ["thach-ha.xlsx", ["thach-son.xlsx"]],
        ["thach-son.xlsx", ["thach-ha.xlsx"]],
      ],
    );
    assert.deepEqual(
      result.duplicates.map((d) => [d.code, d.occurrences.map((o) => o.file)]),
      [["TH01", ["thach-ha.xlsx", "thach-son.xlsx"]]],
    );
    assert.deepEqual(result.workbooks[1].sharedCodes, ["th01"]);
    assert.equal(result.totals.sharedCodes, 1);
    assert.deepEqual(result.cells.find((c) => c.code === "TH06")?.result, "dataError");
    assert.deepEqual(result.cells.find((c) => c.code === "TH04")?.failedCriteria, ["II", "IV"]);
  });

  it("does not flag a code repeated inside one workbook (that is the engine's E_DUPLICATE)", () => {
    const twice = other(["X1", "X1"]);
    const only = consolidateReports([
      { file: "a.xlsx", report: twice, stamp: "none", error: null },
    ]);
    assert.deepEqual(only.duplicates, []);
  });

  it("has no share when nothing was scored", () => {
    const empty = consolidateReports([{ file: "x.xlsx", report: null, stamp: null, error: "?" }]);
    assert.equal(empty.totals.share, null);
    assert.equal(empty.totals.cells, 0);
  });
});
