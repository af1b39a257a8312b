/**
 * How many columns a text takes in a terminal. Vietnamese letters may be one code point ("ệ") or
 * several (NFD "e" + two combining marks, as macOS saves them); both take one column. Counting
 * grapheme clusters, not UTF-16 units, keeps the tables aligned.
 */
const segmenter = new Intl.Segmenter("vi", { granularity: "grapheme" });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const _ of segmenter.segment(text)) width++;
  return width;
}

/** Cuts a text to at most `width` columns, ending with "…" when it was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let result = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (used === width - 1) break;
    result += segment;
    used++;
  }
  return `${result}…`;
}

export function padToWidth(text: string, width: number, align: "left" | "right" = "left"): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + padding : padding + text;
}
