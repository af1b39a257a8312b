/**
 * Reads a zip file's central directory without decompressing anything, so a package can be judged
 * (size, entries, declared uncompressed sizes) before any library inflates it. Browser-safe: works
 * on a Uint8Array with a DataView, no Buffer.
 *
 * Format: PKWARE APPNOTE 6.3 (end of central directory, central file headers, Zip64 records).
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated; anything else is not readable by jszip. */
  readonly method: number;
  /** General purpose flags; bit 0 set means the entry is encrypted. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Offset of the first central directory header. */
  readonly centralDirectoryOffset: number;
}

/** Why a byte sequence is not a readable zip; mapped to a user message by the caller. */
export type ZipDefect = "no-end-record" | "bad-central-directory" | "entry-out-of-bounds";

export class ZipFormatError extends Error {
  readonly defect: ZipDefect;
  constructor(defect: ZipDefect, detail: string) {
    super(`${defect}: ${detail}`);
    this.name = "ZipFormatError";
    this.defect = defect;
  }
}

const END_RECORD_SIGNATURE = 0x06054b50;
const ZIP64_END_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_RECORD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;

/** Parses the central directory; throws ZipFormatError when the package is truncated or corrupt. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOffset = findEndRecord(view);
  let entryCount = view.getUint16(endOffset + 10, true);
  let directorySize = view.getUint32(endOffset + 12, true);
  let directoryOffset = view.getUint32(endOffset + 16, true);

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64EndRecord(view, endOffset);
    entryCount = zip64.entryCount;
    directorySize = zip64.directorySize;
    directoryOffset = zip64.directoryOffset;
  }
  if (directoryOffset + directorySize > endOffset) {
    throw new ZipFormatError("bad-central-directory", "central directory overlaps its end record");
  }

  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (offset + 46 > endOffset || view.getUint32(offset, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw new ZipFormatError("bad-central-directory", `header ${i} missing at ${offset}`);
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    const nameStart = offset + 46;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > endOffset) throw new ZipFormatError("bad-central-directory", `header ${i} overruns`);
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));

    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      const sizes = readZip64Extra(view, nameStart + nameLength, extraLength, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      uncompressedSize = sizes.uncompressed ?? uncompressedSize;
      compressedSize = sizes.compressed ?? compressedSize;
      localHeaderOffset = sizes.offset ?? localHeaderOffset;
    }
    checkLocalHeader(view, localHeaderOffset, compressedSize, directoryOffset, name);
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    offset = next;
  }
  return { entries, centralDirectoryOffset: directoryOffset };
}

/** The end record is the last thing in the file, followed only by a comment of up to 64 KiB. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_RECORD_SIGNATURE) {
      const commentLength = view.getUint16(at + 20, true);
      if (at + END_RECORD_SIZE + commentLength <= view.byteLength) return at;
    }
  }
  throw new ZipFormatError("no-end-record", "end of central directory not found (truncated?)");
}

function readZip64EndRecord(
  view: DataView,
  endOffset: number,
): { entryCount: number; directorySize: number; directoryOffset: number } {
  const locator = endOffset - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR_SIGNATURE) {
    throw new ZipFormatError("bad-central-directory", "Zip64 locator missing");
  }
  const recordOffset = safeUint64(view, locator + 8);
  if (
    recordOffset + 56 > locator ||
    view.getUint32(recordOffset, true) !== ZIP64_END_RECORD_SIGNATURE
  ) {
    throw new ZipFormatError("bad-central-directory", "Zip64 end record missing");
  }
  return {
    entryCount: safeUint64(view, recordOffset + 32),
    directorySize: safeUint64(view, recordOffset + 40),
    directoryOffset: safeUint64(view, recordOffset + 48),
  };
}

/** Zip64 extended information: the 64-bit fields appear in this order, only those that overflowed. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const result: { uncompressed?: number; compressed?: number; offset?: number } = {};
      const take = (): number => {
        if (field + 8 > at + 4 + size)
          throw new ZipFormatError("bad-central-directory", "short Zip64 field");
        const value = safeUint64(view, field);
        field += 8;
        return value;
      };
      if (wanted.uncompressed) result.uncompressed = take();
      if (wanted.compressed) result.compressed = take();
      if (wanted.offset) result.offset = take();
      return result;
    }
    at += 4 + size;
  }
  throw new ZipFormatError("bad-central-directory", "Zip64 extra field missing");
}

function checkLocalHeader(
  view: DataView,
  offset: number,
  compressedSize: number,
  directoryOffset: number,
  name: string,
): void {
  if (offset + 30 > directoryOffset || view.getUint32(offset, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipFormatError("entry-out-of-bounds", `local header of ${name} missing`);
  }
  const dataStart =
    offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (dataStart + compressedSize > directoryOffset) {
    throw new ZipFormatError(
      "entry-out-of-bounds",
      `data of ${name} overruns the central directory`,
    );
  }
}

function safeUint64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ZipFormatError("bad-central-directory", "64-bit size beyond safe range");
  }
  return Number(value);
}
