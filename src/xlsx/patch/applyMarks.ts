/**
 * Replaces the product's marks in every worksheet: old product formats go from every sheet (also
 * from a sheet that gets no new marks), the plan's marks are added to theirs. A mark for a sheet
 * the workbook does not have (a finding about a missing "Thông tin" sheet) has no cell to colour
 * and is left out. Sheets with nothing to remove or add are not rewritten.
 */
import { MARK_OWNER_TAG, type MarkPlan } from "../../core";
import { replaceMarks } from "./conditionalFormats";
import type { StyleSheetEditor } from "./styleSheet";
import { findSheet, type WorkbookParts } from "./workbookSheets";
import type { XlsxPackage } from "./xlsxPackage";

export async function applyMarks(pkg: XlsxPackage, parts: WorkbookParts, marks: readonly MarkPlan[], styles: StyleSheetEditor): Promise<void> {
  const marksByPart = new Map<string, MarkPlan[]>();
  for (const mark of marks) {
    const sheet = findSheet(parts, mark.sheet);
    if (!sheet || !sheet.part || !sheet.isWorksheet) continue;
    if (!marksByPart.has(sheet.part)) marksByPart.set(sheet.part, []);
    marksByPart.get(sheet.part)!.push(mark);
  }
  const dxfIds = new Map<string, number>();
  const dxfIdOf = (mark: MarkPlan) => {
    const key = `${mark.style.fill}|${mark.style.font}`.toUpperCase();
    let id = dxfIds.get(key);
    if (id === undefined) {
      id = styles.ensureDxf(mark.style);
      dxfIds.set(key, id);
    }
    return id;
  };
  for (const sheet of parts.sheets) {
    if (!sheet.part || !sheet.isWorksheet) continue;
    const marksHere = marksByPart.get(sheet.part) ?? [];
    if (marksHere.length === 0 && !(await pkg.containsAscii(sheet.part, MARK_OWNER_TAG))) continue;
    const xml = await pkg.readTextOrNull(sheet.part);
    if (xml !== null) pkg.writeText(sheet.part, replaceMarks(xml, marksHere, dxfIdOf));
  }
}
