/**
 * The built task pane (dist/taskpane.html) in headless Debian Chromium, as a clerk opens it: a
 * task-pane-sized window, Vietnamese locale and time zone, every request recorded, and readers
 * for what the page shows (summary tiles, the Party cells table, the findings).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ReportFinding, Severity } from "../../../src/core";
import type { DistServer } from "./distServer";
import { watchNetwork, type NetworkLog } from "./network";

export interface PreviewPage {
  page: Page;
  context: BrowserContext;
  network: NetworkLog;
  /** Console errors and uncaught exceptions. */
  problems: string[];
}

export interface OpenOptions {
  /** Query string after "taskpane.html", e.g. "?_host_Info=…". */
  query?: string;
  locale?: string;
  width?: number;
  height?: number;
  /** Runs in the page before any of its scripts (e.g. to set window.name). */
  initScript?: string;
  /** Prepares the context (routes) before the page opens. */
  prepare?: (context: BrowserContext) => Promise<void>;
}

export async function openTaskpane(
  browser: Browser,
  server: DistServer,
  options: OpenOptions = {},
): Promise<PreviewPage> {
  const context = await browser.newContext({
    // Tall by default, so the virtualised lists render every row the comparisons read.
    viewport: { width: options.width ?? 360, height: options.height ?? 2400 },
    locale: options.locale ?? "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    acceptDownloads: true,
  });
  const network = await watchNetwork(context, server.origin);
  if (options.prepare) await options.prepare(context);
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  await page.goto(`${server.url}taskpane.html${options.query ?? ""}`);
  return { page, context, network, problems };
}

/** The six summary tiles' numbers as shown, by report summary key. */
export async function shownSummary(page: Page): Promise<Record<string, string>> {
  const ids = ["cells", "scored", "fourGood", "errors", "shortfalls", "warnings"];
  const shown: Record<string, string> = {};
  for (const id of ids) shown[id] = await page.getByTestId(`summary-${id}-value`).innerText();
  return shown;
}

export interface ShownCellRow {
  code: string;
  name: string;
  /** Per criterion column, the points shown ("—" when not scored) and whether the badge says good. */
  criteria: { points: string; label: string }[];
  total: string;
  result: string;
}

/** Every row of the Party cells table, in the order shown. */
export async function shownCellRows(page: Page): Promise<ShownCellRow[]> {
  return page.locator('[data-testid="cells-table"] [role="row"][data-code]').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('[role="cell"]')];
      const identity = cells[0];
      const criterionCells = cells.slice(1, -1);
      return {
        code: row.getAttribute("data-code") ?? "",
        name: (identity.querySelector('[data-testid="cell-name"]')?.textContent ?? "").trim(),
        criteria: criterionCells.map((cell) => {
          const badge = cell.querySelector("[aria-label]");
          return {
            points: (cell.textContent ?? "").trim(),
            label: badge?.getAttribute("aria-label") ?? "",
          };
        }),
        total: (cells[cells.length - 1].textContent ?? "").trim(),
        result: (identity.querySelector('[data-testid="cell-result"]')?.textContent ?? "").trim(),
      };
    }),
  );
}

/** Every finding shown, as the report's finding shape (the message in the UI's language). */
export async function shownFindings(page: Page): Promise<ReportFinding[]> {
  const items = await page.getByTestId("finding").evaluateAll((buttons) =>
    buttons.map((button) => ({
      severity: button.getAttribute("data-severity") ?? "",
      rule: button.getAttribute("data-rule") ?? "",
      sheet: button.getAttribute("data-sheet") ?? "",
      cell: button.getAttribute("data-cell") ?? "",
      message: (button.lastElementChild?.textContent ?? "").trim(),
    })),
  );
  return items.map((item) => ({ ...item, severity: item.severity as Severity })) as ReportFinding[];
}

/** Findings in one order, to compare lists the pane groups differently from the report. */
export function sortedFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  const key = (f: ReportFinding) => `${f.sheet}\u0000${f.cell}\u0000${f.rule}\u0000${f.message}`;
  return [...findings]
    .map(({ severity, rule, sheet, cell, message }) => ({ severity, rule, sheet, cell, message }))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
