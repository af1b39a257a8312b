import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixtureRuleset } from "../../../test/taskpane/fixtures/defaultRuleset";
import { thachHaEvaluation } from "../../../test/taskpane/fixtures/thachHaEvaluation";
import { adr } from "../grid/address";
import { isProductMarkFormula } from "../marks/productMarkFormula";
import type { Evaluation } from "../report/evaluation";
import type { Ruleset } from "../ruleset/ruleset";
import { PRODUCT_VERSION } from "../version";
import type { Lang } from "../vocabulary";
import { fingerprintOf } from "./fingerprint";
import { planWorkbookWrite } from "./planWorkbookWrite";
import { rulesetHash } from "./rulesetHash";
import { REPORT_TOKEN_CELL } from "./reportToken";
import { FINDINGS_HEADER_ROW } from "./reportSheetPlan";
import { REPORT_SHEET_NAME, type CarriedByWorkbook, type ReportSheetCell, type Stamp } from "./workbookWritePlan";
import { stampFromProperties } from "./stamp";

const SHEETS = ["Thông tin", "Chi bộ"];

interface WriteRequest {
  evaluation: Evaluation;
  ruleset: Ruleset;
  lang: Lang;
  scoredAt: Date;
  existingSheetNames: readonly string[];
  previousStamp: Stamp | null;
  previousReportTokenInSheet: string | null;
}

/** planWorkbookWrite's arguments: the evaluation (its ruleset, its language), what the workbook carries, the time. */
function request(overrides: Partial<WriteRequest> = {}): [Evaluation, CarriedByWorkbook, Date] {
  const r: WriteRequest = {
    evaluation: thachHaEvaluation,
    ruleset: fixtureRuleset,
    lang: "vi",
    scoredAt: new Date("2025-12-01T08:00:00+07:00"),
    existingSheetNames: SHEETS,
    previousStamp: null,
    previousReportTokenInSheet: null,
    ...overrides,
  };
  return [
    { ...r.evaluation, ruleset: r.ruleset, lang: r.lang },
    { sheetNames: r.existingSheetNames, stamp: r.previousStamp, reportToken: r.previousReportTokenInSheet },
    r.scoredAt,
  ];
}

function cellAt(rows: ReportSheetCell[][], a1: string): ReportSheetCell | undefined {
  const { row, col } = adr(a1);
  return rows[row]?.[col];
}

function textOf(cell: ReportSheetCell | undefined): string | number | undefined {
  if (!cell) return undefined;
  return cell.kind === "number" ? cell.value : cell.text;
}

