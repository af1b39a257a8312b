/**
 * W_RULESET: the workbook expects one ruleset (a template made with `chibo4tot template
 * --ruleset`, share/templateProperties.ts) and is scored with another: another id, another
 * version, or the same id and version with another hash (an edited copy; told only when the
 * caller gave the hash of the ruleset it scores with). Reported on A1 of the "Chi bộ" sheet (its
 * default name when the workbook has none): the sheet the scores are written to, and a cell
 * every template has. Scoring goes on.
 */
import { sheetRoleSpec } from "../catalog/sheetRoles";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { rulesetLabel, rulesetMatch } from "../ruleset/rulesetReference";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_RULESET;

export const expectedRulesetRule: Rule = {
  codes: ["W_RULESET"],
  workbook({ selection, rulesets }, findings) {
    const { expected, scoring } = rulesets;
    if (expected === null) return;
    const match = rulesetMatch(expected, scoring);
    if (match === "same" || match === "sameUnproven") return;
    findings.add({
      rule: "W_RULESET",
      sheet: selection.cells ?? sheetRoleSpec("cells").name,
      row: 0,
      col: 0,
      key: null,
      cellCode: null,
      messages:
        match === "modifiedCopy"
          ? messages.modifiedCopy(rulesetLabel(expected))
          : messages.otherRules(rulesetLabel(expected), rulesetLabel(scoring)),
    });
  },
};
