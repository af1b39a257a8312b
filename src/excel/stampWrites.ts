/**
 * Writing the stamp as custom document properties (`workbook.properties.custom`, ExcelApi 1.7):
 * `add` creates or overwrites each of the plan's properties; properties with the stamp's prefix
 * that the new stamp no longer has are deleted. A user's own properties are never touched.
 */
/* global Excel */
import { STAMP_PROPERTY_PREFIX } from "../core";
import { operationBytes, type WriteOperation } from "./writeBatches";

/** Existing keys carrying the stamp prefix that the new stamp does not write. */
export function staleStampKeys(
  existingKeys: readonly string[],
  stampProperties: Record<string, string>,
): string[] {
  const prefix = STAMP_PROPERTY_PREFIX.toLowerCase();
  const kept = new Set(Object.keys(stampProperties).map((k) => k.toLowerCase()));
  return existingKeys.filter(
    (key) => key.toLowerCase().startsWith(prefix) && !kept.has(key.toLowerCase()),
  );
}

export function stampOperations(
  stampProperties: Record<string, string>,
  staleKeys: readonly string[],
): WriteOperation[] {
  const entries = Object.entries(stampProperties);
  return [
    {
      part: "stamp",
      bytes: operationBytes(entries.length + staleKeys.length * 2, { entries, staleKeys }),
      queue: (context: Excel.RequestContext) => {
        const custom = context.workbook.properties.custom;
        for (const key of staleKeys) custom.getItemOrNullObject(key).delete();
        for (const [key, value] of entries) custom.add(key, value);
      },
    },
  ];
}
