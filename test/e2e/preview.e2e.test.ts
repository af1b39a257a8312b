/**
 * The browser preview end to end: the BUILT add-in (dist/, as `npm run build` makes it) served
 * over HTTP on 127.0.0.1 and opened in headless Debian Chromium, as a clerk without Excel opens
 * it. What it shows must be what the command line computes for the same file; the marked copy it
 * downloads must be what `chibo4tot score --out` writes; and nothing may leave the computer.
 *
 * Screenshots of what a clerk sees go to test-output/screenshots/ (git-ignored).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, FileChooser, Page } from "playwright-core";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { adr, type Report, type ReportPartyCell } from "../../src/core";
import { translatorFor, type Translate } from "../../src/taskpane/i18n/translate";
import "../../src/taskpane/i18n/allLanguages";
import { cellText } from "../../src/core";
import { chromiumAvailable, launchChromium } from "../taskpane/support/chromium";
import { seriousViolations } from "../taskpane/support/axe";
import { REPO_ROOT } from "../taskpane/support/harnessServer";
import { cellsWorkbookFixture, fourGoodRow } from "../support/xlsxFixtures";
import { chibo4tot, scoreJson } from "./support/cli";
import { DIST, distUnavailable, startDistServer, type DistServer } from "./support/distServer";
import {
  openTaskpane,
  shownCellRows,
  shownFindings,
  shownSummary,
  sortedFindings,
  type PreviewPage,
} from "./support/previewPage";

const SAMPLE = join(DIST, "sample.xlsx");
const SCREENSHOTS = join(REPO_ROOT, "test-output", "screenshots");
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const vi = translatorFor("vi");
const en = translatorFor("en");

const skip = !chromiumAvailable()
  ? "Debian chromium is not installed (/usr/bin/chromium)"
  : distUnavailable() ||
    (!existsSync(SAMPLE) &&
      "dist/sample.xlsx is missing: make assets/templates/sample.xlsx (chibo4tot template --sample) and build");

/** A workbook as clerks really fill it, and the findings it must give. */
async function messyWorkbook(): Promise<Uint8Array> {
  const rows = [
    fourGoodRow("CB01", "Chi bộ thôn Bắc"),
    // Numbers typed as text, as copied from another program.
    fourGoodRow("CB02", "Chi bộ thôn Nam", { members: "28", regular_meetings: "11" }),
    // A rating with a typo (not one of HTXSNV, HTTNV, HTNV, KHTNV).
    fourGoodRow("CB03", "Chi bộ thôn Đông", { cell_rating: "HTXNSV" }),
    // Falls short: few meetings, members absent without reason, targets missed.
    fourGoodRow("CB04", "Chi bộ thôn Tây", {
      regular_meetings: 8,
      absent_no_reason: 3,
      targets_pct: 85,
    }),
    fourGoodRow("CB05", "Chi bộ Trường Tiểu học", { attendance_pct: 78, members_failed: 2 }),
  ];
  const fixture = await cellsWorkbookFixture(rows, {
    rowsAbove: 2,
    columns: [
      "stt",
      "name",
      "code",
      "members",
      "cell_rating",
      "targets_pct",
      "regular_meetings",
      "thematic_meetings",
      "attendance_pct",
      "disciplined",
      "disunity_cases",
      "absent_no_reason",
      "members_good",
      "members_failed",
      "new_members",
    ],
    headerText: "nfd",
    totalRow: true,
    extraColumns: ["Ghi chú"],
    info: { organization: "Đảng bộ xã Thạch Hà", year: 2025 },
  });
  return fixture.bytes;
}

function resultText(cell: ReportPartyCell, t: Translate): string {
  if (cell.status === "error") return t("resultDataError");
  return cell.fourGood ? t("resultFourGood") : t("resultNotFourGood");
}

/** The Party cells table a clerk must see for a report: the command line's numbers, in words. */
function expectedRows(report: Report, t: Translate) {
  const criteria = report.cells.find((cell) => cell.scores)?.scores ?? {};
  return [...report.cells]
    .sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true }))
    .map((cell) => ({
      code: cell.code,
      name: cell.name,
      criteria: Object.keys(criteria).map((criterion) => {
        const points = cell.scores?.[criterion];
        if (points === undefined) {
          return { points: "—", label: t("criterionNotScored", { criterion }) };
        }
        const good = !cell.failedCriteria.includes(criterion);
        return {
          points: String(points),
          label: t(good ? "criterionGood" : "criterionNotGood", { criterion, points }),
        };
      }),
      total: cell.total === null ? "—" : String(cell.total),
      result: resultText(cell, t),
    }));
}

