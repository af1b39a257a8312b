/**
 * What must hold of every marked copy `chibo4tot score --out` writes, read back from its XML with
 * the tests' own regex view (test/xlsx/packageParts.ts), never with the patcher's scanner:
 * the report sheet holds no formula at all and every text in it is a string cell (inline or
 * shared) of at most 32,767 characters; every link in it points at an existing sheet, correctly
 * quoted, and at a cell a finding names; the input cells are those of the original.
 */
import assert from "node:assert/strict";
import { stampFromProperties, type Report } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { partsOf, rawCells, textOf } from "../xlsx/packageParts";

export const EXCEL_MAX_CELL_CHARS = 32_767;

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The text of every <t> of an element (runs of rich text joined). */
function textsOf(xml: string): string {
  return [
    ...xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g),
  ]
    .map((m) => unescapeXml(m[1] ?? ""))
    .join("");
}

export interface CellXml {
  /** The t attribute ("s", "inlineStr", "str", "n" …; "n" when absent). */
  type: string;
  hasFormula: boolean;
  /** The cell's text: its inline string, its shared string, or its <v>. */
  text: string;
}

export type Parts = Map<string, Uint8Array>;

/** Sheet names in workbook order with their parts, from workbook.xml and its rels (any attribute order, any escaping). */
export function sheetsOf(parts: Parts): { name: string; part: string }[] {
  const workbook = textOf(parts, "xl/workbook.xml");
  const rels = textOf(parts, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, unescapeXml(target));
  }
  return [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const target = targets.get(/\br:id="([^"]+)"/.exec(m[0])?.[1] ?? "") ?? "";
    return { name, part: target.startsWith("/") ? target.slice(1) : `xl/${target}` };
  });
}

export function sheetPartOf(parts: Parts, name: string): string {
  const sheet = sheetsOf(parts).find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet named ${JSON.stringify(name)}`);
  return sheet.part;
}

/** The state attribute of each sheet ("visible" when absent). */
export function sheetStates(parts: Parts): Map<string, string> {
  const workbook = textOf(parts, "xl/workbook.xml");
  return new Map(
    [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => [
      unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ""),
      /\bstate="([^"]*)"/.exec(m[0])?.[1] ?? "visible",
    ]),
  );
}

function sharedStrings(parts: Parts): string[] {
  if (!parts.has("xl/sharedStrings.xml")) return [];
  const xml = textOf(parts, "xl/sharedStrings.xml");
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)].map((m) =>
    textsOf(m[1] ?? ""),
  );
}

/** Every cell of a sheet (by name) as the XML says it. */
export function cellsOf(parts: Parts, sheetName: string): Map<string, CellXml> {
  const xml = textOf(parts, sheetPartOf(parts, sheetName));
  const shared = sharedStrings(parts);
  const cells = new Map<string, CellXml>();
  for (const [ref, raw] of rawCells(xml)) {
    const open = /^<(?:\w+:)?c\s[^>]*?>/.exec(raw)?.[0] ?? raw;
    const type = / t="([^"]+)"/.exec(open)?.[1] ?? "n";
    const hasFormula = /<(?:\w+:)?f[\s>/]/.test(raw);
    const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(raw)?.[1];
    let text = "";
    if (type === "inlineStr")
      text = textsOf(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(raw)?.[1] ?? "");
    else if (type === "s") text = shared[Number(value)] ?? "";
    else text = unescapeXml(value ?? "");
    cells.set(ref, { type, hasFormula, text });
  }
  return cells;
}

/** The hyperlinks of a sheet: cell and location (a reference inside the workbook). */
export function linksOf(parts: Parts, sheetName: string): { ref: string; location: string }[] {
  const xml = textOf(parts, sheetPartOf(parts, sheetName));
  return [...xml.matchAll(/<(?:\w+:)?hyperlink\s[^>]*>/g)].map((m) => ({
    ref: /\bref="([^"]+)"/.exec(m[0])?.[1] ?? "",
    location: unescapeXml(/\blocation="([^"]*)"/.exec(m[0])?.[1] ?? ""),
  }));
}

/** "'O''Brien'!F9" → { sheet: "O'Brien", cell: "F9" }; null when it is not a quoted reference. */
export function parseSheetReference(location: string): { sheet: string; cell: string } | null {
  const m = /^'((?:[^']|'')+)'!\$?([A-Z]{1,3})\$?([0-9]+)$/.exec(location);
  return m ? { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` } : null;
}

