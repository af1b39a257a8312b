/**
 * xl/calcChain.xml lists the formula cells in the order Excel last calculated them. An entry for a
 * cell that no longer holds a formula makes Excel repair the file, so entries go with the formulas
 * the patcher overwrites (and with a removed sheet). An entry without "i" belongs to the sheet of
 * the entry before it, so a kept entry receives an explicit "i" when its predecessor is dropped.
 * An empty chain is removed with its relationship and content type (the schema needs one entry).
 */
import { CONTENT_TYPES_PART, removeOverride } from "./contentTypes";
import { resolveTarget } from "./partPaths";
import { removeRelationship } from "./relationships";
import { childElements, getAttribute, rootElement, setAttribute, splice } from "./xmlElements";
import type { WorkbookParts } from "./workbookSheets";
import type { XlsxPackage } from "./xlsxPackage";

/** Cells to drop, by sheetId: a set of A1 addresses, or "all" for a removed sheet. */
export type CalcChainDrops = Map<number, Set<string> | "all">;

/** The chain without the dropped entries, or null when nothing remains. */
export function dropCalcChainEntries(xml: string, drops: CalcChainDrops): string | null {
  const root = rootElement(xml);
  if (root.selfClosing) return null;
  const entries = childElements(xml, root);
  const kept: string[] = [];
  let sheetId = 0;
  let keptSheetId: number | null = null;
  let dropped = false;
  for (const entry of entries) {
    const ownId = getAttribute(entry.startTag, "i");
    if (ownId !== undefined) sheetId = Number(ownId);
    const drop = drops.get(sheetId);
    const address = getAttribute(entry.startTag, "r") ?? "";
    if (drop === "all" || drop?.has(address.replace(/\$/g, "").toUpperCase())) {
      dropped = true;
      continue;
    }
    let text = xml.slice(entry.start, entry.end);
    if (ownId === undefined && (keptSheetId ?? 0) !== sheetId) {
      text = setAttribute(entry.startTag, "i", String(sheetId)) + text.slice(entry.startTag.length);
    }
    kept.push(text);
    keptSheetId = sheetId;
  }
  if (!dropped) return xml;
  if (kept.length === 0) return null;
  return splice(xml, root.contentStart, root.contentEnd, kept.join(""));
}

/** Applies the drops to the workbook's calcChain part, if it has one. */
export async function updateCalcChain(pkg: XlsxPackage, parts: WorkbookParts, drops: CalcChainDrops): Promise<void> {
  if (drops.size === 0) return;
  const rel = parts.relationships.find((r) => r.type.endsWith("/calcChain") && !r.external);
  if (!rel) return;
  const part = resolveTarget(parts.workbookPart, rel.target);
  const xml = await pkg.readTextOrNull(part);
  if (xml === null) return;
  const updated = dropCalcChainEntries(xml, drops);
  if (updated !== null) {
    pkg.writeText(part, updated);
    return;
  }
  pkg.remove(part);
  pkg.writeText(parts.workbookRelsPart, removeRelationship(await pkg.readText(parts.workbookRelsPart), rel.id));
  pkg.writeText(CONTENT_TYPES_PART, removeOverride(await pkg.readText(CONTENT_TYPES_PART), part));
}
