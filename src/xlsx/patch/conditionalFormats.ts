/**
 * Marks as conditional formats in a worksheet's XML. The product's own formats are recognised by
 * the owner tag in their formulas (MARK_OWNER_TAG), so a re-run removes exactly them and never a
 * format of the template. New formats are inserted at their schema position, after the user's.
 *
 * Priorities: the product's marks take 1..n in the order of their planned priority, so they show
 * above any format of the template (as marks added by the add-in in Excel do). When a format of
 * the template already uses one of those numbers, the template's priorities are all moved up by
 * the same amount: their order among themselves, and so their effect, is unchanged.
 */
import { isProductMarkFormula, MARK_OWNER_TAG, type MarkPlan } from "../../core";
import { insertRootChild, WORKSHEET_CHILD_ORDER } from "./childOrder";
import { sqrefOf } from "./sqref";
import { decodeXmlText, escapeXmlAttribute, escapeXmlText } from "./xmlText";
import { childElements, findElements, prefixOf, rootElement, splice } from "./xmlElements";

/** The sheet with every product-owned `<conditionalFormatting>` removed. */
export function removeProductConditionalFormats(sheetXml: string): string {
  if (!sheetXml.includes(MARK_OWNER_TAG)) return sheetXml;
  const root = rootElement(sheetXml);
  const prefix = prefixOf(root.qname);
  const blocks = childElements(sheetXml, root).filter((child) => child.qname === `${prefix}conditionalFormatting`);
  let xml = sheetXml;
  for (const block of blocks.reverse()) {
    const formulas = findElements(sheetXml, `${prefix}formula`, block.contentStart, block.contentEnd);
    const owned = formulas.some((f) => isProductMarkFormula(decodeXmlText(sheetXml.slice(f.contentStart, f.contentEnd))));
    if (owned) xml = splice(xml, block.start, block.end, "");
  }
  return xml;
}

const CF_RULE_PRIORITY = /(<(?:[A-Za-z0-9_]+:)?cfRule\b[^>]*?\spriority=")([0-9]+)(")/g;

/** Moves every existing rule's priority up so that none is <= `reserved`. */
function makeRoomForPriorities(sheetXml: string, reserved: number): string {
  const sheetDataEnd = sheetXml.lastIndexOf("sheetData>");
  const tailStart = sheetDataEnd === -1 ? 0 : sheetDataEnd;
  const tail = sheetXml.slice(tailStart);
  let lowest = Infinity;
  for (const m of tail.matchAll(CF_RULE_PRIORITY)) lowest = Math.min(lowest, Number(m[2]));
  if (lowest > reserved) return sheetXml;
  const shift = reserved - lowest + 1;
  return sheetXml.slice(0, tailStart) + tail.replace(CF_RULE_PRIORITY, (_m, head: string, n: string, end: string) => `${head}${Number(n) + shift}${end}`);
}

export function conditionalFormattingXml(prefix: string, mark: MarkPlan, dxfId: number, priority: number): string {
  const formula = mark.formula.startsWith("=") ? mark.formula.slice(1) : mark.formula;
  return (
    `<${prefix}conditionalFormatting sqref="${escapeXmlAttribute(sqrefOf(mark.cells))}">` +
    `<${prefix}cfRule type="expression" dxfId="${dxfId}" priority="${priority}">` +
    `<${prefix}formula>${escapeXmlText(formula)}</${prefix}formula>` +
    `</${prefix}cfRule></${prefix}conditionalFormatting>`
  );
}

/**
 * The sheet with the product's previous marks replaced by `marks` (all of this sheet), each with
 * the dxf id found by `dxfIdOf`.
 */
export function replaceMarks(sheetXml: string, marks: readonly MarkPlan[], dxfIdOf: (mark: MarkPlan) => number): string {
  let xml = removeProductConditionalFormats(sheetXml);
  if (marks.length === 0) return xml;
  xml = makeRoomForPriorities(xml, marks.length);
  const prefix = prefixOf(rootElement(xml).qname);
  const ordered = marks.map((mark, order) => ({ mark, order })).sort((a, b) => a.mark.priority - b.mark.priority || a.order - b.order);
  const blocks = ordered.map(({ mark }, i) => conditionalFormattingXml(prefix, mark, dxfIdOf(mark), i + 1)).join("");
  return insertRootChild(xml, WORKSHEET_CHILD_ORDER, "conditionalFormatting", blocks);
}
