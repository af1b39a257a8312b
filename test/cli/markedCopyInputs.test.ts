/**
 * `score --out` never changes an input: every cell of every sheet of the original is, in the
 * marked copy, the very same XML element (value, type, style), except the output cells the plan
 * names; and the copy's inputs fingerprint like the original's. Checked on messy workbooks and on
 * the bundled sample, at the xlsx level.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DEFAULT_RULESET, fingerprintOf } from "../../src/core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import { cellsWorkbookFixture, fourGoodRow, rosterFor } from "../support/xlsxFixtures";
import { partsOf, rawCells, sheetNamesOf, sheetPartOf, textOf } from "../xlsx/packageParts";
import { chibo4totInProcess } from "./inProcess";

let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chibo4tot-inputs-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function workbooks(): Promise<[string, Uint8Array][]> {
  const rows = [
    fourGoodRow("CB01", "Chi bộ thôn Bắc"),
    fourGoodRow("CB02", "=Chi bộ “Nam”", { regular_meetings: " 11 ", cell_rating: "HTTVN" }),
    fourGoodRow("CB03", "Chi bộ Trạm Y tế", {
      members: 2,
      members_good: 2,
      attendance_pct: 88,
      targets_pct: "92,5%",
    }),
    fourGoodRow("CB01", "Chi bộ trùng mã", { members_good: 40 }),
  ];
  const messy = await cellsWorkbookFixture(rows, {
    rowsAbove: 2,
    headerText: "no-accents",
    totalRow: true,
    signature: true,
    percentAsFraction: true,
    hiddenSheets: true,
    extraColumns: ["Ghi chú"],
    roster: [...rosterFor("CB01"), ...rosterFor("CB09")],
  });
  const nfd = await cellsWorkbookFixture(
    [fourGoodRow("CB01", "Chi bộ thôn Đông".normalize("NFD"))],
    { headerText: "nfd", info: null },
  );
  return [
    ["messy.xlsx", messy.bytes],
    ["nfd.xlsx", nfd.bytes],
    ["sample.xlsx", new Uint8Array(await readFile("assets/templates/sample.xlsx"))],
  ];
}

describe("score --out keeps every input cell", () => {
  it("element for element, on every sheet, outside the plan's output cells", async () => {
    for (const [name, bytes] of await workbooks()) {
      await writeFile(path.join(dir, name), bytes);
      const marked = `marked-${name}`;
      const run = await chibo4totInProcess(["score", name, "--out", marked, "--force"], dir);
      assert.ok(run.code === 0 || run.code === 1, `${name}: ${run.stderr}`);
      const copy = new Uint8Array(await readFile(path.join(dir, marked)));

      const original = await evaluateXlsx(bytes, { lang: "vi", ruleset: DEFAULT_RULESET });
      const outputs = original.evaluation.outputs;
      const written = new Set<string>();
      if (outputs) {
        for (const header of outputs.newHeaders) written.add(header.cell);
        for (const row of outputs.rows)
          for (const column of outputs.columns) written.add(`${column.column}${row.row}`);
      }

      const before = await partsOf(bytes);
      const after = await partsOf(copy);
      let compared = 0;
      for (const sheet of sheetNamesOf(before)) {
        const cellsBefore = rawCells(textOf(before, sheetPartOf(before, sheet)));
        const cellsAfter = rawCells(textOf(after, sheetPartOf(after, sheet)));
        const isOutputSheet = outputs !== null && sheet === outputs.sheet;
        for (const [a1, xml] of cellsBefore) {
          if (isOutputSheet && written.has(a1)) continue;
          assert.equal(cellsAfter.get(a1), xml, `${name}: ${sheet}!${a1}`);
          compared++;
        }
        for (const a1 of cellsAfter.keys()) {
          if (!cellsBefore.has(a1))
            assert.ok(isOutputSheet && written.has(a1), `${name}: ${sheet}!${a1} was added`);
        }
      }
      assert.ok(compared > 50, `${name}: ${compared} cells compared`);
      // Text cells point into the shared strings: the part must be the very same, or the same
      // <c> element would show another text.
      if (before.has("xl/sharedStrings.xml")) {
        assert.equal(
          textOf(after, "xl/sharedStrings.xml"),
          textOf(before, "xl/sharedStrings.xml"),
          `${name}: shared strings`,
        );
      }

      const again = await evaluateXlsx(copy, { lang: "vi", ruleset: DEFAULT_RULESET });
      assert.equal(
        await fingerprintOf(again.evaluation),
        await fingerprintOf(original.evaluation),
        `${name}: same inputs`,
      );
      assert.equal(again.stampStatus, "valid");
      assert.deepEqual(again.evaluation.report, original.evaluation.report);
    }
  });
});
