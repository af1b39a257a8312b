/**
 * The dev server's HTTPS certificate, from office-addin-dev-certs (Office loads add-ins only over
 * HTTPS). On Windows and macOS its CA is installed into the user's trust store as Microsoft's
 * tools do (Windows shows a confirmation the first time). On Linux office-addin-dev-certs would run
 * `sudo update-ca-certificates`, which cannot work without a terminal and should not run behind a
 * developer's back: there the same generator makes the CA and the localhost certificate in
 * ~/.office-addin-dev-certs without installing anything, and this module says how to trust it.
 */
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

export const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
export const CA_PATH = path.join(CERT_DIR, "ca.crt");
const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
const KEY_PATH = path.join(CERT_DIR, "localhost.key");
const DAY_MS = 24 * 60 * 60 * 1000;

function readFiles() {
  return { ca: readFileSync(CA_PATH), cert: readFileSync(CERT_PATH), key: readFileSync(KEY_PATH) };
}

/** The certificate files exist, name localhost and stay valid for at least another day. */
function usableFiles() {
  if (![CA_PATH, CERT_PATH, KEY_PATH].every((file) => existsSync(file))) return false;
  try {
    const cert = new X509Certificate(readFileSync(CERT_PATH));
    return (
      Date.parse(cert.validTo) - Date.now() > DAY_MS &&
      cert.checkHost("localhost") !== undefined &&
      cert.checkIssued(new X509Certificate(readFileSync(CA_PATH)))
    );
  } catch {
    return false;
  }
}

/** How to trust the CA on Linux, printed once per start. */
export function linuxTrustHint() {
  return [
    "  To trust it (once, needs sudo):",
    `    sudo cp ${CA_PATH} /usr/local/share/ca-certificates/office-addin-dev-certs-ca.crt && sudo update-ca-certificates`,
    "  Chromium/Chrome keep their own list: Settings › Privacy and security › Security › Manage certificates",
    `  › Authorities › Import ${CA_PATH}. With curl: curl --cacert ${CA_PATH} https://localhost:3000/taskpane.html`,
  ].join("\n");
}

/**
 * `{ ca, cert, key }` for an HTTPS server on localhost, and whether the CA is trusted by the system.
 * `log` receives the lines a developer should read.
 */
export async function devCertificates(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      return { ...(await devCerts.getHttpsServerOptions()), trusted: true };
    } catch (error) {
      log(
        `dev-certs: office-addin-dev-certs could not install its CA (${error?.message ?? error}); ` +
          "using its certificate without installing the CA: the browser and Excel will not trust https://localhost:3000 " +
          "until you run `npx office-addin-dev-certs install`.",
      );
    }
  }
  if (!usableFiles()) {
    // The generator writes nothing when an old ca.crt is still there: clear the set first.
    for (const file of [CA_PATH, CERT_PATH, KEY_PATH]) rmSync(file, { force: true });
    await devCerts.generateCertificates();
  }
  if (process.platform === "linux") {
    log(
      "dev-certs: on Linux the office-addin-dev-certs CA is not installed automatically (its installer runs sudo " +
        `update-ca-certificates). The dev server uses the localhost certificate signed by ${CA_PATH}.\n` +
        linuxTrustHint(),
    );
  }
  return { ...readFiles(), trusted: false };
}
