/** Column default styles (`<cols><col min max style>`): the style Excel gives a value typed into an empty cell of that column. */
import { findRootChild } from "./childOrder";
import { findElements, getAttribute, prefixOf, rootElement } from "./xmlElements";

export interface ColumnStyles {
  /** The style index of 0-based column `col`, if its column has one. */
  styleOf(col: number): string | undefined;
}

export function readColumnStyles(sheetXml: string): ColumnStyles {
  const cols = findRootChild(sheetXml, "cols");
  const ranges: { min: number; max: number; style: string }[] = [];
  if (cols && !cols.selfClosing) {
    const colQName = `${prefixOf(rootElement(sheetXml).qname)}col`;
    for (const col of findElements(sheetXml, colQName, cols.contentStart, cols.contentEnd)) {
      const style = getAttribute(col.startTag, "style");
      if (style === undefined || style === "0") continue;
      ranges.push({ min: Number(getAttribute(col.startTag, "min")), max: Number(getAttribute(col.startTag, "max")), style });
    }
  }
  return {
    styleOf(col: number) {
      const n = col + 1;
      return ranges.find((range) => n >= range.min && n <= range.max)?.style;
    },
  };
}
