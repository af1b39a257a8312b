/**
 * `--ruleset <file.json>`: a locality's own thresholds, without code. The same sample scores
 * differently under a second ruleset; a broken ruleset file is refused (exit 64) with every
 * problem named, before any workbook is read.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import type { Report } from "../../src/core";
import { runCli } from "../../src/cli/runCli";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/templates/sample.xlsx");
const PROVINCE = path.join(ROOT, "test/fixtures/rulesets/tinh-mau-nghiem.v1.json");

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(
    argv,
    { out: (t) => (out += t), err: (t) => (err += t), errIsTerminal: false },
    ROOT,
  );
  return { code, out, err };
}

describe("chibo4tot score --ruleset", () => {
  it("scores the sample with a province's ruleset: its id in the report, other points", async () => {
    const byDefault = JSON.parse((await run(["score", SAMPLE, "--json", "-"])).out) as Report;
    const province = await run(["score", SAMPLE, "--json", "-", "--ruleset", PROVINCE]);
    assert.equal(province.code, 1, province.err);
    const report = JSON.parse(province.out) as Report;
    assert.deepEqual(report.ruleset, { id: "tinh-mau-nghiem", version: 1 });
    assert.deepEqual(byDefault.ruleset, { id: "4tot-default", version: 1 });
    // Criterion I weighs 30 in the province's ruleset: CB01's full marks are 30, not 25.
    const cb01 = report.cells.find((cell) => cell.code === "CB01");
    assert.equal(cb01?.scores?.I, 30);
    assert.notDeepEqual(
      report.cells.map((cell) => cell.total),
      byDefault.cells.map((cell) => cell.total),
    );
    // The data errors are the workbook's, whatever the ruleset.
    assert.equal(report.summary.errors, byDefault.summary.errors);
  });

  it("refuses a ruleset file that is not valid, naming each problem, with exit 64", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chibo4tot-ruleset-"));
    const broken = JSON.parse(await readFile(PROVINCE, "utf8"));
    broken.criteria[0].maxPoints = 99;
    broken.organization.minFourGoodShare = 150;
    const file = path.join(dir, "broken.json");
    await writeFile(file, JSON.stringify(broken));
    const result = await run(["score", SAMPLE, "--ruleset", file]);
    assert.equal(result.code, 64);
    assert.equal(result.out, "");
    assert.match(result.err, /không hợp lệ/);
    assert.match(result.err, /organization\.minFourGoodShare/);

    await writeFile(
      file,
      JSON.stringify({
        ...JSON.parse(await readFile(PROVINCE, "utf8")),
        criteria: [{ ...JSON.parse(await readFile(PROVINCE, "utf8")).criteria[0], maxPoints: 99 }],
      }),
    );
    const sums = await run(["score", SAMPLE, "--ruleset", file, "--lang", "en"]);
    assert.equal(sums.code, 64);
    assert.match(sums.err, /criteria\.0\.maxPoints: 99, but its indicators can earn at most/);

    await writeFile(file, "{ not json");
    assert.match((await run(["score", SAMPLE, "--ruleset", file])).err, /not JSON/);
    const missing = await run(["score", SAMPLE, "--ruleset", path.join(dir, "none.json")]);
    assert.equal(missing.code, 64);
    assert.match(missing.err, /Không đọc được tệp bộ tiêu chí/);
  });
});

describe("chibo4tot consolidate --ruleset", () => {
  it("scores every workbook with the ruleset and names it in the summary", async () => {
    type Summary = {
      workbooks: { cells: number }[];
      cells: { code: string; total: number | null }[];
    };
    const result = await run(["consolidate", SAMPLE, "--json", "-", "--ruleset", PROVINCE]);
    const json = JSON.parse(result.out) as Summary;
    const byDefault = JSON.parse(
      (await run(["consolidate", SAMPLE, "--json", "-"])).out,
    ) as Summary;
    assert.equal(json.workbooks[0].cells, 10);
    const totals = (summary: Summary) => summary.cells.map((cell) => cell.total);
    assert.equal(totals(json).length, 10);
    assert.notDeepEqual(totals(json), totals(byDefault));
  });
});
