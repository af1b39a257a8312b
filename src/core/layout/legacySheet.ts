/**
 * Sheets typed in a legacy encoding (spec §1 "Legacy Vietnamese encodings", v2). When on a sheet
 * the header (or, on "Thông tin", the labels) cannot be found, or a required column is missing,
 * the sheet's texts are decoded as TCVN3 and, failing that, as VNI; when the decoded texts find
 * the header with more recognised columns, the whole sheet is read decoded (headers, codes,
 * names, ratings, labels, total and signature keywords).
 */
import type { CellValue, SheetGrid } from "../grid/grid";
import {
  decodeLegacy,
  LEGACY_ENCODINGS,
  mayBeLegacyText,
  type LegacyEncoding,
} from "../text/legacyEncodings";

/**
 * The sheet with the texts of its first `rows` rows decoded (all rows by default); numbers,
 * number formats, merges and the name are kept. Each distinct text is decoded once.
 */
export function decodeSheet(
  sheet: SheetGrid,
  encoding: LegacyEncoding,
  rows = sheet.values.length,
): SheetGrid {
  const memo = new Map<string, string>();
  const last = Math.min(rows, sheet.values.length);
  const values: (readonly CellValue[])[] = sheet.values.slice();
  for (let row = 0; row < last; row++) {
    const line = sheet.values[row];
    if (!line) continue;
    let copy: CellValue[] | null = null;
    for (let col = 0; col < line.length; col++) {
      const value = line[col];
      if (typeof value !== "string" || !mayBeLegacyText(value)) continue;
      let decoded = memo.get(value);
      if (decoded === undefined) memo.set(value, (decoded = decodeLegacy(value, encoding)));
      if (decoded === value) continue;
      copy ??= [...line];
      copy[col] = decoded;
    }
    if (copy !== null) values[row] = copy;
  }
  return { ...sheet, values };
}

/** How complete a read of a sheet is: complete (nothing to look for), and how much it recognised. */
export interface ReadQuality {
  readonly complete: boolean;
  readonly recognised: number;
}

export interface ChosenEncoding {
  /** The sheet to read: the one given, or it decoded (every row). */
  readonly sheet: SheetGrid;
  /** The legacy encoding the sheet is read in, or null (Unicode). */
  readonly encoding: LegacyEncoding | null;
}

/**
 * Whether a sheet is read as Unicode or decoded. `judge` looks at a sheet for what it must hold
 * (a header, labels) within its first `searchRows` rows. TCVN3 is tried when the Unicode read is
 * incomplete, VNI when the best read so far still is; a decoded read wins only when it
 * recognises more than every read before it. Only the searched rows are decoded for a trial.
 */
export function chooseSheetEncoding(
  sheet: SheetGrid,
  searchRows: number,
  judge: (sheet: SheetGrid) => ReadQuality,
): ChosenEncoding {
  let best: { encoding: LegacyEncoding | null; quality: ReadQuality } = {
    encoding: null,
    quality: judge(sheet),
  };
  for (const encoding of LEGACY_ENCODINGS) {
    if (best.quality.complete) break;
    const quality = judge(decodeSheet(sheet, encoding, searchRows));
    if (quality.recognised > best.quality.recognised) best = { encoding, quality };
  }
  return best.encoding === null
    ? { sheet, encoding: null }
    : { sheet: decodeSheet(sheet, best.encoding), encoding: best.encoding };
}
