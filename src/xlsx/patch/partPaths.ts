/**
 * OPC part names and relationship targets. Part names are kept as the zip stores them
 * ("xl/workbook.xml", no leading "/"); relationship targets are relative to their source part's
 * folder unless they start with "/".
 */

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : folderOf(sourcePart) + target;
  const resolved: string[] = [];
  for (const segment of decodeURIComponentSafe(raw).split("/")) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/");
}

/** A target for `targetPart`, relative to the folder of `sourcePart` when it lies below it. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const folder = folderOf(sourcePart);
  return folder && targetPart.startsWith(folder) ? targetPart.slice(folder.length) : `/${targetPart}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
