/** The task pane's pure models: the cells table's filter and sort, finding groups, the verdict. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ReportPartyCell } from "../../src/core";
import {
  cellResult,
  countByFilter,
  filterAndSortCells,
  nextCellSort,
  sortCells,
} from "../../src/taskpane/model/cellRows";
import { countBySeverity, groupFindings } from "../../src/taskpane/model/findingGroups";
import { fixText } from "../../src/taskpane/model/findingText";
import { translatorFor } from "../../src/taskpane/i18n/translate";
import "../../src/taskpane/i18n/allLanguages";
import { FINDING_CATALOG, RULE_ORDER, type RuleCode } from "../../src/core";
import { fourGoodShare, verdictReasons } from "../../src/core";
import { fixtureRuleset } from "./fixtures/defaultRuleset";
import {
  CELLS,
  FINDINGS,
  NOT_FOUR_GOOD_CODES,
  thachHaEvaluation,
} from "./fixtures/thachHaEvaluation";

const codes = (cells: readonly ReportPartyCell[]) => cells.map((cell) => cell.code);

describe("cell rows", () => {
  it("tells each cell's result", () => {
    assert.deepEqual(
      CELLS.map((cell) => [cell.code, cellResult(cell)]),
      [
        ["TH01", "fourGood"],
        ["TH02", "fourGood"],
        ["TH03", "fourGood"],
        ["TH04", "notFourGood"],
        ["TH05", "notFourGood"],
        ["TH06", "dataError"],
        ["TH07", "dataError"],
        ["TH08", "fourGood"],
        ["TH09", "notFourGood"],
        ["TH10", "fourGood"],
      ],
    );
  });

  it("filters “Chưa đạt” to scored cells that are not four-good, and “Có lỗi” to data errors", () => {
    const ascending = { column: "code", direction: "ascending" } as const;
    assert.deepEqual(
      codes(filterAndSortCells(CELLS, "notFourGood", ascending)),
      NOT_FOUR_GOOD_CODES,
    );
    assert.deepEqual(codes(filterAndSortCells(CELLS, "errors", ascending)), ["TH06", "TH07"]);
    assert.deepEqual(countByFilter(CELLS), { all: 10, notFourGood: 3, errors: 2 });
  });

  it("sorts by total with unscored cells last in both directions, ties in sheet order", () => {
    assert.deepEqual(codes(sortCells(CELLS, { column: "total", direction: "descending" })), [
      "TH01",
      "TH08",
      "TH10",
      "TH02",
      "TH03",
      "TH09",
      "TH05",
      "TH04",
      "TH06",
      "TH07",
    ]);
    assert.deepEqual(codes(sortCells(CELLS, { column: "total", direction: "ascending" })), [
      "TH04",
      "TH05",
      "TH09",
      "TH03",
      "TH02",
      "TH01",
      "TH08",
      "TH10",
      "TH06",
      "TH07",
    ]);
  });

  it("sorts codes the way a clerk counts (CB2 before CB10) and by result", () => {
    const cell = (code: string, fourGood: boolean | null): ReportPartyCell => ({
      code,
      name: code,
      sheet: "Chi bộ",
      row: 1,
      status: fourGood === null ? "error" : "scored",
      scores: null,
      total: null,
      fourGood,
      failedCriteria: [],
    });
    const cells = [cell("CB10", true), cell("CB2", null), cell("cb1", false)];
    assert.deepEqual(codes(sortCells(cells, { column: "code", direction: "ascending" })), [
      "cb1",
      "CB2",
      "CB10",
    ]);
    assert.deepEqual(codes(sortCells(cells, { column: "result", direction: "ascending" })), [
      "CB10",
      "cb1",
      "CB2",
    ]);
    assert.deepEqual(codes(sortCells(cells, { column: "result", direction: "descending" })), [
      "CB2",
      "cb1",
      "CB10",
    ]);
  });

  it("flips the direction on the same column and starts a new one in its natural direction", () => {
    const byCode = { column: "code", direction: "ascending" } as const;
    assert.deepEqual(nextCellSort(byCode, "code"), { column: "code", direction: "descending" });
    assert.deepEqual(nextCellSort(byCode, "total"), { column: "total", direction: "descending" });
    assert.deepEqual(nextCellSort(byCode, "result"), { column: "result", direction: "ascending" });
  });
});

describe("finding groups", () => {
  it("groups by Party cell in sheet order, with the rest by sheet", () => {
    const groups = groupFindings(FINDINGS, CELLS, "cell");
    assert.deepEqual(
      groups.map((group) => group.id),
      [
        "cell:TH03",
        "cell:TH04",
        "cell:TH05",
        "cell:TH06",
        "cell:TH07",
        "cell:TH08",
        "cell:TH09",
        "cell:TH10",
        "sheet:Chi bộ",
      ],
    );
    const th07 = groups.find((group) => group.id === "cell:TH07");
    assert.deepEqual(th07?.subject, { kind: "cell", code: "TH07", name: "Chi bộ Công an xã" });
    assert.deepEqual(
      th07?.findings.map((finding) => [finding.rule, finding.cell]),
      [
        ["E_CONSISTENCY", "M14"],
        ["E_CONSISTENCY", "N14"],
        ["S_SHORTFALL", "N14"],
      ],
    );
    assert.deepEqual(th07?.counts, { error: 2, shortfall: 1, warning: 0 });
  });

  it("groups by rule with errors first, then shortfalls, then warnings", () => {
    const groups = groupFindings(FINDINGS, CELLS, "rule");
    assert.deepEqual(
      groups.map((group) => group.id),
      [
        "rule:E_TYPE",
        "rule:E_CONSISTENCY",
        "rule:S_SHORTFALL",
        "rule:W_NORMALIZED",
        "rule:W_TOTAL",
        "rule:W_SMALL_CELL",
      ],
    );
    assert.equal(
      groups.reduce((sum, group) => sum + group.findings.length, 0),
      FINDINGS.length,
    );
  });

  it("counts findings by severity like the report's summary", () => {
    const summary = thachHaEvaluation.report.summary;
    assert.deepEqual(countBySeverity(FINDINGS), {
      error: summary.errors,
      shortfall: summary.shortfalls,
      warning: summary.warnings,
    });
  });
});

describe("organisation verdict", () => {
  const summary = thachHaEvaluation.report.summary;
  const basis = (changes: Partial<typeof summary>, status: "scored" | "unusable" = "scored") => ({
    status,
    summary: { ...summary, ...changes },
  });

  it("gives no reason when the organisation is four-good", () => {
    assert.deepEqual(verdictReasons(basis({ orgFourGood: true }), fixtureRuleset), []);
  });

  it("names the errors and the share below 70% with exact numbers", () => {
    assert.deepEqual(verdictReasons(thachHaEvaluation.report, fixtureRuleset), [
      { kind: "errors", errors: 3 },
      { kind: "shareBelow", fourGood: 5, scored: 8, share: 62.5, minimumShare: 70 },
    ]);
    assert.equal(fourGoodShare(summary), 62.5);
  });

  it("compares the share exactly: 7 of 10 is 70% and passes", () => {
    const reasons = verdictReasons(basis({ scored: 10, fourGood: 7, errors: 0 }), fixtureRuleset);
    assert.ok(!reasons.some((reason) => reason.kind === "shareBelow"));
  });

  it("infers a forbidden rating when nothing else explains the verdict", () => {
    assert.deepEqual(
      verdictReasons(basis({ scored: 10, fourGood: 9, errors: 0 }), fixtureRuleset),
      [{ kind: "forbiddenRating", ratings: ["KHTNV"] }],
    );
  });

  it("says nothing was scored, and an unusable workbook has one reason: its structure", () => {
    assert.deepEqual(verdictReasons(basis({ scored: 0, fourGood: 0, errors: 0 }), fixtureRuleset), [
      { kind: "tooFewScored", scored: 0, minimum: 1 },
    ]);
    assert.deepEqual(
      verdictReasons(basis({ scored: 0, fourGood: 0, errors: 1 }, "unusable"), fixtureRuleset),
      [{ kind: "unusable" }],
    );
    assert.equal(fourGoodShare({ ...summary, scored: 0, fourGood: 0 }), null);
  });
});

describe("what to do about a finding", () => {
  it("says it for every finding type of the catalogue, in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const t = translatorFor(lang);
      for (const rule of RULE_ORDER) {
        const text = fixText(rule, t);
        assert.ok(text.trim().length > 0, `${rule} (${lang})`);
        assert.doesNotMatch(text, /\{[a-zA-Z]+\}/, `${rule} (${lang}) has no placeholder left`);
      }
    }
  });

  it("says what the catalogue says for a type without a help text of its own", () => {
    // A catalogue entry the pane's help texts have never heard of (as when a rule is added).
    const rule = "W_NEW_KIND" as RuleCode;
    const description = { vi: "Mô tả trong danh mục.", en: "The catalogue's description." };
    const catalog = FINDING_CATALOG as unknown as Record<string, { description: typeof description }>;
    catalog[rule] = { description };
    try {
      assert.equal(fixText(rule, translatorFor("vi")), description.vi);
      assert.equal(fixText(rule, translatorFor("en")), description.en);
    } finally {
      delete catalog[rule];
    }
  });
});
