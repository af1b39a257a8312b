// Whether dist/ holds a production build of the current sources. scripts/test.mjs builds dist/
// when it does not; the tests that open the built add-in (test/e2e) skip with the same reason
// when run on their own against a stale build.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const DIST = path.join(ROOT, "dist");
const BUILD_INFO = path.join(DIST, "build-info.json");

/** What the web build reads: a change to any of these makes dist/ stale. */
export const BUILD_INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/manifest-host.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function newestInput() {
  let newest = 0;
  for (const input of BUILD_INPUTS) {
    const full = path.join(ROOT, input);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? walk(full) : [full];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Why dist/ must be built again, or null when it is a production build newer than its sources. */
export function distStaleReason() {
  if (!existsSync(BUILD_INFO)) return "dist/ has no build";
  const info = JSON.parse(readFileSync(BUILD_INFO, "utf8"));
  if (info.mode !== "production") return `dist/ holds a ${info.mode} build`;
  if (newestInput() > statSync(BUILD_INFO).mtimeMs) return "sources changed since dist/ was built";
  return null;
}
