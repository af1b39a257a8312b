/**
 * What `npm start` leaves running and `npm stop` ends: the dev server, started in the background,
 * with its process id in build/dev-server.pid and its output in build/dev-server.log.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const PID_FILE = path.join(ROOT, "build", "dev-server.pid");
export const LOG_FILE = path.join(ROOT, "build", "dev-server.log");
export const DEV_URL = "https://localhost:3000/";
export const TASKPANE_URL = `${DEV_URL}taskpane.html`;
/** The line scripts/dev-server.mjs prints after each compilation; start.mjs waits for the first. */
export const COMPILED_MARK = "dev-server: compiled";

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The pid of the dev server `npm start` started, if it is still running. */
export function runningServerPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8"), 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Ends the dev server and its children; true when there was one to end. */
export function stopServer() {
  const pid = runningServerPid();
  rmSync(PID_FILE, { force: true });
  if (pid === null) return false;
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
  } else {
    // Started detached: the server leads its own process group.
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      process.kill(pid, "SIGTERM");
    }
  }
  return true;
}

/** The HTTP status of a GET on the dev server (its certificate checked against `ca`), or null. */
export function httpsStatus(url, ca, timeoutMs = 10_000) {
  return new Promise((resolve) => {
    const request = https.get(url, { ca, timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}
