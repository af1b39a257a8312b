/**
 * The issue-15 workbooks (test/support/v2Workbooks.ts) scored end to end, as real .xlsx through
 * the public front doors only: the command line (`chibo4tot score --json -`, run in process as
 * test/cli does), and src/xlsx's reader with src/core's evaluateWorkbook, which must give the same
 * report. Each asserts the findings (rule and sheet!cell) and the verdicts the spec's version 2
 * gives: the two workbooks v1 got silently wrong now report the Party cells it dropped and the
 * right verdict for the whole Đảng bộ.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import {
  adr,
  CELLS_COLUMNS,
  columnLetter,
  DEFAULT_RULESET,
  evaluateWorkbook,
  type Evaluation,
  type Report,
  type RuleCode,
  type WorkbookGrid,
} from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { chibo4totInProcess } from "../cli/inProcess";
import {
  blankTemplateFirst,
  groupedTemplate,
  mergedRosterCodes,
  partyCellBelowSignature,
  secondTableBelow,
  tcvn3Workbook,
  uncalculatedFormula,
  unreportedPartyCell,
  vniRoster,
  zeroFormattedCodes,
} from "../support/v2Workbooks";
import {
  addCells,
  addInfo,
  cellsWorkbookFixture,
  fourGoodRow,
  sheetName,
} from "../support/xlsxFixtures";

let dir = "";
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chibo4tot-v2-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Scored {
  /** The command line's exit status (0 clean, 1 errors in the data, 2 unusable). */
  code: number;
  report: Report;
  evaluation: Evaluation;
  grid: WorkbookGrid;
  /** The English summary the command line prints. */
  summary: string;
}

let files = 0;

