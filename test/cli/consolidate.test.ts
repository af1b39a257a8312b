/**
 * `chibo4tot consolidate`: 200 generated workbooks in nested folders (with a lock file, a file that
 * is not a workbook, a text file and the summary itself among them) consolidated into one summary
 * whose totals are the sums of the workbooks' own reports, every Party cell listed, a code shared
 * by two workbooks flagged, text from the workbooks written as text (never a formula), the bad file
 * listed with its reason, progress on stderr only.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import { DEFAULT_RULESET, type Consolidation, type ReportSummary } from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import { cellsWorkbookFixture, fourGoodRow, rosterFor } from "../support/xlsxFixtures";
import { partsOf, sheetNamesOf, sheetPartOf, textOf } from "../xlsx/packageParts";
import { batchWorkbook } from "./batchWorkbooks";
import { chibo4totInProcess, type CapturedRun } from "./inProcess";

const WORKBOOKS = 200;
const SHARED_CODE = "TRUNG-01";
const FORMULA_LIKE_ORG = "=SUM(A1:A9)";
const FORMULA_LIKE_NAME = '=HYPERLINK("http://example.com","bấm")';

let dir: string;
const files: string[] = [];
let run: CapturedRun;
let seconds: number;
let result: Consolidation;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-consolidate-"));
  for (let i = 1; i <= WORKBOOKS; i++) {
    const folder = path.join("ho-so", `khoi-${"abcd"[i % 4]}`, i % 10 === 0 ? "dot-2" : "");
    await mkdir(path.join(dir, folder), { recursive: true });
    const name = path.join(folder, `don-vi-${i}.xlsx`);
    const bytes = await batchWorkbook(i, {
      firstCell:
        i === 7 || i === 150
          ? { code: SHARED_CODE }
          : i === 42
            ? { name: FORMULA_LIKE_NAME }
            : undefined,
      organization: i === 42 ? FORMULA_LIKE_ORG : undefined,
    });
    await writeFile(path.join(dir, name), bytes);
    files.push(name);
  }
  await writeFile(
    path.join(dir, "ho-so", "khoi-a", "~$don-vi-4.xlsx"),
    new Uint8Array([0, 1, 2, 3]),
  );
  await writeFile(
    path.join(dir, "ho-so", "bao-cao.xlsx"),
    new TextEncoder().encode("%PDF-1.7 a report, not a workbook"),
  );
  await writeFile(path.join(dir, "ho-so", "ghi-chu.txt"), "nộp trước 31/12");

  const started = performance.now();
  run = await chibo4totInProcess(
    ["consolidate", "ho-so", "--out", "ho-so/tong-hop.xlsx", "--json", "-"],
    dir,
  );
  seconds = (performance.now() - started) / 1000;
  result = JSON.parse(run.stdout) as Consolidation;
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sumOf = (summaries: ReportSummary[], key: keyof Omit<ReportSummary, "orgFourGood">) =>
  summaries.reduce((total, summary) => total + summary[key], 0);

describe("consolidating 200 workbooks", () => {
  it("reads every workbook, lists the bad file with its reason, skips lock files, text files and its own output (exit 2)", (t) => {
    t.diagnostic(`consolidate of ${WORKBOOKS} workbooks: ${seconds.toFixed(1)} s`);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(result.workbooks.length, WORKBOOKS + 1);
    const bad = result.workbooks.filter((w) => w.status === "unreadable");
    assert.deepEqual(
      bad.map((w) => w.file),
      [path.join("ho-so", "bao-cao.xlsx")],
    );
    assert.match(bad[0].error ?? "", /PDF/);
    assert.ok(result.workbooks.every((w) => !/~\$|ghi-chu|tong-hop/.test(w.file)));
    assert.deepEqual(
      new Set(result.workbooks.filter((w) => w.status !== "unreadable").map((w) => w.file)),
      new Set(files),
    );
  });

  it("totals are the sums of the individual reports", async () => {
    const summaries: ReportSummary[] = [];
    let orgFourGood = 0;
    for (const name of files) {
      const { evaluation } = await evaluateXlsx(
        new Uint8Array(await readFile(path.join(dir, name))),
        { lang: "vi", ruleset: DEFAULT_RULESET },
      );
      summaries.push(evaluation.report.summary);
      if (evaluation.report.summary.orgFourGood) orgFourGood++;
      const row = result.workbooks.find((w) => w.file === name);
      assert.equal(row?.cells, evaluation.report.summary.cells, name);
      assert.equal(row?.errors, evaluation.report.summary.errors, name);
    }
    const t = result.totals;
    for (const key of [
      "cells",
      "scored",
      "fourGood",
      "errors",
      "shortfalls",
      "warnings",
    ] as const) {
      assert.equal(t[key], sumOf(summaries, key), key);
    }
    assert.equal(t.orgFourGood, orgFourGood);
    assert.equal(t.share, sumOf(summaries, "fourGood") / sumOf(summaries, "scored"));
    assert.equal(result.cells.length, sumOf(summaries, "cells"), "every Party cell is listed");
    assert.ok(
      t.errors > 0 && t.shortfalls > 0 && t.warnings > 0,
      "the generated data has every kind of finding",
    );
    assert.deepEqual(t.stamps, { valid: 0, stale: 0, none: WORKBOOKS });
  });

  it("flags the code two workbooks share, in a column and in the list", () => {
    assert.deepEqual(
      result.duplicates.map((d) => [
        d.code,
        d.occurrences.map((o) => path.basename(o.file)).sort(),
      ]),
      [[SHARED_CODE, ["don-vi-150.xlsx", "don-vi-7.xlsx"]]],
    );
    const flagged = result.cells.filter((c) => c.codeAlsoIn.length > 0);
    assert.deepEqual(flagged.map((c) => path.basename(c.file)).sort(), [
      "don-vi-150.xlsx",
      "don-vi-7.xlsx",
    ]);
    assert.equal(result.totals.sharedCodes, 1);
  });

  it("writes a summary workbook: totals row, every cell, duplicates, frozen headers, A4 landscape", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await readFile(path.join(dir, "ho-so", "tong-hop.xlsx"))) as unknown as ArrayBuffer,
    );
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ["Tổng hợp", "Danh sách chi bộ", "Mã trùng"],
    );
    const summary = workbook.getWorksheet("Tổng hợp")!;
    assert.equal(summary.getCell("B4").value, "Tệp");
    const totals = summary.getRow(5 + result.workbooks.length);
    assert.equal(totals.getCell(2).value, "Tổng cộng");
    assert.deepEqual(
      [5, 6, 7, 9, 10, 11].map((c) => totals.getCell(c).value),
      [
        result.totals.cells,
        result.totals.scored,
        result.totals.fourGood,
        result.totals.errors,
        result.totals.shortfalls,
        result.totals.warnings,
      ],
    );
    assert.equal(totals.getCell(8).value, result.totals.share);
    assert.equal(totals.getCell(8).numFmt, "0.0%");
    assert.equal(summary.views[0].state, "frozen");
    assert.equal((summary.views[0] as { ySplit?: number }).ySplit, 4);
    assert.equal(summary.pageSetup.orientation, "landscape");
    assert.equal(summary.pageSetup.paperSize, 9);
    assert.equal(summary.pageSetup.fitToWidth, 1);
    assert.equal(summary.pageSetup.printTitlesRow, "4:4");
    assert.ok((summary.getColumn(2).width ?? 0) > 20);
    const cells = workbook.getWorksheet("Danh sách chi bộ")!;
    assert.equal(cells.rowCount, 3 + result.cells.length);
    const duplicates = workbook.getWorksheet("Mã trùng")!;
    assert.equal(duplicates.getCell("A4").value, SHARED_CODE);
    assert.equal(duplicates.getCell("A5").value, SHARED_CODE);
  });

  it("writes text from the workbooks as text, never as a formula", async () => {
    const parts = await partsOf(
      new Uint8Array(await readFile(path.join(dir, "ho-so", "tong-hop.xlsx"))),
    );
    for (const sheet of sheetNamesOf(parts)) {
      assert.doesNotMatch(
        textOf(parts, sheetPartOf(parts, sheet)),
        /<f[\s>]/,
        `${sheet} holds no formula`,
      );
    }
    const strings = textOf(parts, "xl/sharedStrings.xml");
    assert.ok(strings.includes("<t>=SUM(A1:A9)</t>"), "the organisation's name is a text");
    assert.ok(
      strings.includes("=HYPERLINK(&quot;http://example.com&quot;,&quot;bấm&quot;)") ||
        strings.includes('=HYPERLINK("http://example.com","bấm")'),
    );
    const row = result.workbooks.find((w) => w.organization === FORMULA_LIKE_ORG);
    assert.ok(row, "the JSON keeps it as it is");
  });

  it("shows progress on stderr as a line now and then when stderr is not a terminal; stdout is only JSON", () => {
    const lines = run.stderr.split("\n").filter((line) => line.startsWith("Đã đọc"));
    assert.ok(lines.length >= 9 && lines.length <= 12, `${lines.length} progress lines`);
    assert.ok(
      lines.at(-1)?.startsWith(`Đã đọc ${WORKBOOKS + 1}/${WORKBOOKS + 1}`) ||
        lines.at(-1)?.startsWith(`Đã đọc ${WORKBOOKS}/${WORKBOOKS}`),
    );
    assert.doesNotMatch(run.stderr, /\r|\u001b/);
    assert.match(run.stderr, /Đã ghi bảng tổng hợp: ho-so\/tong-hop\.xlsx/);
  });

  it("runs again over its own summary without reading it, and will not overwrite it without --force (exit 73)", async () => {
    const refused = await chibo4totInProcess(
      ["consolidate", "ho-so/khoi-a", "--out", "ho-so/tong-hop.xlsx"],
      dir,
    );
    assert.equal(refused.code, 73);
    assert.match(refused.stderr, /--force/);
    const again = await chibo4totInProcess(
      ["consolidate", "ho-so", "--out", "ho-so/tong-hop.xlsx", "--force", "--json", "-"],
      dir,
    );
    const second = JSON.parse(again.stdout) as Consolidation;
    assert.equal(second.workbooks.length, WORKBOOKS + 1);
    assert.deepEqual(second.totals, result.totals);
  });
});

describe("consolidate on a few workbooks", () => {
  let small: string;
  before(async () => {
    small = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-consolidate-small-"));
    await mkdir(path.join(small, "sach"));
    for (const i of [3, 11])
      await writeFile(path.join(small, "sach", `dv-${i}.xlsx`), await batchWorkbook(i));
  });
  after(async () => {
    await rm(small, { recursive: true, force: true });
  });

  it("prints a table and the totals in the language asked, and says where the summary is", async () => {
    const run = await chibo4totInProcess(
      ["consolidate", "sach", "--out", "summary.xlsx", "--lang", "en"],
      small,
    );
    assert.ok(run.code === 0 || run.code === 1);
    assert.match(run.stdout, /^SUMMARY OF 2 WORKBOOK\(S\)/);
    assert.match(run.stdout, /File\s+Party committee\s+Party cells/);
    assert.match(run.stdout, /Total: \d+ Party cells/);
    assert.match(run.stdout, /Summary written: summary\.xlsx/);
    assert.equal(run.stderr, "", "no progress for a short run");
  });

  it("exit 0 when every file is read and clean; 1 for data errors or a code two workbooks share", async () => {
    await mkdir(path.join(small, "tot"));
    const clean = (code: string) =>
      cellsWorkbookFixture([fourGoodRow(code, `Chi bộ ${code}`)], { roster: rosterFor(code) });
    await writeFile(path.join(small, "tot", "a.xlsx"), (await clean("A01")).bytes);
    await writeFile(path.join(small, "tot", "b.xlsx"), (await clean("B01")).bytes);
    const json = async (name: string) => {
      const run = await chibo4totInProcess(["consolidate", name, "--json", "-"], small);
      return { code: run.code, result: JSON.parse(run.stdout) as Consolidation };
    };
    const good = await json("tot");
    assert.equal(good.result.totals.errors, 0);
    assert.equal(good.code, 0);
    await writeFile(path.join(small, "tot", "c.xlsx"), (await clean("a01")).bytes);
    const shared = await json("tot");
    assert.equal(shared.result.totals.sharedCodes, 1);
    assert.equal(shared.code, 1);
    const withErrors = await json("sach");
    assert.ok(withErrors.result.totals.errors > 0, "the generated data has errors");
    assert.equal(withErrors.code, 1);
  });

  it("runs the same through the built command line", async () => {
    const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { encoding: "utf8" });
    assert.equal(build.status, 0, build.stderr);
    const bin = path.resolve("bin", "chibo4tot.cjs");
    const run = spawnSync(
      process.execPath,
      [bin, "consolidate", "tot", "--out", "tot.xlsx", "--json", "-"],
      { cwd: small, encoding: "utf8" },
    );
    assert.equal(run.status, 1, run.stderr);
    assert.equal((JSON.parse(run.stdout) as Consolidation).workbooks.length, 3);
    const verify = spawnSync(process.execPath, [bin, "verify", "tot"], {
      cwd: small,
      encoding: "utf8",
    });
    assert.equal(verify.status, 1, "not scored");
    assert.match(verify.stdout, /chưa chấm/);
  });

  it("redraws one progress line on a terminal", async () => {
    const many = path.join(small, "nhieu");
    await mkdir(many);
    for (let i = 0; i < 10; i++)
      await writeFile(path.join(many, `dv-${i}.xlsx`), await batchWorkbook(300 + i));
    const run = await chibo4totInProcess(["consolidate", "nhieu", "--json", "-"], small, {
      errIsTerminal: true,
    });
    assert.match(run.stderr, /^\r\[░{20}\] 0\/10 tệp/);
    assert.match(run.stderr, /\r\[█{20}\] 10\/10 tệp\n$/);
  });

  it("a folder without workbooks is an error (exit 2), nothing written", async () => {
    await mkdir(path.join(small, "trong"));
    const run = await chibo4totInProcess(["consolidate", "trong", "--out", "x.xlsx"], small);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Không tìm thấy tệp \.xlsx/);
  });
});
