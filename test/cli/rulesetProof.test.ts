/**
 * Which rules scored a workbook (issue 20): the stamp records the ruleset's id, version and hash;
 * `verify --ruleset` and `consolidate --ruleset` flag a stamp of another ruleset, another version,
 * or the same id and version with another hash (a modified copy), in the text, the JSON and the
 * summary workbook; `template --ruleset` records the ruleset a workbook expects, and scoring it
 * with other rules gives W_RULESET. Every workbook is generated here and scored by the command.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ConsolidatedWorkbook, Consolidation, Report, RulesetMatch } from "../../src/core";
import { parseRuleset, rulesetHash, STAMP_PROPERTY, TEMPLATE_PROPERTY } from "../../src/core";
import type { VerifyResult } from "../../src/cli/commands/verify";
import { parseCustomProperties } from "../../src/xlsx/customProperties";
import { cellsWorkbookFixture, fourGoodRow, rosterFor } from "../support/xlsxFixtures";
import { chibo4totInProcess } from "./inProcess";

const PROVINCE = path.resolve(import.meta.dirname, "../fixtures/rulesets/tinh-mau-nghiem.v1.json");

let dir: string;
const file = (name: string): string => path.join(dir, name);
const run = (args: string[]) => chibo4totInProcess(args, dir);

/** Each generated workbook and what its stamp is against the province's ruleset. */
const CASES: Record<string, RulesetMatch> = {
  "same.xlsx": "same",
  "other-version.xlsx": "otherVersion",
  "other-id.xlsx": "otherRuleset",
  "modified.xlsx": "modifiedCopy",
};

async function customProperties(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("docProps/custom.xml")?.async("string");
  return xml ? parseCustomProperties(xml) : {};
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-ruleset-proof-"));
  const rows = [fourGoodRow("CB01", "Chi bộ thôn Bắc"), fourGoodRow("CB02", "Chi bộ thôn Nam")];
  const fixture = await cellsWorkbookFixture(rows, {
    roster: [...rosterFor("CB01"), ...rosterFor("CB02")],
  });
  await writeFile(file("unscored.xlsx"), fixture.bytes);

  const province = JSON.parse(await readFile(PROVINCE, "utf8"));
  await writeFile(file("tinh.json"), JSON.stringify(province, null, 2));
  await writeFile(file("tinh-v2.json"), JSON.stringify({ ...province, version: 2 }));
  const edited = structuredClone(province);
  edited.organization.minFourGoodShare = 50; // same id and version, another threshold
  await writeFile(file("tinh-edited.json"), JSON.stringify(edited));

  const scorings: [string, string[]][] = [
    ["same.xlsx", ["--ruleset", "tinh.json"]],
    ["other-version.xlsx", ["--ruleset", "tinh-v2.json"]],
    ["other-id.xlsx", []],
    ["modified.xlsx", ["--ruleset", "tinh-edited.json"]],
  ];
  for (const [out, options] of scorings) {
    const scored = await run(["score", "unscored.xlsx", "--out", out, ...options]);
    assert.ok(scored.code <= 1, scored.stderr);
  }
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the stamp's ruleset hash", () => {
  it("is the SHA-256 of the ruleset's canonical JSON, beside its id and version", async () => {
    const properties = await customProperties(new Uint8Array(await readFile(file("same.xlsx"))));
    const ruleset = parseRuleset(await readFile(PROVINCE, "utf8"));
    assert.equal(properties[STAMP_PROPERTY.ruleset], "tinh-mau-nghiem@1");
    assert.equal(properties[STAMP_PROPERTY.rulesetHash], await rulesetHash(ruleset));
    const modified = await customProperties(new Uint8Array(await readFile(file("modified.xlsx"))));
    assert.equal(modified[STAMP_PROPERTY.ruleset], "tinh-mau-nghiem@1");
    assert.notEqual(modified[STAMP_PROPERTY.rulesetHash], properties[STAMP_PROPERTY.rulesetHash]);
  });
});

