/**
 * taskpane.html's probe is a copy of office.js's host detection, made to run before office.js
 * loads. This keeps the copy honest against the office.js this project installs (the version in
 * package.json): office.js's own `_retrieveHostInfo`, taken from the installed office.debug.js
 * and run on the same windows, must find an Office host exactly where the probe does; and the
 * Office 2013 markers the probe looks for must still be the ones office.js's host scripts use.
 * When an office.js update changes its detection, this test fails and says so.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import vm from "node:vm";

const ROOT = path.join(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const OFFICE_DEBUG = readFileSync(path.join(OFFICE_JS_DIR, "dist", "office.debug.js"), "utf8");
const TEMPLATE = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");

function probeCode(): string {
  const scripts = [...TEMPLATE.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
  const probe = scripts.find((code) => code.includes("chibo4totOfficeProbe"));
  assert.ok(probe, "taskpane.html has the Office probe");
  return probe.replace(
    "<%= JSON.stringify(htmlWebpackPlugin.options.officeJsUrl) %>",
    JSON.stringify("office-js/office.js"),
  );
}

/** office.js's own detection: from `getQueryStringValue` to the end of `_retrieveHostInfo`. */
function officeJsDetection(): string {
  const start = OFFICE_DEBUG.indexOf("var getQueryStringValue = function");
  const end = OFFICE_DEBUG.indexOf("var getAppContextAsync = function");
  assert.ok(start > 0 && end > start, "office.debug.js still defines _retrieveHostInfo as before");
  const code = OFFICE_DEBUG.slice(start, end);
  assert.match(code, /var _retrieveHostInfo = function/);
  return code;
}

interface FakeWindow {
  external?: Record<string, unknown>;
  name?: string;
  search?: string;
  hash?: string;
  storage?: Record<string, string>;
  agaveHost?: unknown;
}

function sandboxFor(fake: FakeWindow): Record<string, unknown> {
  const storage = { ...(fake.storage ?? {}) };
  const sandbox: Record<string, unknown> = {
    name: fake.name ?? "",
    location: { search: fake.search ?? "", hash: fake.hash ?? "" },
    document: { write: () => undefined },
    sessionStorage: {
      getItem: (key: string) => storage[key] ?? null,
      setItem: (key: string, value: string) => (storage[key] = value),
    },
    external: fake.external ?? { AddSearchProvider() {}, IsSearchProviderInstalled() {} },
    JSON,
    RegExp,
    decodeURIComponent,
    parseInt,
    parseFloat,
  };
  if (fake.agaveHost !== undefined) sandbox.agaveHost = fake.agaveHost;
  sandbox.window = sandbox;
  return sandbox;
}

/** The probe's verdict: the name of the probe that found Office, or "". */
function probe(fake: FakeWindow): string {
  const sandbox = sandboxFor(fake);
  vm.runInNewContext(probeCode(), sandbox);
  return sandbox.chibo4totOfficeProbe as string;
}

/** office.js's verdict: a host of Office 2016 or later found (not the Office 2013 fallback). */
function officeJsFindsHost(fake: FakeWindow): boolean {
  const sandbox = sandboxFor(fake);
  const code = `
    var OSF = { HostSpecificFileVersionDefault: "16.00", HostSpecificFileVersionMap: {}, HostInfoFlags: { ExperimentJsEnabled: 64 } };
    var g_isOfflineLibrary = false, g_isExpEnabled = false;
    var _hostInfo = { isO15: true, isRichClient: true, hostType: "", hostPlatform: "", hostSpecificFileVersion: "", hostLocale: "", osfControlAppCorrelationId: "", isDialog: false, disableLogging: false, flags: 0 };
    var _isLoggingAllowed = true;
    var _windowName = window.name;
    ${officeJsDetection()}
    _retrieveHostInfo();
    window.result = _hostInfo;`;
  vm.runInNewContext(code, sandbox);
  const info = sandbox.result as { isO15: boolean; isDialog: boolean };
  return !info.isO15 || info.isDialog;
}

const HOST_INFO = "Excel$Web$16.01$vi-VN$$$$0";
const MODERN = new Set([
  "agaveHost.GetHostInfo",
  "external.GetHostInfo",
  "_host_Info",
  "window.name hostInfo",
  "sessionStorage hostInfoValue",
]);
const WINDOWS: [string, FakeWindow][] = [
  ["a plain browser", {}],
  ["Mac", { agaveHost: { GetHostInfo: () => "Excel|Mac|16.00|vi-VN|||" } }],
  ["Windows", { external: { GetHostInfo: () => "Excel|Win32|16.01|vi-VN|||" } }],
  ["a dialog", { external: { GetHostInfo: () => "isDialog" } }],
  ["the web, query", { search: `?_host_Info=${HOST_INFO}&_wopisrc=x` }],
  ["the web, encoded", { search: `?et=&_host_Info=${encodeURIComponent(HOST_INFO)}` }],
  ["the web, frame name", { name: JSON.stringify({ hostInfo: HOST_INFO, xdmInfo: "x" }) }],
  ["a page opened before", { storage: { hostInfoValue: HOST_INFO } }],
  ["empty host info", { external: { GetHostInfo: () => "" } }],
  ["empty query value", { search: "?_host_Info=&lang=vi" }],
  ["not JSON", { name: "not json" }],
  ["other JSON", { name: JSON.stringify({ other: 1 }) }],
  ["empty storage", { storage: { hostInfoValue: "" } }],
];

describe("taskpane.html's probe against the installed office.js", () => {
  it("is tested against the office.js version package.json names", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    const installed = JSON.parse(
      readFileSync(path.join(OFFICE_JS_DIR, "package.json"), "utf8"),
    ) as {
      version: string;
    };
    assert.equal(installed.version, pkg.devDependencies["@microsoft/office-js"]);
  });

  for (const [where, fake] of WINDOWS) {
    it(`${where}: finds an Office 2016+ host exactly where office.js does`, () => {
      const found = probe(fake);
      assert.equal(MODERN.has(found), officeJsFindsHost(fake), `probe said "${found}"`);
    });
  }

  it("looks for Office 2013 with the markers office.js's host scripts still use", () => {
    const code = probeCode();
    const hostScript = readFileSync(
      path.join(OFFICE_JS_DIR, "dist", "excel-web-16.00.debug.js"),
      "utf8",
    );
    assert.match(code, /&_xdm_Info=/);
    assert.ok(hostScript.includes("'&_xdm_Info='"), "office.js reads &_xdm_Info= from the hash");
    assert.ok(/xdmInfo/.test(hostScript), "and xdmInfo from the frame's name");
    assert.match(OFFICE_DEBUG, /_hostInfo\.isO15 = true;/, "office.js falls back to Office 2013");
  });
});
