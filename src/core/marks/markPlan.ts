/**
 * Marks (spec §5) are conditional formats owned by the product, so they never touch the
 * template's own formatting, stay visible without the add-in, and can be removed exactly.
 *
 * Each MarkPlan becomes one conditional format on one sheet, applied to `cells` (a union of cells,
 * all in one column unless said otherwise). `formula` is an Excel formula (starting with "=")
 * written relative to `cells[0]`, the top-left cell of the union. Every formula carries the
 * ownership marker (`MARK_OWNER_TAG`) so the product can recognise its own formats in any
 * workbook without a list of ids.
 */
import type { RuleCode } from "../report/report";
import type { ColumnKey, Severity } from "../vocabulary";

/** A text that appears in every formula of a product-owned conditional format. */
export const MARK_OWNER_TAG = "chibo4tot-mark";

export interface MarkStyle {
  /** Fill colour, "#RRGGBB". */
  fill: string;
  /** Font colour, "#RRGGBB". */
  font: string;
}

export interface MarkPlan {
  sheet: string;
  severity: Severity;
  rule: RuleCode;
  /** The column the cells belong to, or null for cells outside recognised columns (A1 of a sheet). */
  key: ColumnKey | null;
  /** A1 addresses, sorted by row then column; cells[0] is the formula's anchor. */
  cells: string[];
  /** "=AND(...)" relative to cells[0]; includes MARK_OWNER_TAG. */
  formula: string;
  /**
   * True when the formula expresses the rule, so the mark disappears as soon as the cell meets it;
   * false for a static mark (always true while it exists) that the next run replaces.
   */
  dynamic: boolean;
  style: MarkStyle;
  /** Lower numbers win when several marks cover one cell (errors before shortfalls before warnings). */
  priority: number;
}