function summaryTexts(report: Report): Record<string, string> {
  const { cells, scored, fourGood, errors, shortfalls, warnings } = report.summary;
  return Object.fromEntries(
    Object.entries({ cells, scored, fourGood, errors, shortfalls, warnings }).map(([k, v]) => [
      k,
      String(v),
    ]),
  );
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the live region announces this report's result (the pane is done scoring). */
async function scoredAs(page: Page, report: Report, t: Translate): Promise<void> {
  const { cells, fourGood, errors, shortfalls, warnings, orgFourGood } = report.summary;
  const announced = t("liveScored", {
    cells,
    fourGood,
    errors,
    shortfalls,
    warnings,
    verdict: orgFourGood ? t("verdictFourGood") : t("verdictNotFourGood"),
  });
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="live-region"]')?.textContent === text,
    announced,
  );
}

async function showView(page: Page, tab: RegExp, content: string): Promise<void> {
  // A tab that does not fit the pane's width is in the tabs' "…" menu.
  const shown = page.getByRole("tab", { name: tab });
  if (await shown.isVisible()) await shown.click();
  else {
    await page.getByTestId("more-views").click();
    await page.getByRole("menuitem", { name: tab }).click();
  }
  await page.getByTestId(content).waitFor();
}

describe("the preview, built and served (dist/)", { skip }, () => {
  let server: DistServer;
  let browser: Browser;
  let work: string;
  let messyFile: string;
  let sampleReport: Report;
  let messyReport: Report;
  let messyReportEn: Report;

  before(async () => {
    server = await startDistServer();
    browser = await launchChromium();
    work = await mkdtemp(join(tmpdir(), "chibo4tot-e2e-"));
    messyFile = join(work, "xa-thach-ha.xlsx");
    await writeFile(messyFile, await messyWorkbook());
    sampleReport = await scoreJson(SAMPLE);
    messyReport = await scoreJson(messyFile);
    messyReportEn = await scoreJson(messyFile, "en");
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const opened: PreviewPage[] = [];
  async function open(options?: Parameters<typeof openTaskpane>[2]): Promise<PreviewPage> {
    const tracked = await openTaskpane(browser, server, options);
    opened.push(tracked);
    await tracked.page.getByTestId("preview-start").waitFor();
    return tracked;
  }
  after(async () => {
    for (const { context } of opened) await context.close();
  });

  async function openSample(tracked: PreviewPage): Promise<void> {
    await tracked.page.getByRole("button", { name: "Mở tệp mẫu có số liệu" }).click();
    await tracked.page.getByTestId("verdict").waitFor();
  }

  async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
    await page.getByTestId("file-input").setInputFiles({ name, mimeType: XLSX_MIME, buffer });
  }

  it("opens without Office: no office.js at all, the start view and its promise of privacy", async () => {
    const { page, network, problems } = await open();
    assert.equal(await page.evaluate(() => window.chibo4totOfficeProbe), "");
    assert.equal(
      await page.evaluate(() => typeof (window as { Office?: unknown }).Office),
      "undefined",
    );
    assert.deepEqual(
      server.served.filter((path) => path.startsWith("/office-js/")),
      [],
      "office.js (and its telemetry frame) is never loaded in a plain browser",
    );
    assert.match(
      await page.getByTestId("privacy-note").innerText(),
      /Tệp được đọc và chấm điểm ngay trên máy tính này\. Không có dữ liệu nào được gửi lên mạng\./,
    );
    assert.ok(await page.getByRole("button", { name: "Chọn tệp .xlsx…" }).isVisible());
    assert.ok(await page.getByRole("button", { name: "Mở tệp mẫu có số liệu" }).isVisible());
    assert.equal(
      await page.getByTestId("template-link").getAttribute("href"),
      "mau-danh-gia-chi-bo-4-tot.xlsx",
      "the blank official template is offered",
    );
    assert.ok(await page.getByTestId("drop-zone").isVisible());
    assert.equal(await page.getByTestId("score-button").count(), 0);
    assert.deepEqual(await seriousViolations(page), [], "axe: start view");
    await screenshot(page, "01-start");
    assert.deepEqual(network.elsewhere(), []);
    assert.ok(
      network.requests.every((request) => !/\.xlsx$/.test(new URL(request.url).pathname)),
      "no workbook fetched before the clerk asks",
    );
    assert.deepEqual(problems, []);
  });

  it("the sample: the summary tiles and every Party cell's points and result are the command line's", async () => {
    const tracked = await open();
    const { page, network, problems } = tracked;
    await openSample(tracked);
    assert.deepEqual(await shownSummary(page), summaryTexts(sampleReport));
    assert.match(
      await page.getByTestId("verdict").innerText(),
      sampleReport.summary.orgFourGood ? /Đảng bộ cơ sở 4 tốt/ : /Chưa đạt 4 tốt/,
    );
    assert.equal(
      await page.getByTestId("workbook-line").innerText(),
      `sample.xlsx · ${sampleReport.workbook.organization} · Năm ${sampleReport.workbook.year}`,
    );
    assert.match(await page.getByTestId("stamp-line").innerText(), /chưa lưu vào tệp/);
    assert.deepEqual(await seriousViolations(page), [], "axe: summary");
    await screenshot(page, "02-summary");

    await showView(page, /^Chi bộ/, "cells-table");
    assert.deepEqual(await shownCellRows(page), expectedRows(sampleReport, vi));
    assert.deepEqual(await seriousViolations(page), [], "axe: Party cells");
    await screenshot(page, "03-cells");

    await showView(page, /^Phát hiện/, "findings-view");
    assert.deepEqual(
      sortedFindings(await shownFindings(page)),
      sortedFindings(sampleReport.findings),
    );

    await showView(page, /^Tiêu chí/, "criteria");
    assert.equal(await page.getByTestId("criteria").locator("[data-criterion]").count(), 4);
    assert.deepEqual(await seriousViolations(page), [], "axe: criteria");
    await screenshot(page, "05-criteria");

    // Everything came from the local server: the add-in's own code, and the sample itself.
    assert.deepEqual(network.elsewhere(), []);
    const fetched = network.requests.map((request) => new URL(request.url).pathname);
    assert.deepEqual(
      fetched.filter((path) => !/^\/[\w.-]+\.js$/.test(path) && path !== "/taskpane.html"),
      ["/sample.xlsx"],
    );
    assert.ok(
      network.requests.every((request) => request.method === "GET" && request.bodyBytes === 0),
    );
    assert.deepEqual(problems, []);
  });

  it("a messy workbook chosen with the file picker: the command line's findings, a finding's cell and value, no request at all", async () => {
    const tracked = await open();
    const { page, network, problems } = tracked;
    // Load the code once (the sample), then nothing at all may be fetched for a local file.
    await openSample(tracked);
    await showView(page, /^Phát hiện/, "findings-view");
    const mark = network.mark();

    await chooseFile(page, "xa-thach-ha.xlsx", await readFile(messyFile));
    await page.getByTestId("workbook-line").getByText("xa-thach-ha.xlsx").waitFor();
    await scoredAs(page, messyReport, vi);
    await showView(page, /^Phát hiện/, "findings-view");
    const findings = await shownFindings(page);
    assert.deepEqual(sortedFindings(findings), sortedFindings(messyReport.findings));
    const rules = new Set(messyReport.findings.map((finding) => finding.rule));
    for (const rule of ["W_NORMALIZED", "W_TOTAL", "S_SHORTFALL"]) {
      assert.ok(rules.has(rule as never), `the messy workbook gives ${rule}: ${[...rules]}`);
    }
    assert.ok(
      messyReport.findings.some((finding) => finding.severity === "error"),
      "the rating typo is a data error",
    );

    // A finding shows its cell's address and value (there is no Excel to select it in).
    const typo = page.locator('[data-testid="finding"][data-severity="error"]').first();
    const sheet = (await typo.getAttribute("data-sheet")) ?? "";
    const cell = (await typo.getAttribute("data-cell")) ?? "";
    await typo.click();
    const note = page.getByTestId("finding-detail");
    await note.waitFor();
    await page.getByTestId("detail-value").filter({ hasNotText: "đang đọc" }).waitFor();
    const grid = (
      await readWorkbook(new Uint8Array(await readFile(messyFile)), {
        selectSheets: (names) => names,
      })
    ).grid;
    const { row, col } = adr(cell);
    const value = cellText(grid.sheets.find((s) => s.name === sheet)?.values[row]?.[col] ?? null);
    assert.match(await typo.innerText(), new RegExp(`ô ${cell}, trang ${sheet}`));
    assert.ok(
      (await note.innerText()).includes(`“${value}”`),
      `the detail shows the cell's value “${value}”: ${await note.innerText()}`,
    );
    assert.deepEqual(await seriousViolations(page), [], "axe: findings");
    await screenshot(page, "04-findings");

    assert.deepEqual(
      network.since(mark),
      [],
      "opening, reading and scoring a local file make no request at all",
    );
    assert.deepEqual(problems, []);
  });

  it("switches the language: English everywhere, the command line's English findings, and back", async () => {
    const tracked = await open();
    const { page, problems } = tracked;
    await chooseFile(page, "xa-thach-ha.xlsx", await readFile(messyFile));
    await scoredAs(page, messyReport, vi);
    await page.getByRole("button", { name: vi("languageSwitchLabel") }).click();
    await page.getByRole("tab", { name: /^Summary/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.equal(await page.title(), en("appTitle"));
    assert.ok(await page.getByRole("heading", { name: en("verdictHeading") }).isVisible());
    assert.ok(await page.getByRole("button", { name: en("previewDownload") }).isVisible());
    assert.match(await page.getByTestId("privacy-note").innerText(), /No data is sent/i);
    assert.deepEqual(await shownSummary(page), summaryTexts(messyReportEn));
    await screenshot(page, "06-english-summary");

    await showView(page, /^Party cells/, "cells-table");
    assert.deepEqual(await shownCellRows(page), expectedRows(messyReportEn, en));
    await showView(page, /^Findings/, "findings-view");
    assert.deepEqual(
      sortedFindings(await shownFindings(page)),
      sortedFindings(messyReportEn.findings),
    );
    assert.deepEqual(await seriousViolations(page), [], "axe: English findings");
    await screenshot(page, "07-english-findings");

    await page.getByRole("button", { name: en("languageSwitchLabel") }).click();
    await page.getByRole("tab", { name: /^Phát hiện/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "vi");
    assert.deepEqual(
      sortedFindings(await shownFindings(page)),
      sortedFindings(messyReport.findings),
    );
    assert.deepEqual(problems, []);
  });

  it("downloads the marked copy `chibo4tot score --out` writes: verify says valid, and its report is the preview's", async () => {
    const tracked = await open();
    const { page, network, problems } = tracked;
    await chooseFile(page, "xa-thach-ha.xlsx", await readFile(messyFile));
    await scoredAs(page, messyReport, vi);
    const summary = await shownSummary(page);
    await showView(page, /^Chi bộ/, "cells-table");
    const cells = await shownCellRows(page);
    await showView(page, /^Phát hiện/, "findings-view");
    const findings = await shownFindings(page);

    const mark = network.mark();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-button").click(),
    ]);
    assert.equal(download.suggestedFilename(), "xa-thach-ha-da-cham.xlsx");
    const marked = join(work, download.suggestedFilename());
    await download.saveAs(marked);
    await page.getByTestId("notice").waitFor();
    assert.match(
      await page.getByTestId("notice").innerText(),
      /Đã tải xuống “xa-thach-ha-da-cham\.xlsx” \(.+\)\. Tệp gốc của bạn không bị thay đổi\./,
    );
    assert.deepEqual(
      network.since(mark).filter((request) => !request.url.startsWith("blob:")),
      [],
      "the marked copy is made in the browser",
    );

    // The command line's own check of a shared file: the stamp holds, with the preview's summary,
    // scored at the clerk's local time; the original, never scored, is told apart.
    const verify = await chibo4tot(["verify", marked, "--json", "-"]);
    assert.equal(verify.code, 0, `chibo4tot verify: ${verify.stdout}${verify.stderr}`);
    const [verified] = (JSON.parse(verify.stdout) as { files: Record<string, unknown>[] }).files;
    assert.equal(verified.stamp, "valid");
    assert.deepEqual(verified.summary, messyReport.summary);
    const { hash, ...named } = verified.ruleset as { id: string; version: number; hash: unknown };
    assert.deepEqual(named, messyReport.ruleset);
    assert.match(String(hash), /^[0-9a-f]{64}$/, "the stamp records the ruleset's hash");
    assert.match(String(verified.scoredAt), /\+07:00$/, "Asia/Ho_Chi_Minh, as the browser was");
    assert.equal((await chibo4tot(["verify", messyFile])).code, 1, "the original has no stamp");

    // Scored again by the command line, the copy gives the report the preview showed.
    const again = await scoreJson(marked);
    assert.deepEqual(summaryTexts(again), summary);
    assert.deepEqual(expectedRows(again, vi), cells);
    assert.deepEqual(sortedFindings(again.findings), sortedFindings(findings));
    assert.deepEqual(again, messyReport, "the marked copy scores as the original did");

    // And what `chibo4tot score --out` writes for the same file carries the same report.
    const cliCopy = join(work, "cli-da-cham.xlsx");
    const scored = await chibo4tot(["score", messyFile, "--out", cliCopy, "--json", "-"]);
    assert.ok(existsSync(cliCopy), `chibo4tot score --out wrote the copy: ${scored.stderr}`);
    const cliGrid = (
      await readWorkbook(new Uint8Array(await readFile(cliCopy)), {
        selectSheets: (names) => names,
      })
    ).grid;
    const previewGrid = (
      await readWorkbook(new Uint8Array(await readFile(marked)), {
        selectSheets: (names) => names,
      })
    ).grid;
    assert.deepEqual(
      previewGrid.sheetNames,
      cliGrid.sheetNames,
      "the same sheets, report included",
    );
    assert.deepEqual(await scoreJson(cliCopy), again);

    // Opened again in the preview, the copy's stamp is recognised: the data has not changed.
    await chooseFile(page, download.suggestedFilename(), await readFile(marked));
    await page.getByTestId("workbook-line").getByText(download.suggestedFilename()).waitFor();
    await scoredAs(page, messyReport, vi);
    assert.deepEqual(problems, []);
  });

  it("is usable from the keyboard alone: the file picker, the header, tabs, filters, sorting, rows and findings", async () => {
    const { page, problems } = await open();
    /** What has the focus: its accessible name (or role and checked state for a radio). */
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return "(page)";
        if (element instanceof HTMLInputElement && element.type === "radio") {
          return `radio ${element.labels?.[0]?.textContent ?? ""}${element.checked ? " (checked)" : ""}`;
        }
        const role = element.getAttribute("role");
        const name = element.getAttribute("aria-label") ?? element.textContent ?? "";
        return role === "tab" ? `tab ${name}` : name.trim();
      });
    const tabUntil = async (target: string | RegExp, limit = 25) => {
      for (let step = 0; step < limit; step++) {
        await page.keyboard.press("Tab");
        const now = await focused();
        if (typeof target === "string" ? now === target : target.test(now)) return;
      }
      assert.fail(`Tab never reached ${target}`);
    };

    // The start view: Tab reaches the picker; Enter opens the system's file chooser (listened
    // for from the start, so the browser is told to hand it to the test before any key is pressed).
    const chooser = new Promise<FileChooser>((resolve) => page.once("filechooser", resolve));
    await tabUntil("Chọn tệp .xlsx…");
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(SAMPLE);
    await scoredAs(page, sampleReport, vi);

    // One full round of Tab through the scored pane (from the page back to the page), in order.
    const round: string[] = [];
    for (let step = 0; step < 16; step++) {
      await page.keyboard.press("Tab");
      round.push(await focused());
    }
    const start = round.indexOf("(page)");
    assert.deepEqual(round.slice(start + 1, start + 5), [
      vi("languageSwitchLabel"),
      "Tải bản đã đánh dấu",
      "Thao tác khác",
      `tab Tổng quan`,
    ]);

    // Tabs: one Tab stop; arrows move, Enter opens.
    await tabUntil("tab Tổng quan");
    await page.keyboard.press("ArrowRight");
    assert.equal(await focused(), `tab Chi bộ${sampleReport.cells.length}`);
    await page.keyboard.press("Enter");
    await page.getByTestId("cells-table").waitFor();

    // Filters: a radio group, arrows choose.
    await tabUntil(/^radio Tất cả/);
    await page.keyboard.press("ArrowRight");
    assert.match(await focused(), /^radio Chưa đạt \(\d+\) \(checked\)$/);
    const notFourGood = sampleReport.cells.filter((cell) => cell.fourGood === false);
    assert.deepEqual(
      (await shownCellRows(page)).map((row) => row.code).sort(),
      notFourGood.map((cell) => cell.code).sort(),
    );
    await page.keyboard.press("ArrowLeft");
    assert.match(await focused(), /^radio Tất cả \(\d+\) \(checked\)$/);

    // Sorting: the column headers are buttons; Enter sorts by total, highest first.
    await tabUntil("Tổng");
    await page.keyboard.press("Enter");
    const totals = (await shownCellRows(page))
      .map((row) => Number(row.total))
      .filter((total) => Number.isFinite(total));
    assert.deepEqual(
      totals,
      [...totals].sort((a, b) => b - a),
    );

    // Rows: one Tab stop; arrows move, Enter shows the row's code cell.
    const rows = await shownCellRows(page);
    await tabUntil(new RegExp(`^${rows[0].code}: chọn dòng`));
    await page.keyboard.press("ArrowDown");
    const second = sampleReport.cells.find((cell) => cell.code === rows[1].code);
    assert.ok(second);
    assert.equal(await focused(), `${second.code}: chọn dòng ${second.row} trong bảng tính`);
    await page.keyboard.press("Enter");
    await page.getByTestId("cell-detail").waitFor();
    assert.match(
      await page.getByTestId("cell-detail").innerText(),
      new RegExp(`^Dòng ${second.row}, trang ${second.sheet}`),
    );

    // Findings: back to the tabs, over to "Phát hiện"; the list is one Tab stop, Space selects.
    await page.getByRole("tab", { name: /^Chi bộ/ }).focus();
    await page.keyboard.press("ArrowRight");
    assert.match(await focused(), /^tab Phát hiện/);
    await page.keyboard.press("Enter");
    await page.getByTestId("findings-view").waitFor();
    assert.ok(
      await page.getByRole("tab", { name: /^Phát hiện/, selected: true }).isVisible(),
      "the selected tab stays in the tab row",
    );
    await tabUntil(/^radio Theo chi bộ/);
    await tabUntil(/^(Lỗi dữ liệu|Chưa đạt chỉ tiêu|Cảnh báo): /);
    await page.keyboard.press("ArrowDown");
    const target = await page.evaluate(() => ({
      sheet: document.activeElement?.getAttribute("data-sheet"),
      cell: document.activeElement?.getAttribute("data-cell"),
    }));
    await page.keyboard.press(" ");
    await page.getByTestId("finding-detail").waitFor();
    assert.equal(
      await page.locator('[data-testid="finding"][data-chosen="true"]').getAttribute("data-cell"),
      target.cell,
    );
    assert.deepEqual(problems, []);
  });

  it("refuses a file that is not an .xlsx: names the file, says what to do, no command-line words", async () => {
    const { page, problems } = await open();
    const csv = Buffer.from("STT,Mã chi bộ,Tên chi bộ\n1,CB01,Chi bộ thôn Bắc\n", "utf8");
    const file = join(work, "danh-sach.csv");
    await writeFile(file, csv);
    const cli = await chibo4tot(["score", file]);
    assert.equal(cli.code, 2);
    assert.match(cli.stderr, /chibo4tot template/, "the command line's own message names its command");
    await page.getByTestId("file-input").setInputFiles({
      name: "danh-sach.xlsx",
      mimeType: XLSX_MIME,
      buffer: csv,
    });
    const bar = page.getByTestId("host-error");
    await bar.waitFor();
    const text = await bar.innerText();
    assert.match(text, /Không mở được tệp “danh-sach\.xlsx”/);
    assert.match(text, /Đây là tệp văn bản \(ví dụ CSV\)[\s\S]*tải mẫu trống/);
    assert.doesNotMatch(text, /chibo4tot|lệnh/);
    assert.ok(await page.getByTestId("preview-start").isVisible(), "the clerk can choose again");
    assert.deepEqual(await seriousViolations(page), [], "axe: error");
    await screenshot(page, "08-error-not-xlsx");
    assert.deepEqual(problems, []);
  });
});
