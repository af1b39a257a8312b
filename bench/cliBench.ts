/**
 * The command line's cost against the floor it cannot go below: exceljs loading the same file.
 * For synthetic workbooks of 100, 1,000 and 10,000 Party cells with a 20-member roster each:
 * file size; bare `new ExcelJS.Workbook().xlsx.load(bytes)`; the whole `score` command in process
 * (inspect → read → evaluate → summary, the CLI's own functions); the engine alone, per cell;
 * the ratio score / bare load (target ≤ 1.5) and the engine's share of the command.
 * Each figure is the median of several rounds; in a round the three run in turn, after one round
 * of warm-up that is not counted.
 */
import ExcelJS from "exceljs";
import { DEFAULT_RULESET, evaluateWorkbook } from "../src/core";
import { evaluateXlsx } from "../src/cli/evaluateXlsx";
import { formatReport } from "../src/cli/output/printReport";
import { syntheticWorkbook } from "../test/support/syntheticWorkbook";

const SIZES = [
  { cells: 100, runs: 7 },
  { cells: 1_000, runs: 5 },
  { cells: 10_000, runs: 5 },
];
const MEMBERS_PER_CELL = 20;

export async function runCliBench(): Promise<void> {
  const rows: string[][] = [];
  for (const { cells, runs } of SIZES) {
    const started = performance.now();
    const bytes = await syntheticWorkbook({ cells, membersPerCell: MEMBERS_PER_CELL, seed: 7 });
    const made = performance.now() - started;

    const { read } = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
    // The three are measured in turn within each round, so that a slower moment of the machine
    // weighs on all three alike; the ratios are the medians of each round's ratios.
    let summaryLength = 0;
    const rounds: { bare: number; score: number; engine: number }[] = [];
    for (let round = -1; round < runs; round++) {
      const bare = await timed(async () => {
        await new ExcelJS.Workbook().xlsx.load(
          bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0],
        );
      });
      const score = await timed(async () => {
        const { evaluation } = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
        summaryLength = formatReport(evaluation.report, {
          lang: "vi",
          fileName: "bench.xlsx",
          ruleset: DEFAULT_RULESET,
        }).length;
      });
      const engine = await timed(async () => {
        evaluateWorkbook(read.grid, { lang: "vi", ruleset: DEFAULT_RULESET });
      });
      if (round >= 0) rounds.push({ bare, score, engine });
    }
    const bare = median(rounds.map((r) => r.bare));
    const score = median(rounds.map((r) => r.score));
    const engine = median(rounds.map((r) => r.engine));
    const scoreToBare = median(rounds.map((r) => r.score / r.bare));
    const engineShare = median(rounds.map((r) => r.engine / r.score));

    rows.push([
      cells.toLocaleString("en-US"),
      (cells * MEMBERS_PER_CELL).toLocaleString("en-US"),
      `${(bytes.length / 1024 / 1024).toFixed(2)} MB`,
      `${(read.package.uncompressedBytes / 1024 / 1024).toFixed(1)} MB`,
      ms(bare),
      ms(score),
      ms(engine),
      `${((engine * 1000) / cells).toFixed(1)} µs`,
      scoreToBare.toFixed(2),
      `${(engineShare * 100).toFixed(1)}%`,
    ]);
    console.log(
      `  (${cells} cells: made in ${ms(made)}, ${runs} rounds after a warm-up, summary ${summaryLength} chars)`,
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

/** The time of one run, after a full garbage collection. */
async function timed(task: () => Promise<void>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  await task();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
