/**
 * A small, allocation-light XML scanner for the parts of an xlsx package. The patcher edits parts
 * as text, in place, so that everything it does not own keeps its exact bytes; it never builds a
 * DOM (a 200,000-row sheet would not fit one comfortably, and a DOM would reformat the part).
 *
 * Parts written by spreadsheet applications carry no DTD, and the elements the patcher looks for
 * never appear inside comments or CDATA; text content cannot hold a raw "<", so a start tag found
 * by "<name" is always a real element.
 */
import { decodeXmlText, escapeXmlAttribute } from "./xmlText";

export interface ElementSpan {
  /** Qualified name as written ("c", "x:c", "mc:AlternateContent"). */
  qname: string;
  /** Index of the "<" of the start tag. */
  start: number;
  /** Index just after the ">" of the start tag. */
  contentStart: number;
  /** Index of the "<" of the end tag; equals `contentStart` for a self-closing element. */
  contentEnd: number;
  /** Index just after the whole element. */
  end: number;
  selfClosing: boolean;
  /** The start tag's text, e.g. `<c r="A1" s="2">`. */
  startTag: string;
}

function isNameEnd(code: number): boolean {
  // space, tab, LF, CR, ">", "/"
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 62 || code === 47;
}

/** Index of the ">" that closes the tag opened at `lt`, skipping quoted attribute values. */
export function findTagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return i;
    }
  }
  throw new Error(`unterminated tag at ${lt}`);
}

/** The qualified name of the element whose "<" is at `lt`. */
export function qnameAt(xml: string, lt: number): string {
  let i = lt + 1;
  while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
  return xml.slice(lt + 1, i);
}

/**
 * `xml.indexOf(needle, from)` that never looks at or past `to`: indexOf alone would scan to the
 * end of a large part whenever the needle is absent from the region (a cell without `<f>`).
 * The slice is a view in V8, not a copy.
 */
export function indexWithin(xml: string, needle: string, from: number, to: number): number {
  if (to >= xml.length) return xml.indexOf(needle, from);
  if (to - from < needle.length) return -1;
  const at = xml.slice(from, to).indexOf(needle);
  return at === -1 ? -1 : from + at;
}

/** Finds the end of the element named `qname` whose start tag ends at `contentStart`, counting nesting. */
function findClose(xml: string, qname: string, contentStart: number, limit: number): { contentEnd: number; end: number } {
  const open = `<${qname}`;
  const close = `</${qname}`;
  let depth = 1;
  let from = contentStart;
  for (;;) {
    let closeAt = xml.indexOf(close, from);
    while (closeAt !== -1 && !isNameEnd(xml.charCodeAt(closeAt + close.length))) closeAt = xml.indexOf(close, closeAt + 1);
    if (closeAt === -1 || closeAt >= limit) throw new Error(`element <${qname}> is not closed`);
    let openAt = indexWithin(xml, open, from, closeAt);
    while (openAt !== -1) {
      if (isNameEnd(xml.charCodeAt(openAt + open.length))) {
        const tagEnd = findTagEnd(xml, openAt);
        if (xml.charCodeAt(tagEnd - 1) !== 47) depth++;
        openAt = indexWithin(xml, open, tagEnd, closeAt);
      } else {
        openAt = indexWithin(xml, open, openAt + 1, closeAt);
      }
    }
    depth--;
    const end = xml.indexOf(">", closeAt) + 1;
    if (depth === 0) return { contentEnd: closeAt, end };
    from = end;
  }
}

/** The span of the element whose start tag begins at `lt`. */
export function elementAt(xml: string, lt: number, limit = xml.length): ElementSpan {
  const qname = qnameAt(xml, lt);
  const tagEnd = findTagEnd(xml, lt);
  const startTag = xml.slice(lt, tagEnd + 1);
  if (xml.charCodeAt(tagEnd - 1) === 47) {
    return { qname, start: lt, contentStart: tagEnd + 1, contentEnd: tagEnd + 1, end: tagEnd + 1, selfClosing: true, startTag };
  }
  const { contentEnd, end } = findClose(xml, qname, tagEnd + 1, limit);
  return { qname, start: lt, contentStart: tagEnd + 1, contentEnd, end, selfClosing: false, startTag };
}

/** The first element named `qname` starting in [from, to). */
export function findElement(xml: string, qname: string, from = 0, to = xml.length): ElementSpan | null {
  const open = `<${qname}`;
  let at = indexWithin(xml, open, from, to);
  while (at !== -1) {
    if (isNameEnd(xml.charCodeAt(at + open.length))) return elementAt(xml, at, to);
    at = indexWithin(xml, open, at + 1, to);
  }
  return null;
}

