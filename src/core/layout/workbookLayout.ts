/**
 * Where things are in a workbook, as discovered by the engine (`layout/`). Addresses are A1 /
 * 1-based rows, as Excel shows them; the edges write outputs and marks from this.
 */
import type { CellsInputKey, OutputKey, RosterKey } from "../vocabulary";

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
