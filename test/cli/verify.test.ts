/**
 * `chibo4tot verify`: valid on a fresh marked copy, still valid after a format-only edit and after
 * an edit to an output cell, stale after any input value changes, none on an unscored file, and a
 * file that cannot be read reported without stopping the others. The edits are made on the xlsx
 * package itself (unzip, edit the part's XML text, zip again), so no library round trip can hide
 * a part it would lose or rewrite.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import JSZip from "jszip";
import { DEFAULT_RULESET, rulesetHash } from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import type { VerifyResult } from "../../src/cli/commands/verify";
import { cellsWorkbookFixture, fourGoodRow, rosterFor } from "../support/xlsxFixtures";
import { rawCells, sheetPartOf } from "../xlsx/packageParts";
import { chibo4totInProcess } from "./inProcess";

let dir: string;
const file = (name: string): string => path.join(dir, name);
let inputCell: string;
let outputCell: string;
let infoValueCell: string;

/** The package with one part's text changed by `edit` (which must change it). */
async function editPart(
  bytes: Uint8Array,
  part: (zip: JSZip) => Promise<string> | string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const name = await part(zip);
  const xml = await zip.file(name)!.async("string");
  const changed = edit(xml);
  assert.notEqual(changed, xml, `the edit changes ${name}`);
  zip.file(name, changed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const parts = new Map<string, Uint8Array>();
  for (const name of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
    parts.set(name, await zip.file(name)!.async("uint8array"));
  return sheetPartOf(parts, sheet);
}

/** Replaces the value of cell `a1` in a sheet's XML (a number cell `<c r="A1" …><v>…</v></c>`). */
function setNumber(xml: string, a1: string, value: number): string {
  const cell = rawCells(xml).get(a1);
  assert.ok(cell, `cell ${a1} is in the sheet`);
  return xml.replace(cell, cell.replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`));
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-verify-"));
  const rows = [
    fourGoodRow("CB01", "Chi bộ thôn Bắc"),
    fourGoodRow("CB02", "Chi bộ thôn Nam", { regular_meetings: 11 }),
  ];
  const fixture = await cellsWorkbookFixture(rows, {
    roster: [...rosterFor("CB01"), ...rosterFor("CB02")],
  });
  await writeFile(file("unscored.xlsx"), fixture.bytes);
  inputCell = fixture.at.cell("regular_meetings", 0);
  const scored = await chibo4totInProcess(["score", "unscored.xlsx", "--out", "marked.xlsx"], dir);
  assert.equal(scored.code, 0, scored.stderr);

  const marked = new Uint8Array(await readFile(file("marked.xlsx")));
  const { evaluation } = await evaluateXlsx(marked, { lang: "vi", ruleset: DEFAULT_RULESET });
  const outputs = evaluation.outputs!;
  const total = outputs.columns.find((c) => c.key === "score_total")!.column;
  outputCell = `${total}${outputs.rows[0].row}`;
  infoValueCell = evaluation.layout.info!.organizationCell!;
  const sheet = (zip: JSZip) => sheetPart(zip, fixture.at.sheet);

  // Format only: the first font turns bold and red, a data row gets taller.
  await writeFile(
    file("format-edit.xlsx"),
    await editPart(
      await editPart(
        marked,
        () => "xl/styles.xml",
        (xml) => xml.replace(/<font>/, '<font><b/><color rgb="FFFF0000"/>'),
      ),
      sheet,
      (xml) =>
        xml.replace(
          `<row r="${outputs.rows[0].row}"`,
          `<row r="${outputs.rows[0].row}" ht="40" customHeight="1"`,
        ),
    ),
  );
  // An output cell overwritten by hand.
  await writeFile(
    file("output-edit.xlsx"),
    await editPart(marked, sheet, (xml) => setNumber(xml, outputCell, 55)),
  );
  // One input value changed: 12 regular meetings become 10.
  await writeFile(
    file("input-edit.xlsx"),
    await editPart(marked, sheet, (xml) => setNumber(xml, inputCell, 10)),
  );
  // The organisation's name on "Thông tin" retyped.
  await writeFile(
    file("info-edit.xlsx"),
    await editPart(
      marked,
      () => "xl/sharedStrings.xml",
      (xml) => xml.replace("Đảng bộ xã Thử Nghiệm", "Đảng bộ xã Thử Nghiệm Mới"),
    ),
  );
  await writeFile(file("broken.xlsx"), new TextEncoder().encode("%PDF-1.7 not a workbook"));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function verifyJson(
  ...names: string[]
): Promise<{ code: number; result: VerifyResult; stderr: string }> {
  const run = await chibo4totInProcess(["verify", ...names, "--json", "-"], dir);
  return { code: run.code, result: JSON.parse(run.stdout) as VerifyResult, stderr: run.stderr };
}

describe("chibo4tot verify", () => {
  it("says valid on a fresh marked copy, with the stamp's time, ruleset and summary (exit 0)", async () => {
    const { code, result } = await verifyJson("marked.xlsx");
    assert.equal(code, 0);
    assert.equal(result.files.length, 1);
    const [entry] = result.files;
    assert.equal(entry.file, "marked.xlsx");
    assert.equal(entry.stamp, "valid");
    assert.match(entry.scoredAt ?? "", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    assert.deepEqual(entry.ruleset, {
      id: "4tot-default",
      version: 1,
      hash: await rulesetHash(DEFAULT_RULESET),
    });
    assert.equal(entry.rulesetMatch, null, "compared with no ruleset without --ruleset");
    assert.deepEqual(entry.summary, {
      cells: 2,
      scored: 2,
      fourGood: 2,
      errors: 0,
      warnings: 0,
      shortfalls: 1,
      orgFourGood: true,
    });
  });

  it("stays valid after a format-only edit and after an edit to an output cell", async () => {
    const { code, result } = await verifyJson("format-edit.xlsx", "output-edit.xlsx");
    assert.deepEqual(
      result.files.map((f) => [f.file, f.stamp]),
      [
        ["format-edit.xlsx", "valid"],
        ["output-edit.xlsx", "valid"],
      ],
    );
    assert.equal(code, 0);
  });

  it("says stale when an input value changed, on “Chi bộ” or on “Thông tin” (exit 1)", async () => {
    const { code, result } = await verifyJson("input-edit.xlsx", "info-edit.xlsx", "marked.xlsx");
    assert.deepEqual(
      result.files.map((f) => f.stamp),
      ["stale", "stale", "valid"],
    );
    assert.equal(code, 1);
    assert.deepEqual(
      result.files[0].summary?.shortfalls,
      1,
      "the summary is what the stamp says, not a new scoring",
    );
  });

  it("says none on an unscored file (exit 1)", async () => {
    const { code, result } = await verifyJson("unscored.xlsx");
    assert.deepEqual(result.files, [
      {
        file: "unscored.xlsx",
        stamp: "none",
        scoredAt: null,
        ruleset: null,
        rulesetMatch: null,
        summary: null,
      },
    ]);
    assert.equal(code, 1);
  });

  it("reports a file it cannot read and still reports the others (exit 2)", async () => {
    const { code, result } = await verifyJson("broken.xlsx", "marked.xlsx", "missing.xlsx");
    assert.equal(code, 2);
    assert.deepEqual(
      result.files.map((f) => [f.file, f.stamp]),
      [
        ["broken.xlsx", null],
        ["marked.xlsx", "valid"],
        ["missing.xlsx", null],
      ],
    );
    assert.match(result.files[0].error ?? "", /PDF/);
    assert.match(result.files[2].error ?? "", /không tìm thấy/);
  });

  it("searches a folder, skipping lock files, and prints a table in the language asked", async () => {
    await writeFile(file("~$marked.xlsx"), new Uint8Array([1, 2, 3]));
    await writeFile(file("notes.txt"), "ghi chú");
    const run = await chibo4totInProcess(["verify", ".", "--lang", "en"], dir);
    assert.equal(run.code, 2, "broken.xlsx is in the folder");
    assert.match(run.stdout, /^File\s+Stamp\s+Scored at/);
    assert.match(run.stdout, /marked\.xlsx\s+valid/);
    assert.match(run.stdout, /input-edit\.xlsx\s+CHANGED/);
    assert.match(run.stdout, /unscored\.xlsx\s+not scored/);
    assert.match(run.stdout, /Could not be read:\n {2}broken\.xlsx: /);
    assert.doesNotMatch(run.stdout, /~\$marked|notes\.txt/);
    assert.match(
      run.stdout,
      /7 file\(s\): 3 unchanged since scoring, 2 changed after scoring, 1 not scored, 1 unreadable\./,
    );
    const vi = await chibo4totInProcess(["verify", "marked.xlsx"], dir);
    assert.match(vi.stdout, /marked\.xlsx\s+hợp lệ\s+\d{2}:\d{2} ngày/);
    assert.equal(vi.stderr, "");
  });

  it("writes the JSON to a file when asked, and says so", async () => {
    const run = await chibo4totInProcess(["verify", "marked.xlsx", "--json", "verify.json"], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Đã ghi kết quả JSON: verify\.json/);
    const written = JSON.parse(await readFile(file("verify.json"), "utf8")) as VerifyResult;
    assert.equal(written.files[0].stamp, "valid");
  });
});

describe("the marked copy keeps the inputs, the stamp proves it", () => {
  it("has the same fingerprint as the original", async () => {
    const original = await evaluateXlsx(new Uint8Array(await readFile(file("unscored.xlsx"))), {
      lang: "vi",
      ruleset: DEFAULT_RULESET,
    });
    const marked = await evaluateXlsx(new Uint8Array(await readFile(file("marked.xlsx"))), {
      lang: "vi",
      ruleset: DEFAULT_RULESET,
    });
    assert.equal(original.evaluation.canonicalInputs, marked.evaluation.canonicalInputs);
    assert.deepEqual(original.evaluation.report, marked.evaluation.report);
    assert.equal(marked.stamp?.reportSheet, "Kết quả kiểm tra");
    assert.ok(infoValueCell.length > 0);
  });
});
