#!/usr/bin/env node
// `npm run prepare` (also run by `npm ci`): bundles the command line, src/cli/main.ts, with esbuild
// into build/cli/chibo4tot.cjs for Node 20. exceljs and jszip stay external (loaded from
// node_modules at run time); everything else, the engine and its JSON ruleset included, is bundled.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = path.join(root, "build", "cli", "chibo4tot.cjs");

let build;
try {
  ({ build } = await import("esbuild"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  // An install without dev dependencies (npm ci --omit=dev) has no esbuild: say so, don't fail it.
  console.warn(
    "build-cli: esbuild is not installed (dev dependency); the command line was not built.",
  );
  process.exit(0);
}

mkdirSync(path.dirname(outfile), { recursive: true });
const started = performance.now();
await build({
  entryPoints: [path.join(root, "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "jszip"],
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  banner: {
    js: "// chibo4tot command line, bundled by scripts/build-cli.mjs from src/cli/main.ts. Do not edit.",
  },
});
console.log(
  `build-cli: ${path.relative(root, outfile)} (${Math.round(performance.now() - started)} ms)`,
);
