/**
 * The JSON report: a contract shared by the command line (`chibo4tot score --json`), the add-in's
 * task pane and the browser preview. Change it only with a version note in docs/report-format.md.
 */
import type { RuleCode } from "../findings/findingCatalog";
import type { CriterionId, Severity } from "../vocabulary";

/** The finding types, one per code of the catalogue (findings/findingCatalog.ts). */
export type { RuleCode };

export interface ReportFinding {
  severity: Severity;
  rule: RuleCode;
  sheet: string;
  /** A1 address of the cell, e.g. "F9". */
  cell: string;
  message: string;
}

export interface ReportPartyCell {
  code: string;
  name: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  status: "scored" | "error";
  /** Points per criterion id, e.g. { I: 25, II: 25, III: 25, IV: 21 }; null when not scored. */
  scores: Record<CriterionId, number> | null;
  total: number | null;
  fourGood: boolean | null;
  /** Criteria that are not good, in ruleset order, e.g. ["II", "IV"]; [] when not scored. */
  failedCriteria: CriterionId[];
}

export interface ReportSummary {
  cells: number;
  scored: number;
  fourGood: number;
  errors: number;
  warnings: number;
  shortfalls: number;
  orgFourGood: boolean;
}

export interface Report {
  status: "scored" | "unusable";
  ruleset: { id: string; version: number };
  workbook: { organization: string | null; year: number | null };
  summary: ReportSummary;
  cells: ReportPartyCell[];
  findings: ReportFinding[];
}
