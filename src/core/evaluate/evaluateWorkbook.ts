/**
 * evaluateWorkbook: the engine's one entry point. A workbook grid in (as any edge reads it), the
 * report out, with what the edges need to write results back (outputs, layout) and the canonical
 * inputs the fingerprint is made of. Stages: sheet selection → "Thông tin" → "Chi bộ" discovery
 * and structure → per-row checks → table checks → roster cross-checks → scores → summary.
 * Problems in the data are findings; a grid or ruleset that is not one throws EngineError.
 */
import { RESULT_TEXT } from "../catalog/outputColumns";
import { EngineError } from "../errors";
import { columnLetter, rowNumber } from "../grid/address";
import { isErrorValue, isFormulaWithoutResult, type SheetGrid, type WorkbookGrid } from "../grid/grid";
import { findInfoFields } from "../layout/findInfoFields";
import type { InfoLayout, TableLayout, WorkbookLayout } from "../layout/layout";
import { selectSheetsToRead } from "../layout/selectSheets";
import type { Evaluation, OutputValue, OutputWrite } from "../report/evaluation";
import type { Report, ReportCell } from "../report/report";
import { assertRuleset } from "../ruleset/loadRuleset";
import type { Ruleset } from "../ruleset/ruleset";
import { reportCellsStructure, reportMissingCellsSheet } from "../rules/cellsStructure";
import { checkConsistency } from "../rules/consistency";
import { checkDuplicateCodes, rowsByCode } from "../rules/duplicateCode";
import { FindingList, type RowContext } from "../rules/findingList";
import { checkExtraSheets, checkInfoSheet } from "../rules/infoSheet";
import { checkNormalizedValues } from "../rules/normalizedValue";
import { checkRequiredValues } from "../rules/requiredValue";
import { checkRosterCross } from "../rules/rosterCross";
import { reportRosterStructure } from "../rules/rosterStructure";
import { checkShortfalls } from "../rules/shortfall";
import { checkSmallCell } from "../rules/smallCell";
import { checkTotalRow } from "../rules/totalRow";
import { checkValueRanges } from "../rules/valueRange";
import { checkValueTypes } from "../rules/valueType";
import { organizationSummary } from "../scoring/organizationSummary";
import { scoreCell, type CellScore } from "../scoring/scoreCell";
import { cleanText } from "../text/normalizeText";
import { cellText } from "../values/cellValue";
import type { ReadRow } from "../values/readCell";
import { deferredCanonicalInputs } from "./canonicalInputs";
import { cellsHeaderOf, discoverCellsTable, type CellsTable } from "./cellsTable";
import { discoverRoster, rosterHeaderOf, type RosterTable } from "./rosterTable";
import type { CellsInputKey, Lang, OutputKey, RatingCode, RosterKey } from "../vocabulary";

export interface EvaluateOptions {
  readonly ruleset: Ruleset;
  /** Language of each finding's `message` (both are always in `messages`). Default Vietnamese. */
  readonly lang?: Lang;
}

function isGridValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return true;
  return (isErrorValue(value) || isFormulaWithoutResult(value)) && Object.keys(value as object).length === 1;
}

