/**
 * Memory and time at scale, through the real command line (bin/chibo4tot.cjs in a child process,
 * default Node heap, peak RSS from process.resourceUsage().maxRSS of that child):
 *
 * 1. the read limits that hold (src/xlsx/readLimits.ts) and the zip bombs they refuse;
 * 2. the worst honest files the limits let through: empty cells in a sheet the engine never reads
 *    (pruned before exceljs: it costs nothing), and empty cells filling the parsed-size budget in
 *    a sheet the engine does read (the memory the limit allows);
 * 3. `score --json --out` on synthetic evaluation workbooks of 10,000 to 50,000 Party cells with 20
 *    members each (up to a 1,000,000-member roster);
 * 4. the 50,000 × 1,000,000 workbook stage by stage (bench/scaleChild.ts), to show which part
 *    dominates;
 * 5. `consolidate` over 1,000 workbooks.
 *
 * Not part of the default `npm run bench` (it takes about five minutes on two cores): run it with
 * `npm run bench -- scale`; `CHIBO4TOT_SCALE_QUICK=1` runs small sizes only. Nothing is asserted.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDeflateRaw, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { DEFAULT_READ_LIMITS } from "../src/xlsx/readLimits";
import { readZipDirectory } from "../src/xlsx/zipDirectory";
import { CORPUS } from "../test/corpus/corpus";
import { syntheticWorkbook } from "../test/support/syntheticWorkbook";
import { cellsWorkbookFixture, fourGoodRow } from "../test/support/xlsxFixtures";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "chibo4tot.cjs");
const PEAK_RSS = path.join(ROOT, "test", "corpus", "peakRss.cjs");
const CHILD = path.join(ROOT, "bench", "scaleChild.ts");
const MIB = 1024 * 1024;
const QUICK = process.env.CHIBO4TOT_SCALE_QUICK === "1";
const MEMBERS_PER_CELL = 20;

interface ChildRun {
  code: number;
  ms: number;
  peakRssMib: number | null;
  stdout: string;
  stderr: string;
}

function runChild(args: string[], cwd: string, node: string[] = []): Promise<ChildRun> {
  const rssFile = path.join(
    os.tmpdir(),
    `chibo4tot-rss-${process.pid}-${process.hrtime.bigint()}.txt`,
  );
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, "--require", PEAK_RSS, ...args], {
      cwd,
      env: { ...process.env, CHIBO4TOT_PEAK_RSS_FILE: rssFile },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", async (code) => {
      const ms = performance.now() - started;
      const kb = existsSync(rssFile) ? Number(await readFile(rssFile, "utf8")) : NaN;
      await rm(rssFile, { force: true });
      resolve({
        code: code ?? -1,
        ms,
        peakRssMib: Number.isFinite(kb) ? kb / 1024 : null,
        stdout,
        stderr,
      });
    });
  });
}

const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;
const seconds = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
const rss = (run: ChildRun) => (run.peakRssMib === null ? "?" : `${run.peakRssMib.toFixed(0)} MiB`);
const declared = (bytes: Uint8Array) =>
  readZipDirectory(bytes).entries.reduce((sum, e) => sum + e.uncompressedSize, 0);

function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")}`;
  console.log(line(headers));
  for (const row of rows) console.log(line(row));
}

/** The first line of what the command said (its reason for a refusal). */
function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}

// ---------------------------------------------------------------------------------------------

async function limitsAndBombs(dir: string): Promise<void> {
  const l = DEFAULT_READ_LIMITS;
  console.log("Read limits that hold (DEFAULT_READ_LIMITS, src/xlsx/readLimits.ts):");
  console.log(
    `  file size ≤ ${mib(l.maxFileBytes)} · declared uncompressed total ≤ ${mib(l.maxUncompressedBytes)} · declared size of the parts exceljs parses ≤ ${mib(l.maxParsedBytes)}`,
  );
  console.log(
    `  ratio ≤ ${l.maxCompressionRatio}:1 for each part of ≥ ${mib(l.ratioCheckMinBytes)} · ≤ ${l.maxEntries.toLocaleString("en-US")} parts`,
  );
  console.log(
    `  lying declarations: every deflated part inflated once as a stream, stopped at its declared size, when compressed × 1032 > ${mib(Math.min(l.maxUncompressedBytes, l.maxParsedBytes))}`,
  );
  console.log("\nZip bombs through `chibo4tot score` (child process):");
  const rows: string[][] = [];
  for (const file of ["bomb-ratio.xlsx", "bomb-total.xlsx", "bomb-parsed.xlsx", "bomb-lying.xlsx"]) {
    const entry = CORPUS.find((e) => e.file === file);
    if (!entry) continue;
    const { bytes } = await entry.build();
    await writeFile(path.join(dir, file), bytes);
    const run = await runChild([BIN, "score", file], dir);
    rows.push([
      file,
      mib(bytes.length),
      mib(declared(bytes)),
      String(run.code),
      seconds(run.ms),
      rss(run),
      firstLine(run.stderr),
    ]);
  }
  table(["file", "on disk", "declared", "exit", "time", "peak RSS", "message"], rows);
  console.log(
    "  (bomb-lying declares 100 bytes and inflates to 1 GiB; the stream stops after the 101st byte)",
  );
}

