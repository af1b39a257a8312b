/**
 * What a clerk met in the preview (issue 17), each as a test, at the task pane's size (350×620)
 * and a laptop's (1280×900), in Vietnamese and in English: the BUILT add-in (dist/) served on
 * 127.0.0.1 in headless Debian Chromium, with workbooks made by code (a 3,000-row one, an empty
 * one, files that are not workbooks).
 *
 * Every view a clerk sees is photographed at the window's size (not the full page: what is below
 * the fold is what a clerk does not see) into test-output/screenshots/<width>x<height>-<lang>-*.png,
 * checked by axe (no serious or critical violation, no landmark or heading one) and for words a
 * clerk should not meet (the command line's name and commands, «» quotes).
 */
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { translatorFor, type Translate } from "../../src/taskpane/i18n/translate";
import "../../src/taskpane/i18n/allLanguages";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/state/languageChoice";
import { DEFAULT_RULESET } from "../../src/core";
import { axeProblems } from "../taskpane/support/axe";
import { chromiumAvailable, launchChromium } from "../taskpane/support/chromium";
import { REPO_ROOT } from "../taskpane/support/harnessServer";
import { bigCellCode, bigWorkbook, emptyWorkbook } from "./support/clerkWorkbooks";
import { distUnavailable, startDistServer, type DistServer } from "./support/distServer";
import { openTaskpane, type OpenOptions, type PreviewPage } from "./support/previewPage";

const SCREENSHOTS = join(REPO_ROOT, "test-output", "screenshots");
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BIG_ROWS = 3000;

const skip = !chromiumAvailable()
  ? "Debian chromium is not installed (/usr/bin/chromium)"
  : distUnavailable() || false;

type Lang = "vi" | "en";
interface Size {
  width: number;
  height: number;
}
const SIZES: readonly Size[] = [
  { width: 350, height: 620 },
  { width: 1280, height: 900 },
];
const LANGS: readonly Lang[] = ["vi", "en"];

/** Fluent's brand background: the one primary button of a view. */
const BRAND_BACKGROUND = "rgb(15, 108, 189)";

/**
 * Records, in the page, when a file is chosen, every progress text shown after it, and the page's
 * long tasks (the main thread busy for more than 50 ms at a time).
 */
const PROGRESS_RECORDER = `(() => {
  window.__progress = { chosenAt: null, texts: [], longTasks: [] };
  document.addEventListener("change", () => { window.__progress.chosenAt = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      window.__progress.longTasks.push({ start: task.startTime, duration: task.duration });
    }
  }).observe({ type: "longtask" });
  new MutationObserver(() => {
    const shown = document.querySelector('[data-testid="progress-text"]');
    const text = shown ? shown.textContent : null;
    const texts = window.__progress.texts;
    if (texts.length === 0 || texts[texts.length - 1].text !== text) {
      texts.push({ at: performance.now() - (window.__progress.chosenAt ?? 0), text });
    }
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
})()`;

interface Recorded {
  chosenAt: number | null;
  texts: { at: number; text: string | null }[];
  longTasks: { start: number; duration: number }[];
}

