/**
 * The district's view of many workbooks (`chibo4tot consolidate`): one row per workbook with its
 * counts, stamp state and verdict, the totals (sums of the workbooks' own reports), every Party
 * cell of every workbook, and the Party cell codes that appear in more than one workbook (the same
 * cell reported twice, or two cells given one code). Pure: reports in, tables out; the command
 * line reads the files and writes the result.
 */
import type { Report } from "../report/report";
import {
  isOtherRules,
  type RulesetMatch,
  type RulesetReference,
} from "../ruleset/rulesetReference";
import { normalizeText } from "../text/normalizeText";
import type { StampStatus } from "./workbookWritePlan";
import type { CriterionId } from "../vocabulary";

export interface ConsolidationInput {
  /** How the file is named in the summary (its path as given, or relative to the folder). */
  file: string;
  /** The workbook's report, or null when the file could not be read. */
  report: Report | null;
  /** The workbook's stamp against its inputs; null when it could not be read. */
  stamp: StampStatus | null;
  /** Why the file could not be read. */
  error: string | null;
  /** The ruleset the workbook's stamp names (null without a stamp). */
  stampRuleset?: RulesetReference | null;
  /**
   * How the stamp's ruleset compares with the ruleset of the consolidation (`rulesetMatch`); null
   * without a stamp.
   */
  rulesetMatch?: RulesetMatch | null;
}

export type WorkbookStatus = Report["status"] | "unreadable";

export interface ConsolidatedWorkbook {
  file: string;
  status: WorkbookStatus;
  organization: string | null;
  year: number | null;
  cells: number;
  scored: number;
  fourGood: number;
  /** fourGood / scored (0–1); null when nothing was scored. */
  share: number | null;
  errors: number;
  shortfalls: number;
  warnings: number;
  stamp: StampStatus | null;
  /** The ruleset the workbook's stamp names (null without a stamp). */
  stampRuleset: RulesetReference | null;
  /**
   * The stamp's ruleset against the consolidation's: "otherRuleset", "otherVersion" and
   * "modifiedCopy" mean the workbook was scored with other rules; null without a stamp.
   */
  rulesetMatch: RulesetMatch | null;
  orgFourGood: boolean | null;
  /** Codes of this workbook that another workbook uses too. */
  sharedCodes: string[];
  error: string | null;
}

export type PartyCellResult = "fourGood" | "notFourGood" | "dataError";

export interface ConsolidatedPartyCell {
  file: string;
  organization: string | null;
  code: string;
  name: string;
  /** 1-based row on the workbook's "Chi bộ" sheet. */
  row: number;
  scores: Record<CriterionId, number> | null;
  total: number | null;
  result: PartyCellResult;
  failedCriteria: CriterionId[];
  /** The other workbooks that hold a Party cell with the same code. */
  codeAlsoIn: string[];
}

export interface CodeDuplicate {
  /** The code as the first workbook spells it. */
  code: string;
  occurrences: { file: string; organization: string | null; name: string; row: number }[];
}

export interface ConsolidationTotals {
  workbooks: number;
  read: number;
  unreadable: number;
  unusable: number;
  cells: number;
  scored: number;
  fourGood: number;
  share: number | null;
  errors: number;
  shortfalls: number;
  warnings: number;
  /** Workbooks that are "Đảng bộ cơ sở 4 tốt". */
  orgFourGood: number;
  stamps: Record<StampStatus, number>;
  /** Workbooks whose stamp names another ruleset, another version or a modified copy. */
  otherRules: number;
  /** Codes found in more than one workbook. */
  sharedCodes: number;
}

export interface Consolidation {
  workbooks: ConsolidatedWorkbook[];
  totals: ConsolidationTotals;
  cells: ConsolidatedPartyCell[];
  duplicates: CodeDuplicate[];
}

function resultOf(cell: Report["cells"][number]): PartyCellResult {
  if (cell.status === "error") return "dataError";
  return cell.fourGood ? "fourGood" : "notFourGood";
}

export function consolidateReports(inputs: readonly ConsolidationInput[]): Consolidation {
  const filesByCode = filesUsingEachCode(inputs);
  const workbooks = inputs.map((input) => consolidatedWorkbook(input, filesByCode));
  const cells = consolidatedCells(inputs, filesByCode);
  const duplicates = duplicatesOf(cells);
  return { workbooks, totals: totalsOf(workbooks, duplicates), cells, duplicates };
}

/** Which files use each code (normalised, as the engine compares codes within one workbook). */
function filesUsingEachCode(inputs: readonly ConsolidationInput[]): Map<string, Set<string>> {
  const filesByCode = new Map<string, Set<string>>();
  for (const input of inputs) {
    for (const cell of input.report?.cells ?? []) {
      const key = normalizeText(cell.code);
      if (key === "") continue;
      if (!filesByCode.has(key)) filesByCode.set(key, new Set());
      filesByCode.get(key)?.add(input.file);
    }
  }
  return filesByCode;
}

