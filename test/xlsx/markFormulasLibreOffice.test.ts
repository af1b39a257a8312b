/**
 * An extra, optional check of the mark formulas in a real spreadsheet engine: LibreOffice (when
 * `soffice` is installed) computes every mark formula, written as a cell formula beside the cell
 * it reads, for values typed in every way the tests know (numbers in % and date formats, digits as
 * text with spaces and NBSP, ratings in NFC and NFD, errors, blanks). Its answers must be the test
 * evaluator's (test/support/excelFormula.ts), on which the property tests of
 * src/core/marks/markFormulas.test.ts rest, and must colour every cell the engine reports.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import {
  CELLS_COLUMNS,
  DEFAULT_RULESET,
  planMarks,
  RATING_WORDS,
  type ColumnKey,
  type DetailedFinding,
  type Evaluation,
  type RuleCode,
} from "../../src/core";
import { shiftFormula } from "../../src/excel/markFormulaAnchor";
import { conditionalFormatApplies, sheetOf, type FormulaValue } from "../support/excelFormula";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const SHEET = "Chi bộ";
const LETTER = Object.fromEntries(
  CELLS_COLUMNS.map((spec, i) => [spec.key, String.fromCharCode(65 + i)]),
);
const RESULT_COLUMN = "Z";

interface Case {
  rule: RuleCode;
  key: ColumnKey;
  value: FormulaValue;
  format?: string;
  members?: FormulaValue;
  /** The engine reports the finding on this value (so the mark must be TRUE). */
  finding: boolean;
  /** A value the formula cannot read as the engine does: the mark stays until the next scoring. */
  staysUntilScored?: boolean;
}

const NBSP = "\u00a0";
const CASES: Case[] = [
  ...[
    [12, false],
    [11, true],
    [" 12 ", false],
    [`${NBSP}11`, true],
    ["+12", false],
    ["12.0", true],
    ["mười hai", true],
    [null, true],
    [true, true],
  ].map(([value, finding]) => ({
    rule: "S_SHORTFALL" as RuleCode,
    key: "regular_meetings" as ColumnKey,
    value: value as FormulaValue,
    finding: finding as boolean,
  })),
  ...[
    [12, false],
    [12.5, true],
    ["12", false],
    ["1,000", true],
    ["+-5", true],
    ["(5)", true],
    ["$5", true],
    ["1e3", true],
    [{ error: "#N/A" }, true],
  ].map(([value, finding]) => ({
    rule: "E_TYPE" as RuleCode,
    key: "members" as ColumnKey,
    value: value as FormulaValue,
    finding: finding as boolean,
    // E_TYPE on a number column is a static mark (markCondition.ts).
    staysUntilScored: true,
  })),
  { rule: "E_TYPE", key: "members", value: 45_000, format: "dd/mm/yyyy", finding: true },
  { rule: "E_TYPE", key: "attendance_pct", value: 45_000, format: "dd/mm/yyyy", finding: true },
  {
    rule: "E_TYPE",
    key: "attendance_pct",
    value: 0.92,
    format: "0%",
    finding: false,
    staysUntilScored: true,
  },
  { rule: "E_RANGE", key: "regular_meetings", value: 13, finding: true },
  { rule: "E_RANGE", key: "regular_meetings", value: 12, finding: false },
  { rule: "E_RANGE", key: "targets_pct", value: 2.5, format: "0%", finding: true },
  { rule: "E_RANGE", key: "targets_pct", value: 1.05, format: "0%", finding: false },
  { rule: "E_RANGE", key: "attendance_pct", value: -5e-324, finding: true },
  {
    rule: "S_SHORTFALL",
    key: "targets_pct",
    value: 1.05,
    format: "0%",
    finding: false,
    // The formula cannot see the "%" format: 1.05 could be 1.05 points.
    staysUntilScored: true,
  },
  { rule: "S_SHORTFALL", key: "targets_pct", value: 0.95, format: "0.0%", finding: true },
  { rule: "S_SHORTFALL", key: "targets_pct", value: 1.05, finding: true },
  { rule: "S_SHORTFALL", key: "attendance_pct", value: 0.9, finding: false },
  { rule: "S_SHORTFALL", key: "attendance_pct", value: "90%", finding: false },
  { rule: "S_SHORTFALL", key: "attendance_pct", value: "89 %", finding: true },
  { rule: "S_SHORTFALL", key: "members_good", value: 27, members: 30, finding: false },
  { rule: "S_SHORTFALL", key: "members_good", value: 26, members: 30, finding: true },
  { rule: "S_SHORTFALL", key: "members_good", value: " 27", members: "30", finding: false },
  { rule: "S_SHORTFALL", key: "cell_rating", value: "HTNV", finding: true },
  { rule: "S_SHORTFALL", key: "cell_rating", value: "httnv", finding: false },
  {
    rule: "S_SHORTFALL",
    key: "cell_rating",
    value: RATING_WORDS.HTXSNV.normalize("NFD"),
    finding: false,
  },
  { rule: "S_SHORTFALL", key: "cell_rating", value: "HOÀN THÀNH TỐT NHIỆM VỤ", finding: false },
  { rule: "E_TYPE", key: "cell_rating", value: "HTTVN", finding: true },
  { rule: "E_TYPE", key: "cell_rating", value: `Hoàn thành${NBSP} nhiệm vụ`, finding: false },
  { rule: "E_TYPE", key: "cell_rating", value: { error: "#REF!" }, finding: true },
  { rule: "E_REQUIRED", key: "name", value: null, finding: true },
  { rule: "E_REQUIRED", key: "name", value: ` \t${NBSP}\u2003\u3000\ufeff`, finding: true },
  { rule: "E_REQUIRED", key: "name", value: "Chi bộ thôn Bắc", finding: false },
  { rule: "E_REQUIRED", key: "name", value: 0, finding: false },
  { rule: "W_SMALL_CELL", key: "members", value: 2, finding: true },
  { rule: "W_SMALL_CELL", key: "members", value: 3, finding: false },
  { rule: "W_NORMALIZED", key: "members", value: "12", finding: true },
  {
    rule: "E_TYPE",
    key: "members",
    value: 12,
    format: "@",
    finding: false,
    staysUntilScored: true,
  },
  { rule: "E_TYPE", key: "members", value: 0, format: "h:mm", finding: true },
  {
    rule: "S_SHORTFALL",
    key: "attendance_pct",
    value: "92,5%",
    finding: false,
    staysUntilScored: true,
  },
];

