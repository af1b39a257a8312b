/**
 * Writes the stamp into docProps/custom.xml, creating the part, its package relationship and its
 * content type when the workbook has no custom properties yet. The user's own properties stay.
 */
import { serializeCustomProperties } from "../customProperties";
import { CONTENT_TYPES, CONTENT_TYPES_PART, setOverride } from "./contentTypes";
import { resolveTarget } from "./partPaths";
import { addRelationship, nextRelationshipId, parseRelationships, RELATIONSHIP_TYPES } from "./relationships";
import { XlsxPackage } from "./xlsxPackage";

const PACKAGE_RELS = "_rels/.rels";
const DEFAULT_CUSTOM_PART = "docProps/custom.xml";

/**
 * Replaces every custom property whose name starts with `prefix` (and any of the same name as a
 * stamp property) by `properties`.
 */
export async function writeStampProperties(pkg: XlsxPackage, properties: Record<string, string>, prefix: string): Promise<void> {
  const packageRels = await pkg.readText(PACKAGE_RELS);
  const rel = parseRelationships(packageRels).find((r) => r.type.endsWith("/custom-properties") && !r.external);
  const part = rel ? resolveTarget("", rel.target) : DEFAULT_CUSTOM_PART;
  const existing = await pkg.readTextOrNull(part);
  pkg.writeText(part, serializeCustomProperties(properties, existing, prefix));
  if (!rel) {
    const id = nextRelationshipId(parseRelationships(packageRels));
    pkg.writeText(PACKAGE_RELS, addRelationship(packageRels, id, RELATIONSHIP_TYPES.customProperties, part));
  }
  pkg.writeText(CONTENT_TYPES_PART, setOverride(await pkg.readText(CONTENT_TYPES_PART), part, CONTENT_TYPES.customProperties));
}

/**
 * A copy of an xlsx package with `properties` written as custom document properties (replacing
 * those whose name starts with `prefix`); every other part stays as it is.
 */
export async function withCustomProperties(
  input: Uint8Array,
  properties: Record<string, string>,
  prefix: string,
): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(input);
  await writeStampProperties(pkg, properties, prefix);
  return pkg.toBytes();
}
