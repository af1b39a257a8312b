import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  conditionalFormatApplies,
  sheetOf,
  type FormulaValue,
} from "../../../test/support/excelFormula";
import { thachHaEvaluation } from "../../../test/taskpane/fixtures/thachHaEvaluation";
import type { DetailedFinding, Evaluation } from "../report/evaluation";
import { addressChunks } from "./addressChunks";
import { MARK_LEGEND } from "./markLegend";
import { planMarks } from "./planMarks";
import type { Severity } from "../vocabulary";

const SHEET = "Chi bộ";

/** The "Chi bộ" cells the recorded findings speak of, as the clerk typed them (thachHaEvaluation). */
const SCORED_VALUES: Record<string, FormulaValue> = {
  D10: 20,
  G10: 11,
  M10: 17,
  D11: 18,
  H11: 2,
  I11: 0.88,
  O11: 0,
  E12: 92,
  L12: 2,
  F13: "HTTV",
  D14: 15,
  M14: 14,
  N14: 2,
  E15: "100%",
  J16: 1,
  D17: 2,
  D18: 170,
};
const FORMATS = { I11: "0%" };

/** The same cells once the clerk has corrected them. */
const CORRECTED: Record<string, FormulaValue> = {
  ...SCORED_VALUES,
  G10: 12,
  M10: 18,
  H11: 4,
  I11: 0.95,
  O11: 1,
  E12: 1,
  L12: 0,
  F13: "HTTNV",
  N14: 0,
  J16: 0,
  D17: 3,
};

function cellsBySeverity(findings: readonly DetailedFinding[]): Record<Severity, string[]> {
  const out: Record<Severity, Set<string>> = {
    error: new Set(),
    shortfall: new Set(),
    warning: new Set(),
  };
  for (const f of findings) out[f.severity].add(`${f.sheet}!${f.cell}`);
  return {
    error: [...out.error].sort(),
    shortfall: [...out.shortfall].sort(),
    warning: [...out.warning].sort(),
  };
}

describe("planMarks on a recorded evaluation", () => {
  const plans = planMarks(thachHaEvaluation);

  it("marks exactly the findings' cells, severity by severity", () => {
    const marked: Record<Severity, Set<string>> = {
      error: new Set(),
      shortfall: new Set(),
      warning: new Set(),
    };
    for (const plan of plans)
      for (const cell of plan.cells) marked[plan.severity].add(`${plan.sheet}!${cell}`);
    assert.deepEqual(
      {
        error: [...marked.error].sort(),
        shortfall: [...marked.shortfall].sort(),
        warning: [...marked.warning].sort(),
      },
      cellsBySeverity(thachHaEvaluation.findings),
    );
  });

  it("makes one plan per rule and column, in the legend's colours, cells sorted from the anchor", () => {
    const ids = plans.map((p) => `${p.sheet}|${p.rule}|${p.cells[0].replace(/[0-9]+$/, "")}`);
    assert.equal(new Set(ids).size, ids.length);
    for (const plan of plans) {
      const legend = MARK_LEGEND.find((entry) => entry.severity === plan.severity);
      assert.deepEqual(plan.style, legend?.colour);
      const columns = new Set(plan.cells.map((c) => c.replace(/[0-9]+$/, "")));
      assert.equal(columns.size, 1, "one column per plan");
      const rows = plan.cells.map((c) => Number(/[0-9]+$/.exec(c)?.[0]));
      assert.deepEqual(
        rows,
        [...rows].sort((a, b) => a - b),
      );
    }
  });

  it("gives errors the lowest priorities, then shortfalls, then warnings, contiguous from 0", () => {
    const priorities = plans.map((p) => p.priority);
    assert.deepEqual(
      priorities,
      plans.map((_, i) => i),
      "one chunk per plan here",
    );
    const ranks = plans.map((p) => ["error", "shortfall", "warning"].indexOf(p.severity));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
  });

  it("colours every finding's cell at the time of scoring", () => {
    const sheet = sheetOf(SCORED_VALUES, FORMATS);
    for (const plan of plans) {
      for (const cell of plan.cells) {
        assert.ok(
          conditionalFormatApplies(plan.formula, plan.cells[0], cell, sheet),
          `${plan.rule} on ${cell}: ${plan.formula.slice(0, 80)}`,
        );
      }
    }
  });

  it("lets the dynamic marks go as soon as the values are corrected; static marks stay until the next scoring", () => {
    const sheet = sheetOf(CORRECTED, FORMATS);
    const stillMarked = plans.flatMap((plan) =>
      plan.cells
        .filter((cell) => conditionalFormatApplies(plan.formula, plan.cells[0], cell, sheet))
        .map((cell) => `${plan.rule} ${cell}`),
    );
    assert.deepEqual(stillMarked.sort(), [
      "E_CONSISTENCY M14",
      "E_CONSISTENCY N14",
      "W_NORMALIZED E15",
      "W_TOTAL D18",
    ]);
    const dynamic = Object.fromEntries(plans.map((p) => [`${p.rule} ${p.cells[0]}`, p.dynamic]));
    assert.equal(dynamic["S_SHORTFALL G10"], true);
    assert.equal(dynamic["E_TYPE F13"], true);
    assert.equal(dynamic["W_SMALL_CELL D17"], true);
    assert.equal(dynamic["E_CONSISTENCY M14"], false);
    assert.equal(dynamic["W_TOTAL D18"], false);
  });

  it("puts the error above the shortfall on a cell that has both (N14)", () => {
    const onN14 = plans.filter((p) => p.cells.includes("N14"));
    assert.deepEqual(
      onN14.map((p) => p.severity),
      ["error", "shortfall"],
    );
    assert.ok(onN14[0].priority < onN14[1].priority);
  });
});

