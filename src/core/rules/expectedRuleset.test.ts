import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellsWorkbook, fourGoodRow, SHEET } from "../../../test/support/gridBuilder";
import { EngineError } from "../errors";
import { DEFAULT_RULESET, evaluateWorkbook } from "../index";

describe("W_RULESET: scored with other rules than the workbook expects", () => {
  const { grid } = cellsWorkbook({ rows: [fourGoodRow("CB01")] });
  const hash = "ab".repeat(32);
  const findingsWith = (options: Partial<Parameters<typeof evaluateWorkbook>[1]>) =>
    evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang: "en", ...options }).findings.filter(
      (f) => f.rule === "W_RULESET",
    );

  it("is silent when the workbook expects nothing, or the rules it expects", () => {
    assert.deepEqual(findingsWith({}), []);
    assert.deepEqual(findingsWith({ expectedRuleset: { id: "4tot-default", version: 1, hash: null } }), []);
    assert.deepEqual(
      findingsWith({ expectedRuleset: { id: "4tot-default", version: 1, hash }, rulesetHash: hash }),
      [],
    );
    assert.deepEqual(
      findingsWith({ expectedRuleset: { id: "4tot-default", version: 1, hash } }),
      [],
      "without the scoring ruleset's hash only ids and versions are compared",
    );
  });

  it("names both rulesets, on A1 of Chi bộ, as a warning that does not stop scoring", () => {
    const evaluation = evaluateWorkbook(grid, {
      ruleset: DEFAULT_RULESET,
      expectedRuleset: { id: "tinh-mau-nghiem", version: 1, hash },
    });
    const found = evaluation.findings.filter((f) => f.rule === "W_RULESET");
    assert.equal(found.length, 1);
    assert.equal(found[0]?.severity, "warning");
    assert.equal(found[0]?.sheet, SHEET.cells);
    assert.equal(found[0]?.cell, "A1");
    assert.match(found[0]?.messages.vi ?? "", /tinh-mau-nghiem@1.*4tot-default@1/);
    assert.match(found[0]?.messages.en ?? "", /tinh-mau-nghiem@1.*4tot-default@1/);
    assert.equal(evaluation.report.status, "scored");
    const version = findingsWith({ expectedRuleset: { id: "4tot-default", version: 2, hash: null } });
    assert.match(version[0]?.message ?? "", /4tot-default@2.*4tot-default@1/);
  });

  it("tells a modified copy with the same id and version when the hash is given", () => {
    const found = findingsWith({
      expectedRuleset: { id: "4tot-default", version: 1, hash },
      rulesetHash: "cd".repeat(32),
    });
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? "", /modified copy/);
  });

  it("refuses a malformed hash or expectation (misuse)", () => {
    assert.throws(() => findingsWith({ rulesetHash: "xyz" }), EngineError);
    assert.throws(
      () => findingsWith({ expectedRuleset: { id: "x", version: 1.5, hash: null } }),
      EngineError,
    );
  });
});
