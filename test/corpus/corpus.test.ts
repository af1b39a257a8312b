/**
 * The corpus (corpus.ts) end to end: each hostile or broken file through `chibo4tot score <file>
 * --json <file>.json --out <marked.xlsx>` in process (runCli), with its exit status, message and
 * findings; a refused file writes nothing at all; an accepted one gets a sound marked copy (its
 * report sheet holds no formula, links quoted right, inputs kept, the stamp valid when scored
 * again). Entries marked `child` also run through the real bin/chibo4tot.cjs: exit status, no
 * stack trace without --debug, and peak memory for the zip bombs.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { columnIndex, DEFAULT_RULESET, type Report } from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import { runCli } from "../../src/cli/runCli";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import type { FixtureLayout, XlsxFixture } from "../support/xlsxFixtures";
import { partsOf } from "../xlsx/packageParts";
import {
  CORPUS,
  FORMULA_ORGANIZATION,
  FORMULA_TEXTS,
  LONG_TEXT,
  VBA_PROJECT,
  type CorpusEntry,
} from "./corpus";
import {
  assertInputsKept,
  assertSoundReportSheet,
  cellsOf,
  EXCEL_MAX_CELL_CHARS,
  sheetsOf,
  linksOf,
  openMarkedCopy,
  parseSheetReference,
  sheetPartOf,
  sheetStates,
} from "./markedCopy";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin", "chibo4tot.cjs");
const PEAK_RSS = path.join(import.meta.dirname, "peakRss.cjs");
const STACK_LINE = /\n\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+)/;

let root: string;
let dir: string;

before(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(build.status, 0, `the command line builds: ${build.stderr}`);
  // Two levels down, so that "../../" of a hostile part name still lands in our own temp folder.
  root = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-corpus-"));
  dir = path.join(root, "a", "b");
  await mkdir(dir, { recursive: true });
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function inProcess(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    args,
    { out: (t) => void (stdout += t), err: (t) => void (stderr += t) },
    dir,
  );
  return { code, stdout, stderr };
}

function child(args: string[]): Promise<Run & { peakRssMb: number | null }> {
  const rssFile = path.join(root, `rss-${process.hrtime.bigint()}.txt`);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--require", PEAK_RSS, BIN, ...args], {
      cwd: dir,
      env: { ...process.env, CHIBO4TOT_PEAK_RSS_FILE: rssFile },
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    proc.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    proc.on("error", reject);
    proc.on("close", async (code) => {
      const kb = existsSync(rssFile) ? Number(await readFile(rssFile, "utf8")) : NaN;
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        peakRssMb: Number.isFinite(kb) ? kb / 1024 : null,
      });
    });
  });
}

/** "E_TYPE Chi bộ!{members:1}" → "E_TYPE Chi bộ!D7" with the fixture's layout. */
function resolveFinding(expected: string, at: FixtureLayout | undefined): string {
  return expected.replace(/\{(\w+):(\d+)\}/g, (_, key: string, index: string) => {
    if (!at) throw new Error(`${expected} needs a fixture layout`);
    return at.cell(key as never, Number(index));
  });
}

