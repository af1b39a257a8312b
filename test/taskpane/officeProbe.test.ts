/**
 * taskpane.html's Office probe, the inline script that decides before office.js whether the page
 * is inside Office, run as written in the template against the windows it meets: a plain browser
 * (Chromium's window.external, IE's), and each host office.js recognises (_retrieveHostInfo in
 * office.debug.js), including the values office.js treats as "no host". The built page is tested
 * in Chromium by test/e2e/office.e2e.test.ts.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import vm from "node:vm";
import { REPO_ROOT } from "./support/harnessServer";

const TEMPLATE = readFileSync(join(REPO_ROOT, "src/taskpane/taskpane.html"), "utf8");
const OFFICE_JS_URL = "office-js/office.js";

/** The probe's code with the template's office.js URL filled in, as html-webpack-plugin does. */
function probeCode(): string {
  const scripts = [...TEMPLATE.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
  const probe = scripts.find((code) => code.includes("chibo4totOfficeProbe"));
  assert.ok(probe, "taskpane.html has the Office probe");
  const filled = probe.replace(
    "<%= JSON.stringify(htmlWebpackPlugin.options.officeJsUrl) %>",
    JSON.stringify(OFFICE_JS_URL),
  );
  assert.doesNotMatch(filled, /<%/, "every template expression is filled");
  return filled;
}

interface FakeWindow {
  external?: Record<string, unknown>;
  name?: string;
  search?: string;
  hash?: string;
  storage?: Record<string, string> | "throws";
  agaveHost?: unknown;
}

function runProbe(fake: FakeWindow): { found: string; written: string[] } {
  const written: string[] = [];
  const storage = fake.storage ?? {};
  const sandbox: Record<string, unknown> = {
    name: fake.name ?? "",
    location: { search: fake.search ?? "", hash: fake.hash ?? "" },
    document: { write: (html: string) => written.push(html) },
    JSON,
  };
  // A plain Chromium's window.external, unless the case gives another.
  sandbox.external = fake.external ?? { AddSearchProvider() {}, IsSearchProviderInstalled() {} };
  if (storage === "throws") {
    Object.defineProperty(sandbox, "sessionStorage", {
      get() {
        throw new Error("SecurityError: access denied (sandboxed frame)");
      },
    });
  } else {
    sandbox.sessionStorage = { getItem: (key: string) => storage[key] ?? null };
  }
  if (fake.agaveHost !== undefined) sandbox.agaveHost = fake.agaveHost;
  sandbox.window = sandbox;
  vm.runInNewContext(probeCode(), sandbox);
  return { found: sandbox.chibo4totOfficeProbe as string, written };
}

const OFFICE_JS_TAG = `<script src="${OFFICE_JS_URL}"></script>`;
const HOST_INFO = "Excel$Web$16.01$vi-VN$$$$0";

describe("the Office probe of taskpane.html", () => {
  it("finds no host in a plain browser and writes no office.js", () => {
    assert.deepEqual(runProbe({}), { found: "", written: [] });
    // IE's window.external answers GetHostInfo by throwing outside Office.
    const ie = {
      GetHostInfo() {
        throw new Error("Object doesn't support property or method 'GetHostInfo'");
      },
      GetContext() {
        throw new Error("Object doesn't support property or method 'GetContext'");
      },
    };
    assert.deepEqual(runProbe({ external: ie }), { found: "", written: [] });
  });

  for (const [probe, fake] of [
    ["agaveHost.GetHostInfo", { agaveHost: { GetHostInfo: () => "Excel|Mac|16.00|vi-VN|||" } }],
    ["external.GetHostInfo", { external: { GetHostInfo: () => "Excel|Win32|16.01|vi-VN|||" } }],
    ["external.GetHostInfo", { external: { GetHostInfo: () => "isDialog" } }],
    ["_host_Info", { search: `?_host_Info=${HOST_INFO}&_wopisrc=x` }],
    ["_host_Info", { search: `?et=&_host_Info=${encodeURIComponent(HOST_INFO)}` }],
    ["window.name hostInfo", { name: JSON.stringify({ hostInfo: HOST_INFO, xdmInfo: "x" }) }],
    ["sessionStorage hostInfoValue", { storage: { hostInfoValue: HOST_INFO } }],
    ["external.GetContext", { external: { GetContext: () => ({}) } }],
    ["_xdm_Info", { hash: "#&_xdm_Info=abc|def&_serializer_version=1" }],
    ["window.name xdmInfo", { name: JSON.stringify({ xdmInfo: "abc|def" }) }],
  ] as [string, FakeWindow][]) {
    it(`finds Office by ${probe} and writes office.js into the head`, () => {
      assert.deepEqual(runProbe(fake), { found: probe, written: [OFFICE_JS_TAG] });
    });
  }

  it("takes for no host what office.js takes for no host", () => {
    const none = { found: "", written: [] };
    assert.deepEqual(runProbe({ external: { GetHostInfo: () => "" } }), none);
    assert.deepEqual(runProbe({ search: "?_host_Info=&lang=vi" }), none);
    assert.deepEqual(runProbe({ search: "?_host_Info=#top" }), none);
    assert.deepEqual(runProbe({ name: "not json" }), none);
    assert.deepEqual(runProbe({ name: JSON.stringify({ other: 1 }) }), none);
    assert.deepEqual(runProbe({ name: "null" }), none);
    assert.deepEqual(runProbe({ storage: { hostInfoValue: "" } }), none);
    assert.deepEqual(runProbe({ hash: "#_xdm_Info=abc" }), none, "office.js looks for &_xdm_Info=");
  });

  it("never throws, even where sessionStorage does (a sandboxed frame)", () => {
    assert.deepEqual(runProbe({ storage: "throws" }), { found: "", written: [] });
    assert.equal(
      runProbe({ storage: "throws", search: `?_host_Info=${HOST_INFO}` }).found,
      "_host_Info",
    );
  });

  it("is ES5, so the old webviews that cannot run the bundle still run it", () => {
    const code = probeCode();
    assert.doesNotMatch(code, /=>|\b(let|const|class)\s|`|\?\.|\?\?/);
    assert.doesNotThrow(() => new vm.Script(code));
  });
});
