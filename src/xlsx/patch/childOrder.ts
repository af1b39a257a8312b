/**
 * SpreadsheetML parts are validated against schemas whose children come in a fixed sequence;
 * Excel refuses ("We found a problem with some content") a worksheet whose conditionalFormatting
 * follows its hyperlinks. New children are therefore inserted at their schema position.
 */
import { childElements, localNameOf, prefixOf, rootElement, splice, type ElementSpan } from "./xmlElements";

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, §18.3.1.99; drawingHF as Excel writes it). */
export const WORKSHEET_CHILD_ORDER: readonly string[] = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
  "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
  "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
  "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
  "tableParts", "extLst",
];

/** CT_Workbook's children in schema order (§18.2.27). */
export const WORKBOOK_CHILD_ORDER: readonly string[] = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets",
  "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews",
  "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr",
  "webPublishObjects", "extLst",
];

/** CT_Stylesheet's children in schema order (§18.8.39). */
export const STYLESHEET_CHILD_ORDER: readonly string[] = [
  "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
  "tableStyles", "colors", "extLst",
];

/**
 * Rank of a child in `order`. An mc:AlternateContent takes the rank of the element its first
 * choice wraps (Excel wraps oleObjects and controls so); any other unknown element has no rank
 * and stays glued to the element before it.
 */
function rankOf(xml: string, child: ElementSpan, ownPrefix: string, order: readonly string[]): number | null {
  if (localNameOf(child.qname) === "AlternateContent") {
    const choice = childElements(xml, child)[0];
    const wrapped = choice ? childElements(xml, choice)[0] : undefined;
    return wrapped ? rankOf(xml, wrapped, prefixOf(wrapped.qname), order) : null;
  }
  if (prefixOf(child.qname) !== ownPrefix) return null;
  const rank = order.indexOf(localNameOf(child.qname));
  return rank === -1 ? null : rank;
}

/**
 * Inserts `childXml` (an element whose local name is `localName`) as a child of the document
 * element at its schema position: after every existing child of the same or an earlier rank,
 * before the first child of a later rank.
 */
export function insertRootChild(xml: string, order: readonly string[], localName: string, childXml: string): string {
  const newRank = order.indexOf(localName);
  if (newRank === -1) throw new Error(`${localName} is not in the child order`);
  const root = rootElement(xml);
  if (root.selfClosing) {
    const open = root.startTag.slice(0, -2) + ">";
    return splice(xml, root.start, root.end, `${open}${childXml}</${root.qname}>`);
  }
  const ownPrefix = prefixOf(root.qname);
  for (const child of childElements(xml, root)) {
    const rank = rankOf(xml, child, ownPrefix, order);
    if (rank !== null && rank > newRank) return splice(xml, child.start, child.start, childXml);
  }
  return splice(xml, root.contentEnd, root.contentEnd, childXml);
}

/** The first direct child of the document element with this local name (in the root's namespace). */
export function findRootChild(xml: string, localName: string): ElementSpan | null {
  const root = rootElement(xml);
  if (root.selfClosing) return null;
  const qname = prefixOf(root.qname) + localName;
  return childElements(xml, root).find((child) => child.qname === qname) ?? null;
}