/** Row r of the sheet holds case r - 2; the mark plans are made as if each case were a finding. */
function planned(): { rows: { row: number; c: Case; formula: string }[] } {
  const findings: DetailedFinding[] = CASES.map((c, i) => ({
    severity: c.rule.startsWith("S_") ? "shortfall" : c.rule.startsWith("W_") ? "warning" : "error",
    rule: c.rule,
    sheet: SHEET,
    cell: `${LETTER[c.key]}${i + 2}`,
    message: "",
    key: c.key,
    row: i + 2,
    cellCode: null,
    messages: { vi: "", en: "" },
  }));
  const evaluation = {
    report: {
      status: "scored",
      ruleset: { id: "x", version: 1 },
      workbook: { organization: null, year: null },
      summary: {
        cells: 0,
        scored: 0,
        fourGood: 0,
        errors: 0,
        warnings: 0,
        shortfalls: 0,
        orgFourGood: false,
      },
      cells: [],
      findings,
    },
    ruleset: DEFAULT_RULESET,
    lang: "vi",
    findings,
    layout: {
      info: null,
      cells: {
        sheet: SHEET,
        headerRow: 1,
        columns: { ...LETTER },
        dataRows: [],
        totalRow: null,
        signatureRow: null,
      },
      roster: null,
    },
    outputs: null,
    canonicalInputs: "",
  } as unknown as Evaluation;
  const rows: { row: number; c: Case; formula: string }[] = [];
  for (const plan of planMarks(evaluation)) {
    for (const cell of plan.cells) {
      const row = Number(/[0-9]+$/.exec(cell)?.[0]);
      rows.push({
        row,
        c: CASES[row - 2],
        formula: shiftFormula(plan.formula, plan.cells[0], cell),
      });
    }
  }
  return { rows: rows.sort((a, b) => a.row - b.row) };
}

describe(
  "mark formulas in LibreOffice",
  { skip: soffice === "" ? "soffice is not installed" : false },
  () => {
    it("give the evaluator's answers, TRUE on every cell the engine reports", async () => {
      const { rows } = planned();
      assert.equal(rows.length, CASES.length);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(SHEET);
      const expected: boolean[] = [];
      for (const { row, c, formula } of rows) {
        const a1 = `${LETTER[c.key]}${row}`;
        const target = sheet.getCell(a1);
        if (c.value !== null)
          target.value = (
            typeof c.value === "object" ? { error: c.value.error } : c.value
          ) as ExcelJS.CellValue;
        if (c.format) target.numFmt = c.format;
        const values: Record<string, FormulaValue> = { [a1]: c.value };
        if (c.members !== undefined) {
          sheet.getCell(`${LETTER.members}${row}`).value = c.members as ExcelJS.CellValue;
          values[`${LETTER.members}${row}`] = c.members;
        }
        sheet.getCell(`${RESULT_COLUMN}${row}`).value = {
          formula: formula.slice(1),
        } as ExcelJS.CellFormulaValue;
        const formats = c.format ? { [a1]: c.format } : {};
        const applies = conditionalFormatApplies(
          formula,
          a1,
          a1,
          sheetOf(values, formats, "libreoffice"),
        );
        expected.push(applies);
        const what = `${c.rule} ${JSON.stringify(c.value)} ${c.format ?? ""}`;
        if (c.finding) assert.ok(applies, `the evaluator colours ${what}`);
        else
          assert.equal(
            applies,
            c.rule === "W_NORMALIZED" || c.staysUntilScored === true,
            `the evaluator clears ${what}`,
          );
      }
      const dir = mkdtempSync(join(tmpdir(), "chibo4tot-lo-marks-"));
      try {
        const file = join(dir, "marks.xlsx");
        writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            dir,
            file,
          ],
          { stdio: "ignore", timeout: 180_000 },
        );
        const csv = readFileSync(
          join(dir, readdirSync(dir).find((name) => name.endsWith(".csv"))!),
          "utf8",
        ).split("\n");
        rows.forEach(({ row, c }, i) => {
          const fields = csv[row - 1].split(",");
          const computed = fields[fields.length - 1].trim();
          assert.equal(
            computed,
            expected[i] ? "TRUE" : "FALSE",
            `LibreOffice on ${c.rule} ${JSON.stringify(c.value)} ${c.format ?? ""}: ${computed}`,
          );
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
