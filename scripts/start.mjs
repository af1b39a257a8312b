#!/usr/bin/env node
// `npm start`: the product on this machine, without questions (it never reads stdin).
//   1. builds the command line (scripts/build-cli.mjs), makes the sample if it is missing, and
//      builds the add-in (webpack production into dist/, as `npm run build`);
//   2. starts the dev server on https://localhost:3000 in the background (scripts/dev-server.mjs;
//      pid in build/dev-server.pid, output in build/dev-server.log; `npm stop` ends it);
//   3. scores the bundled sample, assets/templates/sample.xlsx, with the command line and prints
//      its summary;
//   4. Windows and macOS: sideloads the add-in into desktop Excel (office-addin-debugging, when a
//      terminal is attached); every platform: prints what to do next.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CA_PATH, linuxTrustHint } from "./dev-certs.mjs";
import {
  COMPILED_MARK,
  DEV_URL,
  LOG_FILE,
  PID_FILE,
  ROOT,
  TASKPANE_URL,
  httpsStatus,
  isAlive,
  runningServerPid,
} from "./dev-session.mjs";

const require = createRequire(import.meta.url);
const SAMPLE = path.join("assets", "templates", "sample.xlsx");
const CLI = path.join("bin", "chibo4tot.cjs");
const CLI_BUNDLE = path.join(ROOT, "build", "cli", "chibo4tot.cjs");
const SERVER_START_TIMEOUT_MS = 5 * 60 * 1000;
const desktop = process.platform === "win32" || process.platform === "darwin";

const problems = [];

function heading(text) {
  console.log(`\n=== ${text}`);
}

function seconds(startedAt) {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}

/** Runs node with `args` in the repository, output shown; returns the exit status. */
function node(args) {
  return spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] })
    .status;
}

/** The command line, bundled from this source; false when it cannot be built. */
function buildCli() {
  if (node([path.join("scripts", "build-cli.mjs")]) === 0 && existsSync(CLI_BUNDLE)) return true;
  problems.push("the command line could not be built (scripts/build-cli.mjs failed)");
  console.error("start: the command line could not be built: the sample cannot be made or scored.");
  return false;
}

/** The bundled sample, made with `chibo4tot template --sample` when it is missing. */
function ensureSample() {
  if (existsSync(path.join(ROOT, SAMPLE))) return true;
  console.log(`start: ${SAMPLE} is missing; making it with \`chibo4tot template --sample\`.`);
  mkdirSync(path.join(ROOT, path.dirname(SAMPLE)), { recursive: true });
  if (
    node([CLI, "template", "--sample", "--out", SAMPLE]) === 0 &&
    existsSync(path.join(ROOT, SAMPLE))
  ) {
    return true;
  }
  problems.push(`${SAMPLE} is missing and could not be made`);
  console.error(
    `start: ${SAMPLE} could not be made: the preview has no sample and nothing is scored.`,
  );
  return false;
}

function build() {
  heading("1. Build (command line; webpack --mode production → dist/)");
  const startedAt = performance.now();
  const cli = buildCli();
  const sample = cli && ensureSample();
  const status = node([
    require.resolve("webpack-cli/bin/cli.js"),
    "--mode",
    "production",
    "--stats",
    "errors-warnings",
  ]);
  if (status !== 0) {
    console.error(`start: the build failed (exit ${status}); nothing was started.`);
    process.exit(1);
  }
  console.log(`start: built in ${seconds(startedAt)}`);
  return sample;
}

function logTail(lines = 30) {
  if (!existsSync(LOG_FILE)) return "";
  return readFileSync(LOG_FILE, "utf8").split("\n").slice(-lines).join("\n");
}

