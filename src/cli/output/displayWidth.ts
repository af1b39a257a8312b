/**
 * How many columns a text takes in a terminal. Vietnamese letters may be one code point ("ệ") or
 * several (NFD "e" + two combining marks, as macOS saves them); both take one column. Counting
 * grapheme clusters, not UTF-16 units, keeps the tables aligned.
 */
const segmenter = new Intl.Segmenter("vi", { granularity: "grapheme" });

/**
 * True when every UTF-16 unit is a one-column character on its own: printable ASCII, Latin-1,
 * Latin Extended-A/B and Latin Extended Additional (every precomposed Vietnamese letter). No
 * combining mark, surrogate or joiner, so the width is the length. Most texts of a report pass
 * this test, which is some fifty times cheaper than segmenting them.
 */
function isOneColumnPerUnit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) continue;
    if (unit >= 0xa0 && unit <= 0x2ff) continue;
    if (unit >= 0x1e00 && unit <= 0x1eff) continue;
    return false;
  }
  return true;
}

export function displayWidth(text: string): number {
  if (isOneColumnPerUnit(text)) return text.length;
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
