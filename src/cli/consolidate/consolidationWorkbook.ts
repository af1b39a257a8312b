/**
 * The consolidation as an .xlsx file (exceljs): sheet "Tổng hợp" with one row per workbook and a
 * totals row, sheet "Chi bộ" with every Party cell of every workbook, sheet "Mã trùng" with the
 * codes found in more than one workbook. Headers frozen, column widths set, A4 landscape one page
 * wide with the header row repeated on every page.
 *
 * Everything that comes from a workbook (names, codes, file names) is written as a string value,
 * which exceljs stores as text, never as a formula, even when it starts with "=". Numbers are
 * numbers; there are no formulas at all (the totals are the sums of the workbooks' own reports).
 */
import ExcelJS from "exceljs";
import {
  rulesetLabel,
  type ConsolidatedWorkbook,
  type Consolidation,
  type CriterionId,
  type Lang,
} from "../../core";
import { RULESET_MATCH_TEXT } from "../output/rulesetMatchText";
import { CONSOLIDATION_WORDS, type ConsolidationWords } from "./consolidationWords";

type CellInput = string | number | null;

interface Column {
  header: string;
  width: number;
  format?: string;
  wrap?: boolean;
}

const HEADER_FILL = "FFD9E1F2";
const TOTALS_FILL = "FFF2F2F2";

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  titles: string[],
  columns: Column[],
  rows: CellInput[][],
  options: { totals?: CellInput[] } = {},
): ExcelJS.Worksheet {
  const headerRow = titles.length + 2;
  const sheet = workbook.addWorksheet(name, {
    views: [
      {
        state: "frozen",
        ySplit: headerRow,
        xSplit: 0,
        topLeftCell: `A${headerRow + 1}`,
        activeCell: `A${headerRow + 1}`,
      },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = column.width;
  });
  titles.forEach((title, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = title;
    cell.font = i === 0 ? { bold: true, size: 14 } : { italic: true };
  });
  const header = sheet.getRow(headerRow);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: "middle" };
    cell.border = { bottom: { style: "thin" } };
  });
  const write = (rowNumber: number, values: CellInput[]): ExcelJS.Row => {
    const row = sheet.getRow(rowNumber);
    values.forEach((value, i) => {
      if (value === null) return;
      const cell = row.getCell(i + 1);
      // A string is a text value: exceljs writes it as a shared string, never as a formula.
      cell.value = value;
      const column = columns[i];
      if (column?.format && typeof value === "number") cell.numFmt = column.format;
      if (column?.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    });
    return row;
  };
  rows.forEach((values, i) => write(headerRow + 1 + i, values));
  if (options.totals) {
    const row = write(headerRow + 1 + rows.length, options.totals);
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TOTALS_FILL } };
      cell.border = { top: { style: "thin" } };
    });
  }
  return sheet;
}

export interface ConsolidationWorkbookOptions {
  lang: Lang;
  criteria: readonly CriterionId[];
  /** "08:00 ngày 01/12/2025 (UTC+07:00)". */
  madeAt: string;
  productVersion: string;
  ruleset: string;
}

/** The number of the row that holds the header of each sheet (1-based); data follows it. */
/** A cell holds at most this many characters of a list (Excel's limit is 32,767; lists are for reading). */
export const LIST_CELL_CHARS = 2_000;

/** Items joined by ", ", cut with "… and N more" to fit LIST_CELL_CHARS; null when there are none. */
export function listInCell(items: readonly string[], words: ConsolidationWords): string | null {
  if (items.length === 0) return null;
  const joined = items.join(", ");
  if (joined.length <= LIST_CELL_CHARS) return joined;
  let text = "";
  let shown = 0;
  for (const item of items) {
    const next = shown === 0 ? item : `${text}, ${item}`;
    if (next.length + words.andMore(items.length).length + 1 > LIST_CELL_CHARS) break;
    text = next;
    shown++;
  }
  return `${text} ${words.andMore(items.length - shown)}`;
}

export function consolidationHeaderRow(sheet: "summary" | "cells" | "duplicates"): number {
  return sheet === "summary" ? 4 : 3;
}

/** "tinh-x@1 (PHIÊN BẢN KHÁC)": the ruleset a workbook's stamp names, against the run's. */
function stampRulesetText(book: ConsolidatedWorkbook, lang: Lang): string | null {
  if (book.stampRuleset === null) return null;
  const label = rulesetLabel(book.stampRuleset);
  return book.rulesetMatch === null
    ? label
    : `${label} (${RULESET_MATCH_TEXT[lang][book.rulesetMatch]})`;
}

