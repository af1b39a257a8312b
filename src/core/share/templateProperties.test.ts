import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { STAMP_PROPERTY_PREFIX } from "./stamp";
import {
  expectedRulesetFromProperties,
  expectedRulesetToProperties,
  TEMPLATE_PROPERTY,
} from "./templateProperties";

describe("the ruleset a template expects", () => {
  const expected = { id: "tinh-mau-nghiem", version: 1, hash: "ab".repeat(32) };

  it("round-trips through custom properties that a stamp never replaces", () => {
    const properties = expectedRulesetToProperties(expected);
    assert.deepEqual(properties, {
      [TEMPLATE_PROPERTY.ruleset]: "tinh-mau-nghiem@1",
      [TEMPLATE_PROPERTY.rulesetHash]: "ab".repeat(32),
    });
    for (const name of Object.keys(properties)) {
      assert.equal(name.toLowerCase().startsWith(STAMP_PROPERTY_PREFIX.toLowerCase()), false, name);
    }
    assert.deepEqual(expectedRulesetFromProperties({ Other: "x", ...properties }), expected);
    const upper = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k.toUpperCase(), v]));
    assert.deepEqual(expectedRulesetFromProperties(upper), expected);
  });

  it("is none without the property or when it is malformed; a malformed hash is left out", () => {
    assert.equal(expectedRulesetFromProperties({}), null);
    assert.equal(expectedRulesetFromProperties(null), null);
    assert.equal(expectedRulesetFromProperties({ [TEMPLATE_PROPERTY.ruleset]: "tinh-x" }), null);
    assert.deepEqual(
      expectedRulesetFromProperties({
        [TEMPLATE_PROPERTY.ruleset]: "tinh-x@3",
        [TEMPLATE_PROPERTY.rulesetHash]: "nope",
      }),
      { id: "tinh-x", version: 3, hash: null },
    );
  });
});