/** Every element named `qname` in [from, to), not descending into the ones found. */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): ElementSpan[] {
  const found: ElementSpan[] = [];
  let at = from;
  for (;;) {
    const span = findElement(xml, qname, at, to);
    if (!span) return found;
    found.push(span);
    at = span.end;
  }
}

/** The document element (the first element after the XML declaration and any comments). */
export function rootElement(xml: string): ElementSpan {
  let at = xml.indexOf("<");
  while (at !== -1 && (xml[at + 1] === "?" || xml[at + 1] === "!")) at = xml.indexOf("<", at + 1);
  if (at === -1) throw new Error("no root element");
  const qname = qnameAt(xml, at);
  const tagEnd = findTagEnd(xml, at);
  const startTag = xml.slice(at, tagEnd + 1);
  if (xml.charCodeAt(tagEnd - 1) === 47) {
    return { qname, start: at, contentStart: tagEnd + 1, contentEnd: tagEnd + 1, end: tagEnd + 1, selfClosing: true, startTag };
  }
  // The root closes at the last end tag of its name: no need to scan a large body.
  const contentEnd = xml.lastIndexOf(`</${qname}`);
  if (contentEnd < tagEnd) throw new Error(`root <${qname}> is not closed`);
  return { qname, start: at, contentStart: tagEnd + 1, contentEnd, end: xml.indexOf(">", contentEnd) + 1, selfClosing: false, startTag };
}

/** Direct child elements of `parent`, in document order. */
export function childElements(xml: string, parent: ElementSpan): ElementSpan[] {
  const children: ElementSpan[] = [];
  let at = xml.indexOf("<", parent.contentStart);
  while (at !== -1 && at < parent.contentEnd) {
    const next = xml[at + 1];
    if (next === "!" || next === "?") {
      const terminator = xml.startsWith("<!--", at) ? "-->" : xml.startsWith("<![CDATA[", at) ? "]]>" : next === "?" ? "?>" : ">";
      at = xml.indexOf("<", xml.indexOf(terminator, at) + terminator.length);
      continue;
    }
    const child = elementAt(xml, at, parent.contentEnd);
    children.push(child);
    at = xml.indexOf("<", child.end);
  }
  return children;
}

/** "x:" for "x:worksheet", "" for "worksheet". */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon === -1 ? "" : qname.slice(0, colon + 1);
}

export function localNameOf(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const attributePatterns = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(\\s)${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

/** The decoded value of attribute `name` of a start tag, or undefined. */
export function getAttribute(startTag: string, name: string): string | undefined {
  const m = attributePattern(name).exec(startTag);
  return m ? decodeXmlText(m[2].slice(1, -1)) : undefined;
}

/** Every attribute of a start tag, as written (name → decoded value). */
export function getAttributes(startTag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /\s([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;
  for (let m = pattern.exec(startTag); m; m = pattern.exec(startTag)) {
    attributes.set(m[1], decodeXmlText(m[2].slice(1, -1)));
  }
  return attributes;
}

/** The start tag with attribute `name` set to `value` (replaced in place, or appended). */
export function setAttribute(startTag: string, name: string, value: string): string {
  const escaped = escapeXmlAttribute(value);
  const pattern = attributePattern(name);
  if (pattern.test(startTag)) return startTag.replace(pattern, (_whole, space: string) => `${space}${name}="${escaped}"`);
  const closeAt = startTag.endsWith("/>") ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, closeAt)} ${name}="${escaped}"${startTag.slice(closeAt)}`;
}

export function removeAttribute(startTag: string, name: string): string {
  return startTag.replace(attributePattern(name), "");
}

/** The prefix ("r:", "" for a default namespace) bound to `uri` on a start tag, or null. */
export function namespacePrefix(startTag: string, uri: string): string | null {
  const pattern = /\sxmlns(?::([^\s=]+))?\s*=\s*("[^"]*"|'[^']*')/g;
  for (let m = pattern.exec(startTag); m; m = pattern.exec(startTag)) {
    if (m[2].slice(1, -1) === uri) return m[1] ? `${m[1]}:` : "";
  }
  return null;
}

/** Replaces [from, to) of `xml` with `replacement`. */
export function splice(xml: string, from: number, to: number, replacement: string): string {
  return xml.slice(0, from) + replacement + xml.slice(to);
}
