/**
 * Address parsing for the fake, written independently of src/excel so that a bug in the edge's
 * own address code cannot hide behind the same bug in the fake. Areas are 0-based, inclusive.
 */
import { adr, columnIndex, rangeA1, MAX_COLS, MAX_ROWS } from "../../../src/core";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Splits "'A, b'!A1:B2, C3" at commas outside quotes; strips a sheet qualifier from each part. */
export function splitAreaList(address: string): { sheet: string | null; area: string }[] {
  const parts: string[] = [];
  let current = "";
  let inQuote = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (inQuote && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      inQuote = !inQuote;
      current += ch;
    } else if (ch === "," && !inQuote) {
      parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts.map(splitSheetQualifier);
}

function splitSheetQualifier(part: string): { sheet: string | null; area: string } {
  const bang = part.lastIndexOf("!");
  if (bang < 0) return { sheet: null, area: part };
  let sheet = part.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, area: part.slice(bang + 1) };
}

/** "A1", "A1:C3", "$A$1:$C$3", "3:5" (whole rows), "D:F" (whole columns) to an Area. */
export function parseArea(text: string): Area {
  const clean = text.replace(/\$/g, "").trim();
  const [first, second = first] = clean.split(":");
  if (/^[0-9]+$/.test(first) && /^[0-9]+$/.test(second)) {
    return { top: Number(first) - 1, bottom: Number(second) - 1, left: 0, right: MAX_COLS - 1 };
  }
  if (/^[A-Za-z]+$/.test(first) && /^[A-Za-z]+$/.test(second)) {
    return { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(first), right: columnIndex(second) };
  }
  const a = adr(first);
  const b = adr(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function areaA1(area: Area): string {
  return rangeA1(area.top, area.left, area.bottom, area.right);
}

export function areaCells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    outer.top <= inner.top &&
    inner.bottom <= outer.bottom &&
    outer.left <= inner.left &&
    inner.right <= outer.right
  );
}

/** Excel's own quoting of a sheet name in an address: quoted only when needed. */
export function qualify(sheet: string, a1: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${a1}`;
}
