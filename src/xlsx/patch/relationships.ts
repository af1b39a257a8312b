/** Reading and editing a relationships part (`*.rels`) as text. */
import { escapeXmlAttribute } from "./xmlText";
import { findElements, getAttribute, rootElement, splice } from "./xmlElements";

export const RELATIONSHIP_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  customProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
} as const;

export const EMPTY_RELATIONSHIPS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Where the element lies in the rels text. */
  start: number;
  end: number;
}

export function parseRelationships(xml: string): Relationship[] {
  const root = rootElement(xml);
  const qname = `${root.qname.slice(0, root.qname.length - "Relationships".length)}Relationship`;
  return findElements(xml, qname, root.contentStart, root.contentEnd).map((span) => ({
    id: getAttribute(span.startTag, "Id") ?? "",
    type: getAttribute(span.startTag, "Type") ?? "",
    target: getAttribute(span.startTag, "Target") ?? "",
    external: getAttribute(span.startTag, "TargetMode") === "External",
    start: span.start,
    end: span.end,
  }));
}

/** An Id not used yet: rId1, rId2, … */
export function nextRelationshipId(relationships: readonly Relationship[]): string {
  const used = new Set(relationships.map((rel) => rel.id));
  let n = relationships.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addRelationship(xml: string, id: string, type: string, target: string): string {
  const root = rootElement(xml);
  const prefix = root.qname.slice(0, root.qname.length - "Relationships".length);
  const element = `<${prefix}Relationship Id="${escapeXmlAttribute(id)}" Type="${escapeXmlAttribute(type)}" Target="${escapeXmlAttribute(target)}"/>`;
  if (root.selfClosing) return splice(xml, root.start, root.end, `${root.startTag.slice(0, -2)}>${element}</${root.qname}>`);
  return splice(xml, root.contentEnd, root.contentEnd, element);
}

export function removeRelationship(xml: string, id: string): string {
  const rel = parseRelationships(xml).find((r) => r.id === id);
  return rel ? splice(xml, rel.start, rel.end, "") : xml;
}
