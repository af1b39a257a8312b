/**
 * What `evaluateWorkbook` returns: the JSON report (the contract) plus what the edges need to write
 * results back (outputs, layout) and to fingerprint the inputs.
 */
import type { WorkbookLayout } from "../layout/workbookLayout";
import type { Ruleset } from "../ruleset/ruleset";
import type { ColumnKey, Lang, OutputKey } from "../vocabulary";
import type { Report, ReportFinding } from "./report";

/** A report finding with what the engine knows besides the contract's fields. */
export interface DetailedFinding extends ReportFinding {
  /** The recognised column the cell belongs to, when it belongs to one. */
  key: ColumnKey | null;
  /** 1-based sheet row of the cell. */
  row: number;
  /** The Party cell code of the row, when the finding is about a data row of "Chi bộ". */
  cellCode: string | null;
  /**
   * The message in both languages, so a UI can switch without re-evaluating. Read the texts (or
   * serialise): a shortfall's are made when first read (findings/shortfallMessage.ts).
   */
  messages: { vi: string; en: string };
}

/** One output cell value: a number, a text, or null (leave the cell empty). */
export type OutputValue = number | string | null;

/**
 * The writes that put the results into the "Chi bộ" sheet. Only these cells are ever written:
 * header cells of output columns that were missing, and the output cells of data rows.
 */
export interface OutputWrite {
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  /** Output columns in the order of `OUTPUT_KEYS`, with their column letters (existing or new). */
  columns: { key: OutputKey; column: string }[];
  /** Header cells to create for output columns the template lacked: A1 address and text. */
  newHeaders: { cell: string; text: string }[];
  /** One entry per data row: 1-based row, values in the order of `columns`. */
  rows: { row: number; values: OutputValue[] }[];
}

export interface Evaluation {
  report: Report;
  /** The ruleset the workbook was evaluated with: marks, report sheet and verdict follow it. */
  ruleset: Ruleset;
  /** The language of the findings' `message`, and of the report sheet planned from it. */
  lang: Lang;
  /** Every finding with its details, in the same order as `report.findings`. */
  findings: DetailedFinding[];
  layout: WorkbookLayout;
  /** Null when the workbook is unusable: nothing is written but the report. */
  outputs: OutputWrite | null;
  /**
   * The normalised input values of the recognised columns, serialised canonically (spec §6);
   * the fingerprint is SHA-256 over this text (see share/fingerprint.ts). Serialised when first
   * read (a getter), so scoring alone does not pay for it.
   */
  readonly canonicalInputs: string;
}
