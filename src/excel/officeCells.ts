/**
 * Office.js cell data to the engine's grid cells. Office.js gives an error cell as its text
 * ("#DIV/0!") with valueType "Error", an empty cell as "" with valueType "Empty"; the grid wants
 * `{ error }` and null so that the add-in feeds the engine exactly what the command line does.
 */
import type { CellValue } from "../core";

export function toGridValue(value: unknown, valueType: string | undefined): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    default:
      if (value === null || value === undefined) return null;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return value;
      return String(value);
  }
}

/**
 * Places one block of Office.js rows into the sheet's rows counted from A1: rows before the block
 * stay absent, columns left of the used range are null (a used range need not start at A1).
 */
export function placeBlock(
  target: { values: CellValue[][]; numberFormats: (string | null)[][] },
  block: { top: number; left: number },
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly string[])[],
  numberFormats: readonly (readonly unknown[])[],
): void {
  for (let r = 0; r < values.length; r++) {
    const sourceValues = values[r];
    const sourceTypes = valueTypes[r] ?? [];
    const sourceFormats = numberFormats[r] ?? [];
    const width = block.left + sourceValues.length;
    const rowValues: CellValue[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    for (let c = 0; c < sourceValues.length; c++) {
      rowValues[block.left + c] = toGridValue(sourceValues[c], sourceTypes[c]);
      const format = sourceFormats[c];
      rowFormats[block.left + c] = typeof format === "string" ? format : null;
    }
    target.values[block.top + r] = rowValues;
    target.numberFormats[block.top + r] = rowFormats;
  }
}
