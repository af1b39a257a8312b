/**
 * Finding the product's own marks in any workbook. A ConditionalFormat has no name or tag, so
 * the product recognises its formats by their formula (`isProductMarkFormula`: every mark formula
 * carries the owner tag). Two syncs, whatever the size of the sheets: the formats' types (and each
 * sheet's protection), then the formulas of the custom ones. A user's own formats are never touched.
 */
/* global Excel */
import { isProductMarkFormula } from "../core";

export interface ProductMark {
  sheet: string;
  format: Excel.ConditionalFormat;
}

export interface SheetInventory {
  sheet: string;
  protection: Excel.WorksheetProtection;
  formats: Excel.ConditionalFormatCollection;
}

/** Queues, for every sheet, its protection state and the types of all its conditional formats. */
export function queueSheetInventory(
  context: Excel.RequestContext,
  sheets: readonly string[],
): SheetInventory[] {
  return sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    return {
      sheet: name,
      protection: sheet.protection.load("protected"),
      // The whole sheet's range: its collection holds every conditional format of the sheet.
      formats: sheet.getRange().conditionalFormats.load("items/type"),
    };
  });
}

/** After the inventory's sync: loads the custom formats' formulas (one sync) and keeps the product's. */
export async function collectProductMarks(
  context: Excel.RequestContext,
  inventory: readonly SheetInventory[],
): Promise<ProductMark[]> {
  const custom = inventory.flatMap(({ sheet, formats }) =>
    formats.items
      .filter((format) => format.type === "Custom")
      .map((format) => ({ sheet, format, rule: format.custom.rule.load("formula") })),
  );
  if (custom.length === 0) return [];
  await context.sync();
  return custom
    .filter(({ rule }) => isProductMarkFormula(rule.formula))
    .map(({ sheet, format }) => ({ sheet, format }));
}

export function protectedSheets(inventory: readonly SheetInventory[]): Set<string> {
  return new Set(inventory.filter((i) => i.protection.protected).map((i) => i.sheet));
}