/**
 * `megabytes` of `<c r="A1"/>` in an extra sheet named `sheet`: an honest file the limits accept.
 * Named "Ghi chép", the engine never reads it; named "Đảng viên" (the fixture has no roster), it
 * is read as the roster and exceljs parses all of it.
 */
async function worstHonestFile(dir: string, sheet: string, megabytes: number): Promise<string[]> {
  const z = createDeflateRaw({ level: 6 });
  const chunks: Buffer[] = [];
  z.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => z.on("end", resolve));
  z.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
  let written = 0;
  let cells = 0;
  for (let r = 1; written < megabytes * MIB; r++) {
    let row = `<row r="${r}">`;
    for (const c of letters) row += `<c r="${c}${r}"/>`;
    row += "</row>";
    written += row.length;
    cells += 26;
    if (!z.write(row)) await new Promise((resolve) => z.once("drain", resolve));
  }
  z.end("</sheetData></worksheet>");
  await done;
  const zip = await JSZip.loadAsync(
    (await cellsWorkbookFixture([fourGoodRow("CB01", "Chi bộ thôn Bắc")])).bytes,
  );
  const edit = async (name: string, change: (xml: string) => string) =>
    zip.file(name, change((await zip.file(name)?.async("string")) ?? ""));
  await edit("xl/workbook.xml", (x) =>
    x.replace("</sheets>", `<sheet name="${sheet}" sheetId="3" r:id="rIdScale"/></sheets>`),
  );
  await edit("xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdScale" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>',
    ),
  );
  zip.file("xl/worksheets/sheet3.xml", inflateRawSync(Buffer.concat(chunks)));
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  const file = `empty-cells-${megabytes}.xlsx`;
  await writeFile(path.join(dir, file), bytes);
  const run = await runChild([BIN, "score", file, "--json", `${file}.json`], dir);
  return [
    `${sheet} (${megabytes} MiB)`,
    mib(bytes.length),
    mib(declared(bytes)),
    cells.toLocaleString("en-US"),
    String(run.code),
    seconds(run.ms),
    rss(run),
    run.code > 1 ? firstLine(run.stderr) : "",
  ];
}

async function worstHonestFiles(dir: string): Promise<void> {
  const parsedBudget = DEFAULT_READ_LIMITS.maxParsedBytes / MIB;
  const rows = [
    await worstHonestFile(dir, "Ghi chép", QUICK ? 20 : 300),
    await worstHonestFile(dir, "Đảng viên", QUICK ? 20 : parsedBudget - 2),
  ];
  console.log(
    "\nThe worst honest files the limits accept (empty cells: in a sheet never read, then in the roster):",
  );
  table(["extra sheet", "on disk", "declared", "cells", "exit", "time", "peak RSS", "message"], rows);
}

async function scoreAtScale(dir: string): Promise<string | null> {
  const sizes = QUICK ? [1_000, 2_000] : [10_000, 25_000, 50_000];
  console.log(
    `\n\`chibo4tot score <file> --json <file>.json --out <marked>\` (child process, default heap), ${MEMBERS_PER_CELL} members per Party cell:`,
  );
  const rows: string[][] = [];
  let largest: string | null = null;
  for (const cells of sizes) {
    const started = performance.now();
    const bytes = await syntheticWorkbook({ cells, membersPerCell: MEMBERS_PER_CELL, seed: 5 });
    const made = performance.now() - started;
    const file = `scale-${cells}.xlsx`;
    await writeFile(path.join(dir, file), bytes);
    largest = file;
    const run = await runChild(
      [BIN, "score", file, "--json", `${file}.json`, "--out", `marked-${file}`],
      dir,
    );
    rows.push([
      cells.toLocaleString("en-US"),
      (cells * MEMBERS_PER_CELL).toLocaleString("en-US"),
      mib(bytes.length),
      mib(declared(bytes)),
      seconds(made),
      String(run.code),
      seconds(run.ms),
      rss(run),
      run.code > 1 ? firstLine(run.stderr.replace(/^.*chạy lại với --debug.*\n/, "")) : "",
    ]);
    if (run.code === 70) {
      // A fault of the program: show it, and what the same file costs without the printed summary.
      const jsonOnly = await runChild(
        [BIN, "score", file, "--json", "-", "--out", `json-${file}`],
        dir,
      );
      const withDebug = await runChild(
        [BIN, "score", file, "--json", `${file}.json`, "--out", `marked-${file}`, "--debug"],
        dir,
      );
      rows.push([
        "",
        "",
        "",
        "",
        "--debug",
        String(withDebug.code),
        "",
        "",
        withDebug.code === 70
          ? firstLine(withDebug.stderr.split("\n").slice(1).join("\n"))
          : "the fault did not recur this time (it depends on the stack left)",
      ]);
      rows.push([
        "",
        "",
        "",
        "",
        "--json -",
        String(jsonOnly.code),
        seconds(jsonOnly.ms),
        rss(jsonOnly),
        "the same file and marked copy, JSON on stdout instead of the summary",
      ]);
    }
  }
  table(
    ["cells", "members", "file", "declared", "made in", "exit", "time", "peak RSS", "message"],
    rows,
  );
  return largest;
}

