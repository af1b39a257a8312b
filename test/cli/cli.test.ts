/**
 * The command line end to end, through the built bin (`node bin/chibo4tot.cjs …`), on workbooks
 * made by code: exit statuses, the JSON report against the in-process one, the language, and every
 * kind of bad input answered with a clear message and no stack trace.
 */
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import { DEFAULT_RULESET, PRODUCT_VERSION, type Report } from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { cellsWorkbookFixture, fourGoodRow, rosterFor } from "../support/xlsxFixtures";
import { compoundFile } from "./badFiles";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin", "chibo4tot.cjs");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function chibo4tot(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const STACK_LINE = /\n\s+at .+\(.+:\d+:\d+\)/;

let dir: string;
const file = (name: string): string => path.join(dir, name);

before(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(build.status, 0, `the command line builds: ${build.stderr}`);
  dir = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-cli-"));

  const good = [fourGoodRow("CB01", "Chi bộ thôn Bắc"), fourGoodRow("CB02", "Chi bộ thôn Nam")];
  await writeFile(
    file("good.xlsx"),
    (await cellsWorkbookFixture(good, { roster: [...rosterFor("CB01"), ...rosterFor("CB02")] }))
      .bytes,
  );
  const withErrors = [
    fourGoodRow("CB01", "Chi bộ thôn Bắc", { cell_rating: "HTTVN" }),
    fourGoodRow("CB02", "Chi bộ thôn Nam", { regular_meetings: 11 }),
  ];
  await writeFile(
    file("errors.xlsx"),
    (await cellsWorkbookFixture(withErrors, { totalRow: true, signature: true })).bytes,
  );
  await writeFile(
    file("nfd.xlsx"),
    (
      await cellsWorkbookFixture([fourGoodRow("CB01", "Chi bộ thôn Đông".normalize("NFD"))], {
        headerText: "nfd",
      })
    ).bytes,
  );

  await writeFile(
    file("report.pdf.xlsx"),
    new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\n"),
  );
  await writeFile(file("encrypted.xlsx"), compoundFile(["EncryptionInfo", "EncryptedPackage"]));
  await writeFile(file("old.xls"), compoundFile(["Workbook"]));
  const whole = await readFile(file("good.xlsx"));
  await writeFile(file("truncated.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
  await writeFile(file("no-sheets.xlsx"), await exceljsBytes(() => undefined));
  await writeFile(
    file("blank.xlsx"),
    await exceljsBytes((workbook) => workbook.addWorksheet("Sheet1")),
  );
  await writeFile(
    file("huge-cell.xlsx"),
    await exceljsBytes(
      (workbook) => (workbook.addWorksheet("Chi bộ").getCell("B2").value = "Đ".repeat(32_767)),
    ),
  );
  await writeFile(
    file("many-rows.xlsx"),
    await exceljsBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chi bộ");
      for (let r = 1; r <= 100_000; r++) sheet.getRow(r).values = [r, `dòng ${r}`];
    }),
  );
  await mkdir(file("a-folder.xlsx"));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exceljsBytes(build: (workbook: ExcelJS.Workbook) => unknown): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function inProcessReport(name: string, lang: "vi" | "en"): Promise<Report> {
  const { evaluation } = await evaluateXlsx(new Uint8Array(await readFile(file(name))), {
    lang,
    ruleset: DEFAULT_RULESET,
  });
  return evaluation.report;
}

describe("chibo4tot: help, version, usage errors", () => {
  it("prints its version and help (exit 0)", async () => {
    const version = await chibo4tot(["--version"], dir);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), `chibo4tot ${PRODUCT_VERSION}`);
    const help = await chibo4tot(["--help"], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Cách dùng:/);
    assert.match((await chibo4tot(["--help", "--lang", "en"], dir)).stdout, /Usage:/);
  });

  it("answers a wrong command line with 64, the reason and the usage, in the language asked for", async () => {
    const runs = await Promise.all([
      chibo4tot([], dir),
      chibo4tot(["scroe", "good.xlsx"], dir),
      chibo4tot(["score", "good.xlsx", "--outt", "x.xlsx"], dir),
      chibo4tot(["score"], dir),
      chibo4tot(["score", "good.xlsx", "--json", "--lang", "en"], dir),
      chibo4tot(["score", "--lang", "en"], dir),
    ]);
    for (const run of runs) {
      assert.equal(run.code, 64, run.stderr);
      assert.equal(run.stdout, "");
      assert.doesNotMatch(run.stderr, STACK_LINE);
    }
    assert.match(runs[1].stderr, /Không có lệnh "scroe"/);
    assert.match(runs[2].stderr, /Không có tùy chọn "--outt"[\s\S]*Cách dùng:/);
    assert.match(runs[3].stderr, /Thiếu tên tệp/);
    assert.match(runs[5].stderr, /The workbook file to score is missing[\s\S]*Usage:/);
  });
});