export interface MarkedCopy {
  parts: Parts;
  reportSheet: string;
  sheetNames: string[];
}

export async function openMarkedCopy(bytes: Uint8Array): Promise<MarkedCopy> {
  const read = await readWorkbook(bytes, { selectSheets: () => [] });
  const stamp = stampFromProperties(read.properties);
  assert.ok(stamp, "the marked copy carries the stamp");
  const parts = await partsOf(bytes);
  const sheetNames = sheetsOf(parts).map((s) => s.name);
  assert.ok(
    sheetNames.includes(stamp.reportSheet),
    `the stamp's report sheet "${stamp.reportSheet}" is in the copy`,
  );
  return { parts, reportSheet: stamp.reportSheet, sheetNames };
}

/** The report sheet: text only, no formula, each text within Excel's limit, links sound. */
export function assertSoundReportSheet(copy: MarkedCopy, report: Report): void {
  const cells = cellsOf(copy.parts, copy.reportSheet);
  assert.ok(cells.size > 0, "the report sheet has cells");
  for (const [ref, cell] of cells) {
    assert.equal(cell.hasFormula, false, `report sheet ${ref} holds no formula`);
    assert.ok(
      ["s", "inlineStr", "n"].includes(cell.type),
      `report sheet ${ref} is a string or a number (t="${cell.type}")`,
    );
    assert.ok(
      cell.text.length <= EXCEL_MAX_CELL_CHARS,
      `report sheet ${ref} holds ${cell.text.length} characters, more than Excel's ${EXCEL_MAX_CELL_CHARS}`,
    );
  }
  const findingCells = new Set(report.findings.map((f) => `${f.sheet}!${f.cell}`));
  for (const link of linksOf(copy.parts, copy.reportSheet)) {
    const target = parseSheetReference(link.location);
    assert.ok(target, `the link in ${link.ref} is a quoted reference: ${link.location}`);
    assert.ok(
      copy.sheetNames.includes(target.sheet),
      `the link in ${link.ref} names an existing sheet: ${link.location}`,
    );
    assert.ok(
      findingCells.has(`${target.sheet}!${target.cell}`),
      `the link in ${link.ref} points at a finding's cell: ${link.location}`,
    );
  }
}

/** The cells of the original's sheets are in the copy unchanged, except the output cells. */
export async function assertInputsKept(
  original: Uint8Array,
  copy: Uint8Array,
  outputCells: ReadonlySet<string>,
): Promise<void> {
  const every = (names: string[]) => names;
  const before = await readWorkbook(original, { selectSheets: every });
  const after = await readWorkbook(copy, { selectSheets: every });
  for (const sheet of before.grid.sheets) {
    const kept = after.grid.sheets.find((s) => s.name === sheet.name);
    assert.ok(kept, `sheet "${sheet.name}" is still in the copy`);
    assert.equal(
      kept.visibility ?? "visible",
      sheet.visibility ?? "visible",
      `sheet "${sheet.name}" keeps its visibility`,
    );
    sheet.values.forEach((row, r) => {
      row?.forEach((value, c) => {
        const key = `${sheet.name}!${c}:${r}`;
        if (outputCells.has(key)) return;
        assert.deepEqual(
          kept.values[r]?.[c] ?? null,
          value ?? null,
          `${sheet.name} row ${r + 1} column ${c + 1} kept`,
        );
        assert.equal(
          kept.numberFormats?.[r]?.[c] ?? null,
          sheet.numberFormats?.[r]?.[c] ?? null,
          `${sheet.name} row ${r + 1} column ${c + 1} keeps its format`,
        );
      });
    });
  }
}
