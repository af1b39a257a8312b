/**
 * The payload budget that keeps every request and response under Excel on the web's 5 MB limit
 * (and every read under its 5,000,000-cell limit). Sizes are estimated as the UTF-8 bytes of the
 * JSON Office.js sends, plus an allowance per queued action for its object path and ids.
 */

/** Excel on the web refuses requests and responses above 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one sync may carry by our estimate: ~4 MB, leaving a margin for the protocol's envelope. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
/** Excel on the web reads at most 5,000,000 cells at once; stay well under it. */
export const MAX_CELLS_PER_READ = 4_000_000;
/** Estimated bytes of one queued action beyond its arguments (object path, method, ids). */
export const ACTION_OVERHEAD_BYTES = 200;

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated bytes of a value as Office.js serialises it. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}

/**
 * Packs items, in order, into consecutive batches whose estimated sizes stay within the budget.
 * An item larger than the budget gets a batch of its own (its producer must have split it).
 */
export function packIntoBatches<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  budget: number,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let currentSize = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && currentSize + size > budget) {
      batches.push(current);
      current = [];
      currentSize = 0;
    }
    current.push(item);
    currentSize += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
