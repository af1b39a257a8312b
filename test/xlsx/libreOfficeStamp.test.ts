/**
 * Does the stamp survive a round trip through LibreOffice Calc? A marked copy made by
 * `chibo4tot score --out` is opened and saved again as .xlsx by Debian's LibreOffice (headless
 * convert, as a clerk who edits at home with LibreOffice would save it). Runs when `soffice` is
 * installed (.ci/run installs libreoffice-calc-nogui); skipped, saying so, where it is not.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import JSZip from "jszip";
import type { Report } from "../../src/core";
import { chibo4totInProcess } from "../cli/inProcess";
import { rawCells, sheetPartOf } from "./packageParts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/templates/sample.xlsx");
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

describe(
  "the stamp through a LibreOffice Calc round trip",
  { skip: soffice === "" ? "soffice is not installed (Debian libreoffice-calc-nogui)" : false },
  () => {
    let dir: string;
    const file = (name: string) => path.join(dir, name);

    before(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "chibo4tot-lo-stamp-"));
      const scored = await chibo4totInProcess(["score", SAMPLE, "--out", file("marked.xlsx")], dir);
      assert.equal(scored.code, 1, scored.stderr);
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--norestore",
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          file("resaved"),
          file("marked.xlsx"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("keeps the stamp valid: LibreOffice keeps the custom properties and the input values", async () => {
      const verify = await chibo4totInProcess(
        ["verify", file("marked.xlsx"), file("resaved/marked.xlsx"), "--json", "-"],
        dir,
      );
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      const result = JSON.parse(verify.stdout) as { files: { stamp: string }[] };
      assert.deepEqual(
        result.files.map((f) => f.stamp),
        ["valid", "valid"],
      );
    });

    it("scores the resaved file as before, and scoring it again replaces its own report sheet", async () => {
      const report = async (name: string) =>
        JSON.parse(
          (await chibo4totInProcess(["score", file(name), "--json", "-"], dir)).stdout,
        ) as Report;
      const original = await report("marked.xlsx");
      assert.deepEqual(await report("resaved/marked.xlsx"), original);
      const again = await chibo4totInProcess(
        ["score", file("resaved/marked.xlsx"), "--out", file("again.xlsx")],
        dir,
      );
      assert.equal(again.code, 1, again.stderr);
      const zip = await JSZip.loadAsync(readFileSync(file("again.xlsx")));
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
      assert.equal(
        names.filter((name) => name.startsWith("Kết quả kiểm tra")).length,
        1,
        names.join(", "),
      );
    });

    it("turns stale when an input value of the resaved file changes", async () => {
      const bytes = readFileSync(file("resaved/marked.xlsx"));
      const zip = await JSZip.loadAsync(bytes);
      const parts = new Map<string, Uint8Array>();
      for (const name of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
        parts.set(name, await zip.file(name)!.async("uint8array"));
      const part = sheetPartOf(parts, "Chi bộ");
      const xml = await zip.file(part)!.async("string");
      const members = rawCells(xml).get("D10");
      assert.ok(members, "CB01's members cell D10 is in the sheet");
      zip.file(part, xml.replace(members, members.replace(/<v>[^<]*<\/v>/, "<v>33</v>")));
      writeFileSync(file("edited.xlsx"), await zip.generateAsync({ type: "uint8array" }));
      const verify = await chibo4totInProcess(["verify", file("edited.xlsx"), "--json", "-"], dir);
      assert.equal(verify.code, 1);
      assert.equal(
        (JSON.parse(verify.stdout) as { files: { stamp: string }[] }).files[0].stamp,
        "stale",
      );
    });
  },
);
