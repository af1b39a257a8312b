/**
 * The task pane in real headless Chromium, driven by a recorded host (harness/fakeHost.ts) that
 * serves a realistic evaluation of ten Party cells. Asserts what a clerk sees and what the pane
 * asks of the host.
 */
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { HostCall } from "./harness/fakeHost";
import { NOT_FOUR_GOOD_CODES, thachHaEvaluation } from "./fixtures/thachHaEvaluation";
import { seriousViolations } from "./support/axe";
import { chromiumAvailable, launchChromium, openPage } from "./support/chromium";
import { REPO_ROOT, startHarness, type HarnessServer } from "./support/harnessServer";

const report = thachHaEvaluation.report;

type ViewName = "summary" | "cells" | "findings" | "criteria";

/** Each view's tab name (Vietnamese, English) and the content that shows it has loaded. */
const VIEWS: Record<ViewName, { vi: RegExp; en: RegExp; content: string }> = {
  summary: { vi: /^Tổng quan/, en: /^Summary/, content: "legend" },
  cells: { vi: /^Chi bộ/, en: /^Party cells/, content: "cells-table" },
  findings: { vi: /^Phát hiện/, en: /^Findings/, content: "findings-view" },
  criteria: { vi: /^Tiêu chí/, en: /^Criteria/, content: "criteria" },
};

