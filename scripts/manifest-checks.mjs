/**
 * Offline checks of an add-in manifest, shared by scripts/validate-manifest.mjs (`npm run
 * validate`) and test/manifest.test.ts:
 *   - the Office manifest schemas (XML manifest v1.1 with VersionOverrides), with xmllint, from
 *     ../shared/schemas/office-manifest beside the repository (never copied into it);
 *   - office-addin-manifest's own reader (what office-addin-debugging uses to sideload). Its
 *     `validate` command is not used: it posts the manifest to a Microsoft web service.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SCHEMA_DIR = path.join(path.dirname(ROOT), "shared", "schemas", "office-manifest");
export const SCHEMA = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");

export function schemaAvailable() {
  return existsSync(SCHEMA);
}

/** xmllint against the Office schemas: `{ valid, output }`. Throws when xmllint is missing. */
export function validateAgainstSchema(file) {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (result.error?.code === "ENOENT") {
    throw new Error("xmllint is not installed: apt-get install -y libxml2-utils");
  }
  if (result.error) throw result.error;
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** What office-addin-manifest reads from the manifest (id, version, names, locale, URLs). */
export async function readWithOfficeAddinManifest(file) {
  const { OfficeAddinManifest } = require("office-addin-manifest");
  return OfficeAddinManifest.readManifestFile(file);
}

/** Every URL the manifest names (DefaultValue and Override values). */
export function manifestUrls(xml) {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
}
