/**
 * A province's ruleset baked into the add-in (issue 20): `RULESET=… npm run build` validates the
 * file and defines CHIBO4TOT_DEPLOYED_RULESET (webpack's DefinePlugin); the ribbon's `score` and
 * the task pane's host then score with it. Here the name is defined on globalThis, as the build
 * defines it in the bundle, and the same workbook is scored through the Excel fake with the
 * default build and with the province's: other points, and a stamp naming the province's ruleset
 * with its hash. A ruleset with a problem stops the build, each problem named.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, afterEach, beforeEach, describe, it } from "node:test";
import webpack, { type Configuration } from "webpack";
import {
  DEPLOYED_RULESET_NAME,
  DeployedRulesetError,
  deployedRulesetFromEnvironment,
} from "../../scripts/deployed-ruleset.mjs";
import { parseRuleset, rulesetHash, STAMP_PROPERTY, type Ruleset } from "../../src/core";
import { score } from "../../src/commands/commands";
import { createExcelHost } from "../../src/excel/excelHost";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel, type RecordingExcel, type WorkbookSnapshot } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";

const ROOT = path.join(import.meta.dirname, "..", "..");
const PROVINCE_FILE = path.join(ROOT, "test/fixtures/rulesets/tinh-mau-nghiem.v1.json");
const PROVINCE_TEXT = readFileSync(PROVINCE_FILE, "utf8");
const PROVINCE: Ruleset = parseRuleset(PROVINCE_TEXT);
const FAST_RETRY = { dialogRetry: { delayMs: 10, attempts: 5 } };
const globals = globalThis as Record<string, unknown>;

const temp = mkdtempSync(path.join(os.tmpdir(), "chibo4tot-deployed-ruleset-"));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Builds the add-in "with RULESET": the text the build defines, from the validated file. */
async function bakeIn(file: string | null): Promise<void> {
  if (file === null) {
    delete globals[DEPLOYED_RULESET_NAME];
    return;
  }
  const deployed = await deployedRulesetFromEnvironment({ RULESET: file }, ROOT);
  assert.ok(deployed);
  globals[DEPLOYED_RULESET_NAME] = deployed.text;
}

let fake: RecordingExcel;
let restore: (() => void)[] = [];

beforeEach(() => {
  fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 8, membersPerCell: 3 }));
  restore = [fake.install(), () => delete globals[DEPLOYED_RULESET_NAME]];
});
afterEach(() => {
  for (const undo of restore.reverse()) undo();
});

/** Clicks "Chấm điểm" on the ribbon (a fresh function-file run, as Excel makes each time). */
async function scoreThroughRibbon(): Promise<WorkbookSnapshot> {
  const office = new FakeOffice({ displayLanguage: "vi-VN" });
  const uninstall = office.install();
  try {
    office.actions.set("score", (event) => void score(event as { completed(): void }, FAST_RETRY));
    const run = office.invoke("score");
    (await office.dialog()).closeByUser();
    assert.equal((await run).completedCalls, 1);
    return fake.snapshot();
  } finally {
    uninstall();
  }
}

/** The "Tổng điểm" output column of "Chi bộ", top to bottom. */
function totals(snapshot: WorkbookSnapshot): unknown[] {
  const sheet = snapshot.sheets.find((s) => s.name === "Chi bộ");
  assert.ok(sheet);
  const header = Object.entries(sheet.cells).find(([, cell]) => cell.value === "Tổng điểm");
  assert.ok(header, "the output column was written");
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(header[0]) ?? [];
  return Object.entries(sheet.cells)
    .map(([a1, cell]) => ({ match: /^([A-Z]+)(\d+)$/.exec(a1), value: cell.value }))
    .filter(({ match }) => match?.[1] === column && Number(match[2]) > Number(row) + 1)
    .sort((a, b) => Number(a.match?.[2]) - Number(b.match?.[2]))
    .map(({ value }) => value)
    .filter((value) => typeof value === "number");
}

