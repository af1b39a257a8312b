/**
 * Which rules a workbook expects: a template made for a province's ruleset
 * (`chibo4tot template --ruleset <file>`) carries that ruleset's id, version and hash as custom
 * document properties, beside the stamp's but under another prefix, so that writing or replacing
 * a stamp (which replaces every `chibo4tot.` property) never removes them. Scoring the workbook
 * with other rules gives W_RULESET (rules/expectedRuleset.ts).
 *
 * | property | value |
 * |---|---|
 * | chibo4tot-template.ruleset | ruleset id and version, "tinh-ha-tinh@1" |
 * | chibo4tot-template.rulesetHash | 64 lower-case hex digits (share/rulesetHash.ts) |
 */
import {
  isRulesetHash,
  parseRulesetLabel,
  rulesetLabel,
  type RulesetReference,
} from "../ruleset/rulesetReference";

export const TEMPLATE_PROPERTY_PREFIX = "chibo4tot-template.";

export const TEMPLATE_PROPERTY = {
  ruleset: `${TEMPLATE_PROPERTY_PREFIX}ruleset`,
  rulesetHash: `${TEMPLATE_PROPERTY_PREFIX}rulesetHash`,
} as const;

/** The expected ruleset as custom document properties (name → text). */
export function expectedRulesetToProperties(expected: RulesetReference): Record<string, string> {
  return {
    [TEMPLATE_PROPERTY.ruleset]: rulesetLabel(expected),
    ...(expected.hash === null ? {} : { [TEMPLATE_PROPERTY.rulesetHash]: expected.hash }),
  };
}

/**
 * The ruleset a workbook expects, from its custom document properties (names compared without
 * regard to case, as Office does), or null when it names none or the name is malformed. A
 * malformed hash is left out (the id and version still say which rules are expected).
 */
export function expectedRulesetFromProperties(
  properties: Readonly<Record<string, unknown>> | null | undefined,
): RulesetReference | null {
  if (properties === null || typeof properties !== "object") return null;
  const read = (name: string): string | null => {
    const folded = name.toLowerCase();
    for (const [key, value] of Object.entries(properties)) {
      if (key.toLowerCase() === folded) return typeof value === "string" ? value.trim() : null;
    }
    return null;
  };
  const label = read(TEMPLATE_PROPERTY.ruleset);
  const named = label === null ? null : parseRulesetLabel(label);
  if (named === null) return null;
  const hash = read(TEMPLATE_PROPERTY.rulesetHash);
  return { ...named, hash: hash !== null && isRulesetHash(hash) ? hash.toLowerCase() : null };
}
