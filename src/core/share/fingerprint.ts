/**
 * The fingerprint of a workbook's inputs (spec §6): SHA-256 over the engine's canonical text of
 * the normalised input values of the recognised columns (`evaluation.canonicalInputs`), encoded
 * UTF-8, as 64 lower-case hex digits. Output columns, formatting, the report sheet and the stamp
 * are not part of that text, so writing them never changes the fingerprint.
 *
 * Web Crypto (`globalThis.crypto.subtle`) is the one implementation: it exists in Node 20, in
 * every browser on a secure page (https, localhost) and in Office's webviews, so the add-in, the
 * command line and the preview compute the same digest. No Node module is imported here.
 */
import { EngineError } from "../errors";
import type { Evaluation } from "../report/evaluation";

function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined || typeof subtle.digest !== "function") {
    throw new EngineError(
      "Web Crypto (crypto.subtle) is not available: the fingerprint needs it (browsers give it only to https or localhost pages)",
    );
  }
  return subtle;
}

/** Lower-case hex SHA-256 of a text encoded as UTF-8. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtleCrypto().digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The fingerprint of the evaluated workbook's inputs. */
export async function fingerprintOf(
  evaluation: Pick<Evaluation, "canonicalInputs">,
): Promise<string> {
  if (typeof evaluation?.canonicalInputs !== "string") {
    throw new EngineError("fingerprintOf needs an evaluation with its canonical inputs");
  }
  return sha256Hex(evaluation.canonicalInputs);
}
