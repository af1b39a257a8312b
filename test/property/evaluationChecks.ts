/**
 * What must hold for every evaluation, whatever the grid: findings point at real cells of the
 * right sheet, scores stay within their bounds, the summary counts what the report lists, and the
 * output writes go only where the layout says. Shared by the property tests.
 */
import assert from "node:assert/strict";
import {
  adr,
  columnIndex,
  DEFAULT_RULESET,
  indicatorMaxPoints,
  OUTPUT_KEYS,
  RESULT_TEXT,
  ROSTER_COLUMNS,
  selectSheetsToRead,
  SHEET_ROLES,
  type Evaluation,
  type Ruleset,
  type WorkbookGrid,
} from "../../src/core";

const A1 = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;
const ROSTER_ONLY_KEYS = new Set<string>(
  ROSTER_COLUMNS.map((c) => c.key).filter((k) => k !== "stt"),
);

function defaultName(role: "info" | "cells"): string {
  const spec = SHEET_ROLES.find((r) => r.role === role);
  if (!spec) throw new Error(role);
  return spec.name;
}

/** Every finding names a valid A1 cell on a sheet of the workbook (or A1 of a missing role's sheet). */
export function assertFindingsPointAtRealCells(grid: WorkbookGrid, evaluation: Evaluation): void {
  const names = new Set(grid.sheetNames);
  const selection = selectSheetsToRead(grid.sheetNames);
  const { layout, findings, report } = evaluation;
  assert.equal(report.findings.length, findings.length, "report.findings and findings agree");
  findings.forEach((f, i) => {
    const where = `${f.rule} at ${JSON.stringify(f.sheet)}!${f.cell}`;
    assert.deepEqual(
      report.findings[i],
      { severity: f.severity, rule: f.rule, sheet: f.sheet, cell: f.cell, message: f.message },
      `${where}: the report lists the same finding`,
    );
    assert.match(f.cell, A1, `${where}: a valid A1 address`);
    const at = adr(f.cell);
    assert.equal(f.row, at.row + 1, `${where}: row agrees with the address`);
    assert.ok(
      f.message.length > 0 && f.messages.vi.length > 0 && f.messages.en.length > 0,
      `${where}: has messages`,
    );

    if (!names.has(f.sheet)) {
      assert.ok(
        f.rule === "W_INFO" || f.rule === "E_STRUCTURE",
        `${where}: only a missing role's sheet may be named`,
      );
      assert.equal(f.cell, "A1", `${where}: on A1 of the missing sheet`);
      const role = f.rule === "W_INFO" ? "info" : "cells";
      assert.equal(f.sheet, defaultName(role), `${where}: the missing role's default sheet name`);
      assert.equal(selection[role], null, `${where}: the role really has no sheet`);
      return;
    }
    if (f.key === null || f.rule === "E_STRUCTURE" || f.rule === "W_ROSTER") return;

    // A finding about a column lies in that column of the table's sheet, on one of its rows.
    const rosterKey =
      ROSTER_ONLY_KEYS.has(f.key) ||
      (f.key === "stt" && layout.roster?.sheet === f.sheet && layout.cells?.sheet !== f.sheet);
    const table = rosterKey ? layout.roster : layout.cells;
    assert.ok(table, `${where}: the table of column ${f.key} was found`);
    assert.equal(f.sheet, table.sheet, `${where}: on the sheet of column ${f.key}`);
    const letters = (table.columns as Record<string, string | undefined>)[f.key];
    assert.ok(letters, `${where}: column ${f.key} is in the layout`);
    assert.equal(at.col, columnIndex(letters), `${where}: in column ${letters} of ${f.key}`);
    const rows = f.rule === "W_TOTAL" ? [table.totalRow] : table.dataRows;
    assert.ok(
      rows.includes(f.row),
      `${where}: on a ${f.rule === "W_TOTAL" ? "total" : "data"} row`,
    );
  });
}

