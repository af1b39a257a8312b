import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { canonicalJson } from "../ruleset/canonicalJson";
import { DEFAULT_RULESET, loadRuleset } from "../ruleset/loadRuleset";
import { rulesetMatch, type RulesetReference } from "../ruleset/rulesetReference";
import { rulesetHash, rulesetReference } from "./rulesetHash";

const fixture = new URL("../../../test/fixtures/rulesets/tinh-mau-nghiem.v1.json", import.meta.url);

describe("rulesetHash", () => {
  it("is the SHA-256 of the canonical JSON, whatever the file's key order and white space", async () => {
    const text = readFileSync(fixture, "utf8");
    const ruleset = loadRuleset(JSON.parse(text));
    const expected = createHash("sha256").update(canonicalJson(JSON.parse(text)), "utf8").digest("hex");
    assert.equal(await rulesetHash(ruleset), expected);
    const reordered = loadRuleset(
      Object.fromEntries(Object.entries(JSON.parse(text) as object).reverse()),
    );
    assert.equal(await rulesetHash(reordered), expected);
    const { hash } = await rulesetReference(ruleset);
    assert.match(hash ?? "", /^[0-9a-f]{64}$/);
  });

  it("changes with any threshold", async () => {
    const edited = structuredClone(DEFAULT_RULESET) as { organization: { minFourGoodShare: number } };
    edited.organization.minFourGoodShare = 60;
    assert.notEqual(
      await rulesetHash(loadRuleset(edited)),
      await rulesetHash(DEFAULT_RULESET),
    );
  });
});

describe("rulesetMatch", () => {
  const current: RulesetReference = { id: "tinh-x", version: 2, hash: "ab".repeat(32) };
  it("tells the same rules, another ruleset, another version and a modified copy", () => {
    assert.equal(rulesetMatch({ ...current }, current), "same");
    assert.equal(rulesetMatch({ ...current, hash: "AB".repeat(32) }, current), "same");
    assert.equal(rulesetMatch({ ...current, id: "4tot-default" }, current), "otherRuleset");
    assert.equal(rulesetMatch({ ...current, version: 1 }, current), "otherVersion");
    assert.equal(rulesetMatch({ ...current, hash: "cd".repeat(32) }, current), "modifiedCopy");
    assert.equal(rulesetMatch({ ...current, hash: null }, current), "sameUnproven");
    assert.equal(rulesetMatch(current, { ...current, hash: null }), "sameUnproven");
  });
});
