/** Editing `[Content_Types].xml`: one Override per part the patcher adds or removes. */
import { escapeXmlAttribute } from "./xmlText";
import { findElements, getAttribute, rootElement, splice } from "./xmlElements";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
} as const;

function overrides(xml: string) {
  const root = rootElement(xml);
  const prefix = root.qname.slice(0, root.qname.length - "Types".length);
  return findElements(xml, `${prefix}Override`, root.contentStart, root.contentEnd);
}

/** Sets the Override for `part` (no leading "/"); an identical one is left as it is. */
export function setOverride(xml: string, part: string, contentType: string): string {
  const wanted = `/${part}`.toLowerCase();
  const same = overrides(xml).find((span) => (getAttribute(span.startTag, "PartName") ?? "").toLowerCase() === wanted);
  if (same && getAttribute(same.startTag, "ContentType") === contentType) return xml;
  const cleaned = removeOverride(xml, part);
  const root = rootElement(cleaned);
  const prefix = root.qname.slice(0, root.qname.length - "Types".length);
  const element = `<${prefix}Override PartName="/${escapeXmlAttribute(part)}" ContentType="${escapeXmlAttribute(contentType)}"/>`;
  return splice(cleaned, root.contentEnd, root.contentEnd, element);
}

export function removeOverride(xml: string, part: string): string {
  const wanted = `/${part}`.toLowerCase();
  const found = overrides(xml).find((span) => (getAttribute(span.startTag, "PartName") ?? "").toLowerCase() === wanted);
  return found ? splice(xml, found.start, found.end, "") : xml;
}
