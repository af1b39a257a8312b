/**
 * Bad files of every kind the command line must refuse, made in memory for the tests: OLE
 * compound files (encrypted .xlsx, old .xls), zips that are not workbooks, zip bombs (honest and
 * lying about their sizes), truncated and tampered packages.
 */
import JSZip from "jszip";
import { deflateRawSync } from "node:zlib";

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal valid compound file ([MS-CFB] version 3): header, one FAT sector, one directory sector
 * with the root and up to three streams of the given names (no stream data).
 */
export function compoundFile(streamNames: readonly string[]): Uint8Array {
  if (streamNames.length > 3) throw new Error("at most 3 streams in one directory sector");
  const bytes = new Uint8Array(SECTOR * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((byte, i) => (bytes[i] = byte));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts in sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE_SECTOR, true);

  const fat = SECTOR; // sector 0
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREE_SECTOR, true);
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true);

  const directory = SECTOR * 2; // sector 1
  ["Root Entry", ...streamNames].forEach((name, i) => {
    const at = directory + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    view.setUint8(at + 0x42, i === 0 ? 5 : 2);
    view.setUint32(at + 0x44, FREE_SECTOR, true);
    view.setUint32(at + 0x48, FREE_SECTOR, true);
    view.setUint32(at + 0x4c, i === 0 && streamNames.length > 0 ? 1 : FREE_SECTOR, true);
    view.setUint32(at + 0x74, END_OF_CHAIN, true);
  });
  return bytes;
}

export async function zipOf(
  files: Record<string, string | Uint8Array>,
  store = false,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: store ? "STORE" : "DEFLATE" });
}

/** A zip written by hand: each entry's data is given already deflated, with the sizes to declare. */
export function handMadeZip(
  entries: readonly { name: string; deflated: Uint8Array; declaredSize: number; flags?: number }[],
): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length + entry.deflated.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, entry.deflated.length, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(entry.deflated, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, entry.deflated.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/**
 * A workbook-shaped zip bomb: xl/workbook.xml plus parts of `partMegabytes` MB of zeros each,
 * deflated once by zlib (fast) and repeated; each part declares either its true size or a lie.
 */
export function zipBomb(options: {
  parts: number;
  partMegabytes: number;
  declare: "truth" | "lie";
}): Uint8Array {
  const size = options.partMegabytes * 1024 * 1024;
  const deflated = new Uint8Array(deflateRawSync(new Uint8Array(size), { level: 9 }));
  const workbook = new TextEncoder().encode("<workbook/>");
  return handMadeZip([
    {
      name: "xl/workbook.xml",
      deflated: new Uint8Array(deflateRawSync(workbook)),
      declaredSize: workbook.length,
    },
    ...Array.from({ length: options.parts }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      deflated,
      declaredSize: options.declare === "truth" ? size : 100,
    })),
  ]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

/** Sets general-purpose flag bit 0 (encrypted) on every central directory entry. */
export function markEntriesEncrypted(zip: Uint8Array): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50)
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
  }
  return copy;
}
