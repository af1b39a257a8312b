/**
 * The rules run as a list: every finding type of the catalogue is declared by a rule of RULES,
 * and a rule can report only the codes it declares.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError, RULE_ORDER } from "../index";
import { FindingList } from "./findingList";
import { RULES } from "./ruleList";

describe("the rule list", () => {
  it("declares every code of the finding catalogue, each rule at least one", () => {
    const declared = new Set(RULES.flatMap((rule) => rule.codes));
    assert.deepEqual([...declared].sort(), [...RULE_ORDER].sort());
    assert.ok(RULES.every((rule) => rule.codes.length > 0));
  });

  it("every rule hooks into the evaluation somewhere", () => {
    for (const rule of RULES) {
      const hooks = (["workbook", "table", "row", "roster", "end"] as const).filter(
        (hook) => rule[hook] !== undefined,
      );
      assert.ok(hooks.length > 0, rule.codes.join(", "));
    }
  });

  it("a rule's sink takes its own codes and throws on any other", () => {
    const list = new FindingList();
    const sink = list.sinkFor(["W_TOTAL"]);
    const draft = {
      sheet: "Chi bộ",
      row: 3,
      col: 4,
      key: null,
      cellCode: null,
      messages: { vi: "a", en: "b" },
    };
    sink.add({ ...draft, rule: "W_TOTAL" });
    assert.equal(list.all.length, 1);
    assert.throws(() => sink.add({ ...draft, rule: "E_CROSS" }), EngineError);
    assert.equal(list.all.length, 1);
  });
});
