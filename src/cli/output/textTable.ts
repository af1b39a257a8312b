/** A plain-text table with aligned columns, for the terminal (widths in grapheme columns). */
import { displayWidth, padToWidth, truncateToWidth } from "./displayWidth";

export interface TableColumn {
  readonly header: string;
  readonly align?: "left" | "right";
  /** Longer texts are cut with "…". */
  readonly maxWidth?: number;
}

const GAP = "  ";

export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  indent = "",
): string[] {
  const cells = rows.map((row) => columns.map((column, i) => fit(row[i] ?? "", column)));
  const headers = columns.map((column) => fit(column.header, column));
  const widths = columns.map((_, i) =>
    cells.reduce((width, row) => Math.max(width, displayWidth(row[i])), displayWidth(headers[i])),
  );
  const line = (row: readonly string[]): string =>
    (
      indent + row.map((text, i) => padToWidth(text, widths[i], columns[i].align)).join(GAP)
    ).trimEnd();
  const rule = indent + widths.map((width) => "─".repeat(width)).join(GAP);
  return [line(headers), rule, ...cells.map(line)];
}

function fit(text: string, column: TableColumn): string {
  return column.maxWidth === undefined ? text : truncateToWidth(text, column.maxWidth);
}
