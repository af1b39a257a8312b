#!/usr/bin/env node
// `npm stop`: ends what `npm start` started: the dev server (build/dev-server.pid) and, on Windows
// and macOS, the sideloaded add-in (office-addin-debugging stop).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { ROOT, runningServerPid, stopServer } from "./dev-session.mjs";

const require = createRequire(import.meta.url);

const pid = runningServerPid();
console.log(
  stopServer()
    ? `stop: dev server (pid ${pid}) stopped.`
    : "stop: no dev server started by `npm start` is running.",
);

if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync(
    process.execPath,
    [require.resolve("office-addin-debugging/cli.js"), "stop", "manifest.xml", "desktop"],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (result.status !== 0) {
    console.error(`stop: office-addin-debugging stop failed (exit ${result.status}).`);
    process.exitCode = 1;
  }
}
