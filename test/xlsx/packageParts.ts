/**
 * Reading a package back in tests, independently of the patcher's own scanner: parts as bytes and
 * text, the raw <c> element of every cell of a sheet, the names of a worksheet's children.
 */
import JSZip from "jszip";

export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async("uint8array"));
  }
  return parts;
}

export function textOf(parts: Map<string, Uint8Array>, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(bytes);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every cell element of a sheet by its r attribute, as raw XML. */
export function rawCells(sheetXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  const pattern = /<(?:\w+:)?c\s[^>]*?r="([A-Z]+[0-9]+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
  for (const m of sheetXml.matchAll(pattern)) cells.set(m[1], m[0]);
  return cells;
}

/** Local names of the worksheet's direct children, in order (a regex walk: the test's own view). */
export function worksheetChildNames(sheetXml: string): string[] {
  const open = /<(\w+:)?worksheet[\s>]/.exec(sheetXml)!;
  const body = sheetXml.slice(sheetXml.indexOf(">", open.index) + 1, sheetXml.lastIndexOf(`</${open[1] ?? ""}worksheet>`));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    const [, closing, qname, selfClosing] = m;
    if (closing) depth--;
    else {
      if (depth === 0) names.push(qname.replace(/^\w+:/, ""));
      if (!selfClosing) depth++;
    }
  }
  return names;
}

/** The worksheet part of a sheet by name, read from workbook.xml and its rels. */
export function sheetPartOf(parts: Map<string, Uint8Array>, sheetName: string): string {
  const workbook = textOf(parts, "xl/workbook.xml");
  const rels = textOf(parts, "xl/_rels/workbook.xml.rels");
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const sheet = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const id = /r:id="([^"]+)"/.exec(sheet[0])![1];
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(rels)![0];
  const target = /Target="([^"]+)"/.exec(rel)![1];
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export function sheetNamesOf(parts: Map<string, Uint8Array>): string[] {
  const workbook = textOf(parts, "xl/workbook.xml");
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
    m[1].replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );
}
