/**
 * Reading the addresses Office.js returns: `Range.address` ("'Chi bộ'!A1:Z300") and
 * `RangeAreas.address` ("'Chi bộ'!A1:C1, 'Chi bộ'!A2:A3"). Sheet names may contain spaces,
 * commas, "!" and quotes (doubled inside quotes), so splitting is quote-aware.
 */
import { adr, type MergeArea } from "../core";

export interface SheetArea extends MergeArea {
  sheet: string | null;
}

/** Splits a comma-separated list of areas at commas outside quoted sheet names. */
export function splitAddressList(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      if (current.trim() !== "") parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** One area, optionally sheet-qualified: "A1", "$B$2:$D$9", "'Chi bộ'!A1:Z300". */
export function parseSheetArea(text: string): SheetArea {
  let sheet: string | null = null;
  let a1 = text.trim();
  const bang = a1.lastIndexOf("!");
  if (bang >= 0) {
    const raw = a1.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    a1 = a1.slice(bang + 1);
  }
  const [first, second = first] = a1.split(":");
  const a = adr(first);
  const b = adr(second);
  return {
    sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Every area of a RangeAreas address, without sheet names. */
export function parseAreaList(address: string): MergeArea[] {
  return splitAddressList(address).map((part) => {
    const { top, left, bottom, right } = parseSheetArea(part);
    return { top, left, bottom, right };
  });
}
