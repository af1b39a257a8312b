#!/usr/bin/env node
// `npm run bench`: runs the benchmark suites in bench/ with tsx and prints figures and ratios.
// Usage: npm run bench [-- cli|addin|scale ...]   (default: every suite)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const result = spawnSync(
  process.execPath,
  ["--expose-gc", "--max-old-space-size=16384", "--import", "tsx", path.join(root, "bench", "index.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", cwd: root },
);
process.exit(result.status ?? 1);