function assertSheet(sheet: SheetGrid): void {
  if (typeof sheet?.name !== "string" || !Array.isArray(sheet.values)) {
    throw new EngineError("evaluateWorkbook: every sheet needs a name and a values array");
  }
  const where = (row: number) => `sheet "${sheet.name}", row ${row + 1}`;
  for (let r = 0; r < sheet.values.length; r++) {
    const row: unknown = sheet.values[r];
    if (row === undefined || row === null) continue;
    if (!Array.isArray(row)) throw new EngineError(`evaluateWorkbook: ${where(r)} is not an array of cells`);
    for (let c = 0; c < row.length; c++) {
      if (!isGridValue(row[c])) {
        throw new EngineError(
          `evaluateWorkbook: ${where(r)}, column ${c + 1} holds ${Object.prototype.toString.call(row[c])}, not a grid value (text, number, boolean, { error }, { formula } or null; dates as serial numbers)`,
        );
      }
    }
  }
  if (sheet.merges !== undefined && !Array.isArray(sheet.merges)) {
    throw new EngineError(`evaluateWorkbook: the merges of sheet "${sheet.name}" must be an array`);
  }
  for (const merge of sheet.merges ?? []) {
    const sides = [merge?.top, merge?.left, merge?.bottom, merge?.right];
    if (!sides.every((n) => Number.isInteger(n) && (n as number) >= 0)) {
      throw new EngineError(`evaluateWorkbook: a merge of sheet "${sheet.name}" is not { top, left, bottom, right }`);
    }
  }
  if (sheet.numberFormats !== undefined && !Array.isArray(sheet.numberFormats)) {
    throw new EngineError(`evaluateWorkbook: the numberFormats of sheet "${sheet.name}" must be an array`);
  }
}

/** Misuse is an exception: the grid must have the shape every edge produces (grid/grid.ts). */
function assertGrid(grid: WorkbookGrid): void {
  if (typeof grid !== "object" || grid === null) throw new EngineError("evaluateWorkbook: grid must be a WorkbookGrid");
  if (!Array.isArray(grid.sheetNames) || grid.sheetNames.some((name) => typeof name !== "string")) {
    throw new EngineError("evaluateWorkbook: grid.sheetNames must be an array of sheet names");
  }
  if (!Array.isArray(grid.sheets)) throw new EngineError("evaluateWorkbook: grid.sheets must be an array");
  for (const sheet of grid.sheets) assertSheet(sheet);
}

/** The text of a row's code or name as typed (cleaned), or "". */
function rowText(row: ReadRow<CellsInputKey>, key: "code" | "name"): string {
  const value = row.cells.validValue(key);
  if (typeof value === "string") return value;
  const cell = row.cells.get(key);
  return cell === undefined ? "" : cleanText(cellText(cell.raw));
}

function tableLayout<K extends string>(
  sheet: string,
  headerRow: number,
  columns: Iterable<[K, number]>,
  dataRows: readonly number[],
  totalRow: number | null,
  signatureRow: number | null,
): TableLayout<K> {
  const letters: Partial<Record<K, string>> = {};
  for (const [key, col] of columns) letters[key] = columnLetter(col);
  return {
    sheet,
    headerRow: rowNumber(headerRow),
    columns: letters,
    dataRows: dataRows.map(rowNumber),
    totalRow: totalRow === null ? null : rowNumber(totalRow),
    signatureRow: signatureRow === null ? null : rowNumber(signatureRow),
  };
}

function cellsLayout(table: CellsTable): TableLayout<CellsInputKey | OutputKey> | null {
  if (table.header === null) return null;
  const columns: [CellsInputKey | OutputKey, number][] = [
    ...table.inputColumns,
    ...table.outputColumns.map((o): [OutputKey, number] => [o.key, o.col]),
  ];
  const c = table.classification;
  return tableLayout(
    table.sheet.name,
    table.header.row,
    columns,
    table.rows.map((r) => r.row),
    c?.totalRow ?? null,
    c?.signatureRow ?? null,
  );
}

function rosterLayout(roster: RosterTable | null): TableLayout<RosterKey> | null {
  if (roster === null || roster.header === null) return null;
  return tableLayout(
    roster.sheet.name,
    roster.header.row,
    roster.header.columns,
    roster.members.rowNumbers,
    null,
    roster.signatureRow,
  );
}

