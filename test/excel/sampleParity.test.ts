/**
 * One rule, one place: the bundled sample driven through the add-in's edge gives the same report
 * as the command line on the same file, and the marks land exactly on the findings' cells.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { DEFAULT_RULESET, isProductMarkFormula, type Report } from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { scoreWorkbookIn } from "../../src/excel/scoreWorkbook";
import { createRecordingExcel } from "../fakes/recordingExcel";
import { productMarkCells, SCORED_AT } from "./edgeHarness";

const SAMPLE = "assets/templates/sample.xlsx";
const CLI_BUNDLE = "build/cli/chibo4tot.cjs";

async function throughTheEdge() {
  const bytes = new Uint8Array(await readFile(SAMPLE));
  const { grid, properties } = await readWorkbook(bytes, { selectSheets: (names) => names });
  const fake = createRecordingExcel().loadGrid(grid, { properties });
  const outcome = await fake.run((context) =>
    scoreWorkbookIn(context, { lang: "vi", now: () => SCORED_AT }),
  );
  return { fake, outcome, bytes };
}

test("the sample through the edge gives the command line's report, marks exactly on the findings", async () => {
  const { fake, outcome, bytes } = await throughTheEdge();
  const cli = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
  assert.deepEqual(outcome.evaluation.report, cli.evaluation.report);
  assert.ok(outcome.evaluation.report.findings.length > 0, "the sample has findings");

  const marked = productMarkCells(fake.snapshot(), isProductMarkFormula);
  const findingCells = new Set(outcome.evaluation.findings.map((f) => `${f.sheet}!${f.cell}`));
  assert.deepEqual([...marked].sort(), [...findingCells].sort());
});

test("the built command line prints the same JSON report for the sample", async (t) => {
  if (!existsSync(CLI_BUNDLE)) {
    t.skip(`${CLI_BUNDLE} is not built (npm run prepare)`);
    return;
  }
  const { outcome } = await throughTheEdge();
  const { stdout } = await promisify(execFile)(process.execPath, [
    "bin/chibo4tot.cjs",
    "score",
    SAMPLE,
    "--json",
    "-",
  ]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const printed = JSON.parse(stdout) as Report;
  assert.deepEqual(printed, outcome.evaluation.report);
});