/** The preview's Web Worker script (webpack names its bundle after the worker). */
const WORKER_SCRIPT = /\/chibo4tot-preview\.[0-9a-f]+\.js$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** WCAG contrast of two CSS rgb()/rgba() colours (the background assumed opaque). */
function contrast(foreground: string, background: string): number {
  const channels = (colour: string) =>
    (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

describe("what a clerk met (issue 17), in the built preview", { skip }, () => {
  let server: DistServer;
  let browser: Browser;
  let big: Buffer;
  let small: Buffer;
  let empty: Buffer;

  before(async () => {
    server = await startDistServer();
    browser = await launchChromium();
    [big, small, empty] = (
      await Promise.all([bigWorkbook(BIG_ROWS), bigWorkbook(40), emptyWorkbook()])
    ).map((bytes) => Buffer.from(bytes));
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of LANGS) {
    for (const size of SIZES) {
      const label = `${size.width}×${size.height}, ${lang === "vi" ? "Vietnamese" : "English"}`;
      describe(label, () => {
        const t: Translate = translatorFor(lang);
        const other: Lang = lang === "vi" ? "en" : "vi";
        const opened: PreviewPage[] = [];
        after(async () => {
          for (const { context } of opened) await context.close();
        });

        /** The preview in this language (a clerk who chose it before) at this size. */
        async function open(
          options: { locale?: string; chosen?: boolean; prepare?: OpenOptions["prepare"] } = {},
        ) {
          const tracked = await openTaskpane(browser, server, {
            prepare: options.prepare,
            ...size,
            locale: options.locale ?? (lang === "vi" ? "vi-VN" : "en-US"),
            // A choice made earlier, unless the page has one now (so a switch survives a reload).
            initScript:
              options.chosen === false
                ? undefined
                : `if (!localStorage.getItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)})) localStorage.setItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)}, ${JSON.stringify(lang)});`,
          });
          opened.push(tracked);
          await tracked.page.getByTestId("preview-start").waitFor();
          return tracked;
        }

        async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
          await page.getByTestId("file-input").setInputFiles({ name, mimeType: XLSX_MIME, buffer });
        }

        async function openSample(page: Page): Promise<void> {
          await page.getByRole("button", { name: t("previewOpenSample") }).click();
          await page.getByTestId("verdict").waitFor();
        }

        async function showView(page: Page, key: Parameters<Translate>[0], content: string) {
          // A tab that does not fit the pane's width is in the tabs' "…" menu.
          const name = new RegExp(`^${escape(t(key))}`);
          const tab = page.getByRole("tab", { name });
          if (await tab.isVisible()) await tab.click();
          else {
            await page.getByTestId("more-views").click();
            await page.getByRole("menuitem", { name }).click();
          }
          await page.getByTestId(content).waitFor();
        }

        /**
         * What the clerk sees now: photographed at the window's size, no words from the command
         * line or «» quotes anywhere on the page, and axe finds nothing serious.
         */
        async function look(page: Page, name: string, options = { axe: true }): Promise<void> {
          await page.screenshot({
            path: join(SCREENSHOTS, `${size.width}x${size.height}-${lang}-${name}.png`),
          });
          const text = await page.evaluate(() => document.body.innerText);
          assert.doesNotMatch(text, /chibo4tot|lệnh|\bcommand\b/i, `${name}: command-line words`);
          assert.doesNotMatch(text, /[«»]/, `${name}: quotes are “…”`);
          if (options.axe) assert.deepEqual(await axeProblems(page), [], `${name}: axe`);
        }

        async function headerBottom(page: Page): Promise<number> {
          const box = await page.getByTestId("app-header").boundingBox();
          assert.ok(box);
          return box.y + box.height;
        }

        async function box(locator: Locator) {
          const found = await locator.boundingBox();
          assert.ok(found, "the element is on the page");
          return found;
        }

        it("1. progress within 300 ms of choosing a 3,000-row file, a tab answered while it opens, and Hủy stops it", async () => {
          // The worker's script is held back, so the opening lasts until the test is done with it
          // (a real read of 3,000 rows can end before a loaded machine clicks anything).
          let release = () => {};
          const released = new Promise<void>((resolve) => (release = resolve));
          const { page, problems } = await open({
            prepare: async (context) => {
              await context.route(WORKER_SCRIPT, async (route) => {
                await released;
                await route.continue().catch(() => {});
              });
            },
          });
          try {
            await look(page, "01-start");
            await page.evaluate(PROGRESS_RECORDER);
            await choose(page, "huyen-thach-ha.xlsx", big);
            await page.getByTestId("score-progress").waitFor();
            const recorded = (await page.evaluate("window.__progress")) as Recorded;
            assert.ok(recorded.chosenAt !== null, "the file was chosen");
            const first = recorded.texts.find((entry) => entry.text !== null);
            assert.ok(first, "a progress text was shown");
            assert.ok(first.at < 300, `progress shown ${first.at.toFixed(0)} ms after the choice`);
            assert.match(
              first.text ?? "",
              new RegExp(`^(${escape(t("progressLoading"))}|${escape(t("progressReadingFile"))})`),
            );
            assert.match(first.text ?? "", /“huyen-thach-ha\.xlsx”/, "the file is named");

            // The page is not frozen: a tab is answered while the file opens.
            await page
              .getByRole("tab", { name: new RegExp(`^${escape(t("viewCriteria"))}`) })
              .click();
            await page.getByTestId("criteria").waitFor();
            assert.ok(await page.getByTestId("score-progress").isVisible(), "still opening");
            await look(page, "02-reading");

            await page.getByTestId("cancel-opening").click();
            await page.getByTestId("score-progress").waitFor({ state: "detached" });
            assert.equal(await page.getByTestId("verdict").count(), 0, "nothing was scored");
            assert.match(
              await page.getByTestId("live-region").innerText(),
              new RegExp(escape(t("openCancelled", { fileName: "huyen-thach-ha.xlsx" }))),
            );
          } finally {
            release();
          }
          assert.deepEqual(problems, []);
        });

        it("10. the 3,000-row file: its stages in words, 12,000 findings in a virtual list, a search finds the last Party cell", async () => {
          const { page, problems } = await open();
          await page.evaluate(PROGRESS_RECORDER);
          await choose(page, "huyen-thach-ha.xlsx", big);
          await page.getByTestId("verdict").waitFor({ timeout: 120_000 });
          const texts = ((await page.evaluate("window.__progress")) as Recorded).texts
            .map((entry) => entry.text ?? "")
            .filter(Boolean);
          assert.ok(
            texts.some((text) => text.startsWith(t("progressChecking"))),
            `the scoring stage was shown: ${texts.join(" | ")}`,
          );
          // While the worker read and scored, the page never froze (reading on the page's own
          // thread froze it for 1.8 s): no task of a second or more before the result arrived.
          const progress = (await page.evaluate("window.__progress")) as Recorded;
          const ended = Math.max(
            0,
            ...progress.texts.filter((entry) => entry.text !== null).map((entry) => entry.at),
          );
          const frozen = progress.longTasks.filter(
            (task) =>
              task.start >= (progress.chosenAt ?? 0) &&
              task.start - (progress.chosenAt ?? 0) < ended &&
              task.duration >= 1000,
          );
          assert.deepEqual(frozen, [], "the page stayed responsive while the file was read");

          await showView(page, "viewFindings", "findings-view");
          const total = 12_000;
          assert.match(
            await page.getByTestId("findings-shown").innerText(),
            new RegExp(
              escape(t("findingsShown", { shown: "X", total: "Y" }))
                .replace("X", "[\\d.,]+")
                .replace("Y", "12[.,]000"),
            ),
          );
          const rendered = await page.getByTestId("finding").count();
          assert.ok(rendered > 0 && rendered < 200, `${rendered} of ${total} findings in the page`);

          const last = bigCellCode(BIG_ROWS - 1); // CB2999: numbers as text, a shortfall
          await page.getByRole("searchbox", { name: t("findingsSearchLabel") }).fill(last);
          await page.waitForFunction(
            (code) =>
              [...document.querySelectorAll('[data-testid="finding-place"]')].every((place) =>
                place.textContent?.includes(code),
              ),
            last,
          );
          const places = await page.getByTestId("finding-place").allInnerTexts();
          assert.ok(
            places.length >= 1 && places.length <= 10,
            `${places.length} findings of ${last}`,
          );
          assert.ok(places.every((place) => place.includes(t("findingPartyCell", { code: last }))));
          await look(page, "09-big-findings-search");
          assert.deepEqual(problems, []);
        });

        it("2. a clicked finding opens its detail under it, in view, without moving the list under the pointer; a Party cell's detail too", async () => {
          const { page, problems } = await open();
          await choose(page, "xa-40.xlsx", small);
          await page.getByTestId("verdict").waitFor();
          await showView(page, "viewFindings", "findings-view");
          const top = await headerBottom(page);
          const viewport = size.height;

          // A finding just under the header (where a clerk scrolled to): it stays where it was;
          // its detail opens under it, whole.
          const findings = page.getByTestId("finding");
          await page.evaluate(() => {
            document.querySelector('[data-testid="finding"]')?.scrollIntoView({ block: "start" });
          });
          const upper = findings.first();
          assert.ok((await box(upper)).y >= top - 1, "the first finding is under the header");
          const before = await box(upper);
          await upper.click();
          const detail = page.getByTestId("finding-detail");
          await detail.waitFor();
          await page
            .getByTestId("detail-value")
            .filter({ hasNotText: t("detailValueLoading") })
            .waitFor();
          assert.equal(await upper.getAttribute("aria-expanded"), "true");
          assert.equal(await upper.getAttribute("data-chosen"), "true", "the item is marked");
          const after = await box(upper);
          assert.ok(Math.abs(after.y - before.y) < 1, `the finding moved ${after.y - before.y} px`);
          const opened = await box(detail);
          assert.ok(opened.y >= after.y + after.height - 1, "the detail is under the finding");
          assert.ok(opened.y + opened.height <= viewport, "the detail is inside the pane");
          assert.match(await detail.innerText(), new RegExp(escape(t("detailFix"))));
          await look(page, "05-finding-detail");

          // The last finding in view: its detail is scrolled into view, the finding stays visible.
          const shown: Locator[] = [];
          for (let index = 0; index < (await findings.count()); index++) {
            const candidate = await findings.nth(index).boundingBox();
            if (candidate && candidate.y > top && candidate.y + candidate.height <= viewport) {
              shown.push(findings.nth(index));
            }
          }
          const lower = shown[shown.length - 1];
          await lower.click();
          await page.locator('[data-testid="finding"][data-chosen="true"]').waitFor();
          assert.equal(await lower.getAttribute("data-chosen"), "true");
          const lowerDetail = page.getByTestId("finding-detail");
          await lowerDetail.waitFor();
          const lowerBox = await box(lower);
          const headerNow = await headerBottom(page);
          assert.ok(lowerBox.y >= headerNow - 1, "the finding is not under the header");
          const lowerDetailBox = await box(lowerDetail);
          if (lowerBox.height + lowerDetailBox.height + 16 <= size.height - headerNow) {
            assert.ok(
              lowerDetailBox.y + lowerDetailBox.height <= size.height + 1,
              "the detail was scrolled into view",
            );
          } else {
            assert.ok(lowerDetailBox.y < size.height, "as much of the detail as fits is in view");
          }

          // A Party cell with nothing to fix: its detail says so, under its row.
          await showView(page, "viewCells", "cells-table");
          const good = page
            .locator('[data-testid="cells-table"] [role="row"][data-code]')
            .filter({ has: page.locator('[data-result="fourGood"]') })
            .first();
          const button = good.locator("[data-focus-target]");
          await good.evaluate((row) => row.scrollIntoView({ block: "start" }));
          const rowBefore = await box(good);
          await button.click();
          const cellDetail = page.getByTestId("cell-detail");
          await cellDetail.waitFor();
          const rowAfter = await box(good);
          assert.ok(
            Math.abs(rowAfter.y - rowBefore.y) < 1,
            `the row moved ${rowAfter.y - rowBefore.y} px`,
          );
          const text = await cellDetail.innerText();
          assert.match(text, new RegExp(escape(t("cellDetailNoFindings"))));
          assert.doesNotMatch(text, /hãy sửa|fix this/i);
          const cellBox = await box(cellDetail);
          assert.ok(cellBox.y + cellBox.height <= viewport, "the Party cell's detail is in view");
          await look(page, "04-cell-detail");
          assert.deepEqual(problems, []);
        });

        it("3 and 7. a compact sticky header with one primary action: the verdict and the counts without scrolling, the tabs on one line", async () => {
          const { page, problems } = await open();
          const primaries = () =>
            page.evaluate(
              (brand) =>
                [...document.querySelectorAll("button, a")].filter(
                  (element) =>
                    getComputedStyle(element).backgroundColor === brand &&
                    element.getClientRects().length > 0,
                ).length,
              BRAND_BACKGROUND,
            );
          assert.equal(await primaries(), 1, "one primary action on the start view");
          await openSample(page);
          assert.equal(await page.getByTestId("score-button").count(), 0, "no scoring twice");
          assert.equal(await primaries(), 1, "one primary action on the summary");

          const verdict = await box(page.getByTestId("verdict-text"));
          assert.ok(verdict.y + verdict.height <= size.height, "the verdict is above the fold");
          for (const id of ["cells", "fourGood", "errors", "shortfalls", "warnings"]) {
            const tile = await box(page.getByTestId(`summary-${id}-value`));
            assert.ok(tile.y + tile.height <= size.height, `the ${id} count is above the fold`);
          }
          const tabs = await page
            .getByRole("tab")
            .evaluateAll((elements) =>
              elements
                .filter((element) => element.getClientRects().length > 0)
                .map((element) => Math.round(element.getBoundingClientRect().top)),
            );
          assert.ok(tabs.length >= 2);
          assert.equal(new Set(tabs).size, 1, "the tabs are on one line");
          await look(page, "03-summary");

          await showView(page, "viewCells", "cells-table");
          assert.equal(await primaries(), 1, "one primary action on the Party cells");
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          assert.equal(Math.round((await box(page.getByTestId("app-header"))).y), 0, "sticky");
          await page.evaluate(() => window.scrollTo(0, 0));
          await look(page, "04-cells");
          assert.deepEqual(problems, []);
        });

        it("4. an empty workbook is “Không chấm được”: what to fix first, no verdict, no tiles, no download", async () => {
          const { page, problems } = await open();
          await choose(page, "so-moi.xlsx", empty);
          const panel = page.getByTestId("unscorable");
          await panel.waitFor();
          assert.match(await panel.innerText(), new RegExp(`^${escape(t("unscorableTitle"))}`));
          assert.match(await panel.locator("li").first().innerText(), /Chi bộ/);
          assert.equal(await page.getByTestId("verdict").count(), 0, "no verdict");
          assert.equal(await page.getByTestId("summary-cells-value").count(), 0, "no score tiles");
          assert.equal(await page.getByTestId("download-button").count(), 0, "no download");
          assert.equal(
            await page.getByRole("tab", { name: new RegExp(`^${escape(t("viewCells"))}`) }).count(),
            0,
            "no Party cells to list",
          );
          const stamp = page.getByTestId("stamp-line");
          if (await stamp.count()) {
            assert.doesNotMatch(await stamp.innerText(), /Đã chấm điểm|Scored/);
          }
          const box0 = await box(panel);
          assert.ok(box0.y < size.height, "the panel starts in view");
          await look(page, "07-unscorable");
          assert.deepEqual(problems, []);
        });

        it("5. a file that is not a workbook is refused by name, in the clerk's words, in place of the last results", async () => {
          const { page, problems } = await open();
          await openSample(page);
          const csv = Buffer.from("STT,Mã chi bộ,Tên chi bộ\n1,CB01,Chi bộ thôn Bắc\n", "utf8");
          await choose(page, "danh-sach.xlsx", csv);
          const bar = page.getByTestId("host-error");
          await bar.waitFor();
          const text = await bar.innerText();
          assert.match(
            text,
            new RegExp(escape(t("errorTitleOpening", { fileName: "danh-sach.xlsx" }))),
          );
          assert.equal(
            await page.getByTestId("verdict").count(),
            0,
            "not above the sample's results",
          );
          await look(page, "08-error");

          // Bytes that are no zip at all.
          await choose(page, "hong.xlsx", Buffer.from("PK\u0003\u0004 broken", "latin1"));
          await page.getByTestId("host-error").filter({ hasText: "hong.xlsx" }).waitFor();
          await look(page, "08-error-broken");
          assert.deepEqual(problems, []);
        });

        it("6. findings and criteria in the clerk's words: a title per rule, “ô L11, trang Chi bộ”, the Party cell named, bands as a table", async () => {
          const { page, problems } = await open();
          await choose(page, "xa-40.xlsx", small);
          await page.getByTestId("verdict").waitFor();
          await showView(page, "viewFindings", "findings-view");
          const items = await page.getByTestId("finding").evaluateAll((elements) =>
            elements.slice(0, 30).map((element) => ({
              rule: element.getAttribute("data-rule") ?? "",
              cell: element.getAttribute("data-cell") ?? "",
              sheet: element.getAttribute("data-sheet") ?? "",
              first: (element.firstElementChild?.textContent ?? "").trim(),
              place: (
                element.querySelector('[data-testid="finding-place"]')?.textContent ?? ""
              ).trim(),
            })),
          );
          assert.ok(items.length > 0);
          for (const item of items) {
            assert.ok(!item.first.startsWith(item.rule), `a title before the code: ${item.first}`);
            assert.ok(
              item.place.startsWith(t("findingPlace", { cell: item.cell, sheet: item.sheet })),
              item.place,
            );
            assert.match(
              item.place,
              new RegExp(escape(t("findingPartyCell", { code: "CB" })) + "\\d{4}"),
            );
          }
          // By rule, the Party cell is named on each finding too.
          await page.getByRole("radio", { name: t("findingsByRule") }).check();
          const place = await page.getByTestId("finding-place").first().innerText();
          assert.match(place, /CB\d{4} \(Chi bộ thôn \d+\)/);

          await showView(page, "viewCriteria", "criteria");
          const criteria = page.getByTestId("criteria");
          assert.equal(
            await page.locator("#ruleset-title").innerText(),
            DEFAULT_RULESET.title[lang],
          );
          assert.notEqual(await page.locator("#ruleset-title").innerText(), DEFAULT_RULESET.id);
          const text = await criteria.innerText();
          assert.doesNotMatch(text, /=\s*\d+\s*:/, "no “= 12: 10”");
          const unit = lang === "vi" ? /12 buổi\s*→\s*10 điểm/ : /12 meetings\s*→\s*10 points/;
          assert.match(text, unit, "bands in words");
          await look(page, "06-criteria");
          assert.deepEqual(problems, []);
        });

        it("8. the results are as large as the text around them, readable (contrast ≥ 4.5:1) and not in colour alone", async () => {
          const { page, problems } = await open();
          await openSample(page);
          const body = await page.evaluate(() =>
            parseFloat(getComputedStyle(document.body).fontSize),
          );
          const verdictSize = await page
            .getByTestId("verdict-text")
            .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
          assert.ok(verdictSize >= body, `verdict ${verdictSize}px, body ${body}px`);
          await showView(page, "viewCells", "cells-table");
          const pills = await page.locator("[data-result]").evaluateAll((elements) =>
            elements.map((element) => {
              const style = getComputedStyle(element);
              return {
                result: element.getAttribute("data-result"),
                size: parseFloat(style.fontSize),
                colour: style.color,
                background: style.backgroundColor,
                icon: element.querySelector("svg") !== null,
                words: (element.textContent ?? "").trim(),
              };
            }),
          );
          assert.ok(new Set(pills.map((pill) => pill.result)).size >= 2, "more than one result");
          for (const pill of pills) {
            assert.ok(pill.size >= 14, `${pill.result}: ${pill.size}px`);
            const ratio = contrast(pill.colour, pill.background);
            assert.ok(ratio >= 4.5, `${pill.result}: contrast ${ratio.toFixed(2)}`);
            assert.ok(pill.icon && pill.words.length > 0, `${pill.result}: an icon and words`);
          }
          assert.deepEqual(problems, []);
        });

        it(`9. the language chosen is kept after a reload (the preview starts in Vietnamese)`, async () => {
          // A browser in English, nothing chosen yet: the preview speaks the clerk's language.
          const { page, problems } = await open({ locale: "en-US", chosen: false });
          assert.equal(await page.evaluate(() => document.documentElement.lang), "vi");
          const here = async () => page.evaluate(() => document.documentElement.lang);
          if (lang === "en") {
            await page
              .getByRole("button", { name: translatorFor("vi")("languageSwitchLabel") })
              .click();
            await page.waitForFunction(() => document.documentElement.lang === "en");
          }
          await page.reload();
          await page.getByTestId("preview-start").waitFor();
          assert.equal(await here(), lang, "kept after a reload");
          await page.getByRole("button", { name: t("languageSwitchLabel") }).click();
          await page.waitForFunction((to) => document.documentElement.lang === to, other);
          await page.reload();
          await page.getByTestId("preview-start").waitFor();
          assert.equal(await here(), other, "the switch back is kept too");
          assert.ok(
            await page
              .getByRole("button", { name: translatorFor(other)("previewChooseFile") })
              .isVisible(),
          );
          assert.deepEqual(problems, []);
        });
      });
    }
  }
});
