/**
 * An extra, optional check: LibreOffice (when `soffice` is installed) opens the marked copy and
 * reads its cells, its report sheet and its internal links. Skipped where LibreOffice is absent.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMarkedCopy } from "../../src/xlsx/patch/writeMarkedCopy";
import { templateWorkbook } from "./fixtures";
import { planFor } from "./plans";
import { partsOf, sheetPartOf, textOf } from "./packageParts";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

describe("the marked copy in LibreOffice", { skip: soffice === "" ? "soffice is not installed" : false }, () => {
  it("opens, with the output cells and the report sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chibo4tot-lo-"));
    try {
      const file = join(dir, "marked.xlsx");
      writeFileSync(file, await writeMarkedCopy(await templateWorkbook(), planFor()));
      // Every sheet to its own CSV (UTF-8), and the workbook back to xlsx as LibreOffice understood it.
      execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
      const csv = (sheet: string) => readFileSync(join(dir, readdirSync(dir).find((name) => name.endsWith(`-${sheet}.csv`))!), "utf8");
      const cells = csv("Chi bộ").split("\n");
      assert.match(cells[8], /^3,CB03,Chi bộ thôn 3,.*,25,25,25,19,94,Chưa đạt,IV$/);
      assert.match(cells[4], /,Kết quả,Tiêu chí chưa đạt$/);
      assert.match(csv("Kết quả kiểm tra"), /=Giá trị ở D7 vượt quá 100 & <không hợp lệ>/);

      // Saved again by LibreOffice: it understood the marks' formulas and the internal links.
      execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "resaved"), file], { stdio: "ignore", timeout: 120_000 });
      const resaved = await partsOf(readFileSync(join(dir, "resaved", "marked.xlsx")));
      const scored = textOf(resaved, sheetPartOf(resaved, "Chi bộ"));
      assert.match(scored, /<conditionalFormatting sqref="F9"><cfRule type="expression"[^>]*><formula>AND\(ISNUMBER\(F9\),F9&lt;100,ISTEXT\(&quot;chibo4tot-mark&quot;\)\)<\/formula>/);
      assert.match(textOf(resaved, sheetPartOf(resaved, "Kết quả kiểm tra")), /<hyperlink ref="C5"[^>]*location="(?:'|&apos;)Chi bộ(?:'|&apos;)!D7"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