export async function buildConsolidationWorkbook(
  consolidation: Consolidation,
  options: ConsolidationWorkbookOptions,
): Promise<Uint8Array> {
  const words = CONSOLIDATION_WORDS[options.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `chibo4tot ${options.productVersion}`;
  workbook.title = words.title;

  const w = words.workbookColumns;
  const summaryColumns: Column[] = [
    { header: w.index, width: 5 },
    { header: w.file, width: 36, wrap: true },
    { header: w.organization, width: 30, wrap: true },
    { header: w.year, width: 7 },
    { header: w.cells, width: 9 },
    { header: w.scored, width: 10 },
    { header: w.fourGood, width: 9 },
    { header: w.share, width: 10, format: "0.0%" },
    { header: w.errors, width: 9 },
    { header: w.shortfalls, width: 10 },
    { header: w.warnings, width: 9 },
    { header: w.stamp, width: 16, wrap: true },
    { header: w.verdict, width: 14 },
    { header: w.sharedCodes, width: 22, wrap: true },
    { header: w.note, width: 50, wrap: true },
    { header: w.stampRuleset, width: 34, wrap: true },
  ];
  const summaryRows = consolidation.workbooks.map((book, i): CellInput[] => {
    const read = book.status !== "unreadable";
    const verdict = !read
      ? null
      : book.status === "unusable"
        ? words.verdict.unusable
        : book.orgFourGood
          ? words.verdict.yes
          : words.verdict.no;
    const note =
      book.status === "scored"
        ? null
        : book.status === "unusable"
          ? words.status.unusable
          : `${words.status.unreadable}: ${book.error ?? ""}`;
    return [
      i + 1,
      book.file,
      book.organization,
      book.year,
      read ? book.cells : null,
      read ? book.scored : null,
      read ? book.fourGood : null,
      book.share,
      read ? book.errors : null,
      read ? book.shortfalls : null,
      read ? book.warnings : null,
      book.stamp === null ? null : words.stamp[book.stamp],
      verdict,
      listInCell(book.sharedCodes, words),
      note,
      stampRulesetText(book, options.lang),
    ];
  });
  const t = consolidation.totals;
  addTableSheet(
    workbook,
    words.sheets.summary,
    [
      words.title,
      words.subtitle(options.madeAt, options.productVersion, options.ruleset, t.workbooks),
    ],
    summaryColumns,
    summaryRows,
    {
      totals: [
        null,
        words.totalsLabel,
        null,
        null,
        t.cells,
        t.scored,
        t.fourGood,
        t.share,
        t.errors,
        t.shortfalls,
        t.warnings,
        words.stampTotals(t.stamps),
        words.verdictTotals(t.orgFourGood, t.read),
        t.sharedCodes > 0 ? String(t.sharedCodes) : null,
        t.unreadable > 0 ? `${words.status.unreadable}: ${t.unreadable}` : null,
        t.otherRules > 0 ? words.otherRulesTotal(t.otherRules) : null,
      ],
    },
  );

  const c = words.cellColumns;
  const cellColumns: Column[] = [
    { header: c.file, width: 30, wrap: true },
    { header: c.organization, width: 26, wrap: true },
    { header: c.code, width: 12 },
    { header: c.name, width: 32, wrap: true },
    { header: c.row, width: 6 },
    ...options.criteria.map((id): Column => ({ header: id, width: 6 })),
    { header: c.total, width: 8 },
    { header: c.result, width: 13 },
    { header: c.failed, width: 12 },
    { header: c.codeAlsoIn, width: 30, wrap: true },
  ];
  const cellRows = consolidation.cells.map((cell): CellInput[] => [
    cell.file,
    cell.organization,
    cell.code,
    cell.name,
    cell.row,
    ...options.criteria.map((id) => cell.scores?.[id] ?? null),
    cell.total,
    words.result[cell.result],
    cell.failedCriteria.length > 0 ? cell.failedCriteria.join(", ") : null,
    listInCell(cell.codeAlsoIn, words),
  ]);
  addTableSheet(workbook, words.sheets.cells, [words.cellsTitle], cellColumns, cellRows);

  const duplicateColumns: Column[] = [
    { header: c.code, width: 14 },
    { header: c.file, width: 36, wrap: true },
    { header: c.organization, width: 30, wrap: true },
    { header: c.name, width: 34, wrap: true },
    { header: c.row, width: 6 },
  ];
  const duplicateRows: CellInput[][] =
    consolidation.duplicates.length === 0
      ? [[words.noDuplicates]]
      : consolidation.duplicates.flatMap((duplicate) =>
          duplicate.occurrences.map((o): CellInput[] => [
            duplicate.code,
            o.file,
            o.organization,
            o.name,
            o.row,
          ]),
        );
  addTableSheet(
    workbook,
    words.sheets.duplicates,
    [words.duplicatesTitle],
    duplicateColumns,
    duplicateRows,
  );

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
