/**
 * Addresses for Office.js `worksheet.getRanges(address)`: a list of A1 cells becomes
 * comma-separated address strings, consecutive rows of one column merged into a range
 * ("G10:G12"), each string under `MAX_ADDRESS_CHARS`.
 *
 * Excel documents no exact limit for a multi-area address; getRanges has been reported to fail
 * from about 8,200 characters on the desktop and sooner on the web (office-js issue 5198), so the
 * chunks stay at half of Excel's 8,192-character formula/address limit.
 *
 * Each chunk's first area holds the chunk's top-left cell (its lowest row in its first column), so
 * a formula re-anchored at the first cell of the chunk reads the same cells whichever convention
 * Excel applies (top-left of the first area or of the whole chunk) for one-column marks.
 */
import { adr, rangeA1 } from "../grid/address";

export const MAX_ADDRESS_CHARS = 4_096;

/** Consecutive rows of one column: one area of an address, or of a conditional format's sqref. */
export interface ColumnRun {
  col: number;
  top: number;
  bottom: number;
}

/**
 * Runs of consecutive rows per column, columns in the order they first appear, rows ascending:
 * the areas of an Office.js address (addressChunks) and of an xlsx sqref (src/xlsx).
 */
export function columnRuns(cells: readonly string[]): ColumnRun[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const a1 of cells) {
    const { row, col } = adr(a1);
    const rows = rowsByColumn.get(col);
    if (rows) rows.push(row);
    else rowsByColumn.set(col, [row]);
  }
  const runs: ColumnRun[] = [];
  for (const [col, rows] of rowsByColumn) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let top = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
        runs.push({ col, top, bottom: sorted[i - 1] });
        top = sorted[i];
      }
    }
  }
  return runs;
}

/** The cells as comma-joined addresses ("G10:G12,G15"), each at most `maxChars` long. */
export function addressChunks(
  cells: readonly string[],
  maxChars: number = MAX_ADDRESS_CHARS,
): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const run of columnRuns(cells)) {
    const area = rangeA1(run.top, run.col, run.bottom, run.col);
    if (current === "") current = area;
    else if (current.length + 1 + area.length <= maxChars) current += `,${area}`;
    else {
      chunks.push(current);
      current = area;
    }
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
