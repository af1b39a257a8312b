/**
 * Where the sheets are: the workbook part (from the package relationships), its `<sheet>` entries
 * in tab order and the worksheet part each one points to. Sheet names are decoded from XML, so a
 * name with quotes, ampersands or Vietnamese letters matches exactly as the user typed it.
 */
import { missingPartError, sheetNotFoundError } from "./patchError";
import { relsPartOf, resolveTarget } from "./partPaths";
import { parseRelationships, type Relationship } from "./relationships";
import { findRootChild } from "./childOrder";
import { findElements, getAttribute, namespacePrefix, rootElement } from "./xmlElements";
import type { XlsxPackage } from "./xlsxPackage";

const RELATIONSHIP_NAMESPACES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relationshipId: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"); null when its relationship is missing. */
  part: string | null;
  /** True for a worksheet (not a chart sheet or dialog sheet). */
  isWorksheet: boolean;
  /** 0-based position in the workbook's tab order (what `localSheetId` and `activeTab` count). */
  index: number;
  /** The `<sheet>` element's span in workbook.xml. */
  start: number;
  end: number;
}

export interface WorkbookParts {
  workbookPart: string;
  workbookRelsPart: string;
  /** The prefix of the relationships namespace on the workbook root ("r:"). */
  relationshipPrefix: string;
  relationships: Relationship[];
  sheets: WorkbookSheet[];
}

/** The workbook part named by the package relationships ("xl/workbook.xml" in practice). */
export async function findWorkbookPart(pkg: XlsxPackage): Promise<string> {
  const packageRels = await pkg.readText("_rels/.rels");
  const officeDocument = parseRelationships(packageRels).find((rel) => rel.type.endsWith("/officeDocument"));
  if (!officeDocument) throw missingPartError("xl/workbook.xml");
  return resolveTarget("", officeDocument.target);
}

export async function readWorkbookParts(pkg: XlsxPackage): Promise<WorkbookParts> {
  const workbookPart = await findWorkbookPart(pkg);
  const workbookXml = await pkg.readText(workbookPart);
  const workbookRelsPart = relsPartOf(workbookPart);
  const relationships = parseRelationships(await pkg.readText(workbookRelsPart));
  const root = rootElement(workbookXml);
  const relationshipPrefix =
    RELATIONSHIP_NAMESPACES.map((uri) => namespacePrefix(root.startTag, uri)).find((p) => p !== null) ?? "r:";
  const sheetsElement = findRootChild(workbookXml, "sheets");
  const sheetQName = `${root.qname.slice(0, root.qname.indexOf(":") + 1)}sheet`;
  const sheetSpans = sheetsElement ? findElements(workbookXml, sheetQName, sheetsElement.contentStart, sheetsElement.contentEnd) : [];
  const sheets = sheetSpans.map((span, index): WorkbookSheet => {
    const relationshipId = getAttribute(span.startTag, `${relationshipPrefix}id`) ?? "";
    const rel = relationships.find((r) => r.id === relationshipId && !r.external);
    return {
      name: getAttribute(span.startTag, "name") ?? "",
      sheetId: Number(getAttribute(span.startTag, "sheetId") ?? 0),
      relationshipId,
      part: rel ? resolveTarget(workbookPart, rel.target) : null,
      isWorksheet: rel ? rel.type.endsWith("/worksheet") : false,
      index,
      start: span.start,
      end: span.end,
    };
  });
  return { workbookPart, workbookRelsPart, relationshipPrefix, relationships, sheets };
}

/** Excel compares sheet names without regard to case; the exact name wins when both exist. */
export function findSheet(parts: WorkbookParts, name: string): WorkbookSheet | null {
  const exact = parts.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  const folded = foldSheetName(name);
  return parts.sheets.find((sheet) => foldSheetName(sheet.name) === folded) ?? null;
}

export function foldSheetName(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("vi");
}

/** The worksheet part of sheet `name`, or an error a clerk can act on. */
export function requireWorksheet(parts: WorkbookParts, name: string): WorkbookSheet & { part: string } {
  const sheet = findSheet(parts, name);
  if (!sheet || !sheet.part || !sheet.isWorksheet) throw sheetNotFoundError(name);
  return sheet as WorkbookSheet & { part: string };
}