function finding(
  sheet: string,
  cell: string,
  rule: DetailedFinding["rule"],
  severity: Severity,
  key: DetailedFinding["key"] = null,
): DetailedFinding {
  return {
    severity,
    rule,
    sheet,
    cell,
    message: rule,
    key,
    row: Number(/[0-9]+$/.exec(cell)?.[0]),
    cellCode: null,
    messages: { vi: rule, en: rule },
  };
}

function evaluationWith(findings: DetailedFinding[]): Evaluation {
  return { ...thachHaEvaluation, findings, report: { ...thachHaEvaluation.report, findings } };
}

describe("planMarks", () => {
  it("leaves out findings about sheets the workbook does not have", () => {
    const evaluation = evaluationWith([
      finding("Thông tin", "A1", "W_INFO", "warning"),
      finding(SHEET, "G10", "S_SHORTFALL", "shortfall", "regular_meetings"),
    ]);
    assert.deepEqual(
      planMarks(evaluation, { existingSheetNames: [SHEET] }).map((p) => p.sheet),
      [SHEET],
    );
    assert.deepEqual(
      planMarks(evaluation, { existingSheetNames: ["CHI BỘ", "thông tin"] }).length,
      2,
      "names compare without case",
    );
    assert.equal(planMarks(evaluation).length, 2);
  });

  it("numbers priorities per sheet and reserves one per address chunk", () => {
    const scattered = Array.from({ length: 3_000 }, (_, i) =>
      finding(SHEET, `G${10 + 2 * i}`, "S_SHORTFALL", "shortfall", "regular_meetings"),
    );
    const evaluation = evaluationWith([
      ...scattered,
      finding(SHEET, "F13", "E_TYPE", "error", "cell_rating"),
      finding(SHEET, "D17", "W_SMALL_CELL", "warning", "members"),
      finding("Đảng viên", "C5", "E_REQUIRED", "error", "cell_code"),
    ]);
    const plans = planMarks(evaluation);
    const chunks = addressChunks(scattered.map((f) => f.cell)).length;
    assert.ok(chunks > 1);
    assert.deepEqual(
      plans.map((p) => [p.sheet, p.rule, p.priority]),
      [
        [SHEET, "E_TYPE", 0],
        [SHEET, "S_SHORTFALL", 1],
        [SHEET, "W_SMALL_CELL", 1 + chunks],
        ["Đảng viên", "E_REQUIRED", 0],
      ],
    );
  });

  it("gives a cell reported twice by one rule one mark", () => {
    const evaluation = evaluationWith([
      finding(SHEET, "B9", "E_DUPLICATE", "error", "code"),
      finding(SHEET, "B12", "E_DUPLICATE", "error", "code"),
      finding(SHEET, "B9", "E_DUPLICATE", "error", "code"),
    ]);
    assert.deepEqual(
      planMarks(evaluation).map((p) => p.cells),
      [["B9", "B12"]],
    );
  });

  it("plans nothing for a clean workbook", () => {
    assert.deepEqual(planMarks(evaluationWith([])), []);
  });
});
