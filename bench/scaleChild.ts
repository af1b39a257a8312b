/**
 * Run by bench/scaleBench.ts in a child process of its own (so that its peak memory is its own):
 * the stages of `chibo4tot score <file> --out <copy>` one by one — read (inspect, exceljs, grid),
 * evaluate, fingerprint, plan the write, write the marked copy — with the read limits given on
 * the command line, printing one JSON line per stage (time, heap and RSS after it) and a last
 * line with the peak RSS. A stage that throws ends the run with its error on that line.
 *
 *   node --import tsx bench/scaleChild.ts <file.xlsx> [--max-parsed-mib N] [--out copy.xlsx]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DEFAULT_RULESET, evaluateWorkbook, fingerprintOf, planWorkbookWrite } from "../src/core";
import { writeMarkedCopy } from "../src/xlsx/patch/writeMarkedCopy";
import { DEFAULT_READ_LIMITS } from "../src/xlsx/readLimits";
import { readWorkbook } from "../src/xlsx/readWorkbook";

const MIB = 1024 * 1024;

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? null) : null;
}

function line(record: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

async function stage<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    const result = await work();
    const memory = process.memoryUsage();
    line({
      stage: name,
      ms: performance.now() - started,
      heapMib: memory.heapUsed / MIB,
      rssMib: memory.rss / MIB,
    });
    return result;
  } catch (error) {
    line({
      stage: name,
      ms: performance.now() - started,
      error: error instanceof Error ? error.message : String(error),
    });
    line({ peakRssMib: process.resourceUsage().maxRSS / 1024 });
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const maxMib = Number(option("--max-parsed-mib") ?? DEFAULT_READ_LIMITS.maxParsedBytes / MIB);
  const out = option("--out");
  const bytes = new Uint8Array(readFileSync(file));
  const read = await stage("read (inspect, exceljs, grid)", () =>
    readWorkbook(bytes, { limits: { maxParsedBytes: maxMib * MIB } }),
  );
  const evaluation = await stage("evaluate", () =>
    evaluateWorkbook(read.grid, { ruleset: DEFAULT_RULESET, lang: "vi" }),
  );
  await stage("fingerprint", () => fingerprintOf(evaluation));
  if (out !== null) {
    const plan = await stage("plan the write", () =>
      planWorkbookWrite(evaluation, { sheetNames: read.grid.sheetNames, stamp: null, reportToken: null }),
    );
    const copy = await stage("write the marked copy", () => writeMarkedCopy(bytes, plan));
    writeFileSync(out, copy);
  }
  line({ cells: evaluation.report.summary.cells, findings: evaluation.findings.length });
  line({ peakRssMib: process.resourceUsage().maxRSS / 1024 });
}

main().catch((error: unknown) => {
  line({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
