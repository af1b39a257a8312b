/**
 * What a workbook records about a ruleset (the stamp: the rules it was scored with; a template:
 * the rules it expects) and how that compares with the ruleset at hand. The hash is the SHA-256
 * of the ruleset's canonical JSON (canonicalJson.ts, share/rulesetHash.ts): it tells a province's
 * ruleset from an edited copy that kept its id and version.
 */

/** A ruleset named by its id and version, with the hash of its canonical JSON when known. */
export interface RulesetReference {
  readonly id: string;
  readonly version: number;
  /** 64 lower-case hex digits; null when not recorded (stamps made before the hash existed). */
  readonly hash: string | null;
}

/**
 * How recorded rules compare with the ruleset at hand:
 * - `same`: same id, version and hash;
 * - `sameUnproven`: same id and version, but one side has no hash, so an edited copy cannot be
 *   told apart (an older stamp);
 * - `otherRuleset`: another id;
 * - `otherVersion`: the same id, another version;
 * - `modifiedCopy`: the same id and version with another hash: scored with a modified copy of
 *   the rules.
 */
export type RulesetMatch = "same" | "sameUnproven" | "otherRuleset" | "otherVersion" | "modifiedCopy";

/** The matches that mean "not the rules at hand" (a workbook to flag). */
export const OTHER_RULES: readonly RulesetMatch[] = ["otherRuleset", "otherVersion", "modifiedCopy"];

/** Whether a match means the workbook was scored with other rules (null/undefined: no stamp). */
export function isOtherRules(match: RulesetMatch | null | undefined): boolean {
  return match !== null && match !== undefined && OTHER_RULES.includes(match);
}

export function rulesetMatch(recorded: RulesetReference, current: RulesetReference): RulesetMatch {
  if (recorded.id !== current.id) return "otherRuleset";
  if (recorded.version !== current.version) return "otherVersion";
  if (recorded.hash === null || current.hash === null) return "sameUnproven";
  return recorded.hash.toLowerCase() === current.hash.toLowerCase() ? "same" : "modifiedCopy";
}

/** "4tot-default@1": how a stamp and a template write a ruleset's id and version. */
export function rulesetLabel(reference: Pick<RulesetReference, "id" | "version">): string {
  return `${reference.id}@${reference.version}`;
}

/** The id and version of a label "id@version", or null when it is not one. */
export function parseRulesetLabel(text: string): { id: string; version: number } | null {
  const at = text.lastIndexOf("@");
  const id = text.slice(0, at);
  const versionText = text.slice(at + 1);
  if (at <= 0 || !/^[0-9]{1,9}$/.test(versionText)) return null;
  return { id, version: Number(versionText) };
}

/** A hash as recorded: 64 hex digits (any case). */
export function isRulesetHash(text: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(text);
}