describe("chibo4tot score", () => {
  it("scores a clean workbook: summary in Vietnamese, exit 0", async () => {
    const run = await chibo4tot(["score", "good.xlsx"], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /CHẤM ĐIỂM CHI BỘ 4 TỐT · good\.xlsx/);
    assert.match(run.stdout, /CB01\s+Chi bộ thôn Bắc\s+25\s+25\s+25\s+25\s+100\s+Đạt 4 tốt/);
    assert.match(run.stdout, /Kết luận: Đảng bộ ĐẠT "Đảng bộ cơ sở 4 tốt"/);
    assert.equal(run.stderr, "");
  });

  it("exits 1 when the data has errors, listing them by severity with sheet!cell", async () => {
    const run = await chibo4tot(["score", "errors.xlsx"], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /LỖI DỮ LIỆU \(1\)\n\s+Chi bộ!\w+\d+\s+E_TYPE/);
    assert.match(run.stdout, /CHƯA ĐẠT CHỈ TIÊU \(\d+\)\n\s+Chi bộ!\w+\d+\s+S_SHORTFALL/);
    assert.match(run.stdout, /Lỗi dữ liệu/);
  });

  it("prints only the JSON report with --json -, equal to the in-process report", async () => {
    for (const [name, lang] of [
      ["errors.xlsx", "vi"],
      ["good.xlsx", "en"],
    ] as const) {
      const run = await chibo4tot(["score", name, "--json", "-", "--lang", lang], dir);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), await inProcessReport(name, lang));
    }
  });

  it("speaks English with --lang en", async () => {
    const run = await chibo4tot(["score", "errors.xlsx", "--lang", "en"], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /CHI BỘ 4 TỐT SCORING/);
    assert.match(run.stdout, /DATA ERRORS \(1\)/);
    assert.match(run.stdout, /Verdict: the Party committee is NOT YET/);
    assert.doesNotMatch(run.stdout, /Kết luận/);
  });

  it("aligns the table for names typed in NFD", async () => {
    const run = await chibo4tot(["score", "nfd.xlsx"], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /CB01\s+Chi bộ thôn Đông/);
  });

  it("writes the JSON report to a file", async () => {
    const run = await chibo4tot(["score", "good.xlsx", "--json", "good.json"], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Đã ghi báo cáo JSON: good\.json/);
    assert.deepEqual(
      JSON.parse(await readFile(file("good.json"), "utf8")),
      await inProcessReport("good.xlsx", "vi"),
    );
  });

  it("writes a marked copy with --out, never over the input nor an existing file without --force", async () => {
    const run = await chibo4tot(["score", "errors.xlsx", "--out", "errors.marked.xlsx"], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /Đã ghi bản đánh dấu: errors\.marked\.xlsx/);
    const marked = await readWorkbook(new Uint8Array(await readFile(file("errors.marked.xlsx"))), {
      selectSheets: (names) => names,
    });
    assert.ok(
      marked.grid.sheetNames.includes("Kết quả kiểm tra"),
      "the report sheet is in the copy",
    );
    assert.ok(Object.keys(marked.properties).length > 0, "the stamp is in the copy");

    const again = await chibo4tot(["score", "errors.xlsx", "--out", "errors.marked.xlsx"], dir);
    assert.equal(again.code, 73);
    assert.match(again.stderr, /đã có; không ghi đè[\s\S]*--force/);
    assert.equal(
      (await chibo4tot(["score", "errors.xlsx", "--out", "errors.marked.xlsx", "--force"], dir))
        .code,
      1,
    );

    const self = await chibo4tot(
      ["score", "errors.xlsx", "--out", "./errors.xlsx", "--force"],
      dir,
    );
    assert.equal(self.code, 64);
    assert.match(self.stderr, /Không ghi đè tệp gốc/);

    const rescored = await chibo4tot(["score", "errors.marked.xlsx"], dir);
    assert.equal(rescored.code, 1);
    assert.match(rescored.stdout, /Dấu kiểm tra: đã chấm điểm lúc .+; số liệu không thay đổi/);
  });

  it("keeps stdout pure JSON with --json - even when writing a marked copy", async () => {
    const run = await chibo4tot(
      ["score", "good.xlsx", "--json", "-", "--out", "good.marked.xlsx"],
      dir,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotThrow(() => JSON.parse(run.stdout));
    assert.match(run.stderr, /Đã ghi bản đánh dấu/);
  });
});

