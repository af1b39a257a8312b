import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import {
  CELLS_COLUMNS,
  DEFAULT_RULESET,
  OUTPUT_COLUMNS,
  ROSTER_COLUMNS,
  RESULT_TEXT,
  type Report,
} from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import {
  buildTemplate,
  SAMPLE_FILE_NAME,
  TEMPLATE_FILE_NAME,
} from "../../src/cli/template/buildTemplate";
import { CELLS_LAYOUT } from "../../src/cli/template/cellsSheet";
import { sheetName } from "../support/xlsxFixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TEMPLATES = path.join(ROOT, "assets", "templates");

let blank: Uint8Array;
let sample: Uint8Array;

before(async () => {
  [blank, sample] = await Promise.all([
    buildTemplate({ sample: false }),
    buildTemplate({ sample: true }),
  ]);
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

/** What a clerk sees: every sheet's cells (values and formulas), merges, formats and validations. */
async function contentOf(bytes: Uint8Array): Promise<unknown> {
  const workbook = await load(bytes);
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = {
          value: cell.value,
          numFmt: cell.numFmt ?? null,
          validation: cell.dataValidation ?? null,
        };
      }),
    );
    return {
      name: sheet.name,
      state: sheet.state,
      merges: sheet.model.merges,
      views: sheet.views,
      cells,
    };
  });
}

describe("buildTemplate: the blank template", () => {
  it("has the three sheets, opening on Chi bộ", async () => {
    const workbook = await load(blank);
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      [sheetName("info"), sheetName("cells"), sheetName("roster")],
    );
  });

  it("lays out Chi bộ as the form: two-row merged header, column numbers, numbered rows, total, signature", async () => {
    const sheet = (await load(blank)).getWorksheet(sheetName("cells"));
    assert.ok(sheet);
    const { groupRow, headerRow, numberRow, firstDataRow } = CELLS_LAYOUT;
    assert.equal(sheet.getCell("A4").value, "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM ……");
    assert.ok(sheet.getRow(1).values.toString().includes("ĐẢNG CỘNG SẢN VIỆT NAM"));

    // Every input and output header, in the words of the engine's catalogues.
    const headers = new Map<string, string>();
    for (let c = 1; c <= sheet.columnCount; c++) {
      const top = sheet.getCell(groupRow, c);
      const text =
        sheet.getCell(headerRow, c).isMerged && sheet.getCell(headerRow, c).master === top
          ? top.value
          : sheet.getCell(headerRow, c).value;
      if (typeof text === "string")
        headers.set(text, sheet.getCell(headerRow, c).address.replace(/\d+/, ""));
    }
    for (const spec of CELLS_COLUMNS)
      assert.ok(headers.has(spec.header), `header "${spec.header}"`);
    for (const output of OUTPUT_COLUMNS)
      assert.ok(headers.has(output.header), `output header "${output.header}"`);

    // STT/Mã/Tên/Tổng số merged over both header rows; groups merged over their columns.
    const merges = sheet.model.merges;
    assert.ok(merges.includes(`A${groupRow}:A${headerRow}`));
    assert.ok(merges.includes(`B${groupRow}:B${headerRow}`));
    for (const criterion of DEFAULT_RULESET.criteria) {
      const title = `${criterion.id}. ${criterion.title.vi}`;
      const cell = sheet.getRow(groupRow).values as unknown[];
      assert.ok(cell.includes(title), `group header "${title}"`);
    }
    assert.ok((sheet.getRow(groupRow).values as unknown[]).includes("Kết quả chấm điểm"));
    assert.equal(sheet.getCell(`A${numberRow}`).value, "(1)");
    assert.equal(sheet.getCell(`A${firstDataRow}`).value, 1);
    assert.equal(sheet.getCell(`B${firstDataRow}`).value, null);

    // "Tổng cộng" with SUM formulas on the count columns only.
    let totalRow = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === "Tổng cộng") totalRow = number;
    });
    assert.ok(totalRow > firstDataRow);
    const members = headers.get("Tổng số đảng viên") as string;
    const total = sheet.getCell(`${members}${totalRow}`);
    assert.equal(total.formula, `SUM(${members}${firstDataRow}:${members}${totalRow - 1})`);
    assert.equal(total.result, 0, "the cached result 0 is written (exceljs hides it from .value)");
    const meetings = headers.get(
      CELLS_COLUMNS.find((spec) => spec.key === "regular_meetings")?.header ?? "",
    ) as string;
    assert.equal(sheet.getCell(`${meetings}${totalRow}`).value, null, "meetings are not summed");

    const signature = [totalRow + 2, totalRow + 3].flatMap((row) =>
      (sheet.getRow(row).values as unknown[]).filter(Boolean),
    );
    assert.ok(
      signature.includes("NGƯỜI LẬP BIỂU") &&
        signature.includes("T/M BAN THƯỜNG VỤ") &&
        signature.includes("BÍ THƯ"),
    );
  });

  it("freezes the header, checks input as typed, and prints A4 landscape one page wide with the header repeated", async () => {
    const sheet = (await load(blank)).getWorksheet(sheetName("cells"));
    assert.ok(sheet);
    assert.equal(sheet.views[0].state, "frozen");
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, CELLS_LAYOUT.numberRow);
    const rating = sheet.getCell(`F${CELLS_LAYOUT.firstDataRow}`).dataValidation;
    assert.equal(rating?.type, "list");
    assert.deepEqual(rating?.formulae, ['"HTXSNV,HTTNV,HTNV,KHTNV"']);
    const members = sheet.getCell(`D${CELLS_LAYOUT.firstDataRow}`).dataValidation;
    assert.equal(members?.type, "whole");
    assert.match(members?.error ?? "", /Tổng số đảng viên/);
    assert.equal(sheet.pageSetup.paperSize, 9);
    assert.equal(sheet.pageSetup.orientation, "landscape");
    assert.equal(sheet.pageSetup.fitToPage, true);
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(
      sheet.pageSetup.printTitlesRow,
      `${CELLS_LAYOUT.groupRow}:${CELLS_LAYOUT.numberRow}`,
    );
    assert.equal(sheet.getCell(`C${CELLS_LAYOUT.headerRow - 1}`).alignment?.wrapText, true);
  });

  it("gives the roster sheet its catalogue headers and drop-downs", async () => {
    const sheet = (await load(blank)).getWorksheet(sheetName("roster"));
    assert.ok(sheet);
    assert.deepEqual(
      (sheet.getRow(3).values as unknown[]).slice(1),
      ROSTER_COLUMNS.map((spec) => spec.header),
    );
    assert.equal(sheet.getCell("D5").dataValidation?.type, "list");
    assert.match(
      String(sheet.getCell("C5").dataValidation?.formulae[0]),
      /^'Chi bộ'!\$B\$10:\$B\$29$/,
    );
  });
});

