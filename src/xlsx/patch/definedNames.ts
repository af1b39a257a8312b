/**
 * Defined names of workbook.xml that the patcher must keep right: names local to a sheet count
 * sheets by position (localSheetId), so removing a sheet renumbers the ones after it; the print
 * titles of the report sheet are the name _xlnm.Print_Titles local to it.
 */
import { quoteSheetName } from "../../core";
import { findRootChild, insertRootChild, WORKBOOK_CHILD_ORDER } from "./childOrder";
import { decodeXmlText, escapeXmlText } from "./xmlText";
import { findElements, getAttribute, prefixOf, rootElement, setAttribute, splice } from "./xmlElements";

function definedNameSpans(workbookXml: string) {
  const container = findRootChild(workbookXml, "definedNames");
  if (!container || container.selfClosing) return { container, names: [] };
  const qname = `${prefixOf(rootElement(workbookXml).qname)}definedName`;
  return { container, names: findElements(workbookXml, qname, container.contentStart, container.contentEnd) };
}

/** Escapes a text for use in a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * After removing the sheet at `index` named `name`: its local names go, later local names move
 * down by one, and references to it in other names become #REF! (as Excel does).
 */
export function forgetSheetInDefinedNames(workbookXml: string, index: number, name: string): string {
  const { container, names } = definedNameSpans(workbookXml);
  if (!container) return workbookXml;
  // A name that needs no quotes may also be referenced bare (Sheet2!A1).
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? `|(?<![\\p{L}\\p{N}_.'\\]])${literal(name)}` : "";
  const reference = new RegExp(`(?:${literal(quoteSheetName(name))}${bare})!`, "giu");
  let xml = workbookXml;
  let remaining = names.length;
  for (const span of [...names].reverse()) {
    const local = getAttribute(span.startTag, "localSheetId");
    if (local !== undefined && Number(local) === index) {
      xml = splice(xml, span.start, span.end, "");
      remaining--;
      continue;
    }
    let startTag = span.startTag;
    if (local !== undefined && Number(local) > index) startTag = setAttribute(startTag, "localSheetId", String(Number(local) - 1));
    const formula = decodeXmlText(xml.slice(span.contentStart, span.contentEnd));
    const rewritten = formula.replace(reference, "#REF!");
    if (startTag !== span.startTag || rewritten !== formula) {
      const body = span.selfClosing ? "" : escapeXmlText(rewritten);
      const open = span.selfClosing ? `${startTag.slice(0, -2).trimEnd()}>` : startTag;
      xml = splice(xml, span.start, span.end, `${open}${body}</${span.qname}>`);
    }
  }
  if (remaining === 0) {
    const emptied = findRootChild(xml, "definedNames");
    if (emptied) xml = splice(xml, emptied.start, emptied.end, "");
  }
  return xml;
}

/** Sets the print titles of the sheet at `index` (named `name`) to `rows` ("$1:$6"). */
export function setPrintTitles(workbookXml: string, index: number, name: string, rows: string): string {
  const prefix = prefixOf(rootElement(workbookXml).qname);
  const element = `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXmlText(`${quoteSheetName(name)}!${rows}`)}</${prefix}definedName>`;
  let xml = workbookXml;
  const { names } = definedNameSpans(xml);
  const existing = names.find((span) => getAttribute(span.startTag, "name") === "_xlnm.Print_Titles" && getAttribute(span.startTag, "localSheetId") === String(index));
  if (existing) return splice(xml, existing.start, existing.end, element);
  const container = findRootChild(xml, "definedNames");
  if (!container) return insertRootChild(xml, WORKBOOK_CHILD_ORDER, "definedNames", `<${prefix}definedNames>${element}</${prefix}definedNames>`);
  if (container.selfClosing) {
    xml = splice(xml, container.start, container.end, `${container.startTag.slice(0, -2).trimEnd()}>${element}</${container.qname}>`);
    return xml;
  }
  return splice(xml, container.contentEnd, container.contentEnd, element);
}
