#!/usr/bin/env node
// `npm test [-- <test files>]`: every test of the project with Node's own runner
// (node --import tsx --test), two files at a time, spec reporter (its last lines are
// "ℹ tests N", "ℹ pass N", "ℹ fail N"; a JUnit copy goes to test-output/junit.xml).
// Before the tests:
//   - the command line is bundled (scripts/build-cli.mjs), so bin/chibo4tot.cjs runs this source;
//   - the preview's sample, assets/templates/sample.xlsx, is made when missing (as `npm start` does);
//   - dist/ is built with `webpack --mode production` when it is missing or older than its sources
//     (scripts/dist-state.mjs), for the tests that check the built add-in (test/e2e).
// A test that runs longer than 5 minutes fails as timed out, so a hang cannot stall CI.
// Exits non-zero when a test fails (or a step before them does).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT, distStaleReason } from "./dist-state.mjs";

const require = createRequire(import.meta.url);
const SAMPLE = path.join("assets", "templates", "sample.xlsx");

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function testFiles() {
  const src = walk(path.join(ROOT, "src")).filter((file) => /\.test\.tsx?$/.test(file));
  const test = walk(path.join(ROOT, "test")).filter((file) => /\.test\.tsx?$/.test(file));
  return [...src, ...test].map((file) => path.relative(ROOT, file)).sort();
}

function step(title, args) {
  const startedAt = performance.now();
  console.log(`test: ${title}`);
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  console.log(
    `test: ${title}: exit ${result.status} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

const requested = process.argv.slice(2);
const files = requested.length > 0 ? requested : testFiles();
if (files.length === 0) {
  console.error("test: no test files found");
  process.exit(1);
}

let ready = step("bundle the command line (scripts/build-cli.mjs)", [
  path.join("scripts", "build-cli.mjs"),
]);
// The preview's sample (dist/sample.xlsx, opened by the browser tests) is made, as `npm start`
// makes it, when the checkout has none.
if (ready && !existsSync(path.join(ROOT, SAMPLE))) {
  mkdirSync(path.join(ROOT, path.dirname(SAMPLE)), { recursive: true });
  ready =
    step(`make ${SAMPLE} (chibo4tot template --sample)`, [
      path.join("bin", "chibo4tot.cjs"),
      "template",
      "--sample",
      "--out",
      SAMPLE,
    ]) && ready;
}
const stale = distStaleReason();
if (stale) {
  ready =
    step(`build dist/ (${stale}): webpack --mode production`, [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--stats",
      "errors-only",
    ]) && ready;
} else {
  console.log("test: dist/ is up to date");
}

mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
console.log(`test: ${files.length} test files, 2 at a time`);
const startedAt = performance.now();
const run = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--test",
    "--test-concurrency=2",
    "--test-timeout=300000",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=junit",
    `--test-reporter-destination=${path.join("test-output", "junit.xml")}`,
    ...files,
  ],
  { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] },
);
console.log(`test: tests ran in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
if (!ready) console.error("test: a step before the tests failed (see above)");
process.exit(run.status === 0 && ready ? 0 : run.status || 1);