/** Scores the bytes with the command line and with the reader and engine; both must agree. */
async function score(bytes: Uint8Array): Promise<Scored> {
  const name = `workbook-${++files}.xlsx`;
  await writeFile(path.join(dir, name), bytes);
  const run = await chibo4totInProcess(["score", name, "--json", "-", "--lang", "en"], dir);
  assert.ok([0, 1, 2].includes(run.code), `exit ${run.code}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as Report;
  const { grid } = await readWorkbook(bytes);
  const evaluation = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang: "en" });
  assert.deepEqual(report, evaluation.report, "the command line reports what the engine does");
  const text = await chibo4totInProcess(["score", name, "--lang", "en"], dir);
  assert.equal(text.code, run.code);
  return { code: run.code, report, evaluation, grid, summary: text.stdout };
}

/** The findings as [rule, "sheet!cell"], optionally of some rules only, sorted. */
function found(report: Report, rules?: readonly RuleCode[]): [RuleCode, string][] {
  return report.findings
    .filter((f) => rules === undefined || rules.includes(f.rule))
    .map((f): [RuleCode, string] => [f.rule, `${f.sheet}!${f.cell}`])
    .sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
}

const errorsOf = (report: Report) => report.findings.filter((f) => f.severity === "error");
const codesOf = (report: Report) => report.cells.map((c) => c.code);

describe("issue 15 end to end: the silent wrong verdicts of v1", () => {
  it("a Party cell below the signature block: read and scored, W_LAYOUT on its code cell, the Đảng bộ not 4 tốt", async () => {
    const { bytes, at, expect } = await partyCellBelowSignature();
    const { code, report, summary } = await score(bytes);
    assert.equal(report.status, "scored");
    assert.deepEqual(codesOf(report), expect.codes);
    assert.deepEqual(found(report, ["W_LAYOUT"]), [
      ["W_LAYOUT", `${at.sheet}!${expect.lateCodeCell}`],
    ]);
    const late = report.findings.find((f) => f.rule === "W_LAYOUT")!;
    assert.match(late.message, /move this Party cell into the table/);
    assert.deepEqual(errorsOf(report), []);
    assert.equal(code, 0);
    const cb04 = report.cells.find((c) => c.code === "CB04")!;
    assert.equal(cb04.fourGood, false, "KHTNV: not 4 tốt");
    assert.equal(report.summary.cells, 4);
    assert.equal(report.summary.orgFourGood, expect.organizationFourGood);
    assert.equal(report.summary.orgFourGood, false);
    assert.match(summary, /Verdict: the Party committee is NOT YET/);
  });

  it('"Bí thư chi bộ chưa báo cáo số liệu" in a Party cell\'s notes: it and the Party cells after it are read, its E_REQUIREDs reported', async () => {
    const { bytes, at, expect } = await unreportedPartyCell();
    const { code, report, summary } = await score(bytes);
    assert.deepEqual(codesOf(report), expect.codes);
    assert.deepEqual(
      report.cells.map((c) => [c.code, c.status, c.fourGood]),
      [
        ["CB01", "scored", true],
        ["CB02", "error", null],
        ["CB03", "scored", true],
        ["CB04", "scored", true],
        ["CB05", "scored", false],
      ],
    );
    assert.deepEqual(
      found(report, ["E_REQUIRED"]),
      expect.emptyCells
        .map((cell) => ["E_REQUIRED", `${at.sheet}!${cell}`])
        .sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1])),
    );
    assert.equal(errorsOf(report).length, 12);
    assert.deepEqual(found(report, ["W_LAYOUT"]), [], "a row with a code is never a signature row");
    assert.equal(code, 1);
    assert.equal(report.summary.orgFourGood, expect.organizationFourGood);
    assert.match(summary, /NOT YET/);
  });
});

describe("issue 15 end to end: layouts v1 refused or misread", () => {
  it('"Mã chi bộ" merged over each Party cell\'s members (2,000 members): no false error, the Đảng bộ 4 tốt', async () => {
    const { bytes, expect } = await mergedRosterCodes();
    const { code, report, grid } = await score(bytes);
    const roster = grid.sheets.find((s) => s.name === expect.rosterSheet)!;
    assert.equal(roster.merges?.length, expect.mergedAreas);
    assert.equal(expect.members, 2_000);
    assert.deepEqual(
      found(report),
      [],
      "no E_REQUIRED, no E_CROSS on the merged codes; nothing at all",
    );
    assert.equal(report.summary.cells, 100);
    assert.equal(report.summary.fourGood, 100);
    assert.equal(report.summary.orgFourGood, true);
    assert.equal(code, 0);
  });

  for (const rosterCodes of ["01", "1"] as const) {
    it(`codes 1..7 formatted "00", the roster typing "${rosterCodes}": one code each, shown "01".."07", no E_CROSS`, async () => {
      const { bytes, expect } = await zeroFormattedCodes({ rosterCodes });
      const { code, report } = await score(bytes);
      assert.deepEqual(codesOf(report), expect.codes);
      assert.deepEqual(found(report), []);
      assert.equal(report.summary.orgFourGood, true);
      assert.equal(code, 0);
    });
  }

  it("a second table pasted under the first: not read, W_LAYOUT on its first cell, no E_DUPLICATE", async () => {
    const { bytes, at, expect } = await secondTableBelow();
    const { code, report, evaluation } = await score(bytes);
    assert.deepEqual(codesOf(report), expect.codes);
    assert.deepEqual(found(report), [["W_LAYOUT", `${at.sheet}!${expect.secondTableCell}`]]);
    assert.match(report.findings[0].message, /Delete or move the second table/);
    assert.deepEqual(evaluation.layout.cells?.dataRows, at.dataRows);
    assert.equal(evaluation.layout.cells?.totalRow, at.totalRow, "this year's total is checked");
    assert.equal(report.summary.orgFourGood, true);
    assert.equal(code, 0);
  });

  it("a grouped template with group sums and subtotals: only Party cells are data, the grand total agrees", async () => {
    const { bytes, expect } = await groupedTemplate();
    const { code, report, evaluation } = await score(bytes);
    assert.deepEqual(codesOf(report), expect.codes);
    assert.deepEqual(found(report), [], "no E_REQUIRED on group rows, no W_TOTAL");
    assert.equal(evaluation.layout.cells?.totalRow, expect.grandTotalRow);
    for (const row of [...expect.groupRows, ...expect.subtotalRows]) {
      assert.ok(!evaluation.layout.cells?.dataRows.includes(row), `row ${row} is not data`);
    }
    assert.equal(report.summary.orgFourGood, true);
    assert.equal(code, 0);
  });

  it("a blank template sheet before the filled one: the filled one is read, W_INFO on the blank names it", async () => {
    const { bytes, expect } = await blankTemplateFirst();
    const { code, report } = await score(bytes);
    assert.deepEqual(codesOf(report), expect.codes);
    assert.ok(report.cells.every((c) => c.sheet === expect.filledSheet));
    assert.deepEqual(found(report), [["W_INFO", `${expect.blankSheet}!A1`]]);
    assert.match(report.findings[0].message, new RegExp(`only “${expect.filledSheet}” is read`));
    assert.equal(report.summary.orgFourGood, true);
    assert.equal(code, 0);
  });

  it("a workbook typed in TCVN3 (.VnTime): read as Unicode, W_ENCODING once per sheet, scored as its Unicode twin", async () => {
    const { bytes, expect } = await tcvn3Workbook();
    const { code, report, evaluation } = await score(bytes);
    assert.deepEqual(codesOf(report), expect.codes);
    assert.deepEqual(
      report.cells.map((c) => c.name),
      expect.names,
    );
    assert.equal(report.workbook.organization, expect.organization);
    assert.equal(report.workbook.year, 2025);
    const encodings = found(report, ["W_ENCODING"])
      .map(([, at]) => at.split("!")[0])
      .sort();
    assert.deepEqual(
      encodings,
      [expect.sheets.info, expect.sheets.cells, expect.sheets.roster].sort(),
    );
    for (const f of report.findings.filter((x) => x.rule === "W_ENCODING")) {
      assert.match(f.message, /TCVN3 \(ABC\)[\s\S]*Unikey's converter/);
    }
    assert.deepEqual(errorsOf(report), [], "the roster's cross-checks agree");
    assert.deepEqual(found(report, ["S_SHORTFALL"]).length, 1, "CB03's 11 regular meetings");
    assert.equal(evaluation.layout.cells?.sheet, expect.sheets.cells);
    assert.equal(report.summary.orgFourGood, expect.organizationFourGood);
    assert.equal(code, 0);
  });

  it("a roster typed in VNI: read decoded, W_ENCODING on its first header cell, the cross-checks agree", async () => {
    const { bytes, expect } = await vniRoster();
    const { code, report } = await score(bytes);
    assert.deepEqual(codesOf(report), expect.codes);
    assert.deepEqual(found(report, ["W_ENCODING"]), [["W_ENCODING", `${expect.sheets.roster}!A2`]]);
    assert.match(report.findings.find((f) => f.rule === "W_ENCODING")!.message, /VNI Windows/);
    assert.deepEqual(found(report, ["E_CROSS", "W_ROSTER"]), []);
    assert.equal(report.summary.orgFourGood, expect.organizationFourGood);
    assert.equal(code, 0);
  });

  it("a formula the file never calculated: its Party cell in error, the total cell holding one not checked", async () => {
    const { bytes, at, expect } = await uncalculatedFormula();
    const { report, grid } = await score(bytes);
    // The command line's reader of today reads a formula without a cached value as empty (the
    // streaming reader gives `{ formula }`): either way CB02 is in error on that cell, and no
    // W_TOTAL on the total cell.
    assert.deepEqual(codesOf(report), expect.codes);
    assert.equal(report.cells[1].status, "error");
    const onData = report.findings.filter((f) => f.cell === expect.dataCell).map((f) => f.rule);
    assert.ok(onData.includes("E_TYPE") || onData.includes("E_REQUIRED"), onData.join());
    assert.deepEqual(found(report, ["W_TOTAL"]), []);
    assert.equal(report.summary.orgFourGood, false);

    // The engine, given what the grid contract says for such a cell ({ formula }, no result):
    // E_TYPE "not calculated" with its own message, and the total cell unchecked.
    const withFormulas = withValues(grid, at.sheet, {
      [expect.dataCell]: { formula: expect.formula },
      [expect.totalCell]: { formula: "SUM(D4:D6)" },
    });
    const ev = evaluateWorkbook(withFormulas, { ruleset: DEFAULT_RULESET, lang: "en" });
    assert.deepEqual(found(ev.report), [["E_TYPE", `${at.sheet}!${expect.dataCell}`]]);
    assert.match(ev.report.findings[0].message, /never calculated[\s\S]*Open the file in Excel/);
    assert.equal(ev.report.summary.orgFourGood, false);
  });

  it("a Chi bộ input merged down over Party cells (W_NORMALIZED on each filled cell), last year's column beside this year's (W_LAYOUT)", async () => {
    const rows = [
      fourGoodRow("CB01", "Chi bộ 1"),
      fourGoodRow("CB02", "Chi bộ 2"),
      fourGoodRow("CB03", "Chi bộ 3"),
    ];
    let merged: string[] = [];
    let lastYear = "";
    const fixture = await cellsWorkbookFixture(rows, {
      extraColumns: ["Xếp loại chất lượng chi bộ (năm 2024)"],
      edit: (workbook, at) => {
        const sheet = workbook.getWorksheet(at.sheet) as ExcelJS.Worksheet;
        merged = [
          at.cell("thematic_meetings", 0),
          at.cell("thematic_meetings", 1),
          at.cell("thematic_meetings", 2),
        ];
        sheet.mergeCells(`${merged[0]}:${merged[2]}`);
        lastYear = `${columnLetter(CELLS_COLUMNS.length)}${at.headerRow}`;
        // Last year's ratings, had they been read, would make every Party cell fail.
        for (const row of at.dataRows)
          sheet.getCell(`${columnLetter(CELLS_COLUMNS.length)}${row}`).value = "KHTNV";
      },
    });
    const { code, report } = await score(fixture.bytes);
    const sheet = fixture.at.sheet;
    assert.deepEqual(found(report), [
      ["W_LAYOUT", `${sheet}!${lastYear}`],
      ["W_NORMALIZED", `${sheet}!${merged[1]}`],
      ["W_NORMALIZED", `${sheet}!${merged[2]}`],
    ]);
    const filled = report.findings.find((f) => f.rule === "W_NORMALIZED")!;
    assert.match(
      filled.message,
      new RegExp(`merged with ${merged[0]}: its value is read for this row too`),
    );
    assert.match(
      report.findings.find((f) => f.rule === "W_LAYOUT")!.message,
      /is for another year and is not read/,
    );
    assert.deepEqual(
      report.cells.map((c) => c.fourGood),
      [true, true, true],
    );
    assert.equal(report.summary.orgFourGood, true);
    assert.equal(code, 0);
  });

  it("an unusable workbook lists its E_STRUCTURE and the sheet-level warnings, nothing about single values", async () => {
    // A blank "Chi bộ" template (header, nothing under it), "Thông tin" with a year typed as a
    // date, and a roster without a header.
    const workbook = new ExcelJS.Workbook();
    addInfo(workbook, { organization: "Đảng bộ xã Thử Nghiệm", year: 2025 });
    const info = workbook.getWorksheet(sheetName("info")) as ExcelJS.Worksheet;
    info.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 2025) {
          cell.value = 45658;
          cell.numFmt = "dd/mm/yyyy";
        }
      }),
    );
    const at = addCells(workbook, [], {});
    workbook.addWorksheet(sheetName("roster")).getCell("A1").value = "DANH SÁCH ĐẢNG VIÊN";
    const { code, report } = await score(new Uint8Array(await workbook.xlsx.writeBuffer()));
    assert.equal(report.status, "unusable");
    assert.equal(code, 2);
    const rules = found(report).map(([rule, cell]) => [rule, cell.split("!")[0]]);
    assert.deepEqual(rules.map(([rule]) => rule).sort(), ["E_STRUCTURE", "W_INFO", "W_ROSTER"]);
    const structure = report.findings.find((f) => f.rule === "E_STRUCTURE")!;
    assert.equal(structure.cell, `A${at.headerRow}`);
    assert.match(structure.message, /no Party cell under it/);
    assert.match(report.findings.find((f) => f.rule === "W_INFO")!.message, /“01\/01\/2025”/);
    assert.deepEqual(report.cells, []);
  });
});

/** A copy of the grid with some cells of one sheet replaced (A1 → value). */
function withValues(
  grid: WorkbookGrid,
  sheet: string,
  values: Record<string, WorkbookGrid["sheets"][number]["values"][number][number]>,
): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.values.map((row) => [...row]);
      for (const [a1, value] of Object.entries(values)) {
        const { row, col } = adr(a1);
        rows[row][col] = value;
      }
      return { ...s, values: rows };
    }),
  };
}
