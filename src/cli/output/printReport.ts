/**
 * The readable summary the `score` command prints: who and which year, a table of the Party
 * cells, the findings grouped by severity (errors, shortfalls, warnings) with sheet!cell, rule and
 * message, then the counts and the organisation's verdict with its reasons.
 */
import {
  orgVerdictReasons,
  percentText,
  type Lang,
  type Report,
  type ReportPartyCell,
  type ReportFinding,
  type Ruleset,
  type Severity,
  type StampStatus,
} from "../../core";
import { displayWidth, padToWidth } from "./displayWidth";
import { REPORT_WORDS, type ReportWords } from "./reportText";
import { renderTable, type TableColumn } from "./textTable";

export interface ReportPrintOptions {
  readonly lang: Lang;
  /** The workbook's file name, shown in the title. */
  readonly fileName: string;
  /** The ruleset the report was made with: criterion columns and the organisation's conditions. */
  readonly ruleset: Ruleset;
  /** What the workbook's stamp says, when it has one. */
  readonly stamp?: { readonly status: StampStatus; readonly scoredAt: string } | null;
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "shortfall", "warning"];
const NAME_WIDTH = 28;

export function formatReport(report: Report, options: ReportPrintOptions): string {
  const words = REPORT_WORDS[options.lang];
  // Parts are joined with concat, not push(...spread): a district workbook can have hundreds of
  // thousands of finding lines, more than a call's arguments can hold.
  const cells =
    report.cells.length > 0
      ? [
          `${words.cellsHeading} (${report.cells.length})`,
          ...cellsTable(report.cells, options.ruleset, words),
          "",
        ]
      : [];
  const lines = titleLines(report, options, words).concat(
    [""],
    cells,
    findingLines(report.findings, words),
    [""],
    summaryLines(report, options, words),
  );
  return `${lines.join("\n")}\n`;
}

function titleLines(report: Report, options: ReportPrintOptions, words: ReportWords): string[] {
  const { organization, year } = report.workbook;
  const lines = [
    `${words.title} · ${options.fileName}`,
    `${words.organization}: ${organization ?? words.notGiven} · ${words.year}: ${year ?? words.notGiven} · ${words.ruleset(report.ruleset.id, report.ruleset.version)}`,
  ];
  const stamp = options.stamp;
  if (stamp && stamp.status !== "none") {
    const when = formatTime(stamp.scoredAt, options.lang);
    lines.push(stamp.status === "valid" ? words.stampValid(when) : words.stampStale(when));
  }
  return lines;
}

function cellsTable(cells: readonly ReportPartyCell[], ruleset: Ruleset, words: ReportWords): string[] {
  const criteria = ruleset.criteria.map((criterion) => criterion.id);
  const columns: TableColumn[] = [
    { header: words.columns.code },
    { header: words.columns.name, maxWidth: NAME_WIDTH },
    ...criteria.map((id): TableColumn => ({ header: id, align: "right" })),
    { header: words.columns.total, align: "right" },
    { header: words.columns.result },
    { header: words.columns.failed },
  ];
  const rows = cells.map((cell) => [
    cell.code,
    cell.name,
    ...criteria.map((id) => (cell.scores && id in cell.scores ? String(cell.scores[id]) : "")),
    cell.total === null ? "" : String(cell.total),
    resultText(cell, words),
    cell.failedCriteria.join(", "),
  ]);
  return renderTable(columns, rows, "  ");
}

function resultText(cell: ReportPartyCell, words: ReportWords): string {
  if (cell.status === "error") return words.result.dataError;
  return cell.fourGood ? words.result.fourGood : words.result.notFourGood;
}

function findingLines(findings: readonly ReportFinding[], words: ReportWords): string[] {
  if (findings.length === 0) return [words.noFindings];
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    const places = group.map((finding) => `${finding.sheet}!${finding.cell}`);
    const placeWidth = places.reduce((width, place) => Math.max(width, displayWidth(place)), 0);
    const ruleWidth = group.reduce((width, finding) => Math.max(width, finding.rule.length), 0);
    if (lines.length > 0) lines.push("");
    lines.push(`${words.severity[severity]} (${group.length})`);
    group.forEach((finding, i) => {
      lines.push(
        `  ${padToWidth(places[i], placeWidth)}  ${finding.rule.padEnd(ruleWidth)}  ${finding.message}`,
      );
    });
  }
  return lines;
}

function summaryLines(report: Report, options: ReportPrintOptions, words: ReportWords): string[] {
  const { summary } = report;
  const lines = [words.summaryHeading];
  if (report.status === "unusable") {
    lines.push(
      `  ${words.findingCounts(summary.errors, summary.shortfalls, summary.warnings)}`,
      `  ${words.unusable}`,
    );
    return lines;
  }
  const share = summary.scored > 0 ? (summary.fourGood / summary.scored) * 100 : 0;
  lines.push(
    `  ${words.counts(summary.cells, summary.scored, summary.fourGood, percentText(share, options.lang))}`,
    `  ${words.findingCounts(summary.errors, summary.shortfalls, summary.warnings)}`,
    `  ${summary.orgFourGood ? words.verdictYes : words.verdictNo(orgVerdictReasons(report, options.ruleset, options.lang))}`,
  );
  return lines;
}

/** "dd/mm/yyyy hh:mm" in Vietnam's time zone (the stamp is stored in ISO 8601 with its offset). */
function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
