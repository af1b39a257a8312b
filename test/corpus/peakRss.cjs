// Preloaded (`node --require`) into a command-line child process by corpus.test.ts: writes the
// process's peak resident memory (kB, process.resourceUsage().maxRSS) to the file named by
// CHIBO4TOT_PEAK_RSS_FILE when it exits, so the test can check a zip bomb never made it grow.
/* global process */
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  const file = process.env.CHIBO4TOT_PEAK_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