async function serve() {
  heading(`2. Dev server (${DEV_URL})`);
  const running = runningServerPid();
  if (running !== null) {
    console.log(`start: the dev server is already running (pid ${running}); \`npm stop\` ends it.`);
  } else {
    mkdirSync(path.dirname(PID_FILE), { recursive: true });
    const log = openSync(LOG_FILE, "w");
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "dev-server.mjs")], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
      windowsHide: true,
    });
    closeSync(log);
    writeFileSync(PID_FILE, `${child.pid}\n`);
    child.unref();
    console.log(
      `start: dev server started (pid ${child.pid}), output in ${path.relative(ROOT, LOG_FILE)}`,
    );
  }

  // The first request waits until the first compilation is done.
  const startedAt = performance.now();
  const pid = runningServerPid();
  while (performance.now() - startedAt < SERVER_START_TIMEOUT_MS) {
    if (pid === null || !isAlive(pid)) break;
    const ca = existsSync(CA_PATH) ? readFileSync(CA_PATH) : undefined;
    if (ca && readFileSync(LOG_FILE, "utf8").includes(COMPILED_MARK)) {
      const status = await httpsStatus(TASKPANE_URL, ca);
      if (status === 200) {
        console.log(`start: ${TASKPANE_URL} answers 200 (ready after ${seconds(startedAt)})`);
        return true;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.error(
    `start: the dev server did not come up. Last lines of ${path.relative(ROOT, LOG_FILE)}:\n${logTail()}`,
  );
  problems.push(`the dev server did not start (see ${path.relative(ROOT, LOG_FILE)})`);
  return false;
}

function scoreSample() {
  heading(`3. Score the bundled sample (node ${CLI} score ${SAMPLE})`);
  const status = node([CLI, "score", SAMPLE]);
  // 0: scored without errors; 1: scored, with data errors (the sample shows some on purpose).
  if (status !== 0 && status !== 1) {
    problems.push(`scoring the sample failed (exit ${status})`);
    console.error(`start: scoring the sample failed (exit ${status}).`);
  }
}

function sideload() {
  if (!desktop) return;
  heading("4. Sideload into desktop Excel (office-addin-debugging)");
  if (!process.stdin.isTTY) {
    console.log("start: no terminal attached: not sideloading. Run it yourself:");
    console.log("    npx office-addin-debugging start manifest.xml desktop --dev-server-port 3000");
    return;
  }
  const status = node([
    require.resolve("office-addin-debugging/cli.js"),
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server-port",
    "3000",
  ]);
  if (status !== 0) problems.push(`office-addin-debugging start failed (exit ${status})`);
}

function nextSteps() {
  heading("Next steps");
  const lines = [];
  if (desktop) {
    lines.push(
      'Excel (desktop): the "4 tốt" tab is on the ribbon after sideloading: "Chấm điểm", "Xóa đánh dấu",',
      '  "Chi tiết". Sideload again with: npx office-addin-debugging start manifest.xml desktop',
    );
  } else {
    lines.push(
      "There is no desktop Excel on Linux. To try the add-in in Excel on the web:",
      "  open a workbook at https://www.office.com, then Insert › Add-ins › Upload My Add-in (in newer",
      `  menus: Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in) and choose ${path.join(ROOT, "manifest.xml")}`,
      "  (or dist/manifest.xml). The browser must trust the dev server's certificate:",
      linuxTrustHint(),
    );
  }
  lines.push(
    "",
    `Browser preview, no Excel needed: open ${TASKPANE_URL} in a browser. Without Office the task pane`,
    '  becomes the preview: choose an .xlsx file, or "Mở tệp mẫu" for the bundled sample; nothing is uploaded.',
    "Command line: node bin/chibo4tot.cjs score <workbook.xlsx> [--out <marked.xlsx>] (docs/cli.md)",
    "Stop the dev server: npm stop",
  );
  console.log(lines.join("\n"));
}

const haveSample = build();
const serving = await serve();
if (haveSample) scoreSample();
if (serving) sideload();
nextSteps();
if (problems.length > 0) {
  console.error(`\nstart: finished with problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
