/**
 * The workbook window's tab state (`<bookViews><workbookView activeTab firstSheet>`), which counts
 * sheets by position: it must follow when a sheet before the active one is removed.
 */
import { findRootChild, insertRootChild, WORKBOOK_CHILD_ORDER } from "./childOrder";
import { childElements, getAttribute, prefixOf, rootElement, setAttribute, splice } from "./xmlElements";

/** Applies `update` to the start tag of every workbookView. */
function updateWorkbookViews(workbookXml: string, update: (startTag: string) => string): string {
  const bookViews = findRootChild(workbookXml, "bookViews");
  if (!bookViews || bookViews.selfClosing) return workbookXml;
  let xml = workbookXml;
  for (const view of childElements(workbookXml, bookViews).reverse()) {
    const startTag = update(view.startTag);
    if (startTag !== view.startTag) xml = splice(xml, view.start, view.start + view.startTag.length, startTag);
  }
  return xml;
}

/** True when the sheet at `index` is the active tab of the first window. */
export function isActiveTab(workbookXml: string, index: number): boolean {
  const bookViews = findRootChild(workbookXml, "bookViews");
  const first = bookViews && !bookViews.selfClosing ? childElements(workbookXml, bookViews)[0] : undefined;
  return Number(first ? (getAttribute(first.startTag, "activeTab") ?? 0) : 0) === index;
}

/** After removing the sheet at `index` of `countBefore` sheets: tabs after it move down by one. */
export function forgetSheetInBookViews(workbookXml: string, index: number, countBefore: number): string {
  const lastIndex = Math.max(0, countBefore - 2);
  return updateWorkbookViews(workbookXml, (startTag) => {
    let tag = startTag;
    for (const attribute of ["activeTab", "firstSheet"]) {
      const value = getAttribute(tag, attribute);
      if (value === undefined) continue;
      const n = Number(value);
      const moved = Math.min(n > index ? n - 1 : n, lastIndex);
      if (moved !== n) tag = setAttribute(tag, attribute, String(moved));
    }
    return tag;
  });
}

/** Makes the sheet at `index` the active tab of every window (creating the window when none is written). */
export function setActiveTab(workbookXml: string, index: number): string {
  const bookViews = findRootChild(workbookXml, "bookViews");
  if (!bookViews || bookViews.selfClosing || childElements(workbookXml, bookViews).length === 0) {
    const cleaned = bookViews ? splice(workbookXml, bookViews.start, bookViews.end, "") : workbookXml;
    const prefix = prefixOf(rootElement(cleaned).qname);
    return insertRootChild(cleaned, WORKBOOK_CHILD_ORDER, "bookViews", `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>`);
  }
  return updateWorkbookViews(workbookXml, (startTag) => setAttribute(startTag, "activeTab", String(index)));
}
