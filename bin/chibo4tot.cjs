#!/usr/bin/env node
// The `chibo4tot` command: loads the bundled command line built by `npm run prepare`
// (scripts/build-cli.mjs, run automatically by `npm ci`) from build/cli/chibo4tot.cjs.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "build", "cli", "chibo4tot.cjs");

if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "Chương trình dòng lệnh chưa được dựng (thiếu build/cli/chibo4tot.cjs): hãy chạy `npm run prepare` trong thư mục dự án.\n" +
      "The command line is not built (build/cli/chibo4tot.cjs is missing): run `npm run prepare` in the project folder.\n",
  );
  process.exitCode = 70;
} else {
  require(bundle)
    .main(process.argv.slice(2))
    .catch((error) => {
      process.stderr.write(`chibo4tot: ${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 70;
    });
}