describe("chibo4tot score: bad input gets a clear message and exit 2", () => {
  const cases: { name: string; args: string[]; message: RegExp; stdout?: RegExp }[] = [
    { name: "not an xlsx (a PDF)", args: ["report.pdf.xlsx"], message: /Đây là tệp PDF/ },
    {
      name: "password-protected",
      args: ["encrypted.xlsx"],
      message: /Lưu lại dưới dạng \.xlsx không đặt mật khẩu/,
    },
    { name: "old .xls", args: ["old.xls"], message: /Excel 97–2003 \(\.xls\)/ },
    { name: "truncated", args: ["truncated.xlsx"], message: /bị hỏng hoặc không đầy đủ/ },
    { name: "missing file", args: ["nowhere.xlsx"], message: /Không tìm thấy tệp "nowhere\.xlsx"/ },
    { name: "a directory", args: ["a-folder.xlsx"], message: /là một thư mục/ },
    { name: "in English", args: ["encrypted.xlsx", "--lang", "en"], message: /password-protected/ },
    {
      name: "a workbook without sheets",
      args: ["no-sheets.xlsx"],
      message: /^$/,
      stdout: /E_STRUCTURE[\s\S]*KHÔNG CHẤM ĐIỂM ĐƯỢC/,
    },
    { name: "a blank workbook", args: ["blank.xlsx"], message: /^$/, stdout: /E_STRUCTURE/ },
    { name: "a huge cell", args: ["huge-cell.xlsx"], message: /^$/, stdout: /E_STRUCTURE/ },
    {
      name: "100,000 rows of anything",
      args: ["many-rows.xlsx"],
      message: /^$/,
      stdout: /E_STRUCTURE/,
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const run = await chibo4tot(["score", ...testCase.args], dir);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, testCase.message);
      if (testCase.stdout) assert.match(run.stdout, testCase.stdout);
      else assert.equal(run.stdout, "");
      assert.doesNotMatch(run.stderr, STACK_LINE);
    });
  }

  it("shows the technical detail with --debug", async () => {
    const run = await chibo4tot(["score", "truncated.xlsx", "--debug"], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bị hỏng[\s\S]*WorkbookReadError[\s\S]*ZipFormatError/);
  });

  it("prints nothing on stdout with --json - when the file cannot be read", async () => {
    const run = await chibo4tot(["score", "encrypted.xlsx", "--json", "-"], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, "");
  });
});

describe("chibo4tot template", () => {
  it("writes the blank template and the sample, and never overwrites without --force", async () => {
    const blank = await chibo4tot(["template"], dir);
    assert.equal(blank.code, 0, blank.stderr);
    assert.ok(existsSync(file("mau-danh-gia-chi-bo-4-tot.xlsx")));
    const sample = await chibo4tot(["template", "--sample", "--out", "mau.xlsx"], dir);
    assert.equal(sample.code, 0);
    assert.match(sample.stdout, /sổ mẫu/);
    const again = await chibo4tot(["template"], dir);
    assert.equal(again.code, 73);
    assert.equal((await chibo4tot(["template", "--force"], dir)).code, 0);
    const scored = await chibo4tot(["score", "mau.xlsx"], dir);
    assert.equal(scored.code, 1, "the sample has data errors on purpose");
  });
});
