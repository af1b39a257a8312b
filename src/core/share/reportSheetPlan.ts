/**
 * The report sheet "Kết quả kiểm tra" (spec §6) as a plan of cells that both edges write: title,
 * organisation and year, ruleset and version, time of scoring, fingerprint and the sheet's token;
 * the summary beside the colour legend with the count of each colour; the verdict; then every
 * finding (severity, rule, a link to its cell, the Party cell, the message) under a table header
 * that stays frozen on screen and repeats on every printed page (A4 landscape, one page wide).
 *
 *        A                       B              C                  D        E
 *   1    KẾT QUẢ KIỂM TRA CHI BỘ 4 TỐT (merged A:E)
 *   2    Đảng bộ … · Năm đánh giá … (merged A:E)
 *   3    Bộ tiêu chí             Chi bộ 4 tốt (mặc định) · 4tot-default, phiên bản 1 · Căn cứ: …
 *   4    Thời điểm chấm điểm     08:00 ngày 01/12/2025 (UTC+07:00) · chibo4tot 0.1.0
 *   5    Dấu vân tay (SHA-256)   3f9a…
 *   6    Mã trang báo cáo        <token>   ← REPORT_TOKEN_CELL
 *   8    TỔNG HỢP                               Ý NGHĨA MÀU ĐÁNH DẤU
 *   9    Số chi bộ               10             [Lỗi dữ liệu]      3        what it means
 *  10    Được chấm điểm          8              [Chưa đạt chỉ tiêu] 9       …
 *  11    Đạt 4 tốt               5              [Cảnh báo]         3        …
 *  12    Tỷ lệ đạt 4 tốt         62,5%
 *  13    Kết luận                Chưa đạt “Đảng bộ cơ sở 4 tốt”: …
 *  14    Mức | Quy tắc | Ô | Chi bộ | Nội dung      (frozen, print title)
 *  15…   one row per finding: errors, then shortfalls, then warnings
 *
 * Every text, the clerk's data included (Party cell codes, names inside messages), is a "text"
 * cell: the edges write it as text, never as a formula, whatever it starts with.
 */
import { adr } from "../grid/address";
import { MARK_LEGEND, markLegendEntry, severityRank } from "../marks/markLegend";
import { sameSheetName } from "../marks/planMarks";
import type { Evaluation } from "../report/evaluation";
import { orgVerdictText } from "./orgVerdict";
import { REPORT_TOKEN_CELL } from "./reportToken";
import { scoredAtText } from "./scoredAt";
import type { ReportSheetCell, ReportSheetPlan, Stamp } from "./workbookWritePlan";
import type { Lang, Severity } from "../vocabulary";

/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT_CHARS = 32_767;

/** 0-based row of the findings table header (sheet row 14). */
export const FINDINGS_HEADER_ROW = 13;

const HEADER_FILL = "#D9E1F2";
const MUTED_FONT = "#595959";
const COLUMN_WIDTHS = [22, 16, 24, 14, 80];
const LAST_COLUMN = "E";

const WORDS = {
  vi: {
    title: "KẾT QUẢ KIỂM TRA CHI BỘ 4 TỐT",
    organization: (org: string | null, year: number | null) =>
      `${org ?? "Đảng bộ (chưa ghi tên)"} · Năm đánh giá ${year ?? "(chưa ghi)"}`,
    ruleset: "Bộ tiêu chí",
    rulesetValue: (id: string, version: number, title: string, source: string | null) =>
      `${title ? `${title} · ` : ""}${id}, phiên bản ${version}${source ? ` · Căn cứ: ${source}` : ""}`,
    scoredAt: "Thời điểm chấm điểm",
    fingerprint: "Dấu vân tay (SHA-256)",
    token: "Mã trang báo cáo",
    summary: "TỔNG HỢP",
    legend: "Ý NGHĨA MÀU ĐÁNH DẤU",
    cells: "Số chi bộ",
    scored: "Được chấm điểm",
    fourGood: "Đạt 4 tốt",
    share: "Tỷ lệ đạt 4 tốt",
    noShare: "— (chưa chấm được chi bộ nào)",
    verdict: "Kết luận",
    columns: ["Mức", "Quy tắc", "Ô", "Chi bộ", "Nội dung"],
    noFindings: "Không có lỗi, chỉ tiêu chưa đạt hay cảnh báo nào.",
  },
  en: {
    title: "CHI BỘ 4 TỐT CHECK RESULTS",
    organization: (org: string | null, year: number | null) =>
      `${org ?? "Party committee (name not given)"} · Year ${year ?? "(not given)"}`,
    ruleset: "Ruleset",
    rulesetValue: (id: string, version: number, title: string, source: string | null) =>
      `${title ? `${title} · ` : ""}${id}, version ${version}${source ? ` · Source: ${source}` : ""}`,
    scoredAt: "Scored at",
    fingerprint: "Fingerprint (SHA-256)",
    token: "Report sheet token",
    summary: "SUMMARY",
    legend: "WHAT THE MARK COLOURS MEAN",
    cells: "Party cells",
    scored: "Scored",
    fourGood: "Four good",
    share: "Share four good",
    noShare: "— (no Party cell could be scored)",
    verdict: "Verdict",
    columns: ["Severity", "Rule", "Cell", "Party cell", "Message"],
    noFindings: "No errors, shortfalls or warnings.",
  },
} as const;

