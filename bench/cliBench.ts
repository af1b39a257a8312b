/**
 * The command line's cost against the floor it cannot go below: exceljs loading the same file.
 * For synthetic workbooks of 100, 1,000 and 10,000 Party cells with a 20-member roster each:
 * file size; bare `new ExcelJS.Workbook().xlsx.load(bytes)`; the whole `score` command in process
 * (inspect → read → evaluate → summary, the CLI's own functions); the engine alone, per cell;
 * the ratio score / bare load (target ≤ 1.5) and the engine's share of the command.
 * Each figure is the median of several runs.
 */
import ExcelJS from "exceljs";
import { DEFAULT_RULESET, evaluateWorkbook } from "../src/core";
import { evaluateXlsx } from "../src/cli/evaluateXlsx";
import { formatReport } from "../src/cli/output/printReport";
import { syntheticWorkbook } from "../test/support/syntheticWorkbook";

const SIZES = [
  { cells: 100, runs: 7 },
  { cells: 1_000, runs: 5 },
  { cells: 10_000, runs: 3 },
];
const MEMBERS_PER_CELL = 20;

export async function runCliBench(): Promise<void> {
  const rows: string[][] = [];
  for (const { cells, runs } of SIZES) {
    const started = performance.now();
    const bytes = await syntheticWorkbook({ cells, membersPerCell: MEMBERS_PER_CELL, seed: 7 });
    const made = performance.now() - started;

    const bare = await median(runs, async () => {
      await new ExcelJS.Workbook().xlsx.load(
        bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0],
      );
    });
    let summaryLength = 0;
    const score = await median(runs, async () => {
      const { evaluation } = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
      summaryLength = formatReport(evaluation.report, {
        lang: "vi",
        fileName: "bench.xlsx",
        ruleset: DEFAULT_RULESET,
      }).length;
    });
    const { read } = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
    const engine = await median(runs, async () => {
      evaluateWorkbook(read.grid, { lang: "vi", ruleset: DEFAULT_RULESET });
    });

    rows.push([
      cells.toLocaleString("en-US"),
      (cells * MEMBERS_PER_CELL).toLocaleString("en-US"),
      `${(bytes.length / 1024 / 1024).toFixed(2)} MB`,
      `${(read.package.uncompressedBytes / 1024 / 1024).toFixed(1)} MB`,
      ms(bare),
      ms(score),
      ms(engine),
      `${((engine * 1000) / cells).toFixed(1)} µs`,
      (score / bare).toFixed(2),
      `${((engine / score) * 100).toFixed(1)}%`,
    ]);
    console.log(
      `  (${cells} cells: made in ${ms(made)}, ${runs} runs each, summary ${summaryLength} chars)`,
    );
  }
  printTable(
    [
      "cells",
      "members",
      "file",
      "unzipped",
      "bare load",
      "score",
      "engine",
      "engine/cell",
      "score/bare",
      "engine share",
    ],
    rows,
  );
  console.log(
    "  score = inspect → read → evaluate → summary, in process; target score/bare ≤ 1.50",
  );
}

async function median(runs: number, task: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells: string[]): string =>
    `  ${cells.map((cell, i) => cell.padStart(widths[i])).join("  ")}`;
  console.log(line(headers));
  for (const row of rows) console.log(line(row));
}
