/**
 * Removing a part with everything only it uses (its relationships part, and the parts those point
 * to that no other part points to: a sheet's printer settings, drawings, comments, …), and their
 * content-type overrides. A part still referenced elsewhere is kept.
 */
import { CONTENT_TYPES_PART, removeOverride } from "./contentTypes";
import { relsPartOf, resolveTarget } from "./partPaths";
import { parseRelationships } from "./relationships";
import type { XlsxPackage } from "./xlsxPackage";

/** The part holding a relationships part: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml". */
function sourceOfRels(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
}

async function isReferenced(pkg: XlsxPackage, part: string): Promise<boolean> {
  for (const relsPart of pkg.partNames().filter((name) => name.endsWith(".rels"))) {
    const source = sourceOfRels(relsPart);
    const rels = parseRelationships(await pkg.readText(relsPart));
    if (rels.some((rel) => !rel.external && resolveTarget(source, rel.target) === part)) return true;
  }
  return false;
}

export async function removePartTree(pkg: XlsxPackage, part: string): Promise<void> {
  const relsPart = relsPartOf(part);
  const relsXml = await pkg.readTextOrNull(relsPart);
  pkg.remove(part);
  pkg.writeText(CONTENT_TYPES_PART, removeOverride(await pkg.readText(CONTENT_TYPES_PART), part));
  if (relsXml === null) return;
  pkg.remove(relsPart);
  for (const rel of parseRelationships(relsXml)) {
    if (rel.external) continue;
    const target = resolveTarget(part, rel.target);
    if (pkg.has(target) && !(await isReferenced(pkg, target))) await removePartTree(pkg, target);
  }
}
