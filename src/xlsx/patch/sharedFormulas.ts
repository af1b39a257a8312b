/**
 * Shared formulas: Excel stores a formula filled down a column once, in its first ("master") cell
 * (<f t="shared" ref="H5:H40" si="0">SUM(D5:G5)</f>), and the other cells point to it
 * (<f t="shared" si="0"/>). When the product overwrites a master that sits in an output column,
 * every cell that still points to it and is not overwritten receives its own copy of the formula,
 * moved as Excel moves it; otherwise those cells would point to nothing and Excel would "repair"
 * the file.
 */
import { adr } from "../../core";
import { shiftFormulaReferences } from "./formulaShift";
import { formulaOf, type CellSpan } from "./sheetRows";
import type { SheetNames } from "./sheetCellXml";
import { decodeXmlText, escapeXmlText } from "./xmlText";
import { getAttribute, removeAttribute, splice } from "./xmlElements";

export interface SharedMaster {
  si: string;
  /** 0-based position of the master cell. */
  row: number;
  col: number;
  /** The master's formula text (decoded). */
  formula: string;
  /** 0-based rows covered by the shared range. */
  firstRow: number;
  lastRow: number;
}

/** The shared-formula master held by this cell, if it is one. */
export function sharedMasterOf(xml: string, cell: CellSpan, row: number, names: SheetNames): SharedMaster | null {
  const f = formulaOf(xml, cell, names.f);
  if (!f || getAttribute(f.startTag, "t") !== "shared") return null;
  const ref = getAttribute(f.startTag, "ref");
  const si = getAttribute(f.startTag, "si");
  if (ref === undefined || si === undefined) return null;
  const [first, last = first] = ref.split(":");
  return {
    si,
    row,
    col: cell.col,
    formula: decodeXmlText(xml.slice(f.contentStart, f.contentEnd)),
    firstRow: adr(first).row,
    lastRow: adr(last).row,
  };
}

/** The si of the shared formula this cell follows (not masters), if any. */
export function sharedDependencyOf(xml: string, cell: CellSpan, names: SheetNames): string | null {
  const f = formulaOf(xml, cell, names.f);
  if (!f || getAttribute(f.startTag, "t") !== "shared" || getAttribute(f.startTag, "ref") !== undefined) return null;
  return getAttribute(f.startTag, "si") ?? null;
}

/** The cell's XML with its pointer to `master` replaced by its own moved formula. */
export function unshareCell(xml: string, cell: CellSpan, row: number, master: SharedMaster, names: SheetNames): string {
  const sheetCellXml = xml.slice(cell.start, cell.end);
  const f = formulaOf(xml, cell, names.f);
  if (!f) return sheetCellXml;
  const moved = shiftFormulaReferences(master.formula, row - master.row, cell.col - master.col);
  let startTag = removeAttribute(removeAttribute(f.startTag, "t"), "si");
  if (startTag.endsWith("/>")) startTag = `${startTag.slice(0, -2).trimEnd()}>`;
  const ownFormula = `${startTag}${escapeXmlText(moved)}</${names.f}>`;
  return splice(sheetCellXml, f.start - cell.start, f.end - cell.start, ownFormula);
}