describe(
  "task pane in Chromium",
  { skip: !chromiumAvailable() && "Debian chromium is not installed" },
  () => {
    let server: HarnessServer;
    let browser: Browser;

    before(async () => {
      server = await startHarness({ entry: "test/taskpane/harness/harness.tsx" });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(query: string, options: { width?: number; height?: number } = {}) {
      const tracked = await openPage(browser, `${server.url}?${query}`, options);
      await tracked.page.locator("h1").first().waitFor();
      return tracked;
    }

    async function scored(query = "scenario=excel", options: { height?: number } = {}) {
      const tracked = await open(query, options);
      await tracked.page.getByTestId("score-button").click();
      await tracked.page.getByTestId("verdict").waitFor();
      return tracked;
    }

    const calls = (page: Page) => page.evaluate(() => window.__hostCalls) as Promise<HostCall[]>;

    /** Opens a view and waits for its content (the result views load on demand). */
    async function showView(page: Page, view: ViewName, lang: "vi" | "en" = "vi") {
      // A tab that does not fit the pane's width is in the tabs' "…" menu.
      const tab = page.getByRole("tab", { name: VIEWS[view][lang] });
      if (await tab.isVisible()) await tab.click();
      else {
        await page.getByTestId("more-views").click();
        await page.getByRole("menuitem", { name: VIEWS[view][lang] }).click();
      }
      await page.getByTestId(VIEWS[view].content).waitFor();
    }

    async function visibleCodes(page: Page): Promise<string[]> {
      return page
        .locator('[data-testid="cells-table"] [role="row"][data-code]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-code") ?? ""));
    }

    it("opens on the stamp line and the score button, before any scoring", async () => {
      const { page, problems } = await open("scenario=excel");
      assert.equal(await page.getByTestId("stamp-line").innerText(), "Chưa chấm điểm");
      assert.equal(await page.getByTestId("score-button").innerText(), "Chấm điểm");
      assert.ok(await page.getByRole("button", { name: "Thao tác khác" }).isVisible());
      assert.deepEqual(
        (await calls(page)).map((call) => call.method),
        ["checkSupport", "readStampState"],
      );
      assert.deepEqual(problems, []);
    });

    it("shows the report's summary numbers, the verdict and why not", async () => {
      const { page, problems } = await scored();
      const summary = report.summary;
      for (const [id, value] of Object.entries({
        cells: summary.cells,
        scored: summary.scored,
        fourGood: summary.fourGood,
        errors: summary.errors,
        warnings: summary.warnings,
        shortfalls: summary.shortfalls,
      })) {
        assert.equal(await page.getByTestId(`summary-${id}-value`).innerText(), String(value), id);
      }
      assert.match(await page.getByTestId("summary-fourGood").innerText(), /62,5%/);
      const verdict = await page.getByTestId("verdict").innerText();
      assert.match(verdict, /Chưa đạt 4 tốt/);
      assert.match(verdict, /Bảng còn 3 lỗi dữ liệu/);
      assert.match(verdict, /62,5% \(5\/8\), dưới mức yêu cầu 70%/);
      assert.equal(
        await page.getByTestId("workbook-line").innerText(),
        "Đảng bộ xã Thạch Hà · Năm 2025",
      );
      assert.equal(
        await page.getByTestId("stamp-line").innerText(),
        "Đã chấm điểm lúc 14:05 24/11/2026 · dữ liệu không đổi",
      );
      assert.match(
        await page.getByTestId("live-region").innerText(),
        /Đã chấm xong: 10 chi bộ, 5 chi bộ đạt 4 tốt, 3 lỗi/,
      );
      assert.deepEqual(
        (await calls(page)).filter((call) => call.method === "score"),
        [{ method: "score", lang: "vi" }],
      );
      assert.deepEqual(problems, []);
    });

    it("shows the scoring phases while scoring", async () => {
      const { page } = await open("scenario=excel&hold=1");
      await page.getByTestId("score-button").click();
      const progress = page.getByTestId("score-progress");
      await progress.waitFor();
      assert.match(
        await progress.innerText(),
        /Đang ghi kết quả và đánh dấu vào bảng tính… 40%/,
      );
      assert.equal(await page.getByRole("progressbar").getAttribute("aria-valuenow"), "0.4");
      assert.match(await page.getByTestId("live-region").innerText(), /Đang ghi kết quả/);
      assert.equal(await page.getByTestId("score-button").getAttribute("aria-disabled"), "true");
      await page.evaluate(() => window.__harness.releaseScore());
      await page.getByTestId("verdict").waitFor();
      assert.equal(await progress.count(), 0);
    });

    it("filters the Party cells: “Chưa đạt” shows exactly the cells that are not four-good", async () => {
      const { page } = await scored();
      await showView(page, "cells");
      assert.equal((await visibleCodes(page)).length, report.cells.length);
      await page.getByRole("radio", { name: /^Chưa đạt/ }).check();
      assert.deepEqual((await visibleCodes(page)).sort(), [...NOT_FOUR_GOOD_CODES].sort());
      await page.getByRole("radio", { name: /^Có lỗi/ }).check();
      assert.deepEqual(await visibleCodes(page), ["TH06", "TH07"]);
      await page.getByRole("radio", { name: /^Tất cả/ }).check();
      assert.equal((await visibleCodes(page)).length, report.cells.length);
    });

    it("sorts the Party cells by total, highest first, then lowest first", async () => {
      const { page } = await scored();
      await showView(page, "cells");
      const header = page.getByRole("columnheader", { name: "Tổng" });
      await header.click();
      assert.equal(await header.getAttribute("aria-sort"), "descending");
      const totals = async () =>
        page
          .getByTestId("cell-total")
          .evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ""));
      assert.deepEqual(await totals(), [
        "100",
        "100",
        "100",
        "98",
        "91",
        "90",
        "89",
        "77",
        "—",
        "—",
      ]);
      await header.click();
      assert.equal(await header.getAttribute("aria-sort"), "ascending");
      assert.deepEqual(await totals(), [
        "77",
        "89",
        "90",
        "91",
        "98",
        "100",
        "100",
        "100",
        "—",
        "—",
      ]);
      // Code order is numeric-aware and stable.
      await page.getByRole("columnheader", { name: "Chi bộ" }).click();
      assert.deepEqual(
        await visibleCodes(page),
        report.cells.map((cell) => cell.code),
      );
    });

    it("shows each criterion as good or not good with its points", async () => {
      const { page } = await scored();
      await showView(page, "cells");
      const row = page.locator('[role="row"][data-code="TH04"]');
      assert.ok(await row.getByLabel("Tiêu chí I: 25 điểm, đạt").isVisible());
      assert.ok(await row.getByLabel("Tiêu chí II: 10 điểm, chưa đạt").isVisible());
      assert.ok(await row.getByLabel("Tiêu chí IV: 17 điểm, chưa đạt").isVisible());
      assert.match(await row.innerText(), /Chưa đạt/);
      assert.match(await page.locator('[role="row"][data-code="TH06"]').innerText(), /Lỗi dữ liệu/);
    });

    it("selects a Party cell's row from its code", async () => {
      const { page } = await scored();
      await showView(page, "cells");
      await page.getByRole("button", { name: "TH05: chọn dòng 12 trong bảng tính" }).click();
      await page.waitForFunction(() =>
        window.__hostCalls.some((call) => call.method === "selectCell"),
      );
      assert.deepEqual(
        (await calls(page)).filter((call) => call.method === "selectCell"),
        [{ method: "selectCell", sheet: "Chi bộ", cell: "B12" }],
      );
    });

    it("lists every finding with its colour, rule, address and message; clicking one selects its cell", async () => {
      // Tall enough for the virtualised list to render every finding of the fixture.
      const { page } = await scored("scenario=excel", { height: 2400 });
      await showView(page, "findings");
      const findings = page.getByTestId("finding");
      assert.equal(await findings.count(), thachHaEvaluation.findings.length);
      const typo = findings.filter({ hasText: "F13" });
      const text = await typo.innerText();
      assert.match(text, /Sai kiểu dữ liệu/);
      assert.match(text, /E_TYPE/);
      assert.match(text, /ô F13, trang Chi bộ · chi bộ TH06/);
      assert.match(text, /“HTTV”, không phải một mức xếp loại/);
      await typo.click();
      await page.waitForFunction(() =>
        window.__hostCalls.some((call) => call.method === "selectCell"),
      );
      assert.deepEqual(
        (await calls(page)).filter((call) => call.method === "selectCell"),
        [{ method: "selectCell", sheet: "Chi bộ", cell: "F13" }],
      );
      // Grouped by Party cell: TH04's three shortfalls sit under its heading, each naming it.
      assert.ok(await page.getByRole("heading", { name: /TH04 · Chi bộ Thôn Tây Xuân/ }).isVisible());
      assert.equal(await findings.filter({ hasText: "chi bộ TH04" }).count(), 3);
      // The total row's warning is not on a Party cell: it is grouped by sheet.
      assert.ok(await page.getByRole("heading", { name: /Trang “Chi bộ”/ }).isVisible());
    });

    it("groups findings by rule, errors first", async () => {
      const { page } = await scored("scenario=excel", { height: 2400 });
      await showView(page, "findings");
      await page.getByRole("radio", { name: "Theo loại" }).check();
      const headings = await page
        .locator('[data-testid="findings-view"] h2')
        .evaluateAll((items) => items.map((item) => item.firstElementChild?.textContent ?? ""));
      assert.deepEqual(headings, [
        "Sai kiểu dữ liệu",
        "Số liệu không khớp nhau",
        "Chưa đạt chỉ tiêu",
        "Đã chuẩn hóa giá trị",
        "Dòng tổng cộng sai",
        "Chi bộ dưới 3 đảng viên",
      ]);
    });

    it("switches the language of every text, the findings' messages included", async () => {
      const { page } = await scored();
      await page.getByRole("button", { name: /tiếng Anh/ }).click();
      assert.equal(await page.getByTestId("score-button").innerText(), "Score again");
      assert.equal(
        await page.getByTestId("stamp-line").innerText(),
        "Scored at 14:05 24/11/2026 · data unchanged",
      );
      assert.match(await page.getByTestId("verdict").innerText(), /Not 4 Good/);
      assert.match(await page.getByTestId("summary-fourGood").innerText(), /62\.5%/);
      assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
      await showView(page, "findings", "en");
      assert.match(
        await page.getByTestId("finding").filter({ hasText: "F13" }).innerText(),
        /which is not a rating/,
      );
      await page.getByRole("button", { name: /Vietnamese/ }).click();
      assert.equal(await page.getByTestId("score-button").innerText(), "Chấm lại");
      // The next scoring asks the host for the current language.
      await page.getByRole("button", { name: /tiếng Anh/ }).click();
      await page.getByTestId("score-button").click();
      await page.waitForFunction(
        () => window.__hostCalls.filter((call) => call.method === "score").length === 2,
      );
      assert.deepEqual((await calls(page)).filter((call) => call.method === "score").pop(), {
        method: "score",
        lang: "en",
      });
    });

    it("starts in the host's suggested language", async () => {
      const { page } = await open("scenario=excel&lang=en");
      assert.equal(await page.getByTestId("stamp-line").innerText(), "Not scored yet");
      assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    });

    it("shows a banner when the data changes after scoring, and scores again from it", async () => {
      const { page } = await scored();
      assert.equal(await page.getByTestId("changed-banner").count(), 0);
      await page.evaluate(() => window.__harness.fireChange());
      const banner = page.getByTestId("changed-banner");
      await banner.waitFor();
      assert.match(await banner.innerText(), /Dữ liệu đã thay đổi sau khi chấm/);
      assert.equal(
        await page.getByTestId("stamp-line").innerText(),
        "Dữ liệu đã thay đổi sau khi chấm · cần chấm lại",
      );
      assert.equal(await page.getByTestId("score-button").innerText(), "Chấm lại");
      await page.getByTestId("score-button").click();
      await page.waitForFunction(
        () => window.__hostCalls.filter((call) => call.method === "score").length === 2,
      );
      await banner.waitFor({ state: "detached" });
      assert.match(await page.getByTestId("stamp-line").innerText(), /dữ liệu không đổi/);
    });

    it("opens a stamped workbook on its stored summary and watches it for changes", async () => {
      const { page } = await open("scenario=stamped");
      await page.getByTestId("verdict").waitFor();
      assert.equal(
        await page.getByTestId("stamp-line").innerText(),
        "Đã chấm điểm lúc 14:05 24/11/2026 · dữ liệu không đổi",
      );
      assert.equal(await page.getByTestId("summary-fourGood-value").innerText(), "5");
      assert.match(await page.getByTestId("verdict").innerText(), /62,5% \(5\/8\)/);
      await page.waitForFunction(() =>
        window.__hostCalls.some((call) => call.method === "watchChanges"),
      );
      await page.evaluate(() => window.__harness.fireChange());
      await page.getByTestId("changed-banner").waitFor();
    });

    it("replaces the whole pane with the host's message when Excel is too old", async () => {
      const { page, problems } = await open("scenario=oldExcel");
      const pane = page.getByTestId("unsupported");
      await pane.waitFor();
      const text = await pane.innerText();
      assert.match(text, /Excel này chưa chạy được tiện ích Chi bộ 4 tốt/);
      assert.match(text, /tiện ích cần ExcelApi 1\.13/);
      assert.match(text, /bản xem trước trên trình duyệt/);
      assert.match(text, /EXCEL_TOO_OLD/);
      assert.equal(await page.getByTestId("score-button").count(), 0);
      await page.getByRole("button", { name: /tiếng Anh/ }).click();
      assert.match(await pane.innerText(), /the add-in needs ExcelApi 1\.13/);
      assert.deepEqual(
        (await calls(page)).map((call) => call.method),
        ["checkSupport"],
      );
      assert.deepEqual(problems, []);
    });

    it("shows a host error as a message bar with what to do, and lets the clerk dismiss it", async () => {
      const { page } = await open("scenario=protected");
      await page.getByTestId("score-button").click();
      const bar = page.getByTestId("host-error");
      await bar.waitFor();
      const text = await bar.innerText();
      assert.match(text, /Chưa chấm điểm được/);
      assert.match(text, /Hãy bỏ bảo vệ trang/);
      assert.match(text, /SHEET_PROTECTED/);
      assert.equal(await page.getByTestId("score-progress").count(), 0);
      await bar.getByRole("button", { name: "Đóng thông báo" }).click();
      await bar.waitFor({ state: "detached" });
    });

    it("clears the marks and confirms how many were removed", async () => {
      const { page } = await scored();
      await page.getByRole("button", { name: "Thao tác khác" }).click();
      await page.getByRole("menuitem", { name: "Xóa đánh dấu" }).click();
      const notice = page.getByTestId("notice");
      await notice.waitFor();
      assert.match(await notice.innerText(), /Đã xóa 12 đánh dấu/);
    });

    it("shows the criteria from the ruleset: indicators, points, targets, veto and thresholds", async () => {
      const { page } = await open("scenario=excel");
      await showView(page, "criteria");
      const criteria = page.getByTestId("criteria");
      assert.equal(await criteria.locator("[data-criterion]").count(), 4);
      const targets = await criteria.locator('[data-indicator="targets_pct"]').innerText();
      assert.match(targets, /Yêu cầu: từ 100% trở lên/);
      assert.match(targets, /từ 90% trở lên\s*→\s*10 điểm/);
      const meetings = await criteria.locator('[data-indicator="regular_meetings"]').innerText();
      assert.match(meetings, /12 buổi\s*→\s*10 điểm\s*11 buổi\s*→\s*5 điểm\s*còn lại\s*→\s*0 điểm/);
      const absent = await criteria.locator('[data-indicator="absent_no_reason"]').innerText();
      assert.match(absent, /1–2 đảng viên\s*→\s*3 điểm/);
      const rating = await criteria.locator('[data-indicator="cell_rating"]').innerText();
      assert.match(rating, /HTTNV hoặc HTXSNV/);
      assert.match(rating, /HTXSNV\s*→\s*10 điểm/);
      assert.match(await criteria.getByTestId("ruleset").innerText(), /Chi bộ 4 tốt \(mặc định\)[\s\S]*Căn cứ: [\s\S]*phiên bản 1/);
      assert.equal(await criteria.getByText("Phủ quyết", { exact: true }).count(), 5);
      const text = await criteria.innerText();
      assert.match(text, /Tối đa 25 điểm\. Đạt khi từ 20 điểm trở lên/);
      assert.match(text, /ít nhất 70% số chi bộ được chấm điểm đạt 4 tốt/);
      assert.match(text, /không chi bộ nào xếp loại KHTNV/);
    });

    it("is usable from the keyboard: Tab reaches the score button and the findings, Enter selects", async () => {
      const { page } = await open("scenario=excel");
      const focusedTestId = () =>
        page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
      let reached = false;
      for (let step = 0; step < 6 && !reached; step++) {
        await page.keyboard.press("Tab");
        reached = (await focusedTestId()) === "score-button";
      }
      assert.ok(reached, "Tab reaches the score button");
      await page.keyboard.press("Enter");
      await page.getByTestId("verdict").waitFor();

      // Tabs: focus the selected tab, move to "Phát hiện" with arrow keys.
      await page.getByRole("tab", { name: /^Tổng quan/ }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      assert.equal(
        await page.getByRole("tab", { name: /^Phát hiện/ }).getAttribute("aria-selected"),
        "true",
      );
      await page.getByTestId("findings-view").waitFor();

      let onFinding = false;
      for (let step = 0; step < 8 && !onFinding; step++) {
        await page.keyboard.press("Tab");
        onFinding = (await focusedTestId()) === "finding";
      }
      assert.ok(onFinding, "Tab reaches the findings");
      // Arrow keys move inside the list (one Tab stop); Enter selects the focused finding's cell.
      await page.keyboard.press("ArrowDown");
      const target = await page.evaluate(() => ({
        sheet: document.activeElement?.getAttribute("data-sheet"),
        cell: document.activeElement?.getAttribute("data-cell"),
      }));
      assert.deepEqual(target, { sheet: "Chi bộ", cell: "M10" });
      await page.keyboard.press("Enter");
      await page.waitForFunction(() =>
        window.__hostCalls.some((call) => call.method === "selectCell"),
      );
      assert.deepEqual(
        (await calls(page)).filter((call) => call.method === "selectCell"),
        [{ method: "selectCell", sheet: "Chi bộ", cell: "M10" }],
      );
    });

    it("has no serious accessibility violations (axe) in the main views, the messages and the old-Excel pane", async () => {
      const { page } = await scored();
      for (const view of ["summary", "cells", "findings", "criteria"] as const) {
        await showView(page, view);
        assert.deepEqual(await seriousViolations(page), [], view);
      }
      await showView(page, "cells", "vi");
      await page.getByRole("radio", { name: /^Chưa đạt/ }).check();
      await page.getByRole("columnheader", { name: "Tổng" }).click();
      assert.deepEqual(await seriousViolations(page), [], "cells, filtered and sorted");
      await showView(page, "findings");
      await page.getByRole("radio", { name: "Theo loại" }).check();
      await page.getByTestId("finding").first().click();
      assert.deepEqual(await seriousViolations(page), [], "findings by rule, one selected");
      await page.getByRole("button", { name: "English" }).click();
      await page.getByTestId(VIEWS.findings.content).waitFor();
      assert.deepEqual(await seriousViolations(page), [], "findings in English");

      const stamped = await open("scenario=stamped");
      await stamped.page.getByTestId("verdict").waitFor();
      assert.deepEqual(await seriousViolations(stamped.page), [], "a stamped workbook's summary");

      const protectedSheet = await open("scenario=protected");
      await protectedSheet.page.getByTestId("score-button").click();
      await protectedSheet.page.getByTestId("host-error").waitFor();
      assert.deepEqual(await seriousViolations(protectedSheet.page), [], "a host error");

      const oldExcel = await open("scenario=oldExcel");
      await oldExcel.page.getByTestId("unsupported").waitFor();
      assert.deepEqual(await seriousViolations(oldExcel.page), [], "the old-Excel pane");
    });

    it("saves a screenshot of the main view (test-output/taskpane.png)", async () => {
      const { page, problems } = await scored();
      const dir = join(REPO_ROOT, "test-output");
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: join(dir, "taskpane.png"), fullPage: true });
      await showView(page, "cells");
      await page.screenshot({ path: join(dir, "taskpane-cells.png"), fullPage: true });
      await showView(page, "findings");
      await page.screenshot({ path: join(dir, "taskpane-findings.png"), fullPage: true });
      assert.deepEqual(problems, []);
    });
  },
);
