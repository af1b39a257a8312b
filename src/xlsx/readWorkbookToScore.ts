/**
 * How the command line and the preview open a workbook to score it: the sheets the engine reads,
 * plus the report sheet a stamp names (its token proves the sheet is the product's own), and the
 * stamp and the expected ruleset the workbook carries. Both then evaluate the grid and plan the write the same way.
 */
import {
  adr,
  expectedRulesetFromProperties,
  REPORT_TOKEN_CELL,
  reportTokenFromCell,
  stampFromProperties,
  type CarriedByWorkbook,
  type RulesetReference,
  type Stamp,
  type WorkbookGrid,
} from "../core";
import type { ReadLimits } from "./readLimits";
import { readWorkbook, sheetsWithReportSheet, type ReadWorkbookResult } from "./readWorkbook";

/** The file read, and what it carries from an earlier scoring (what planWorkbookWrite needs). */
export interface WorkbookToScore extends CarriedByWorkbook {
  readonly read: ReadWorkbookResult;
  /** The ruleset the workbook expects (a template made for it), read with the stamp. */
  readonly expectedRuleset: RulesetReference | null;
}

/** Reads the file (checks the package first; throws WorkbookReadError for a file it cannot read). */
export async function readWorkbookToScore(
  bytes: Uint8Array,
  options: { limits?: Partial<ReadLimits> } = {},
): Promise<WorkbookToScore> {
  const read = await readWorkbook(bytes, { ...options, selectSheets: sheetsWithReportSheet });
  const stamp = stampFromProperties(read.properties);
  return {
    read,
    sheetNames: read.grid.sheetNames,
    stamp,
    reportToken: reportTokenInSheet(read.grid, stamp),
    expectedRuleset: expectedRulesetFromProperties(read.properties),
  };
}

/** The token written in the previous report sheet, when the stamp's report sheet was read. */
export function reportTokenInSheet(grid: WorkbookGrid, stamp: Stamp | null): string | null {
  if (stamp === null) return null;
  const sheet = grid.sheets.find((candidate) => candidate.name === stamp.reportSheet);
  if (sheet === undefined) return null;
  const { row, col } = adr(REPORT_TOKEN_CELL);
  return reportTokenFromCell(sheet.values[row]?.[col] ?? null);
}
