/**
 * Sync 1 of every read: the sheets (name, visibility) and the custom document properties, where
 * the stamp lives. Alone in its module because the task pane reads it on opening, before (and
 * often without) loading the rest of the reader and the engine.
 */
/* global Excel */
import type { SheetVisibility } from "../core";

export interface SheetListing {
  names: string[];
  visibility: Map<string, SheetVisibility>;
  properties: Record<string, unknown>;
}

function toVisibility(value: string): SheetVisibility {
  if (value === "Hidden") return "hidden";
  if (value === "VeryHidden") return "veryHidden";
  return "visible";
}

/** Sync 1: every sheet's name and visibility, and the custom document properties. */
export async function readSheetListing(context: Excel.RequestContext): Promise<SheetListing> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  const custom = context.workbook.properties.custom.load("items/key,items/value");
  await context.sync();
  const visibility = new Map<string, SheetVisibility>();
  for (const sheet of sheets.items) visibility.set(sheet.name, toVisibility(sheet.visibility));
  const properties: Record<string, unknown> = {};
  for (const item of custom.items) properties[item.key] = item.value;
  return { names: sheets.items.map((s) => s.name), visibility, properties };
}