describe("planWorkbookWrite", () => {
  it("plans outputs, marks, report sheet and stamp that agree with each other", async () => {
    const plan = await planWorkbookWrite(...request());
    assert.equal(plan.outputs, thachHaEvaluation.outputs);
    assert.ok(
      plan.marks.length > 0 && plan.marks.every((mark) => isProductMarkFormula(mark.formula)),
    );
    assert.equal(plan.replaceReportSheet, null);
    assert.equal(plan.reportSheet.name, REPORT_SHEET_NAME);
    assert.equal(plan.stamp.reportSheet, plan.reportSheet.name);
    assert.equal(plan.stamp.fingerprint, await fingerprintOf(thachHaEvaluation));
    assert.equal(plan.stamp.productVersion, PRODUCT_VERSION);
    assert.deepEqual(plan.stamp.summary, thachHaEvaluation.report.summary);
    assert.deepEqual(plan.stamp.ruleset, {
      id: "4tot-default",
      version: 1,
      hash: await rulesetHash(thachHaEvaluation.ruleset),
    });
    assert.match(plan.stamp.ruleset.hash ?? "", /^[0-9a-f]{64}$/);
    assert.equal(
      new Date(plan.stamp.scoredAt).getTime(),
      new Date("2025-12-01T08:00:00+07:00").getTime(),
    );
    assert.match(plan.stamp.scoredAt, /[+-]\d{2}:\d{2}$/);
    assert.deepEqual(stampFromProperties(plan.stampProperties), plan.stamp);
    const token = cellAt(plan.reportSheet.rows, REPORT_TOKEN_CELL);
    assert.deepEqual(token && token.kind === "text" ? token.text : null, plan.stamp.reportToken);
  });

  it("shows the ruleset's title, id, version and source on the report sheet, in its language", async () => {
    const plan = await planWorkbookWrite(...request());
    assert.equal(
      textOf(cellAt(plan.reportSheet.rows, "B3")),
      `${fixtureRuleset.title.vi} · 4tot-default, phiên bản 1 · Căn cứ: ${fixtureRuleset.source?.vi}`,
    );
    const english = await planWorkbookWrite(...request({ lang: "en" }));
    assert.equal(
      textOf(cellAt(english.reportSheet.rows, "B3")),
      `${fixtureRuleset.title.en} · 4tot-default, version 1 · Source: ${fixtureRuleset.source?.en}`,
    );
    const { source: _source, ...withoutSource } = fixtureRuleset;
    const bare = await planWorkbookWrite(...request({ ruleset: withoutSource }));
    assert.equal(
      textOf(cellAt(bare.reportSheet.rows, "B3")),
      `${fixtureRuleset.title.vi} · 4tot-default, phiên bản 1`,
    );
  });

  it("draws a new token every time", async () => {
    const [a, b] = await Promise.all([planWorkbookWrite(...request()), planWorkbookWrite(...request())]);
    assert.notEqual(a.stamp.reportToken, b.stamp.reportToken);
  });

  it("replaces the product's own report sheet, proved by its token, and keeps its name", async () => {
    const first = await planWorkbookWrite(...request());
    const existing = [...SHEETS, first.reportSheet.name];
    const again = await planWorkbookWrite(
      ...request({
        existingSheetNames: existing,
        previousStamp: first.stamp,
        previousReportTokenInSheet: first.stamp.reportToken,
      }),
    );
    assert.equal(again.replaceReportSheet, REPORT_SHEET_NAME);
    assert.equal(again.reportSheet.name, REPORT_SHEET_NAME);
  });

  it("leaves a clerk's own sheet named like the report alone", async () => {
    const existing = [...SHEETS, REPORT_SHEET_NAME];
    const plan = await planWorkbookWrite(...request({ existingSheetNames: existing }));
    assert.equal(plan.replaceReportSheet, null);
    assert.equal(plan.reportSheet.name, `${REPORT_SHEET_NAME} (2)`);
    const forged = await planWorkbookWrite(
      ...request({
        existingSheetNames: existing,
        previousStamp: plan.stamp,
        previousReportTokenInSheet: "someone-elses-token",
      }),
    );
    assert.equal(forged.replaceReportSheet, null, "a token that does not match proves nothing");
  });

  it("marks nothing and links nothing on a sheet the workbook does not have", async () => {
    const plan = await planWorkbookWrite(...request({ existingSheetNames: ["Chi bộ"] }));
    assert.ok(plan.marks.every((mark) => mark.sheet === "Chi bộ"));
  });

  it("writes the report sheet as text, in the language asked, ready to print", async () => {
    for (const lang of ["vi", "en"] as const) {
      const plan = await planWorkbookWrite(...request({ lang }));
      const sheet = plan.reportSheet;
      assert.equal(sheet.lang, lang);
      assert.equal(sheet.freezeRows, FINDINGS_HEADER_ROW + 1);
      assert.deepEqual(sheet.print, {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        titleRows: `${FINDINGS_HEADER_ROW + 1}:${FINDINGS_HEADER_ROW + 1}`,
      });
      const findingRows = sheet.rows.slice(FINDINGS_HEADER_ROW + 1);
      assert.equal(findingRows.length, thachHaEvaluation.findings.length);
      const messages = findingRows.map((row) => textOf(row[4]));
      assert.deepEqual(
        new Set(messages),
        new Set(thachHaEvaluation.findings.map((f) => f.messages[lang])),
      );
      const links = findingRows.map((row) => row[2]);
      assert.ok(links.every((cell) => cell?.kind === "link"));
      assert.deepEqual(
        new Set(links.map((cell) => (cell?.kind === "link" ? `${cell.sheet}!${cell.cell}` : ""))),
        new Set(thachHaEvaluation.findings.map((f) => `${f.sheet}!${f.cell}`)),
      );
      const severities = findingRows.map((row) => textOf(row[0]));
      const order =
        lang === "vi"
          ? ["Lỗi dữ liệu", "Chưa đạt chỉ tiêu", "Cảnh báo"]
          : ["Data error", "Shortfall", "Warning"];
      assert.deepEqual(
        severities,
        [...severities].sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b))),
        "errors first",
      );
      for (const row of sheet.rows)
        for (const cell of row)
          assert.ok(cell === null || ["text", "number", "link"].includes(cell.kind));
    }
    const vi = (await planWorkbookWrite(...request())).reportSheet;
    const texts = vi.rows
      .flat()
      .map(textOf)
      .filter((t) => t !== undefined);
    for (const expected of [
      "KẾT QUẢ KIỂM TRA CHI BỘ 4 TỐT",
      "Đảng bộ xã Thạch Hà · Năm đánh giá 2025",
      "Số chi bộ",
      "Đạt 4 tốt",
      "Kết luận",
    ]) {
      assert.ok(texts.includes(expected), expected);
    }
    assert.ok(
      texts.some((t) => String(t).startsWith("Chưa đạt “Đảng bộ cơ sở 4 tốt”: còn 3 lỗi dữ liệu")),
    );
    assert.ok(
      texts.some((t) =>
        /^\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} \(UTC.* · chibo4tot /.test(String(t)),
      ),
      "time of scoring",
    );
    const share = vi.rows.flat().find((cell) => cell?.kind === "number" && cell.format === "0.0%");
    assert.deepEqual(share, { kind: "number", value: 5 / 8, format: "0.0%" });
    const legend = vi.rows
      .flat()
      .filter((cell) => cell?.kind === "text" && cell.fill && cell.fill !== "#D9E1F2");
    assert.ok(legend.length >= 3, "the legend and the severities carry their fills");
  });

  it("keeps a clerk's text as text, cut to what a cell holds", async () => {
    const long = '=HYPERLINK("http://x")' + "Đ".repeat(40_000);
    const findings = thachHaEvaluation.findings.map((f, i) =>
      i === 0 ? { ...f, cellCode: "=1+1", messages: { vi: long, en: long } } : f,
    );
    const evaluation: Evaluation = { ...thachHaEvaluation, findings };
    const plan = await planWorkbookWrite(...request({ evaluation }));
    const texts = plan.reportSheet.rows
      .flat()
      .filter((cell) => cell?.kind === "text")
      .map((cell) => (cell?.kind === "text" ? cell.text : ""));
    assert.ok(texts.includes("=1+1"));
    const message = texts.find((t) => t.startsWith("=HYPERLINK"));
    assert.ok(message && message.length <= 32_767 && message.endsWith("…"));
  });

  it("reports an unusable workbook with its verdict and no outputs", async () => {
    const evaluation: Evaluation = {
      ...thachHaEvaluation,
      outputs: null,
      report: {
        ...thachHaEvaluation.report,
        status: "unusable",
        cells: [],
        summary: {
          cells: 0,
          scored: 0,
          fourGood: 0,
          errors: 1,
          warnings: 0,
          shortfalls: 0,
          orgFourGood: false,
        },
      },
      findings: [
        {
          severity: "error",
          rule: "E_STRUCTURE",
          sheet: "Chi bộ",
          cell: "A1",
          message: "x",
          key: null,
          row: 1,
          cellCode: null,
          messages: { vi: "Thiếu trang", en: "Missing sheet" },
        },
      ],
    };
    const plan = await planWorkbookWrite(...request({ evaluation, existingSheetNames: ["Sheet1"] }));
    assert.equal(plan.outputs, null);
    assert.deepEqual(plan.marks, [], "no mark on a sheet that does not exist");
    assert.equal(plan.stamp.status, "unusable");
    const texts = plan.reportSheet.rows.flat().map(textOf);
    assert.ok(texts.some((t) => String(t).includes("không chấm điểm được")));
    const findingRow = plan.reportSheet.rows[FINDINGS_HEADER_ROW + 1];
    assert.deepEqual(
      findingRow[2],
      { kind: "text", text: "Chi bộ!A1" },
      "no link to a sheet that is not there",
    );
  });
});
