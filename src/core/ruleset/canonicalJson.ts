/**
 * Canonical JSON: one text for one JSON value, whatever its key order, white space or Unicode
 * normalisation in the file, so that a digest of it identifies the value (the ruleset hash of the
 * stamp, share/rulesetHash.ts). The text is the value written by these rules:
 *
 * - no insignificant white space: no space or line break between tokens;
 * - objects: members sorted by key, keys compared by UTF-16 code units (JavaScript's default
 *   sort, as RFC 8785 does); a member whose value is `undefined` is left out, as JSON.stringify
 *   leaves it out; two keys equal after NFC are a misuse;
 * - strings (keys and values): normalised to Unicode NFC, then written as JSON.stringify writes
 *   them (`"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, everything else as
 *   itself; a lone surrogate as `\uDXXX`);
 * - numbers: as JSON.stringify writes them (the shortest text that reads back as the same double:
 *   `1`, `92.5`, `1e+21`; `-0` as `0`); NaN and the infinities are a misuse;
 * - `true`, `false`, `null` as themselves; arrays in their order.
 *
 * For a ruleset (ASCII keys, whole and decimal numbers) this is RFC 8785's JSON Canonicalization
 * Scheme with NFC strings: "Tiêu chí" typed with combining accents (as macOS saves it) and with
 * precomposed letters give one text.
 */
import { EngineError } from "../errors";

export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, open: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value))
        throw new EngineError(`canonicalJson: ${String(value)} is not a JSON number`);
      return JSON.stringify(value);
    case "string":
      return JSON.stringify(value.normalize("NFC"));
    case "object":
      break;
    default:
      throw new EngineError(`canonicalJson: a ${typeof value} is not a JSON value`);
  }
  const object = value as object;
  if (open.has(object)) throw new EngineError("canonicalJson: the value contains itself");
  open.add(object);
  let text: string;
  if (Array.isArray(object)) {
    text = `[${object.map((item) => write(item === undefined ? null : item, open)).join(",")}]`;
  } else {
    const members = new Map<string, unknown>();
    for (const [key, member] of Object.entries(object)) {
      if (member === undefined) continue;
      const normalized = key.normalize("NFC");
      if (members.has(normalized))
        throw new EngineError(`canonicalJson: two keys read "${normalized}" in NFC`);
      members.set(normalized, member);
    }
    const keys = [...members.keys()].sort();
    text = `{${keys.map((key) => `${JSON.stringify(key)}:${write(members.get(key), open)}`).join(",")}}`;
  }
  open.delete(object);
  return text;
}
