/**
 * How to read the selected sheets in as few syncs as the 5 MB limit allows: estimate bytes per
 * cell from a small sample, cut each sheet's used range into row blocks (each under the byte
 * budget and the cell limit), and pack the blocks of all sheets into sync groups of ~4 MB. Below
 * 4 MB in total everything goes in one sync, whatever the number of rows.
 *
 * Merged areas are asked for with the values, in the same sync, over every row of every block,
 * in pieces of at most 512 cells (`mergeQueryAreas`): `Range.getMergedAreasOrNullObject` "will
 * fail to return the result" when the range holds more than 512 merged areas (Excel API
 * reference, ExcelApi 1.13), and merged areas never overlap, so a piece of 512 cells cannot meet
 * more than 512 of them, however Excel counts the areas that cross the piece's edge.
 */
import type { MergeArea } from "../core";
import {
  ACTION_OVERHEAD_BYTES,
  jsonBytes,
  MAX_CELLS_PER_READ,
  PAYLOAD_BUDGET_BYTES,
  packIntoBatches,
} from "./payloadBudget";

/** Excel's documented limit of one `getMergedAreasOrNullObject` call. */
export const MAX_MERGED_AREAS_PER_CALL = 512;
/** Cells of one merged-area query: a piece this size cannot hold more areas than the limit. */
export const MERGE_QUERY_CELLS = MAX_MERGED_AREAS_PER_CALL;
/**
 * Estimated bytes one merged-area query adds to a sync: three actions (getRange,
 * getMergedAreasOrNullObject, load) with the piece's address, and a short answer (a null object
 * or a few addresses; more is caught by the split-and-retry of a refused response).
 */
export const MERGE_QUERY_BYTES = 3 * ACTION_OVERHEAD_BYTES + 128;

/** The sample read with the used-range addresses: the top-left corner where templates start. */
export const SAMPLE_ADDRESS = "A1:AN60";
/** Bytes per cell assumed when the sample holds no cell of the used range. */
export const DEFAULT_BYTES_PER_CELL = 64;
/** The sample may miss long notes further down: estimate generously. */
const SAFETY_FACTOR = 1.25;
const MIN_BYTES_PER_CELL = 12;

export interface MeasuredSheet {
  name: string;
  /** The used range (values only), 0-based inclusive; null for an empty sheet. */
  used: MergeArea | null;
  bytesPerCell: number;
}

export interface ReadBlock {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /**
   * Estimated bytes of the block's sync share: values + number formats + value types, and its
   * merged-area queries.
   */
  estimate: number;
}

interface SampleData {
  values: readonly (readonly unknown[])[] | null;
  numberFormat: readonly (readonly unknown[])[] | null;
  valueTypes: readonly (readonly unknown[])[] | null;
}

/**
 * Average JSON bytes per cell (value, number format, value type) over the sample's cells that lie
 * in the used range, with a safety margin. The sample starts at A1.
 */
export function estimateBytesPerCell(sample: SampleData, used: MergeArea): number {
  if (!sample.values) return DEFAULT_BYTES_PER_CELL;
  let bytes = 0;
  let cells = 0;
  for (let r = used.top; r <= used.bottom && r < sample.values.length; r++) {
    const row = sample.values[r];
    for (let c = used.left; c <= used.right && c < row.length; c++) {
      bytes +=
        jsonBytes(row[c]) +
        jsonBytes(sample.numberFormat?.[r]?.[c] ?? "General") +
        jsonBytes(sample.valueTypes?.[r]?.[c] ?? "Empty") +
        3;
      cells += 1;
    }
  }
  if (cells === 0) return DEFAULT_BYTES_PER_CELL;
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil((bytes / cells) * SAFETY_FACTOR));
}

/**
 * The pieces a block's merged areas are asked for in: whole rows of the block, at most
 * MERGE_QUERY_CELLS cells each (a row wider than that is cut into column pieces). Together they
 * cover every cell of the block exactly once.
 */
export function mergeQueryAreas(block: MergeArea): MergeArea[] {
  const columns = block.right - block.left + 1;
  const pieces: MergeArea[] = [];
  if (columns <= MERGE_QUERY_CELLS) {
    const rows = Math.floor(MERGE_QUERY_CELLS / columns);
    for (let top = block.top; top <= block.bottom; top += rows) {
      pieces.push({
        top,
        bottom: Math.min(block.bottom, top + rows - 1),
        left: block.left,
        right: block.right,
      });
    }
    return pieces;
  }
  for (let row = block.top; row <= block.bottom; row++) {
    for (let left = block.left; left <= block.right; left += MERGE_QUERY_CELLS) {
      pieces.push({
        top: row,
        bottom: row,
        left,
        right: Math.min(block.right, left + MERGE_QUERY_CELLS - 1),
      });
    }
  }
  return pieces;
}

/** Row blocks of every sheet, in order; each within the byte budget and the cell limit. */
export function planReadBlocks(
  sheets: readonly MeasuredSheet[],
  budget = PAYLOAD_BUDGET_BYTES,
  maxCells = MAX_CELLS_PER_READ,
): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const sheet of sheets) {
    if (!sheet.used) continue;
    const { top, bottom, left, right } = sheet.used;
    const columns = right - left + 1;
    const rowBytes = columns * (sheet.bytesPerCell + MERGE_QUERY_BYTES / MERGE_QUERY_CELLS);
    const rowsPerBlock = Math.max(1, Math.floor(Math.min(budget / rowBytes, maxCells / columns)));
    for (let start = top; start <= bottom; start += rowsPerBlock) {
      const end = Math.min(bottom, start + rowsPerBlock - 1);
      blocks.push({
        sheet: sheet.name,
        top: start,
        bottom: end,
        left,
        right,
        estimate: Math.ceil((end - start + 1) * rowBytes),
      });
    }
  }
  return blocks;
}

/** Consecutive blocks packed into sync groups of at most the budget. */
export function groupReadBlocks(
  blocks: readonly ReadBlock[],
  budget = PAYLOAD_BUDGET_BYTES,
): ReadBlock[][] {
  return packIntoBatches(blocks, (b) => b.estimate, budget);
}

/** Halves a block (by rows) after Excel refused its response as too large. */
export function splitReadBlock(block: ReadBlock): [ReadBlock, ReadBlock] | null {
  if (block.bottom === block.top) return null;
  const middle = block.top + Math.floor((block.bottom - block.top) / 2);
  const share = (rows: number): number =>
    Math.ceil((block.estimate * rows) / (block.bottom - block.top + 1));
  return [
    { ...block, bottom: middle, estimate: share(middle - block.top + 1) },
    { ...block, top: middle + 1, estimate: share(block.bottom - middle) },
  ];
}
