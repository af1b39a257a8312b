/**
 * The "Thông tin" sheet (spec §1): labels in one column, each value in the next column to the
 * right, anywhere in the first 20 rows. The first cell (row by row) whose text matches a field's
 * label or alias is that field's label.
 */
import { INFO_FIELDS, INFO_LABEL_ROWS, type InfoFieldKey } from "../catalog/infoFields";
import type { CellIndex } from "../grid/address";
import type { SheetGrid } from "../grid/grid";
import { NameMatcher } from "../text/normalizeText";
import { cellText, isEmptyValue } from "../values/cellValue";

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