describe("verify --ruleset", () => {
  it("reports same rules, another version, another ruleset and a modified copy, each as such", async () => {
    const result = await run(["verify", ...Object.keys(CASES), "--ruleset", "tinh.json", "--json", "-"]);
    assert.equal(result.code, 1, result.stderr);
    const json = JSON.parse(result.stdout) as VerifyResult;
    assert.equal(json.expectedRuleset?.id, "tinh-mau-nghiem");
    for (const [name, match] of Object.entries(CASES)) {
      const entry = json.files.find((f) => f.file === name);
      assert.equal(entry?.stamp, "valid", name);
      assert.equal(entry?.rulesetMatch, match, name);
      assert.match(entry?.ruleset?.hash ?? "", /^[0-9a-f]{64}$/, name);
    }
  });

  it("says so in the text, in both languages", async () => {
    const vi = await run(["verify", ...Object.keys(CASES), "--ruleset", "tinh.json"]);
    assert.equal(vi.code, 1);
    assert.match(vi.stdout, /3 tệp có dấu kiểm tra không phải của bộ tiêu chí tinh-mau-nghiem@1/);
    assert.match(vi.stdout, /modified\.xlsx: CHẤM BẰNG BẢN BỘ TIÊU CHÍ ĐÃ BỊ SỬA/);
    assert.match(vi.stdout, /other-version\.xlsx: PHIÊN BẢN KHÁC/);
    assert.match(vi.stdout, /other-id\.xlsx: BỘ TIÊU CHÍ KHÁC/);
    const en = await run(["verify", ...Object.keys(CASES), "--ruleset", "tinh.json", "--lang", "en"]);
    assert.match(en.stdout, /modified\.xlsx: SCORED WITH A MODIFIED COPY OF THE RULES/);
    assert.match(en.stdout, /tinh-mau-nghiem@1 \(same rules\)/);
  });

  it("passes a workbook scored with the rules given, and flags nothing without --ruleset", async () => {
    const same = await run(["verify", "same.xlsx", "--ruleset", "tinh.json"]);
    assert.equal(same.code, 0, same.stdout);
    const plain = await run(["verify", ...Object.keys(CASES), "--json", "-"]);
    assert.equal(plain.code, 0);
    const json = JSON.parse(plain.stdout) as VerifyResult;
    assert.equal(json.expectedRuleset, null);
    assert.ok(json.files.every((f) => f.rulesetMatch === null));
  });

  it("reads a stamp made before the hash: valid, same id and version, unproven, not flagged", async () => {
    const zip = await JSZip.loadAsync(await readFile(file("same.xlsx")));
    const xml = await zip.file("docProps/custom.xml")!.async("string");
    const withoutHash = xml.replace(/<property[^>]*name="chibo4tot\.rulesetHash"[^>]*>.*?<\/property>/, "");
    assert.notEqual(withoutHash, xml);
    zip.file("docProps/custom.xml", withoutHash);
    await writeFile(file("older.xlsx"), await zip.generateAsync({ type: "uint8array" }));
    const result = await run(["verify", "older.xlsx", "--ruleset", "tinh.json", "--json", "-"]);
    assert.equal(result.code, 0);
    const entry = (JSON.parse(result.stdout) as VerifyResult).files[0];
    assert.equal(entry?.stamp, "valid");
    assert.equal(entry?.ruleset?.hash, null);
    assert.equal(entry?.rulesetMatch, "sameUnproven");
    await rm(file("older.xlsx"));
  });
});