function findingKeys(report: Report): string[] {
  return report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

/** Output cells of the evaluation (0-based "sheet!col:row" keys), which the copy may change. */
async function outputCellsOf(bytes: Uint8Array): Promise<Set<string>> {
  const { evaluation } = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
  const cells = new Set<string>();
  const outputs = evaluation.outputs;
  if (!outputs) return cells;
  for (const column of outputs.columns) {
    const col = columnIndex(column.column);
    cells.add(`${outputs.sheet}!${col}:${outputs.headerRow - 1}`);
    for (const row of outputs.rows) cells.add(`${outputs.sheet}!${col}:${row.row - 1}`);
  }
  return cells;
}

/** Checks particular to some entries, beyond the table's columns. */
const EXTRA_CHECKS: Record<
  string,
  (c: {
    bytes: Uint8Array;
    marked: Uint8Array;
    report: Report;
    at?: FixtureLayout;
  }) => Promise<void>
> = {
  "formula-text.xlsx": async ({ marked, at, report }) => {
    assert.equal(
      report.workbook.organization,
      FORMULA_ORGANIZATION,
      "the JSON report keeps the text as typed",
    );
    const copy = await openMarkedCopy(marked);
    const sheet = [...cellsOf(copy.parts, copy.reportSheet).entries()];
    // Codes are listed beside their findings; the organisation heads the report.
    const risky = sheet.filter(([, cell]) => /^[=+\-@]/.test(cell.text));
    for (const text of [...FORMULA_TEXTS.slice(0, 4), FORMULA_ORGANIZATION]) {
      assert.ok(
        risky.some(([, cell]) => cell.text === text || cell.text.startsWith(`${text} · `)),
        `the report sheet lists ${JSON.stringify(text)}`,
      );
    }
    for (const [ref, cell] of risky) {
      assert.equal(cell.hasFormula, false, `${ref} ${JSON.stringify(cell.text)} is not a formula`);
      assert.ok(
        cell.type === "inlineStr" || cell.type === "s",
        `${ref} ${JSON.stringify(cell.text)} is a string cell (t="${cell.type}")`,
      );
    }
    assert.ok(at);
    const cells = cellsOf(copy.parts, at.sheet);
    for (let i = 0; i < 4; i++) {
      for (const key of ["code", "name"] as const) {
        const cell = cells.get(at.cell(key, i));
        assert.ok(cell, `${at.cell(key, i)} is in the copy`);
        assert.equal(cell.hasFormula, false, `${at.cell(key, i)} stays text in "${at.sheet}"`);
        assert.ok(
          cell.type === "inlineStr" || cell.type === "s",
          `${at.cell(key, i)} is a string cell`,
        );
        assert.equal(cell.text, FORMULA_TEXTS[key === "code" ? i : i + 4]);
      }
    }
  },
  "long-cell.xlsx": async ({ marked, report }) => {
    assert.equal(
      report.cells[0].name.length,
      LONG_TEXT.length,
      "the JSON report keeps the whole name",
    );
    const copy = await openMarkedCopy(marked);
    const texts = [...cellsOf(copy.parts, copy.reportSheet).values()].map((c) => c.text);
    assert.ok(texts.includes(LONG_TEXT), "the report sheet lists the 32,767-character code whole");
  },
  "user-sheet-quotes-brackets.xlsx": async ({ marked }) => {
    const copy = await openMarkedCopy(marked);
    assert.ok(copy.sheetNames.includes("O'Brien [2]"), "the user's sheet keeps its name");
    assert.equal(
      cellsOf(copy.parts, "O'Brien [2]").get("A1")?.text,
      "=ghi chú riêng",
      "and its content",
    );
    const targets = linksOf(copy.parts, copy.reportSheet).map(
      (l) => parseSheetReference(l.location)?.sheet,
    );
    assert.ok(
      targets.includes("Chi bộ") && targets.includes("Đảng viên"),
      "links go to both sheets with findings",
    );
  },
  "cells-sheet-apostrophe.xlsx": async ({ marked }) => {
    const copy = await openMarkedCopy(marked);
    const locations = linksOf(copy.parts, copy.reportSheet).map((l) => l.location);
    assert.ok(
      locations.some((l) => l.startsWith("'Chi bộ (O''Brien)'!")),
      `a link quotes the apostrophe: ${locations.slice(0, 3).join(", ")}`,
    );
    const sheetXml = new TextDecoder().decode(
      copy.parts.get(sheetPartOf(copy.parts, "Chi bộ (O'Brien)")),
    );
    assert.match(sheetXml, /<conditionalFormatting /, "the marks are on the sheet");
  },
  "hidden-sheets.xlsx": async ({ report, marked }) => {
    const visible = CORPUS.find((e) => e.file === "hidden-sheets.xlsx");
    assert.ok(visible);
    const built = await visible.build();
    const { evaluation } = await evaluateXlsx(built.fixture?.bytes ?? new Uint8Array(), {
      lang: "vi",
      ruleset: DEFAULT_RULESET,
    });
    assert.deepEqual(
      report,
      evaluation.report,
      "hidden sheets give the report of the visible workbook",
    );
    const copy = await openMarkedCopy(marked);
    const states = sheetStates(copy.parts);
    assert.equal(states.get("Thông tin"), "hidden");
    assert.equal(states.get("Chi bộ"), "hidden");
    assert.equal(states.get("Đảng viên"), "veryHidden");
  },
  "macro-enabled.xlsm": async ({ marked }) => {
    const copy = await openMarkedCopy(marked);
    assert.deepEqual(
      copy.parts.get("xl/vbaProject.bin"),
      VBA_PROJECT,
      "the VBA project is kept byte for byte",
    );
    assert.match(
      new TextDecoder().decode(copy.parts.get("[Content_Types].xml")),
      /macroEnabled\.main\+xml/,
      "still a macro-enabled workbook",
    );
  },
  "zip-slip.xlsx": async () => {
    assert.equal(
      existsSync(path.join(root, "chibo4tot-zip-slip.txt")),
      false,
      "nothing was extracted above the folder",
    );
    assert.equal(existsSync(path.join(dir, "..", "..", "chibo4tot-zip-slip.txt")), false);
  },
};

const built = new Map<string, { bytes: Uint8Array; fixture?: XlsxFixture }>();
async function buildEntry(
  entry: CorpusEntry,
): Promise<{ bytes: Uint8Array; fixture?: XlsxFixture }> {
  let made = built.get(entry.file);
  if (!made) {
    made = await entry.build();
    built.set(entry.file, made);
  }
  return made;
}

async function runEntry(entry: CorpusEntry): Promise<void> {
  const { bytes, fixture } = await buildEntry(entry);
  await writeFile(path.join(dir, entry.file), bytes);
  const json = `${entry.file}.json`;
  const out = entry.file.replace(/\.(xlsx|xlsm)$/, ".marked.$1");
  const run = await inProcess(["score", entry.file, "--json", json, "--out", out]);
  const { expected } = entry;
  assert.equal(
    run.code,
    expected.exit,
    `exit status of ${entry.file}\n${run.stdout}\n${run.stderr}`,
  );
  assert.doesNotMatch(run.stderr, STACK_LINE, "no stack trace without --debug");

  if (expected.exit === 2) {
    assert.match(run.stderr, expected.message);
    assert.equal(run.stdout, "", "nothing on stdout");
    assert.equal(
      existsSync(path.join(dir, json)),
      false,
      "no JSON report is written for a refused file",
    );
    assert.equal(
      existsSync(path.join(dir, out)),
      false,
      "no marked copy is written for a refused file",
    );
    return;
  }
  assert.match(run.stdout, expected.message);
  const report = JSON.parse(await readFile(path.join(dir, json), "utf8")) as Report;
  const keys = findingKeys(report);
  for (const wanted of expected.findings ?? []) {
    const resolved = resolveFinding(wanted, fixture?.at);
    assert.ok(
      resolved.includes("!")
        ? keys.includes(resolved)
        : keys.some((k) => k.startsWith(`${resolved} `)),
      `${resolved} is reported; got ${keys.slice(0, 12).join(", ")}`,
    );
  }
  for (const rule of expected.noFindings ?? []) {
    assert.ok(
      !keys.some((k) => k.startsWith(`${rule} `)),
      `no ${rule}; got ${keys.filter((k) => k.startsWith(rule)).join(", ")}`,
    );
  }

  // The marked copy: sound report sheet, inputs kept, and scoring it again finds the stamp valid.
  const marked = new Uint8Array(await readFile(path.join(dir, out)));
  const copy = await openMarkedCopy(marked);
  assertSoundReportSheet(copy, report);
  await assertInputsKept(bytes, marked, await outputCellsOf(bytes));
  const again = await evaluateXlsx(marked, { lang: "vi", ruleset: DEFAULT_RULESET });
  assert.equal(again.stampStatus, "valid", "the copy's stamp matches its inputs");
  assert.deepEqual(
    again.evaluation.report.findings,
    report.findings,
    "the copy reads as the original did",
  );
  await EXTRA_CHECKS[entry.file]?.({ bytes, marked, report, at: fixture?.at });
  await expected.check?.({ report, markedCopy: marked, fixture: fixture ?? null });
}

describe("the corpus through `chibo4tot score` (in process)", () => {
  for (const entry of CORPUS) {
    it(`${entry.file}: ${entry.what} → exit ${entry.expected.exit}`, () => runEntry(entry));
  }
});

describe("the corpus through bin/chibo4tot.cjs (child process)", () => {
  for (const entry of CORPUS.filter((e) => e.child)) {
    it(`${entry.file} → exit ${entry.expected.exit}${entry.maxRssMb ? `, peak memory < ${entry.maxRssMb} MB` : ""}`, async () => {
      const name = `child-${entry.file}`;
      await writeFile(path.join(dir, name), (await buildEntry(entry)).bytes);
      const run = await child(["score", name]);
      assert.equal(run.code, entry.expected.exit, run.stderr);
      assert.doesNotMatch(run.stderr, STACK_LINE, `no stack trace without --debug:\n${run.stderr}`);
      assert.match(entry.expected.exit === 2 ? run.stderr : run.stdout, entry.expected.message);
      if (entry.maxRssMb !== undefined) {
        assert.ok(run.peakRssMb !== null, "the child reported its peak memory");
        assert.ok(
          run.peakRssMb < entry.maxRssMb,
          `peak resident memory ${run.peakRssMb.toFixed(0)} MB < ${entry.maxRssMb} MB`,
        );
      }
    });
  }

  it("--debug adds the technical detail to a refusal", async () => {
    const run = await child(["score", "child-bomb-lying.xlsx", "--debug"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /WorkbookReadError/);
  });
});

describe("the corpus through `chibo4tot consolidate` (in process)", () => {
  it("lists every refused file with its reason, scores the others, and writes only text, each cell within Excel's limit", async () => {
    const folder = path.join(dir, "consolidate");
    await mkdir(folder, { recursive: true });
    for (const entry of CORPUS)
      await writeFile(path.join(folder, entry.file), (await buildEntry(entry)).bytes);
    const run = await inProcess([
      "consolidate",
      "consolidate",
      "--out",
      "tong-hop.xlsx",
      "--json",
      "tong-hop.json",
    ]);
    assert.equal(run.code, 2, `some files cannot be read: exit 2\n${run.stderr}`);
    assert.doesNotMatch(run.stderr, STACK_LINE);
    const summary = JSON.parse(await readFile(path.join(dir, "tong-hop.json"), "utf8")) as {
      workbooks: { file: string; status: string; errors: number; error: string | null }[];
    };
    for (const entry of CORPUS) {
      const row = summary.workbooks.find((w) => w.file.endsWith(entry.file));
      assert.ok(row, `${entry.file} is listed`);
      if (entry.expected.exit === 2) {
        assert.equal(row.status, "unreadable", entry.file);
        assert.match(
          row.error ?? "",
          entry.expected.message,
          `${entry.file}: the reason the table gives`,
        );
      } else {
        assert.equal(row.status, "scored", entry.file);
        assert.equal(
          row.errors > 0,
          entry.expected.exit === 1,
          `${entry.file}: data errors iff score exits 1`,
        );
      }
    }

    const parts = await partsOf(new Uint8Array(await readFile(path.join(dir, "tong-hop.xlsx"))));
    const texts: string[] = [];
    for (const { name } of sheetsOf(parts)) {
      for (const [ref, cell] of cellsOf(parts, name)) {
        assert.equal(cell.hasFormula, false, `${name}!${ref} holds no formula`);
        assert.ok(
          ["s", "inlineStr", "n", "b"].includes(cell.type),
          `${name}!${ref} is a value (t="${cell.type}")`,
        );
        assert.ok(
          cell.text.length <= EXCEL_MAX_CELL_CHARS,
          `${name}!${ref} holds ${cell.text.length} characters, over Excel's ${EXCEL_MAX_CELL_CHARS}`,
        );
        texts.push(cell.text);
      }
    }
    for (const text of [...FORMULA_TEXTS.slice(0, 4), FORMULA_ORGANIZATION]) {
      assert.ok(texts.includes(text), `the summary lists ${JSON.stringify(text)} as text`);
    }
  });
});

describe("a consolidation summary cell never exceeds Excel's 32,767 characters", () => {
  it("the same large workbook sent twice under two names: its shared codes fit the Tổng hợp cell", async () => {
    const folder = path.join(dir, "sent-twice");
    await mkdir(folder, { recursive: true });
    const bytes = await syntheticWorkbook({ cells: 4_000, membersPerCell: 0, seed: 5 });
    await writeFile(path.join(folder, "xa-a.xlsx"), bytes);
    await writeFile(path.join(folder, "xa-a-ban-sao.xlsx"), bytes);
    const run = await inProcess(["consolidate", "sent-twice", "--out", "sent-twice.xlsx"]);
    assert.equal(run.code, 1, run.stderr);
    const parts = await partsOf(new Uint8Array(await readFile(path.join(dir, "sent-twice.xlsx"))));
    for (const { name } of sheetsOf(parts)) {
      for (const [ref, cell] of cellsOf(parts, name)) {
        assert.ok(
          cell.text.length <= EXCEL_MAX_CELL_CHARS,
          `${name}!${ref} holds ${cell.text.length} characters`,
        );
      }
    }
  });
});
