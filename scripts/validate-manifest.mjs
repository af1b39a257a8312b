#!/usr/bin/env node
// `npm run validate`: checks the add-in manifest offline (scripts/manifest-checks.mjs):
//   manifest.xml; the same manifest rewritten for another host, as a production build with
//   ADDIN_HOST_URL writes it; and dist/manifest.xml when a build made one.
// Each is read with office-addin-manifest's reader and validated with xmllint against
// ../shared/schemas/office-manifest; where ../shared is absent the schema check says it skipped.
// Exits 1 when a check fails.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { rewriteManifestUrls } from "./manifest-host.mjs";
import {
  ROOT,
  SCHEMA_DIR,
  readWithOfficeAddinManifest,
  schemaAvailable,
  validateAgainstSchema,
} from "./manifest-checks.mjs";

const EXAMPLE_HOST = "https://addin.example.vn/chi-bo-4-tot/";
const source = path.join(ROOT, "manifest.xml");
const dist = path.join(ROOT, "dist", "manifest.xml");
const temp = mkdtempSync(path.join(os.tmpdir(), "chibo4tot-manifest-"));
const rewritten = path.join(temp, "manifest.xml");
writeFileSync(rewritten, rewriteManifestUrls(readFileSync(source, "utf8"), EXAMPLE_HOST));

const manifests = [
  { label: "manifest.xml", file: source },
  { label: `manifest.xml for ${EXAMPLE_HOST} (as ADDIN_HOST_URL would write it)`, file: rewritten },
  ...(existsSync(dist) ? [{ label: "dist/manifest.xml", file: dist }] : []),
];

let failed = false;
const withSchema = schemaAvailable();
try {
  for (const { label, file } of manifests) {
    try {
      const info = await readWithOfficeAddinManifest(file);
      console.log(
        `ok    ${label}: office-addin-manifest reads ${info.displayName} ${info.version} (${info.id})`,
      );
    } catch (error) {
      failed = true;
      console.error(
        `FAIL  ${label}: office-addin-manifest cannot read it: ${error?.message ?? error}`,
      );
    }
    if (!withSchema) continue;
    const { valid, output } = validateAgainstSchema(file);
    if (valid) {
      console.log(`ok    ${label}: valid against the Office manifest schemas`);
    } else {
      failed = true;
      console.error(`FAIL  ${label}: not valid against the Office manifest schemas:\n${output}`);
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
if (!withSchema) {
  console.log(
    `skip  schema check: ${SCHEMA_DIR} is absent (it is kept beside the repository, in ../shared)`,
  );
}
console.log(
  "note  office-addin-manifest's `validate` command is not run: it sends the manifest to a Microsoft web service.",
);
process.exit(failed ? 1 : 0);
