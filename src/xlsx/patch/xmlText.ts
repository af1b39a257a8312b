/**
 * Escaping between JavaScript text and XML, and Excel's own escape for characters XML 1.0 cannot
 * carry (`_xHHHH_`), so any text a clerk typed round-trips exactly.
 */

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlText(xml: string): string {
  if (!xml.includes("&")) return xml;
  return xml.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/**
 * Text of a cell (`<t>` of an inline string): Excel decodes `_xHHHH_` in cell text, so a literal
 * `_x0041_` typed by a user is protected as `_x005F_x0041_`, and control characters that XML 1.0
 * forbids are written as `_xHHHH_`.
 */
export function encodeCellText(text: string): string {
  const protectedText = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXmlText(protectedText);
}

/** Removes characters XML 1.0 cannot carry at all (for attributes such as a hyperlink's display). */
export function stripXmlInvalidCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