describe("the add-in scores with the ruleset baked into its build", () => {
  it("the ribbon's score: other points with RULESET, and the stamp carries its id, version and hash", async () => {
    const byDefault = await scoreThroughRibbon();
    assert.equal(byDefault.properties[STAMP_PROPERTY.ruleset], "4tot-default@1");

    fake.loadGrid(syntheticGrid({ cells: 8, membersPerCell: 3 }));
    await bakeIn(PROVINCE_FILE);
    const byProvince = await scoreThroughRibbon();
    assert.equal(byProvince.properties[STAMP_PROPERTY.ruleset], "tinh-mau-nghiem@1");
    assert.equal(byProvince.properties[STAMP_PROPERTY.rulesetHash], await rulesetHash(PROVINCE));

    const defaultTotals = totals(byDefault);
    const provinceTotals = totals(byProvince);
    assert.equal(defaultTotals.length, 8);
    assert.equal(provinceTotals.length, 8);
    assert.notDeepEqual(provinceTotals, defaultTotals, "the province's weights give other points");
    assert.notEqual(
      byProvince.properties[STAMP_PROPERTY.rulesetHash],
      byDefault.properties[STAMP_PROPERTY.rulesetHash],
    );
  });

  it("the task pane's host scores with it, and says a stamp of other rules is one", async () => {
    await scoreThroughRibbon(); // stamped with the default ruleset
    await bakeIn(PROVINCE_FILE);
    const host = createExcelHost();
    assert.equal((await host.scoringRuleset?.())?.id, "tinh-mau-nghiem");
    const state = await host.readStampState();
    assert.equal(state.status, "valid");
    assert.equal(state.ruleset?.id, "tinh-mau-nghiem");
    assert.equal(state.rulesetMatch, "otherRuleset");

    const outcome = await host.score("vi", () => undefined);
    assert.equal(outcome.evaluation.ruleset.id, "tinh-mau-nghiem");
    assert.deepEqual(outcome.stamp?.ruleset, {
      id: "tinh-mau-nghiem",
      version: 1,
      hash: await rulesetHash(PROVINCE),
    });
    assert.equal((await host.readStampState()).rulesetMatch, "same");
  });
});

describe("RULESET at build time", () => {
  it("without RULESET the default stays", async () => {
    assert.equal(await deployedRulesetFromEnvironment({}, ROOT), null);
    assert.equal(await deployedRulesetFromEnvironment({ RULESET: " " }, ROOT), null);
  });

  it("a valid file gives the text to define, its id, version and hash", async () => {
    const deployed = await deployedRulesetFromEnvironment({ RULESET: PROVINCE_FILE }, ROOT);
    assert.equal(deployed?.id, "tinh-mau-nghiem");
    assert.equal(deployed?.version, 1);
    assert.equal(deployed?.hash, await rulesetHash(PROVINCE));
    assert.deepEqual(parseRuleset(deployed?.text ?? ""), PROVINCE);
  });

  it("a ruleset with problems stops the build with every problem named", async () => {
    const broken = JSON.parse(PROVINCE_TEXT);
    broken.criteria[0].indicators[0].veto = "yes";
    broken.organization.minFourGoodShare = 150;
    const file = path.join(temp, "tinh-hong.v1.json");
    writeFileSync(file, JSON.stringify(broken));
    await assert.rejects(deployedRulesetFromEnvironment({ RULESET: file }, ROOT), (error) => {
      assert.ok(error instanceof DeployedRulesetError);
      assert.match(error.message, /the ruleset is not valid, the add-in was not built/);
      assert.match(error.message, /organization\.minFourGoodShare/);
      assert.match(error.message, /criteria\.0\.indicators\.0\.veto/);
      assert.ok(error.problems.length >= 2);
      return true;
    });
    const missing = path.join(temp, "khong-co.json");
    await assert.rejects(deployedRulesetFromEnvironment({ RULESET: missing }, ROOT), /cannot be read/);
    const notJson = path.join(temp, "hong.json");
    writeFileSync(notJson, "{ id: ");
    await assert.rejects(deployedRulesetFromEnvironment({ RULESET: notJson }, ROOT), /not JSON/);
  });

  it("webpack.config.js refuses a bad RULESET, and defines the name with a good one", async () => {
    type MakeConfig = (env: unknown, argv: { mode: string }) => Promise<Configuration>;
    const { default: make } = (await import(
      pathToFileURL(path.join(ROOT, "webpack.config.js")).href
    )) as { default: MakeConfig };
    const withRuleset = async (file: string | undefined) => {
      const saved = process.env.RULESET;
      if (file === undefined) delete process.env.RULESET;
      else process.env.RULESET = file;
      try {
        return await make({}, { mode: "development" });
      } finally {
        if (saved === undefined) delete process.env.RULESET;
        else process.env.RULESET = saved;
      }
    };
    await assert.rejects(withRuleset(path.join(temp, "tinh-hong.v1.json")), /minFourGoodShare/);
    const defines = (config: Configuration) =>
      (config.plugins ?? []).filter((p) => p instanceof webpack.DefinePlugin) as unknown as {
        definitions: Record<string, unknown>;
      }[];
    assert.deepEqual(defines(await withRuleset(undefined)), []);
    const [define] = defines(await withRuleset(PROVINCE_FILE));
    const baked = define?.definitions[DEPLOYED_RULESET_NAME];
    assert.equal(typeof baked, "string");
    assert.deepEqual(parseRuleset(JSON.parse(baked as string) as string), PROVINCE);
  });
});
