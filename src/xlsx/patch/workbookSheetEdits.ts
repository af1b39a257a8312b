/**
 * Adding and removing a worksheet in the package: its part, its relationship from the workbook,
 * its content type, its `<sheet>` entry, and what counts sheets by position (local defined names,
 * the active tab).
 */
import { forgetSheetInBookViews, isActiveTab } from "./bookViews";
import { findRootChild } from "./childOrder";
import { CONTENT_TYPES, CONTENT_TYPES_PART, setOverride } from "./contentTypes";
import { forgetSheetInDefinedNames } from "./definedNames";
import { badPlanError, XlsxPatchError } from "./patchError";
import { relativeTarget } from "./partPaths";
import { removePartTree } from "./partTree";
import { addRelationship, nextRelationshipId, RELATIONSHIP_TYPES, removeRelationship } from "./relationships";
import { escapeXmlAttribute } from "./xmlText";
import { prefixOf, rootElement, splice } from "./xmlElements";
import { findSheet, type WorkbookParts, type WorkbookSheet } from "./workbookSheets";
import type { XlsxPackage } from "./xlsxPackage";

/** Removes a sheet; tells whether it was the active tab (so its replacement can take its place). */
export async function removeSheet(pkg: XlsxPackage, parts: WorkbookParts, sheet: WorkbookSheet): Promise<{ wasActive: boolean }> {
  let workbookXml = await pkg.readText(parts.workbookPart);
  const wasActive = isActiveTab(workbookXml, sheet.index);
  workbookXml = splice(workbookXml, sheet.start, sheet.end, "");
  workbookXml = forgetSheetInDefinedNames(workbookXml, sheet.index, sheet.name);
  workbookXml = forgetSheetInBookViews(workbookXml, sheet.index, parts.sheets.length);
  pkg.writeText(parts.workbookPart, workbookXml);
  pkg.writeText(parts.workbookRelsPart, removeRelationship(await pkg.readText(parts.workbookRelsPart), sheet.relationshipId));
  if (sheet.part) await removePartTree(pkg, sheet.part);
  return { wasActive };
}

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw badPlanError(`invalid sheet name: ${name}`);
  }
}

export function sheetNameTakenError(name: string): XlsxPatchError {
  return new XlsxPatchError("SHEET_NAME_TAKEN", {
    vi: `Tệp đã có một trang tính tên "${name}" không do chương trình tạo ra; chương trình không ghi đè lên nó. Hãy đổi tên trang tính đó rồi thử lại.`,
    en: `The file already has a sheet named "${name}" that the product did not create; it is not overwritten. Rename that sheet and retry.`,
  });
}

/** Adds a worksheet after the last sheet; returns its 0-based position. */
export async function addWorksheet(pkg: XlsxPackage, parts: WorkbookParts, name: string, sheetXml: string): Promise<number> {
  checkSheetName(name);
  if (findSheet(parts, name)) throw sheetNameTakenError(name);
  const folder = parts.workbookPart.slice(0, parts.workbookPart.lastIndexOf("/") + 1);
  let n = parts.sheets.length + 1;
  while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  pkg.writeText(part, sheetXml);
  pkg.writeText(CONTENT_TYPES_PART, setOverride(await pkg.readText(CONTENT_TYPES_PART), part, CONTENT_TYPES.worksheet));

  const relationshipId = nextRelationshipId(parts.relationships);
  const relsXml = await pkg.readText(parts.workbookRelsPart);
  pkg.writeText(parts.workbookRelsPart, addRelationship(relsXml, relationshipId, RELATIONSHIP_TYPES.worksheet, relativeTarget(parts.workbookPart, part)));

  const workbookXml = await pkg.readText(parts.workbookPart);
  const sheets = findRootChild(workbookXml, "sheets");
  if (!sheets) throw badPlanError("workbook without <sheets>");
  const sheetId = Math.max(0, ...parts.sheets.map((sheet) => sheet.sheetId)) + 1;
  const prefix = prefixOf(rootElement(workbookXml).qname);
  const element = `<${prefix}sheet name="${escapeXmlAttribute(name)}" sheetId="${sheetId}" ${parts.relationshipPrefix}id="${relationshipId}"/>`;
  const updated = sheets.selfClosing
    ? splice(workbookXml, sheets.start, sheets.end, `${sheets.startTag.slice(0, -2).trimEnd()}>${element}</${sheets.qname}>`)
    : splice(workbookXml, sheets.contentEnd, sheets.contentEnd, element);
  pkg.writeText(parts.workbookPart, updated);
  return parts.sheets.length;
}
