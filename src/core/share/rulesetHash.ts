/**
 * The hash of a ruleset: SHA-256 (share/fingerprint.ts's sha256Hex, Web Crypto) of its canonical
 * JSON (ruleset/canonicalJson.ts), as 64 lower-case hex digits. Key order, white space and
 * Unicode normalisation in the file do not change it; any changed field, threshold or title does.
 * The stamp records it beside the ruleset's id and version, so a district can tell the rules it
 * expects from an edited copy that kept the same id and version.
 */
import { canonicalJson } from "../ruleset/canonicalJson";
import type { Ruleset } from "../ruleset/ruleset";
import type { RulesetReference } from "../ruleset/rulesetReference";
import { sha256Hex } from "./fingerprint";

export function rulesetHash(ruleset: Ruleset): Promise<string> {
  return sha256Hex(canonicalJson(ruleset));
}

/** The ruleset's id, version and hash: what a stamp records of it. */
export async function rulesetReference(ruleset: Ruleset): Promise<RulesetReference> {
  return { id: ruleset.id, version: ruleset.version, hash: await rulesetHash(ruleset) };
}
