/**
 * The preview in real headless Chromium with the real preview host: the bundled sample is read
 * by the command line's reader, scored by the engine and downloaded as a marked copy, all in the
 * browser. The result must equal what the command line computes from the same file.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { evaluateXlsx } from "../../src/cli/evaluateXlsx";
import { DEFAULT_RULESET, STAMP_PROPERTY_PREFIX } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { CapturedDownload } from "./harness/previewHarness";
import { chromiumAvailable, launchChromium, openPage } from "./support/chromium";
import { REPO_ROOT, startHarness, type HarnessServer } from "./support/harnessServer";

const SAMPLE = join(REPO_ROOT, "assets/templates/sample.xlsx");
const skip = !chromiumAvailable()
  ? "Debian chromium is not installed"
  : !existsSync(SAMPLE)
    ? "assets/templates/sample.xlsx is missing (chibo4tot template --sample)"
    : false;

describe("browser preview", { skip }, () => {
  let server: HarnessServer;
  let browser: Browser;

  before(async () => {
    server = await startHarness({
      entry: "test/taskpane/harness/previewHarness.tsx",
      extraEntries: { previewWorker: "src/taskpane/preview/previewWorker.ts" },
      files: { "sample.xlsx": SAMPLE },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSample() {
    const tracked = await openPage(browser, server.url);
    const requests: string[] = [];
    tracked.page.on("request", (request) => requests.push(request.url()));
    await tracked.page.getByTestId("preview-start").waitFor();
    return { ...tracked, requests };
  }

  async function downloads(page: Page): Promise<CapturedDownload[]> {
    return page.evaluate(() => window.__downloads);
  }

  it("starts on opening a file, says nothing leaves the computer, and loads no xlsx code yet", async () => {
    const { page, requests, problems } = await openSample();
    assert.match(
      await page.getByTestId("privacy-note").innerText(),
      /Không có dữ liệu nào được gửi lên mạng/,
    );
    assert.ok(await page.getByRole("button", { name: "Chọn tệp .xlsx…" }).isVisible());
    assert.ok(await page.getByRole("button", { name: "Mở tệp mẫu có số liệu" }).isVisible());
    assert.equal(await page.getByTestId("score-button").count(), 0);
    assert.deepEqual(
      requests.filter((url) => /previewWorker/.test(url)),
      [],
    );
    assert.deepEqual(problems, []);
  });

  it("opens and scores the sample like the command line does, fetching nothing but the sample", async () => {
    const { page, requests, problems } = await openSample();
    await page.getByRole("button", { name: "Mở tệp mẫu có số liệu" }).click();
    await page.getByTestId("verdict").waitFor();
    const expected = (
      await evaluateXlsx(new Uint8Array(await readFile(SAMPLE)), {
        lang: "vi",
        ruleset: DEFAULT_RULESET,
      })
    ).evaluation.report;
    for (const [id, value] of Object.entries(expected.summary)) {
      if (typeof value !== "number") continue;
      assert.equal(await page.getByTestId(`summary-${id}-value`).innerText(), String(value), id);
    }
    assert.match(
      await page.getByTestId("verdict").innerText(),
      expected.summary.orgFourGood ? /Đảng bộ cơ sở 4 tốt/ : /Chưa đạt 4 tốt/,
    );
    assert.match(await page.getByTestId("workbook-line").innerText(), /^sample\.xlsx/);
    assert.match(await page.getByTestId("stamp-line").innerText(), /chưa lưu vào tệp/);
    const origin = new URL(server.url).origin;
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin)),
      [],
    );
    assert.deepEqual(
      requests.filter((url) => !url.endsWith(".js")).map((url) => new URL(url).pathname),
      ["/sample.xlsx"],
    );
    assert.ok(
      requests.some((url) => /previewWorker/.test(url)),
      "the reader and the engine load on demand, in the worker",
    );
    assert.deepEqual(problems, []);
  });

  it("shows a finding's cell and its value, since nothing can be selected outside Excel", async () => {
    const { page } = await openSample();
    await page.getByRole("button", { name: "Mở tệp mẫu có số liệu" }).click();
    await page.getByTestId("verdict").waitFor();
    await page.getByRole("tab", { name: /^Phát hiện/ }).click();
    const first = page.getByTestId("finding").first();
    await first.waitFor();
    const sheet = await first.getAttribute("data-sheet");
    const cell = await first.getAttribute("data-cell");
    await first.click();
    assert.match(await first.innerText(), new RegExp(`ô ${cell}, trang ${sheet}`));
    const detail = page.getByTestId("finding-detail");
    await detail.waitFor();
    await page.getByTestId("detail-value").filter({ hasNotText: "đang đọc" }).waitFor();
    assert.match(await detail.innerText(), /Giá trị trong tệp[\s\S]*Cách xử lý/);
  });

  it("downloads a marked copy that carries the results, the report sheet and a valid stamp", async () => {
    const { page } = await openSample();
    await page.getByRole("button", { name: "Mở tệp mẫu có số liệu" }).click();
    await page.getByTestId("verdict").waitFor();
    await page.getByTestId("download-button").click();
    await page.getByTestId("notice").waitFor();
    assert.match(
      await page.getByTestId("notice").innerText(),
      /Đã tải xuống “sample-da-cham\.xlsx”/,
    );
    const [download] = await downloads(page);
    assert.equal(download.fileName, "sample-da-cham.xlsx");
    const bytes = Buffer.from(download.base64, "base64");
    const marked = await readWorkbook(new Uint8Array(bytes), { selectSheets: (names) => names });
    assert.ok(marked.grid.sheetNames.includes("Kết quả kiểm tra"));
    assert.ok(
      Object.keys(marked.properties).some((name) => name.startsWith(STAMP_PROPERTY_PREFIX)),
      "stamp properties",
    );

    // Opening the marked copy again: the stamp is recognised and the data did not change.
    await page.getByTestId("file-input").setInputFiles({
      name: download.fileName,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await page.getByTestId("workbook-line").getByText(download.fileName).waitFor();
    await page.getByTestId("verdict").waitFor();
    await page.getByRole("tab", { name: /^Tổng quan/ }).waitFor();
  });

  it("refuses a file that is not a workbook with the reader's own message", async () => {
    const { page, problems } = await openSample();
    await page.getByTestId("file-input").setInputFiles({
      name: "bao-cao.xlsx",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"),
    });
    const bar = page.getByTestId("host-error");
    await bar.waitFor();
    assert.match(await bar.innerText(), /Đây là tệp PDF, không phải sổ làm việc Excel/);
    assert.ok(await page.getByTestId("preview-start").isVisible());
    assert.deepEqual(problems, []);
  });
});