function consolidatedWorkbook(
  input: ConsolidationInput,
  filesByCode: ReadonlyMap<string, ReadonlySet<string>>,
): ConsolidatedWorkbook {
  const report = input.report;
  if (report === null) {
    return {
      file: input.file,
      status: "unreadable",
      organization: null,
      year: null,
      cells: 0,
      scored: 0,
      fourGood: 0,
      share: null,
      errors: 0,
      shortfalls: 0,
      warnings: 0,
      stamp: null,
      stampRuleset: null,
      rulesetMatch: null,
      orgFourGood: null,
      sharedCodes: [],
      error: input.error ?? "",
    };
  }
  const shared = (code: string): boolean => (filesByCode.get(normalizeText(code))?.size ?? 0) > 1;
  const { summary } = report;
  const codes = [
    ...new Set(
      report.cells.map((cell) => cell.code).filter((code) => code !== "" && shared(code)),
    ),
  ];
  return {
    file: input.file,
    status: report.status,
    organization: report.workbook.organization,
    year: report.workbook.year,
    cells: summary.cells,
    scored: summary.scored,
    fourGood: summary.fourGood,
    share: summary.scored > 0 ? summary.fourGood / summary.scored : null,
    errors: summary.errors,
    shortfalls: summary.shortfalls,
    warnings: summary.warnings,
    stamp: input.stamp,
    stampRuleset: input.stampRuleset ?? null,
    rulesetMatch: input.rulesetMatch ?? null,
    orgFourGood: summary.orgFourGood,
    sharedCodes: codes,
    error: null,
  };
}

function consolidatedCells(
  inputs: readonly ConsolidationInput[],
  filesByCode: ReadonlyMap<string, ReadonlySet<string>>,
): ConsolidatedPartyCell[] {
  return inputs.flatMap((input) =>
    (input.report?.cells ?? []).map((cell) => {
      const others = filesByCode.get(normalizeText(cell.code));
      return {
        file: input.file,
        organization: input.report?.workbook.organization ?? null,
        code: cell.code,
        name: cell.name,
        row: cell.row,
        scores: cell.scores,
        total: cell.total,
        result: resultOf(cell),
        failedCriteria: [...cell.failedCriteria],
        codeAlsoIn:
          others && others.size > 1 && cell.code !== ""
            ? [...others].filter((file) => file !== input.file)
            : [],
      };
    }),
  );
}

/** Each code used in more than one file, with where it occurs, in the order first met. */
function duplicatesOf(cells: readonly ConsolidatedPartyCell[]): CodeDuplicate[] {
  const duplicates: CodeDuplicate[] = [];
  const seen = new Map<string, CodeDuplicate>();
  for (const cell of cells) {
    if (cell.codeAlsoIn.length === 0) continue;
    const key = normalizeText(cell.code);
    let duplicate = seen.get(key);
    if (!duplicate) {
      duplicate = { code: cell.code, occurrences: [] };
      seen.set(key, duplicate);
      duplicates.push(duplicate);
    }
    duplicate.occurrences.push({
      file: cell.file,
      organization: cell.organization,
      name: cell.name,
      row: cell.row,
    });
  }
  return duplicates;
}

function totalsOf(
  workbooks: readonly ConsolidatedWorkbook[],
  duplicates: readonly CodeDuplicate[],
): ConsolidationTotals {
  const read = workbooks.filter((w) => w.status !== "unreadable");
  const sum = (pick: (w: ConsolidatedWorkbook) => number): number =>
    read.reduce((total, w) => total + pick(w), 0);
  const scored = sum((w) => w.scored);
  const fourGood = sum((w) => w.fourGood);
  const stamps: Record<StampStatus, number> = { valid: 0, stale: 0, none: 0 };
  for (const w of read) if (w.stamp !== null) stamps[w.stamp]++;
  return {
    workbooks: workbooks.length,
    read: read.length,
    unreadable: workbooks.length - read.length,
    unusable: read.filter((w) => w.status === "unusable").length,
    cells: sum((w) => w.cells),
    scored,
    fourGood,
    share: scored > 0 ? fourGood / scored : null,
    errors: sum((w) => w.errors),
    shortfalls: sum((w) => w.shortfalls),
    warnings: sum((w) => w.warnings),
    orgFourGood: read.filter((w) => w.orgFourGood === true).length,
    stamps,
    otherRules: read.filter((w) => scoredWithOtherRules(w)).length,
    sharedCodes: duplicates.length,
  };
}

/** Whether a workbook's stamp was made with other rules than the consolidation's. */
export function scoredWithOtherRules(workbook: Pick<ConsolidatedWorkbook, "rulesetMatch">): boolean {
  return isOtherRules(workbook.rulesetMatch);
}
