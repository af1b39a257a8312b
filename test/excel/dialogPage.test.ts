/**
 * The outcome dialog page in real headless Chromium: it renders the summary from its URL, in the
 * display language, and its buttons answer the command through Office.context.ui.messageParent.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { dialogQuery, type DialogData } from "../../src/commands/dialogData";

let dir = "";
let browser: Browser;

const OFFICE_STUB = `
window.sent = [];
window.Office = {
  context: { displayLanguage: window.DISPLAY_LANGUAGE, ui: { messageParent: (m) => window.sent.push(m) } },
  onReady: () => Promise.resolve({ host: "Excel" }),
};`;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chibo4tot-dialog-"));
  await build({
    entryPoints: [path.resolve("src/commands/dialog.tsx")],
    bundle: true,
    format: "iife",
    outfile: path.join(dir, "dialog.js"),
    define: { "process.env.NODE_ENV": '"production"' },
    jsx: "automatic",
    logLevel: "silent",
  });
  for (const language of ["vi-VN", "en-US"]) {
    await writeFile(
      path.join(dir, `dialog-${language}.html`),
      `<!doctype html><html><head><meta charset="utf-8"><script>window.DISPLAY_LANGUAGE=${JSON.stringify(language)};${OFFICE_STUB}</script></head>` +
        `<body><div id="root"></div><script src="dialog.js"></script></body></html>`,
    );
  }
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const scored: DialogData = {
  kind: "scored",
  lang: "vi",
  status: "scored",
  organization: "Đảng bộ xã Thạch Hà",
  year: 2025,
  summary: {
    cells: 10,
    scored: 8,
    fourGood: 6,
    errors: 2,
    warnings: 1,
    shortfalls: 5,
    orgFourGood: true,
  },
  reportSheet: "Kết quả kiểm tra",
};

async function open(language: string, data: DialogData) {
  const page = await browser.newPage();
  await page.goto(`file://${path.join(dir, `dialog-${language}.html`)}${dialogQuery(data)}`);
  await page.getByRole("heading").waitFor();
  return page;
}

test("the Vietnamese summary, verdict and the way to the details; the button asks for the report", async () => {
  const page = await open("vi-VN", scored);
  const text = await page.locator("main").innerText();
  assert.match(text, /Đã chấm điểm xong/);
  assert.match(text, /Số chi bộ: 10 \(đã chấm điểm: 8\)/);
  assert.match(text, /Đạt 4 tốt: 6 chi bộ \(75%\)/);
  assert.match(text, /Đảng bộ cơ sở 4 tốt/);
  assert.match(text, /"Chi tiết" trên thẻ "4 tốt"/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "vi");
  await page.getByRole("button", { name: "Mở trang báo cáo" }).click();
  await page.getByRole("button", { name: "Đóng" }).click();
  assert.deepEqual(await page.evaluate(() => (window as unknown as { sent: string[] }).sent), [
    "openReport",
    "close",
  ]);
  await page.close();
});

test("English display language; an error shows its message and only a close button", async () => {
  const page = await open("en-US", {
    kind: "error",
    lang: "en",
    code: "CELL_EDIT_MODE",
    message: "Press Enter or Esc.",
  });
  const text = await page.locator("main").innerText();
  assert.match(text, /Could not complete/);
  assert.match(text, /Press Enter or Esc\./);
  assert.equal(await page.getByRole("button").count(), 1);
  await page.getByRole("button", { name: "Close" }).press("Enter");
  assert.deepEqual(await page.evaluate(() => (window as unknown as { sent: string[] }).sent), [
    "close",
  ]);
  await page.close();
});
