/**
 * The "Thông tin" sheet (spec §1): labels in one column, each value in the next column to the
 * right, anywhere in the first 20 rows. The first cell (row by row) whose text matches a field's
 * label or alias is that field's label.
 *
 * v2: when a label is not found, the sheet is tried decoded as TCVN3, then VNI; the decoded read
 * is used when it finds more labels (`discoverInfoSheet`, W_ENCODING on its first label).
 */
import { INFO_FIELDS, INFO_LABEL_ROWS, type InfoFieldKey } from "../catalog/infoFields";
import type { CellIndex } from "../grid/address";
import type { SheetGrid } from "../grid/grid";
import type { LegacyEncoding } from "../text/legacyEncodings";
import { NameMatcher } from "../text/normalizeText";
import { cellText, isEmptyValue } from "../values/cellValue";
import { chooseSheetEncoding } from "./legacySheet";

const FIELD_MATCHER = new NameMatcher<InfoFieldKey>(
  INFO_FIELDS.map((field) => ({ key: field.key, names: [field.label, ...field.aliases] })),
);

/** The value cell of each field whose label was found. */
export function findInfoFields(sheet: SheetGrid): Map<InfoFieldKey, CellIndex> {
  const found = new Map<InfoFieldKey, CellIndex>();
  const rows = Math.min(sheet.values.length, INFO_LABEL_ROWS);
  for (let row = 0; row < rows; row++) {
    const values = sheet.values[row] ?? [];
    for (let col = 0; col < values.length; col++) {
      const value = values[col];
      if (isEmptyValue(value) || typeof value !== "string") continue;
      const key = FIELD_MATCHER.match(cellText(value));
      if (key !== null && !found.has(key)) found.set(key, { row, col: col + 1 });
    }
  }
  return found;
}

export interface InfoSheetDiscovery {
  /** The sheet to read the values from: the given one, or it decoded. */
  readonly sheet: SheetGrid;
  /** The value cell of each field whose label was found. */
  readonly fields: ReadonlyMap<InfoFieldKey, CellIndex>;
  /** The legacy encoding the sheet is read in, and its first label cell (W_ENCODING), or null. */
  readonly encoding: {
    readonly encoding: LegacyEncoding;
    readonly row: number;
    readonly col: number;
  } | null;
}

/** The labels of a "Thông tin" sheet, read as Unicode or, when that finds fewer, decoded. */
export function discoverInfoSheet(sheet: SheetGrid): InfoSheetDiscovery {
  const chosen = chooseSheetEncoding(sheet, INFO_LABEL_ROWS, (candidate) => {
    const found = findInfoFields(candidate).size;
    return { complete: found === INFO_FIELDS.length, recognised: found };
  });
  const fields = findInfoFields(chosen.sheet);
  let encoding: InfoSheetDiscovery["encoding"] = null;
  if (chosen.encoding !== null) {
    // The first label in reading order (the value cell is the one to its right).
    const first = [...fields.values()].sort((a, b) => a.row - b.row || a.col - b.col)[0];
    encoding = { encoding: chosen.encoding, row: first.row, col: first.col - 1 };
  }
  return { sheet: chosen.sheet, fields, encoding };
}

/** Whether a "Thông tin" sheet is the one to read among several: one of its labels is found. */
export function infoSheetHasLabels(discovery: InfoSheetDiscovery): boolean {
  return discovery.fields.size > 0;
}

/**
 * Among the sheets matching "Thông tin" (workbook order), the one to read: the first where a
 * label is found, else the first (spec §1 "Sheets", v2, read for the sheet without a table).
 */
export function chooseInfoSheet(
  sheets: readonly SheetGrid[],
): { readonly info: InfoSheetDiscovery; readonly others: readonly string[] } | null {
  if (sheets.length === 0) return null;
  let chosen: InfoSheetDiscovery | null = null;
  let first: InfoSheetDiscovery | null = null;
  for (const sheet of sheets) {
    const discovery = discoverInfoSheet(sheet);
    first ??= discovery;
    if (sheets.length === 1 || infoSheetHasLabels(discovery)) {
      chosen = discovery;
      break;
    }
  }
  const info = chosen ?? (first as InfoSheetDiscovery);
  return { info, others: sheets.map((s) => s.name).filter((name) => name !== info.sheet.name) };
}
