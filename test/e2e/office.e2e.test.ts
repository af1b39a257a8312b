/**
 * The built task pane (dist/) deciding, before office.js, whether it runs inside Office: each of
 * the probes office.js itself uses finds the host and office.js is loaded (here a stand-in that
 * installs the recording fake of Excel); then the pane is the Excel pane, it opens with exactly
 * the JavaScript the bundle budget counts, and the engine arrives only when the clerk scores.
 * Also: the plain message of taskpane.html for a webview too old to run the bundle.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { DEFAULT_RULESET, evaluateWorkbook } from "../../src/core";
import { syntheticGrid } from "../fakes/syntheticGrid";
import { chromiumAvailable, launchChromium } from "../taskpane/support/chromium";
import { seriousViolations } from "../taskpane/support/axe";
import { REPO_ROOT } from "../taskpane/support/harnessServer";
import { DIST, distUnavailable, startDistServer, type DistServer } from "./support/distServer";
import { FAKE_WORKBOOK } from "./support/fakeWorkbook";
import { fakeOfficeScript } from "./support/fakeOfficeScript";
import { openTaskpane, shownSummary, type PreviewPage } from "./support/previewPage";
import { filesWithSources, startScripts } from "./support/startFiles";

const skip = !chromiumAvailable()
  ? "Debian chromium is not installed (/usr/bin/chromium)"
  : distUnavailable();

const HOST_INFO = "Excel$Web$16.01$vi-VN$$$$0";
const SCREENSHOTS = join(REPO_ROOT, "test-output", "screenshots");

describe("the built task pane inside Office, and in an old webview", { skip }, () => {
  let server: DistServer;
  let browser: Browser;
  let officeJs: string;
  const opened: PreviewPage[] = [];

  before(async () => {
    server = await startDistServer();
    browser = await launchChromium();
    officeJs = await fakeOfficeScript();
  });

  after(async () => {
    for (const { context } of opened) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** Serves the fake in place of office.js, and counts how often the page asked for it. */
  function fakeOffice(requests: string[]) {
    return async (context: BrowserContext) => {
      await context.route("**/office-js/office.js", (route) => {
        requests.push(route.request().url());
        return route.fulfill({ contentType: "text/javascript", body: officeJs });
      });
    };
  }

  async function openInOffice(options: { query?: string; initScript?: string }) {
    const officeRequests: string[] = [];
    const tracked = await openTaskpane(browser, server, {
      ...options,
      prepare: fakeOffice(officeRequests),
    });
    opened.push(tracked);
    return { ...tracked, officeRequests };
  }

  const jsPaths = (tracked: PreviewPage, from = 0) =>
    tracked.network
      .since(from)
      .map((request) => new URL(request.url).pathname.slice(1))
      .filter((path) => path.endsWith(".js"));

  it("_host_Info in the query (Excel on the web): office.js, the Excel pane, only the budgeted JavaScript at start, the engine on scoring", async () => {
    const tracked = await openInOffice({ query: `?_host_Info=${HOST_INFO}` });
    const { page, network, officeRequests, problems } = tracked;
    await page.getByTestId("stamp-line").getByText("Chưa chấm điểm").waitFor();
    assert.equal(await page.evaluate(() => window.chibo4totOfficeProbe), "_host_Info");
    assert.equal(officeRequests.length, 1, "office.js is loaded once");
    assert.ok(await page.getByRole("button", { name: "Thao tác khác" }).isVisible());
    assert.equal(await page.getByTestId("preview-start").count(), 0);

    // At first paint the pane has loaded exactly what the budget counts, and office.js.
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const budgeted = startScripts(html).filter((file) => !file.startsWith("office-js/"));
    assert.deepEqual(
      jsPaths(tracked).sort(),
      [...budgeted, "office-js/office.js"].sort(),
      "the JavaScript loaded before the clerk does anything",
    );
    assert.deepEqual(await seriousViolations(page), [], "axe: Excel pane before scoring");

    const mark = network.mark();
    await page.getByTestId("score-button").click();
    await page.getByTestId("verdict").waitFor();
    const onDemand = jsPaths(tracked, mark);
    assert.ok(onDemand.length > 0, "the engine and the result views load when the clerk scores");
    assert.ok(onDemand.every((path) => !budgeted.includes(path)));
    const engine = filesWithSources(DIST, /src\/core\/evaluate\/evaluateWorkbook\.ts$/);
    assert.ok(
      onDemand.some((path) => engine.includes(path)),
      `the engine's chunk (${engine}) is among ${onDemand}`,
    );
    const xlsx = filesWithSources(DIST, /node_modules\/(exceljs|jszip)\//);
    const preview = filesWithSources(DIST, /src\/taskpane\/preview\/previewHost\.ts$/);
    assert.ok(xlsx.length > 0 && preview.length > 0, "the preview's chunks are found");
    assert.deepEqual(
      jsPaths(tracked).filter((path) => xlsx.includes(path) || preview.includes(path)),
      [],
      "Excel never loads the preview or the xlsx library",
    );

    const expected = evaluateWorkbook(syntheticGrid(FAKE_WORKBOOK), {
      ruleset: DEFAULT_RULESET,
      lang: "vi",
    }).report.summary;
    const { cells, scored, fourGood, errors, shortfalls, warnings } = expected;
    assert.deepEqual(
      await shownSummary(page),
      Object.fromEntries(
        Object.entries({ cells, scored, fourGood, errors, shortfalls, warnings }).map(([k, v]) => [
          k,
          String(v),
        ]),
      ),
    );
    assert.match(await page.getByTestId("stamp-line").innerText(), /dữ liệu không đổi/);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "09-excel-pane.png"), fullPage: true });
    assert.ok((await page.evaluate(() => window.__fakeExcel.syncs())) > 0, "Excel was written");
    assert.deepEqual(network.elsewhere(), []);
    assert.deepEqual(problems, []);
  });

  const probes: { name: string; initScript: string }[] = [
    {
      name: "window.name hostInfo",
      initScript: `window.name = JSON.stringify({ hostInfo: ${JSON.stringify(HOST_INFO)} });`,
    },
    {
      name: "sessionStorage hostInfoValue",
      initScript: `sessionStorage.setItem("hostInfoValue", ${JSON.stringify(HOST_INFO)});`,
    },
    {
      name: "external.GetHostInfo",
      initScript: `window.external.GetHostInfo = function () { return "Excel|Win32|16.01|vi-VN|||"; };`,
    },
    {
      name: "agaveHost.GetHostInfo",
      initScript: `window.agaveHost = { GetHostInfo: function () { return "Excel|Mac|16.00|vi-VN|||"; } };`,
    },
    {
      name: "external.GetContext",
      initScript: `window.external.GetContext = function () { return {}; };`,
    },
  ];
  for (const probe of probes) {
    it(`${probe.name}: found before office.js, which is then loaded`, async () => {
      const { page, officeRequests, network } = await openInOffice({
        initScript: probe.initScript,
      });
      await page.getByRole("button", { name: "Thao tác khác" }).waitFor();
      assert.equal(await page.evaluate(() => window.chibo4totOfficeProbe), probe.name);
      assert.equal(officeRequests.length, 1);
      assert.deepEqual(network.elsewhere(), []);
    });
  }

  it("why: office.js loaded by a plain page (a static tag, as before) opens Microsoft's telemetry frame", async () => {
    const tracked = await openTaskpane(browser, server, {
      prepare: async (context) => {
        await context.route(`${server.origin}/taskpane.html`, (route) =>
          route.fulfill({
            contentType: "text/html; charset=utf-8",
            body: '<!doctype html><html><head><script src="office-js/office.js"></script></head><body></body></html>',
          }),
        );
      },
    });
    opened.push(tracked);
    const telemetry = await tracked.context.waitForEvent("request", (request) =>
      request.url().startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"),
    );
    assert.equal(telemetry.resourceType(), "document", "a frame, refused here by the test");
    const paths = tracked.network.requests.map((request) => new URL(request.url).pathname);
    assert.ok(paths.includes("/office-js/o15apptofilemappingtable.js"), paths.join(", "));
  });

  it("a webview too old for the bundle gets taskpane.html's plain message, office.js or not", async () => {
    // Object.fromEntries is one of the features the page checks (Chromium 73, ES2019).
    const tracked = await openTaskpane(browser, server, {
      initScript: "delete Object.fromEntries;",
    });
    opened.push(tracked);
    const { page } = tracked;
    const message = page.locator("#old-browser");
    await message.waitFor();
    assert.equal(await message.getAttribute("role"), "alert");
    assert.match(await message.innerText(), /Excel của bạn dùng trình duyệt cũ/);
    assert.match(await message.innerText(), /Your Excel uses an old browser engine/);
    assert.equal(await page.getByTestId("preview-start").count(), 0);
    assert.deepEqual(tracked.network.elsewhere(), []);
  });
});
