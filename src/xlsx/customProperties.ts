/**
 * Custom document properties (docProps/custom.xml): where the stamp lives in an xlsx file, the
 * same place Office.js `workbook.properties.custom` reads and writes. The command line reads them
 * to check a stamp; the patcher rewrites only the stamp's own properties and keeps the user's.
 *
 * Browser-safe: text in, text out.
 */
import { escapeXmlAttribute, escapeXmlText, stripXmlInvalidCharacters, decodeXmlText } from "./patch/xmlText";
import { childElements, findElements, getAttribute, localNameOf, namespacePrefix, rootElement, setAttribute, splice } from "./patch/xmlElements";

const CUSTOM_PROPERTIES_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VARIANT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id Office gives every user-defined custom property. */
const USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

interface PropertyElement {
  name: string;
  pid: number;
  value: string;
  start: number;
  end: number;
}

function propertyElements(xml: string): PropertyElement[] {
  const root = rootElement(xml);
  if (root.selfClosing) return [];
  const propertyQName = `${root.qname.slice(0, root.qname.length - localNameOf(root.qname).length)}property`;
  return findElements(xml, propertyQName, root.contentStart, root.contentEnd).map((span) => {
    const valueElement = span.selfClosing ? undefined : childElements(xml, span)[0];
    let value = "";
    if (valueElement && !valueElement.selfClosing) {
      value = decodeXmlText(xml.slice(valueElement.contentStart, valueElement.contentEnd).replace(/<[^>]*>/g, ""));
      if (localNameOf(valueElement.qname) === "bool") value = value === "1" || value.toLowerCase() === "true" ? "true" : "false";
    }
    return {
      name: getAttribute(span.startTag, "name") ?? "",
      pid: Number(getAttribute(span.startTag, "pid") ?? NaN),
      value,
      start: span.start,
      end: span.end,
    };
  });
}

/**
 * Every custom property, values as text (lpwstr, lpstr, i4, r8, filetime as written; bool as
 * "true"/"false"). When a name occurs twice the first one counts, as in Office.
 */
export function parseCustomProperties(xml: string): Record<string, string> {
  const props: Record<string, string> = {};
  const seen = new Set<string>();
  for (const property of propertyElements(xml)) {
    const folded = property.name.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    props[property.name] = property.value;
  }
  return props;
}

function emptyCustomPropertiesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Properties xmlns="${CUSTOM_PROPERTIES_NAMESPACE}" xmlns:vt="${VARIANT_TYPES_NAMESPACE}"></Properties>`
  );
}

/**
 * docProps/custom.xml holding `props` (as text properties) and every existing property except
 * those whose name starts with `replacePrefix` or equals a name in `props` (names compare without
 * regard to case, as in Office). Kept properties keep their exact XML and pid; new ones take the
 * free pids from 2 upwards. `existingXml` null creates the part.
 */
export function serializeCustomProperties(props: Record<string, string>, existingXml: string | null, replacePrefix: string): string {
  let xml = existingXml ?? emptyCustomPropertiesXml();
  const prefix = replacePrefix.toLowerCase();
  const newNames = new Set(Object.keys(props).map((name) => name.toLowerCase()));
  const existing = propertyElements(xml);
  const replaced = existing.filter((p) => p.name.toLowerCase().startsWith(prefix) || newNames.has(p.name.toLowerCase()));
  for (const property of [...replaced].reverse()) xml = splice(xml, property.start, property.end, "");

  let root = rootElement(xml);
  let variantPrefix = namespacePrefix(root.startTag, VARIANT_TYPES_NAMESPACE);
  if (variantPrefix === null || variantPrefix === "") {
    variantPrefix = "vt:";
    const declared = setAttribute(root.startTag, "xmlns:vt", VARIANT_TYPES_NAMESPACE);
    xml = splice(xml, root.start, root.start + root.startTag.length, declared);
    root = rootElement(xml);
  }
  const ownPrefix = root.qname.slice(0, root.qname.length - localNameOf(root.qname).length);
  const usedPids = new Set(existing.filter((p) => !replaced.includes(p)).map((p) => p.pid));
  let pid = 2;
  const added: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    while (usedPids.has(pid)) pid++;
    usedPids.add(pid);
    added.push(
      `<${ownPrefix}property fmtid="${USER_DEFINED_FMTID}" pid="${pid}" name="${escapeXmlAttribute(stripXmlInvalidCharacters(name))}">` +
        `<${variantPrefix}lpwstr>${escapeXmlText(stripXmlInvalidCharacters(value))}</${variantPrefix}lpwstr></${ownPrefix}property>`,
    );
  }
  if (root.selfClosing) {
    return splice(xml, root.start, root.end, `${root.startTag.slice(0, -2).trimEnd()}>${added.join("")}</${root.qname}>`);
  }
  return splice(xml, root.contentEnd, root.contentEnd, added.join(""));
}