async function stagesOfLargest(dir: string, file: string): Promise<void> {
  // Run from the project folder, so that `--import tsx` resolves; the files are named in full.
  const run = await runChild(
    [
      CHILD,
      path.join(dir, file),
      "--out",
      path.join(dir, `stages-${file}`),
    ],
    ROOT,
    ["--import", "tsx"],
  );
  console.log(
    `\n${file} stage by stage, default limits (bench/scaleChild.ts, default heap):`,
  );
  const rows: string[][] = [];
  for (const text of run.stdout.split("\n").filter(Boolean)) {
    const record = JSON.parse(text) as Record<string, number | string>;
    if (typeof record.stage === "string") {
      rows.push([
        record.stage,
        seconds(Number(record.ms)),
        record.error ? "—" : `${Number(record.heapMib).toFixed(0)} MiB`,
        record.error ? "—" : `${Number(record.rssMib).toFixed(0)} MiB`,
        String(record.error ?? ""),
      ]);
    } else if (record.peakRssMib !== undefined) {
      rows.push(["peak RSS", "", "", `${Number(record.peakRssMib).toFixed(0)} MiB`, ""]);
    } else if (record.cells !== undefined) {
      rows.push([`(${record.cells} cells, ${record.findings} findings)`, "", "", "", ""]);
    }
  }
  rows.push([
    "whole run (exit " + run.code + ")",
    seconds(run.ms),
    "",
    rss(run),
    firstLine(run.stderr),
  ]);
  table(["stage", "time", "heap after", "RSS after", "error"], rows);
}

async function consolidation(dir: string): Promise<void> {
  const count = QUICK ? 50 : 1_000;
  const folder = path.join(dir, "ho-so");
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  const bases = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      syntheticWorkbook({ cells: 10 + i * 3, membersPerCell: 10, seed: 100 + i }),
    ),
  );
  let cells = 0;
  for (let i = 0; i < count; i++) {
    // Each organisation its own codes (as a district's are), in the shared strings of one of ten bases.
    const zip = await JSZip.loadAsync(bases[i % bases.length]);
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    zip.file("xl/sharedStrings.xml", strings.replace(/>CB(\d{5})</g, `>X${i}-$1<`));
    await writeFile(
      path.join(folder, `xa-${String(i + 1).padStart(4, "0")}.xlsx`),
      await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    );
    cells += 10 + (i % bases.length) * 3;
  }
  const made = performance.now() - started;
  const run = await runChild(
    [BIN, "consolidate", "ho-so", "--out", "tong-hop.xlsx", "--json", "tong-hop.json"],
    dir,
  );
  console.log(
    `\n\`chibo4tot consolidate\` over ${count.toLocaleString("en-US")} workbooks (${cells.toLocaleString("en-US")} Party cells, 10 members each; made in ${seconds(made)}):`,
  );
  table(
    ["workbooks", "exit", "time", "per workbook", "peak RSS"],
    [
      [
        count.toLocaleString("en-US"),
        String(run.code),
        seconds(run.ms),
        seconds(run.ms / count),
        rss(run),
      ],
    ],
  );
}

export async function runScaleBench(): Promise<void> {
  if (!existsSync(path.join(ROOT, "build", "cli", "chibo4tot.cjs"))) {
    console.log("  build/cli/chibo4tot.cjs is missing: run `npm run prepare` first");
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-scale-"));
  try {
    console.log(`(${QUICK ? "quick sizes" : "full sizes"}; files in ${dir})\n`);
    await limitsAndBombs(dir);
    await worstHonestFiles(dir);
    const largest = await scoreAtScale(dir);
    if (largest) await stagesOfLargest(dir, largest);
    await consolidation(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runScaleBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