describe("the committed template and sample", () => {
  it("regenerate byte for byte (fixed dates and metadata)", async () => {
    assert.deepEqual(await buildTemplate({ sample: true }), sample);
  });

  it("equal what the generator makes", async () => {
    for (const [name, made] of [
      [TEMPLATE_FILE_NAME, blank],
      [SAMPLE_FILE_NAME, sample],
    ] as const) {
      const committed = new Uint8Array(await readFile(path.join(TEMPLATES, name)));
      assert.deepEqual(
        await contentOf(committed),
        await contentOf(made),
        `${name} is out of date: run chibo4tot template${name === SAMPLE_FILE_NAME ? " --sample" : ""} --out assets/templates/${name} --force`,
      );
    }
  });
});

/** The expected-results table of the README ("## The bundled sample and its expected results"). */
async function documentedResults(): Promise<string[][]> {
  const doc = await readFile(path.join(ROOT, "README.md"), "utf8");
  const start = doc.indexOf("## The bundled sample and its expected results");
  const section = doc.slice(start, doc.indexOf("\n## ", start + 1));
  return section
    .split("\n")
    .filter((line) => /^\| CB\d+/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe("the sample's results", () => {
  let report: Report;
  before(async () => {
    report = (await evaluateXlsx(sample, { lang: "vi", ruleset: DEFAULT_RULESET })).evaluation
      .report;
  });

  it("are the table in the README", async () => {
    const actual = report.cells.map((cell) => [
      cell.code,
      cell.name,
      ...DEFAULT_RULESET.criteria.map((criterion) =>
        cell.scores ? String(cell.scores[criterion.id]) : "",
      ),
      cell.total === null ? "" : String(cell.total),
      cell.status === "error"
        ? RESULT_TEXT.dataError
        : cell.fourGood
          ? RESULT_TEXT.fourGood
          : RESULT_TEXT.notFourGood,
      cell.failedCriteria.join(", "),
    ]);
    assert.deepEqual(actual, await documentedResults());
  });

  it("show every kind of finding the sample is meant to show", () => {
    const rules = new Set(report.findings.map((finding) => finding.rule));
    for (const rule of ["E_TYPE", "E_CONSISTENCY", "E_CROSS", "S_SHORTFALL", "W_NORMALIZED"])
      assert.ok(rules.has(rule as never), rule);
    assert.equal(report.workbook.organization, "Đảng bộ xã Thạch Hà");
    assert.equal(report.workbook.year, 2025);
    assert.equal(report.summary.orgFourGood, false);
  });
});
