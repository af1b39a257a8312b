/**
 * Where things are in a workbook, as discovered by the engine (`layout/`). Addresses are A1 /
 * 1-based rows, as Excel shows them; the edges write outputs and marks from this.
 */
import type { IndicatorKey } from "../ruleset/ruleset";

/** Input columns of the "Chi bộ" sheet (spec §1). */
export type CellsInputKey = "stt" | "code" | "name" | "members" | IndicatorKey;

/** Output columns of the "Chi bộ" sheet, written by the product (spec §1). */
export type OutputKey =
  | "score_1"
  | "score_2"
  | "score_3"
  | "score_4"
  | "score_total"
  | "result"
  | "failed_criteria";

export const OUTPUT_KEYS: readonly OutputKey[] = [
  "score_1",
  "score_2",
  "score_3",
  "score_4",
  "score_total",
  "result",
  "failed_criteria",
];

/** Columns of the "Đảng viên" sheet (spec §4). */
export type RosterKey =
  | "stt"
  | "member_name"
  | "cell_code"
  | "member_rating"
  | "disciplined_flag"
  | "admitted_flag";

export type SheetRole = "info" | "cells" | "roster" | "report";

export interface TableLayout<K extends string> {
  /** The sheet's name as it is in the workbook. */
  sheet: string;
  /** 1-based row of the header. */
  headerRow: number;
  /** Recognised columns: key → column letters ("F"). */
  columns: Partial<Record<K, string>>;
  /** 1-based rows classified as data (Party cells, or members), in sheet order. */
  dataRows: number[];
  /** 1-based row of the grand total row checked by W_TOTAL, if any. */
  totalRow: number | null;
  /** 1-based row where a signature block starts, if any. */
  signatureRow: number | null;
}

export interface InfoLayout {
  sheet: string;
  /** A1 address of the organisation's value cell, if the label was found. */
  organizationCell: string | null;
  /** A1 address of the year's value cell, if the label was found. */
  yearCell: string | null;
}

export interface WorkbookLayout {
  info: InfoLayout | null;
  cells: TableLayout<CellsInputKey | OutputKey> | null;
  roster: TableLayout<RosterKey> | null;
}
