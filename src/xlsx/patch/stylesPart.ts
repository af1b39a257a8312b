/** Finding xl/styles.xml through the workbook's relationships, or creating it for a package that has none. */
import { CONTENT_TYPES, CONTENT_TYPES_PART, setOverride } from "./contentTypes";
import { relativeTarget, resolveTarget } from "./partPaths";
import { addRelationship, nextRelationshipId, RELATIONSHIP_TYPES } from "./relationships";
import { defaultStyleSheetXml } from "./styleSheet";
import type { WorkbookParts } from "./workbookSheets";
import type { XlsxPackage } from "./xlsxPackage";

export async function openStylesPart(pkg: XlsxPackage, parts: WorkbookParts): Promise<{ part: string; xml: string }> {
  const rel = parts.relationships.find((r) => r.type.endsWith("/styles") && !r.external);
  if (rel) {
    const part = resolveTarget(parts.workbookPart, rel.target);
    const xml = await pkg.readTextOrNull(part);
    if (xml !== null) return { part, xml };
  }
  const folder = parts.workbookPart.slice(0, parts.workbookPart.lastIndexOf("/") + 1);
  const part = `${folder}styles.xml`;
  const xml = defaultStyleSheetXml();
  pkg.writeText(part, xml);
  pkg.writeText(CONTENT_TYPES_PART, setOverride(await pkg.readText(CONTENT_TYPES_PART), part, CONTENT_TYPES.styles));
  if (!rel) {
    const relsXml = await pkg.readText(parts.workbookRelsPart);
    pkg.writeText(parts.workbookRelsPart, addRelationship(relsXml, nextRelationshipId(parts.relationships), RELATIONSHIP_TYPES.styles, relativeTarget(parts.workbookPart, part)));
  }
  return { part, xml };
}
