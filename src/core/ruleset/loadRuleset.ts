/**
 * Loading a ruleset: any JSON value in, a validated, frozen Ruleset out, or a RulesetError naming
 * every problem. The default ruleset is loaded through the same door.
 */
import { RulesetError } from "../errors";
import defaultRulesetJson from "./rulesets/4tot-default.v1.json";
import type { Ruleset } from "./ruleset";
import { rulesetProblems } from "./schema";

const VALIDATED = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** Validates a ruleset (a parsed JSON value) and returns it frozen; throws RulesetError. */
export function loadRuleset(json: unknown): Ruleset {
  const { ruleset, problems } = rulesetProblems(structuredClone(json));
  if (ruleset === null) throw new RulesetError(problems);
  const frozen = deepFreeze(ruleset);
  VALIDATED.add(frozen);
  return frozen;
}

/** Parses and validates a ruleset file's text. */
export function parseRuleset(text: string): Ruleset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new RulesetError([`not JSON: ${cause instanceof Error ? cause.message : String(cause)}`], { cause });
  }
  return loadRuleset(json);
}

/**
 * Throws RulesetError unless the ruleset is valid. Rulesets made by loadRuleset pass at once;
 * others (built in code) are checked once and remembered.
 */
export function assertRuleset(ruleset: Ruleset): void {
  if (typeof ruleset === "object" && ruleset !== null && VALIDATED.has(ruleset)) return;
  const { problems } = rulesetProblems(ruleset);
  if (problems.length > 0) throw new RulesetError(problems);
  if (typeof ruleset === "object" && ruleset !== null) VALIDATED.add(ruleset);
}

/** The default ruleset `4tot-default` version 1 (spec §3). */
export const DEFAULT_RULESET: Ruleset = loadRuleset(defaultRulesetJson);