/** Scores within 0–max per criterion, totals the sum, results and summary consistent. */
export function assertScoresBounded(
  evaluation: Evaluation,
  ruleset: Ruleset = DEFAULT_RULESET,
): void {
  const { report, outputs, findings } = evaluation;
  const ids = ruleset.criteria.map((c) => c.id);
  const maxOf = new Map(
    ruleset.criteria.map((c) => [
      c.id,
      c.indicators.reduce((s, i) => s + indicatorMaxPoints(i), 0),
    ]),
  );
  for (const cell of report.cells) {
    const where = `${cell.sheet} row ${cell.row} (${cell.code})`;
    if (cell.status === "scored") {
      assert.ok(cell.scores, `${where}: scored cells have scores`);
      assert.deepEqual(Object.keys(cell.scores), ids, `${where}: one score per criterion`);
      let sum = 0;
      for (const id of ids) {
        const points = cell.scores[id];
        assert.ok(
          Number.isFinite(points) && points >= 0 && points <= 25,
          `${where}: criterion ${id} = ${points} within 0–25`,
        );
        assert.ok(
          points <= (maxOf.get(id) ?? 0),
          `${where}: criterion ${id} within its indicators' points`,
        );
        sum += points;
      }
      assert.equal(cell.total, sum, `${where}: total is the sum`);
      assert.ok(
        cell.total !== null && cell.total >= 0 && cell.total <= 100,
        `${where}: total within 0–100`,
      );
      assert.equal(
        cell.fourGood,
        cell.failedCriteria.length === 0,
        `${where}: 4 tốt iff no criterion failed`,
      );
      assert.deepEqual(
        cell.failedCriteria,
        ids.filter((id) => cell.failedCriteria.includes(id)),
        `${where}: failed criteria are criteria, in order`,
      );
    } else {
      assert.equal(cell.scores, null);
      assert.equal(cell.total, null);
      assert.equal(cell.fourGood, null);
      assert.deepEqual(cell.failedCriteria, []);
    }
  }
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const { summary } = report;
  assert.equal(summary.cells, report.cells.length);
  assert.equal(summary.scored, report.cells.filter((c) => c.status === "scored").length);
  assert.equal(summary.fourGood, report.cells.filter((c) => c.fourGood === true).length);
  assert.equal(summary.errors, count("error"));
  assert.equal(summary.warnings, count("warning"));
  assert.equal(summary.shortfalls, count("shortfall"));
  if (summary.orgFourGood) {
    assert.equal(summary.errors, 0, "a 4-tốt organisation has no error");
    assert.ok(
      summary.scored >= 1 && summary.fourGood / summary.scored >= 0.7,
      "and ≥ 70% of its scored cells are 4 tốt",
    );
  }

  if (report.status === "unusable") {
    assert.equal(outputs, null, "nothing is written for an unusable workbook");
    assert.deepEqual(report.cells, []);
    assert.ok(
      findings.some((f) => f.rule === "E_STRUCTURE"),
      "unusable means a blocking E_STRUCTURE",
    );
    return;
  }
  assert.ok(outputs, "a scored workbook has its outputs");
  assert.equal(outputs.sheet, evaluation.layout.cells?.sheet);
  assert.deepEqual(
    outputs.columns.map((c) => c.key),
    [...OUTPUT_KEYS],
  );
  assert.deepEqual(
    outputs.rows.map((r) => r.row),
    report.cells.map((c) => c.row),
    "one output row per Party cell",
  );
  outputs.rows.forEach((row, i) => {
    const cell = report.cells[i];
    assert.equal(row.values.length, OUTPUT_KEYS.length);
    if (cell.status === "scored" && cell.scores) {
      assert.deepEqual(
        row.values.slice(0, ids.length),
        ids.map((id) => cell.scores?.[id] ?? null),
      );
      assert.equal(row.values[4], cell.total);
      assert.equal(row.values[5], cell.fourGood ? RESULT_TEXT.fourGood : RESULT_TEXT.notFourGood);
    } else {
      assert.equal(row.values[5], RESULT_TEXT.dataError);
    }
  });
  // Output columns never sit on an input column.
  const inputLetters = new Set(
    Object.entries(evaluation.layout.cells?.columns ?? {})
      .filter(([key]) => !(OUTPUT_KEYS as readonly string[]).includes(key))
      .map(([, letters]) => letters),
  );
  for (const column of outputs.columns)
    assert.ok(!inputLetters.has(column.column), `output ${column.key} is not on an input column`);
}
