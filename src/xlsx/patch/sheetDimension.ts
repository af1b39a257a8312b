/** Keeping a worksheet's `<dimension ref>` (its used range) covering the cells the product writes. */
import { adr, rangeA1 } from "../../core";
import { findRootChild } from "./childOrder";
import { getAttribute, setAttribute, splice } from "./xmlElements";

/** 0-based, inclusive. */
export interface CellBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The sheet with its dimension grown to include `bounds`; a sheet without a dimension element is
 * left so. `hadCells` false means the sheet was empty: its "A1" was no used range to keep.
 */
export function widenDimension(sheetXml: string, bounds: CellBounds | null, hadCells: boolean): string {
  if (!bounds) return sheetXml;
  const dimension = findRootChild(sheetXml, "dimension");
  const ref = dimension ? getAttribute(dimension.startTag, "ref") : undefined;
  if (!dimension || ref === undefined) return sheetXml;
  const [first, last = first] = ref.split(":");
  let current: CellBounds;
  try {
    const a = adr(first);
    const b = adr(last);
    current = { top: a.row, left: a.col, bottom: b.row, right: b.col };
  } catch {
    current = bounds;
  }
  const next = !hadCells
    ? bounds
    : {
        top: Math.min(current.top, bounds.top),
        left: Math.min(current.left, bounds.left),
        bottom: Math.max(current.bottom, bounds.bottom),
        right: Math.max(current.right, bounds.right),
      };
  const nextRef = rangeA1(next.top, next.left, next.bottom, next.right);
  if (nextRef === ref) return sheetXml;
  return splice(sheetXml, dimension.start, dimension.start + dimension.startTag.length, setAttribute(dimension.startTag, "ref", nextRef));
}