describe("consolidate --ruleset", () => {
  let consolidation: Consolidation;
  let printed: string;

  before(async () => {
    const args = ["consolidate", ...Object.keys(CASES), "--ruleset", "tinh.json", "--out", "tong-hop.xlsx"];
    const json = await run([...args, "--json", "-", "--force"]);
    assert.equal(json.code, 1, json.stderr);
    consolidation = JSON.parse(json.stdout) as Consolidation;
    printed = (await run([...args, "--force"])).stdout;
  });

  it("flags each workbook scored with other rules in the JSON, and counts them", () => {
    const byFile = new Map<string, ConsolidatedWorkbook>(
      consolidation.workbooks.map((book) => [book.file, book]),
    );
    for (const [name, match] of Object.entries(CASES)) {
      assert.equal(byFile.get(name)?.rulesetMatch, match, name);
    }
    assert.equal(byFile.get("other-id.xlsx")?.stampRuleset?.id, "4tot-default");
    assert.equal(consolidation.totals.otherRules, 3);
  });

  it("names them in the printed summary", () => {
    assert.match(printed, /3 tệp có dấu kiểm tra không phải của bộ tiêu chí tinh-mau-nghiem@1/);
    assert.match(printed, /modified\.xlsx: tinh-mau-nghiem@1 \(CHẤM BẰNG BẢN BỘ TIÊU CHÍ ĐÃ BỊ SỬA\)/);
    assert.match(printed, /other-id\.xlsx: 4tot-default@1 \(BỘ TIÊU CHÍ KHÁC\)/);
  });

  it("shows the stamp's ruleset and the flag in the summary workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("tong-hop.xlsx"));
    const summary = workbook.getWorksheet("Tổng hợp")!;
    const header = summary.getRow(4);
    let column = 0;
    header.eachCell((cell, number) => {
      if (cell.value === "Bộ tiêu chí ghi trong dấu") column = number;
    });
    assert.ok(column > 0, "the column is there");
    const texts = new Map<string, string>();
    for (let row = 5; row < 5 + Object.keys(CASES).length; row++) {
      texts.set(String(summary.getRow(row).getCell(2).value), String(summary.getRow(row).getCell(column).value));
    }
    assert.equal(texts.get("same.xlsx"), "tinh-mau-nghiem@1 (đúng bộ tiêu chí)");
    assert.equal(texts.get("other-version.xlsx"), "tinh-mau-nghiem@2 (PHIÊN BẢN KHÁC)");
    assert.equal(texts.get("other-id.xlsx"), "4tot-default@1 (BỘ TIÊU CHÍ KHÁC)");
    assert.equal(texts.get("modified.xlsx"), "tinh-mau-nghiem@1 (CHẤM BẰNG BẢN BỘ TIÊU CHÍ ĐÃ BỊ SỬA)");
    const totals = summary.getRow(5 + Object.keys(CASES).length);
    assert.equal(totals.getCell(column).value, "3 sổ chấm theo bộ tiêu chí khác");
  });
});

describe("template --ruleset", () => {
  it("records the ruleset's id, version and hash; other rules give W_RULESET naming both", async () => {
    const made = await run(["template", "--out", "mau-tinh.xlsx", "--ruleset", "tinh.json"]);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /tinh-mau-nghiem@1/);
    const properties = await customProperties(new Uint8Array(await readFile(file("mau-tinh.xlsx"))));
    const ruleset = parseRuleset(await readFile(PROVINCE, "utf8"));
    assert.equal(properties[TEMPLATE_PROPERTY.ruleset], "tinh-mau-nghiem@1");
    assert.equal(properties[TEMPLATE_PROPERTY.rulesetHash], await rulesetHash(ruleset));

    const report = async (...options: string[]) =>
      JSON.parse((await run(["score", "mau-tinh.xlsx", "--json", "-", ...options])).stdout) as Report;
    const warnings = (r: Report) => r.findings.filter((f) => f.rule === "W_RULESET");
    const byDefault = warnings(await report());
    assert.equal(byDefault.length, 1);
    assert.equal(byDefault[0]?.sheet, "Chi bộ");
    assert.equal(byDefault[0]?.cell, "A1");
    assert.match(byDefault[0]?.message ?? "", /“tinh-mau-nghiem@1”.*“4tot-default@1”/);
    assert.deepEqual(warnings(await report("--ruleset", "tinh.json")), []);
    const modified = warnings(await report("--ruleset", "tinh-edited.json"));
    assert.match(modified[0]?.message ?? "", /bản đã bị sửa/);
  });

  it("the expected ruleset survives scoring: the stamp never replaces it", async () => {
    const scored = await run(["score", "mau-tinh.xlsx", "--out", "mau-tinh-cham.xlsx", "--ruleset", "tinh.json"]);
    assert.ok(scored.code <= 2, scored.stderr);
    const properties = await customProperties(new Uint8Array(await readFile(file("mau-tinh-cham.xlsx"))));
    assert.equal(properties[TEMPLATE_PROPERTY.ruleset], "tinh-mau-nghiem@1");
    assert.equal(properties[STAMP_PROPERTY.ruleset], "tinh-mau-nghiem@1");
  });

  it("leaves the default template without an expected ruleset", async () => {
    await run(["template", "--out", "mau.xlsx"]);
    const properties = await customProperties(new Uint8Array(await readFile(file("mau.xlsx"))));
    assert.equal(properties[TEMPLATE_PROPERTY.ruleset], undefined);
  });
});