/** A text as one cell can hold it (Excel keeps at most 32,767 characters), never split inside a surrogate pair. */
export function cellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT_CHARS) return text;
  let cut = MAX_CELL_TEXT_CHARS - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

function text(
  value: string,
  style: Omit<Extract<ReportSheetCell, { kind: "text" }>, "kind" | "text"> = {},
): ReportSheetCell {
  return { kind: "text", text: cellText(value), ...style };
}

function swatch(severity: Severity, lang: Lang): ReportSheetCell {
  const entry = markLegendEntry(severity);
  return text(entry.label[lang], { fill: entry.colour.fill, font: entry.colour.font, bold: true });
}

export interface ReportSheetRequest {
  name: string;
  /** The evaluation, with the ruleset it was made with; the sheet is in its language. */
  evaluation: Evaluation;
  stamp: Stamp;
  /** Sheets of the workbook: a finding's cell is a link only when its sheet exists. */
  existingSheetNames: readonly string[];
}

export function planReportSheet(request: ReportSheetRequest): ReportSheetPlan {
  const { evaluation, stamp } = request;
  const { ruleset, lang } = evaluation;
  const words = WORDS[lang];
  const { report } = evaluation;
  const { summary } = report;
  const counts: Record<Severity, number> = {
    error: summary.errors,
    shortfall: summary.shortfalls,
    warning: summary.warnings,
  };
  const legendRows = MARK_LEGEND.map((entry): ReportSheetCell[] => [
    swatch(entry.severity, lang),
    { kind: "number", value: counts[entry.severity] },
    text(entry.description[lang], { font: MUTED_FONT }),
  ]);

  const rows: ReportSheetCell[][] = [
    [text(words.title, { bold: true, size: 14 })],
    [
      text(words.organization(report.workbook.organization, report.workbook.year), {
        bold: true,
        size: 12,
      }),
    ],
    [
      text(words.ruleset),
      text(
        words.rulesetValue(
          stamp.ruleset.id,
          stamp.ruleset.version,
          ruleset.title[lang],
          ruleset.source?.[lang] ?? null,
        ),
      ),
    ],
    [
      text(words.scoredAt),
      text(`${scoredAtText(stamp.scoredAt, lang)} · chibo4tot ${stamp.productVersion}`),
    ],
    [text(words.fingerprint), text(stamp.fingerprint)],
    [text(words.token, { font: MUTED_FONT }), text(stamp.reportToken, { font: MUTED_FONT })],
    [],
    [text(words.summary, { bold: true }), null, text(words.legend, { bold: true })],
    [text(words.cells), { kind: "number", value: summary.cells }, ...legendRows[0]],
    [text(words.scored), { kind: "number", value: summary.scored }, ...legendRows[1]],
    [text(words.fourGood), { kind: "number", value: summary.fourGood }, ...legendRows[2]],
    [
      text(words.share),
      summary.scored > 0
        ? { kind: "number", value: summary.fourGood / summary.scored, format: "0.0%" }
        : text(words.noShare),
    ],
    [
      text(words.verdict, { bold: true }),
      text(orgVerdictText(report, ruleset, lang), { bold: true }),
    ],
    words.columns.map((column, i) =>
      text(column, { bold: true, fill: HEADER_FILL, wrap: i === 4 }),
    ),
  ];

  const sheets = request.existingSheetNames;
  // Errors first, then shortfalls, then warnings; the engine's order (sheet, row) within each.
  const findings = [...evaluation.findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity),
  );
  for (const finding of findings) {
    const place = `${finding.sheet}!${finding.cell}`;
    const exists = sheets.some((sheet) => sameSheetName(sheet, finding.sheet));
    rows.push([
      swatch(finding.severity, lang),
      text(finding.rule),
      exists
        ? { kind: "link", text: place, sheet: finding.sheet, cell: finding.cell }
        : text(place),
      finding.cellCode === null ? null : text(finding.cellCode),
      text(finding.messages?.[lang] ?? finding.message, { wrap: true }),
    ]);
  }
  if (findings.length === 0) rows.push([text(words.noFindings)]);

  const headerRow = FINDINGS_HEADER_ROW + 1;
  return {
    name: request.name,
    lang,
    rows,
    columnWidths: [...COLUMN_WIDTHS],
    freezeRows: headerRow,
    merges: [`A1:${LAST_COLUMN}1`, `A2:${LAST_COLUMN}2`],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: `${headerRow}:${headerRow}`,
    },
  };
}

/** The token cell's position in the plan, checked once here so that the layout above and the constant agree. */
export function tokenCellOf(plan: ReportSheetPlan): ReportSheetCell | undefined {
  const { row, col } = adr(REPORT_TOKEN_CELL);
  return plan.rows[row]?.[col];
}
