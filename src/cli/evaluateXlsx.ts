/**
 * The steps of `chibo4tot score` without the printing: check and read the file, evaluate it, and
 * read the stamp it carries. Shared by the command, its tests and the benchmark, so all three
 * exercise and measure the same path.
 */
import {
  adr,
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  REPORT_TOKEN_CELL,
  reportTokenFromCell,
  stampFromProperties,
  type Evaluation,
  type Lang,
  type Ruleset,
  type Stamp,
  type StampStatus,
  type WorkbookGrid,
} from "../core";
import { readWorkbook, sheetsWithReportSheet, type ReadWorkbookResult } from "./xlsx/readWorkbook";

export interface EvaluatedXlsx {
  readonly read: ReadWorkbookResult;
  readonly evaluation: Evaluation;
  /** The stamp found in the workbook, if any, and whether its inputs changed since. */
  readonly previousStamp: Stamp | null;
  readonly stampStatus: StampStatus;
}

export async function evaluateXlsx(
  bytes: Uint8Array,
  options: { lang: Lang; ruleset: Ruleset },
): Promise<EvaluatedXlsx> {
  const read = await readWorkbook(bytes, { selectSheets: sheetsWithReportSheet });
  const evaluation = evaluateWorkbook(read.grid, { lang: options.lang, ruleset: options.ruleset });
  const previousStamp = stampFromProperties(read.properties);
  const stampStatus = previousStamp
    ? checkStamp(previousStamp, await fingerprintOf(evaluation))
    : "none";
  return { read, evaluation, previousStamp, stampStatus };
}

/** The token written in the previous report sheet, when the stamp's report sheet was read. */
export function reportTokenInSheet(grid: WorkbookGrid, stamp: Stamp | null): string | null {
  if (stamp === null) return null;
  const sheet = grid.sheets.find((candidate) => candidate.name === stamp.reportSheet);
  if (sheet === undefined) return null;
  const { row, col } = adr(REPORT_TOKEN_CELL);
  return reportTokenFromCell(sheet.values[row]?.[col] ?? null);
}