function outputValues(score: CellScore | null, ruleset: Ruleset): OutputValue[] {
  if (score === null) return [null, null, null, null, null, RESULT_TEXT.dataError, null];
  const byCriterion = ruleset.criteria.map((c) => score.scores[c.id] ?? null);
  return [
    byCriterion[0] ?? null,
    byCriterion[1] ?? null,
    byCriterion[2] ?? null,
    byCriterion[3] ?? null,
    score.total,
    score.fourGood ? RESULT_TEXT.fourGood : RESULT_TEXT.notFourGood,
    score.failedCriteria.length > 0 ? score.failedCriteria.join(", ") : null,
  ];
}

export function evaluateWorkbook(grid: WorkbookGrid, options: EvaluateOptions): Evaluation {
  assertGrid(grid);
  if (typeof options !== "object" || options === null) {
    throw new EngineError("evaluateWorkbook: options with a ruleset are required");
  }
  const { ruleset } = options;
  assertRuleset(ruleset);
  const lang: Lang = options.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new EngineError(`evaluateWorkbook: unknown language "${String(lang)}"`);

  const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  const sheetNamed = (name: string | null): SheetGrid | null => {
    if (name === null) return null;
    const sheet = sheets.get(name);
    if (sheet === undefined) {
      throw new EngineError(`evaluateWorkbook: sheet "${name}" is in sheetNames but was not read (see selectSheetsToRead)`);
    }
    return sheet;
  };

  const findings = new FindingList();
  const selection = selectSheetsToRead(grid.sheetNames);
  checkExtraSheets(selection, findings);

  const infoSheet = sheetNamed(selection.info);
  const infoFields = infoSheet ? findInfoFields(infoSheet) : new Map();
  const info = checkInfoSheet(infoSheet, infoFields, findings);
  const infoLayout: InfoLayout | null = infoSheet
    ? {
        sheet: infoSheet.name,
        organizationCell: infoFields.has("organization") ? toCell(infoFields.get("organization")) : null,
        yearCell: infoFields.has("year") ? toCell(infoFields.get("year")) : null,
      }
    : null;

  const cellsSheet = sheetNamed(selection.cells);
  const table = cellsSheet ? discoverCellsTable(cellsSheet) : null;
  if (cellsSheet === null) reportMissingCellsSheet(findings);
  else if (table !== null) {
    reportCellsStructure(cellsSheet.name, table.header?.row ?? null, table.problems, cellsHeaderOf, findings);
  }

  const rosterSheet = sheetNamed(selection.roster);
  const roster = rosterSheet ? discoverRoster(rosterSheet) : null;

  const layout: WorkbookLayout = {
    info: infoLayout,
    cells: table ? cellsLayout(table) : null,
    roster: rosterLayout(roster),
  };
  const canonical = deferredCanonicalInputs({ infoSheet, infoFields, cells: table, roster });
  const rulesetRef = { id: ruleset.id, version: ruleset.version };
  const workbook = { organization: info.organization, year: info.year };

  if (findings.blocked || table === null || cellsSheet === null) {
    const detailed = findings.finish(grid.sheetNames, lang);
    const report: Report = {
      status: "unusable",
      ruleset: rulesetRef,
      workbook,
      summary: organizationSummary(ruleset, [], detailed, []),
      cells: [],
      findings: detailed.map(({ severity, rule, sheet, cell, message }) => ({ severity, rule, sheet, cell, message })),
    };
    return withCanonicalInputs({ report, findings: detailed, layout, outputs: null }, canonical);
  }

  // Per row: reading problems, consistency, small cells, shortfalls.
  for (const row of table.rows) {
    const code = row.cells.validValue("code");
    const context: RowContext = { sheet: cellsSheet.name, cellCode: typeof code === "string" ? code : null };
    checkRequiredValues(row, context, findings);
    checkValueTypes(row, context, findings);
    checkValueRanges(row, context, findings);
    checkNormalizedValues(row, context, findings);
    checkConsistency(row, context, findings);
    checkSmallCell(row, context, findings);
    checkShortfalls(row, ruleset, context, findings);
  }
  // Table checks: duplicate codes, the grand total.
  const byCode = rowsByCode(table.rows);
  checkDuplicateCodes(byCode, cellsSheet.name, findings);
  const totalRow = table.classification?.totalRow ?? null;
  if (totalRow !== null) checkTotalRow(cellsSheet, totalRow, table.inputColumns, table.rows, findings);

  // The roster: its structure, its member rows, the cross-checks.
  if (roster !== null) {
    reportRosterStructure(roster.sheet.name, roster.header?.row ?? null, roster.problems, rosterHeaderOf, findings);
    if (roster.problems.length === 0 && roster.members.length > 0) {
      // Only rows where some cell did not read a value can hold an empty or invalid cell.
      const context: RowContext = { sheet: roster.sheet.name, cellCode: null };
      for (const member of roster.members.incomplete()) {
        checkRequiredValues(member, context, findings);
        checkValueTypes(member, context, findings);
      }
      checkRosterCross(
        {
          cellsSheet: cellsSheet.name,
          rosterSheet: roster.sheet.name,
          cellsByCode: byCode,
          members: roster.members,
          hasDisciplined: roster.header?.columns.has("disciplined_flag") ?? false,
          hasAdmitted: roster.header?.columns.has("admitted_flag") ?? false,
        },
        findings,
      );
    }
  }

  // Scores: every row without an error finding.
  const errorRows = findings.errorRows(cellsSheet.name);
  const cells: ReportCell[] = [];
  const outputRows: OutputWrite["rows"] = [];
  const cellRatings: (RatingCode | null)[] = [];
  for (const row of table.rows) {
    const score = errorRows.has(row.row) ? null : scoreCell(ruleset, row);
    const rating = row.cells.validValue("cell_rating");
    cellRatings.push(typeof rating === "string" ? (rating as RatingCode) : null);
    cells.push({
      code: rowText(row, "code"),
      name: rowText(row, "name"),
      sheet: cellsSheet.name,
      row: rowNumber(row.row),
      status: score ? "scored" : "error",
      scores: score ? score.scores : null,
      total: score ? score.total : null,
      fourGood: score ? score.fourGood : null,
      failedCriteria: score ? score.failedCriteria : [],
    });
    outputRows.push({ row: rowNumber(row.row), values: outputValues(score, ruleset) });
  }

  const detailed = findings.finish(grid.sheetNames, lang);
  const reportFindings = detailed.map(({ severity, rule, sheet, cell, message }) => ({ severity, rule, sheet, cell, message }));
  const report: Report = {
    status: "scored",
    ruleset: rulesetRef,
    workbook,
    summary: organizationSummary(ruleset, cells, reportFindings, cellRatings),
    cells,
    findings: reportFindings,
  };
  const headerRow = table.header?.row ?? 0;
  const outputs: OutputWrite = {
    sheet: cellsSheet.name,
    headerRow: rowNumber(headerRow),
    columns: table.outputColumns.map((o) => ({ key: o.key, column: columnLetter(o.col) })),
    newHeaders: table.outputColumns
      .filter((o) => o.isNew)
      .map((o) => ({ cell: `${columnLetter(o.col)}${rowNumber(headerRow)}`, text: cellsHeaderOf(o.key) })),
    rows: outputRows,
  };
  return withCanonicalInputs({ report, findings: detailed, layout, outputs }, canonical);
}

/**
 * The evaluation with `canonicalInputs` as an enumerable getter: it reads like a plain property
 * (JSON, spread and structured clone all see the text) but is serialised on first use.
 */
function withCanonicalInputs(
  evaluation: Omit<Evaluation, "canonicalInputs">,
  canonical: () => string,
): Evaluation {
  return Object.defineProperty(evaluation, "canonicalInputs", {
    get: canonical,
    enumerable: true,
    configurable: false,
  }) as Evaluation;
}

function toCell(at: { row: number; col: number } | undefined): string | null {
  return at === undefined ? null : `${columnLetter(at.col)}${rowNumber(at.row)}`;
}
