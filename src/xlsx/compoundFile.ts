/**
 * Lists the stream names of an OLE compound file (CFB, [MS-CFB]) so a refused file can be named
 * precisely: a password-protected .xlsx is a CFB holding "EncryptionInfo" and "EncryptedPackage";
 * an Excel 97–2003 .xls holds "Workbook" (or "Book" for Excel 5); a Word .doc holds "WordDocument".
 * Only the directory is read; no stream content.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** More directory sectors than this means a corrupt (cyclic) chain; real files have a handful. */
const MAX_CHAIN_SECTORS = 65_536;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** Names of the storages and streams in the file, or null when its directory cannot be read. */
export function listCompoundFileStreams(bytes: Uint8Array): string[] | null {
  if (!isCompoundFile(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const inFile = (sector: number): boolean => sectorOffset(sector) + sectorSize <= bytes.length;

  const fatSectors = readFatSectorList(view, sectorSize, inFile, sectorOffset);
  if (fatSectors === null) return null;
  const entriesPerSector = sectorSize / 4;
  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerSector)];
    if (fatSector === undefined || !inFile(fatSector)) return null;
    return view.getUint32(sectorOffset(fatSector) + (sector % entriesPerSector) * 4, true);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = view.getUint32(0x30, true);
  while (sector !== END_OF_CHAIN) {
    if (seen.has(sector) || seen.size >= MAX_CHAIN_SECTORS || !inFile(sector)) return null;
    seen.add(sector);
    const base = sectorOffset(sector);
    for (let at = base; at < base + sectorSize; at += DIRECTORY_ENTRY_SIZE) {
      const type = view.getUint8(at + 0x42);
      const nameBytes = view.getUint16(at + 0x40, true);
      if ((type === 1 || type === 2) && nameBytes >= 2 && nameBytes <= 64) {
        names.push(decodeUtf16(view, at, nameBytes / 2 - 1));
      }
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  return names;
}

/** The FAT sector numbers: 109 in the header, the rest along the DIFAT chain. */
function readFatSectorList(
  view: DataView,
  sectorSize: number,
  inFile: (sector: number) => boolean,
  sectorOffset: (sector: number) => number,
): number[] | null {
  const fatCount = view.getUint32(0x2c, true);
  const fat: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fat.length < fatCount; i++) {
    fat.push(view.getUint32(0x4c + i * 4, true));
  }
  let difat = view.getUint32(0x44, true);
  const seen = new Set<number>();
  while (fat.length < fatCount && difat !== END_OF_CHAIN && difat !== FREE_SECTOR) {
    if (seen.has(difat) || !inFile(difat)) return null;
    seen.add(difat);
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fat.length < fatCount; i++) {
      fat.push(view.getUint32(base + i * 4, true));
    }
    difat = view.getUint32(base + perSector * 4, true);
  }
  return fat;
}

function decodeUtf16(view: DataView, at: number, units: number): string {
  let text = "";
  for (let i = 0; i < units; i++) text += String.fromCharCode(view.getUint16(at + i * 2, true));
  return text;
}
