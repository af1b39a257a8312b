/**
 * How much a workbook may hold before the reader refuses it. A district committee receives files
 * from anyone; these limits keep a damaged or hostile file (a "zip bomb") from exhausting memory
 * in the command line or the browser preview. A real evaluation workbook of 10,000 Party cells
 * with a 200,000-member roster is about 6 MB on disk and 42 MB uncompressed: far inside them;
 * 50,000 cells with 1,000,000 members (216 MiB uncompressed) is inside them too.
 *
 * Two size limits: what the package declares in all (parts the engine never reads are never
 * inflated, save once as a stream when the declarations could lie), and what exceljs really
 * parses (the sheets the engine reads, shared strings, styles): memory is about 15 times that.
 * Documented in docs/cli.md ("Limits").
 */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Largest sum of the uncompressed sizes the package declares for its parts, in bytes. */
  readonly maxUncompressedBytes: number;
  /**
   * Largest sum of the declared uncompressed sizes of the parts exceljs parses (the sheets read,
   * shared strings, styles, the workbook part), in bytes.
   */
  readonly maxParsedBytes: number;
  /** Most parts (zip entries) a package may have. */
  readonly maxEntries: number;
  /** Highest uncompressed/compressed ratio of one part at least `ratioCheckMinBytes` large. */
  readonly maxCompressionRatio: number;
  /** Parts smaller than this (uncompressed) are not ratio-checked: tiny parts compress oddly. */
  readonly ratioCheckMinBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 100 * MIB,
  maxUncompressedBytes: 1024 * MIB,
  maxParsedBytes: 240 * MIB,
  maxEntries: 10_000,
  maxCompressionRatio: 300,
  ratioCheckMinBytes: 1 * MIB,
});

export function resolveReadLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}
