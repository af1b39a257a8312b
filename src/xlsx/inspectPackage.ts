/**
 * The gate in front of exceljs: decides from the bytes alone whether a file is an .xlsx workbook
 * that can safely be read, and if not says what it is and what to do. Checks, in order:
 * file size; what the file really is (PDF, web page, CSV, encrypted or old Office file); the zip
 * structure (truncated, corrupt); the package type (.xlsx/.xlsm/.xltx versus .xlsb, .ods, .docx);
 * the declared sizes (zip bomb: total and per-part ratio), all before any decompression; and
 * finally, only when the declarations could hide too much, that each part really inflates to its
 * declared size. Browser-safe: the preview calls it too.
 */
import JSZip from "jszip";
import { listCompoundFileStreams } from "./compoundFile";
import { sniffFileKind } from "./fileSignature";
import {
  packageProblem,
  WorkbookReadError,
  type PackageProblem,
  type PackageProblemCode,
} from "./packageProblem";
import { resolveReadLimits, type ReadLimits } from "./readLimits";
import { findInflateDefect, worstCaseInflatedBytes } from "./verifyInflatedSizes";
import { readZipDirectory, ZipFormatError, type ZipEntry } from "./zipDirectory";

export type WorkbookFormat = "xlsx" | "xlsm" | "xltx" | "xltm";

export interface PackageInfo {
  readonly format: WorkbookFormat;
  readonly fileBytes: number;
  readonly entries: number;
  /** Sum of the uncompressed sizes the parts declare. */
  readonly uncompressedBytes: number;
  /** Whether each part was inflated once to confirm its declared size (large files only). */
  readonly inflationVerified: boolean;
}

export type PackageInspection =
  | { readonly ok: true; readonly info: PackageInfo }
  | { readonly ok: false; readonly problem: PackageProblem };

/** A package that passed every check, opened with jszip for the reader's own small parts. */
export interface CheckedPackage {
  readonly info: PackageInfo;
  readonly zip: JSZip;
  /** The parts' declared uncompressed sizes, by part name. */
  readonly declaredSizes: ReadonlyMap<string, number>;
  readonly limits: ReadLimits;
}

export const WORKBOOK_PART = "xl/workbook.xml";

/** Checks a file without reading its sheets; never throws for a bad file (only for misuse). */
export async function inspectPackage(
  bytes: Uint8Array,
  limits?: Partial<ReadLimits>,
): Promise<PackageInspection> {
  try {
    const { info } = await openCheckedPackage(bytes, limits);
    return { ok: true, info };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** Like inspectPackage, but throws WorkbookReadError and keeps the opened zip for the reader. */
export async function openCheckedPackage(
  bytes: Uint8Array,
  overrides?: Partial<ReadLimits>,
): Promise<CheckedPackage> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError("inspectPackage expects a Uint8Array");
  const limits = resolveReadLimits(overrides);
  const entries = checkBeforeUnzipping(bytes, limits);
  const uncompressedBytes = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw refuse("corrupt-zip", {}, cause);
  }
  // Parsed parts are inflated whole by jszip and exceljs: a lie must be caught below either limit.
  const inflationVerified =
    worstCaseInflatedBytes(entries) > Math.min(limits.maxUncompressedBytes, limits.maxParsedBytes);
  if (inflationVerified) {
    const damaged = await findInflateDefect(zip, entries);
    if (damaged !== null) throw refuse("damaged-part", { entry: damaged });
  }
  const format = await readWorkbookFormat(zip, entries);
  return {
    zip,
    declaredSizes: new Map(entries.map((entry) => [entry.name, entry.uncompressedSize])),
    limits,
    info: {
      format,
      fileBytes: bytes.length,
      entries: entries.length,
      uncompressedBytes,
      inflationVerified,
    },
  };
}

/** Everything decidable without inflating a byte; returns the zip entries of a plausible workbook. */
function checkBeforeUnzipping(bytes: Uint8Array, limits: ReadLimits): readonly ZipEntry[] {
  if (bytes.length > limits.maxFileBytes) {
    throw refuse("file-too-large", { size: bytes.length, limit: limits.maxFileBytes });
  }
  const kind = sniffFileKind(bytes);
  switch (kind) {
    case "zip":
      break;
    case "empty":
      throw refuse("empty-file");
    case "compound-file":
      throw refuseCompoundFile(bytes);
    case "pdf":
      throw refuse("pdf-file");
    case "html":
      throw refuse("html-file");
    case "spreadsheetml-2003":
      throw refuse("spreadsheetml-2003-file");
    case "text":
      throw refuse("text-file");
    case "unknown":
      throw refuse("unknown-file");
  }

  let entries: readonly ZipEntry[];
  try {
    entries = readZipDirectory(bytes).entries;
  } catch (cause) {
    if (cause instanceof ZipFormatError) throw refuse("corrupt-zip", {}, cause);
    throw cause;
  }
  if (entries.length > limits.maxEntries) {
    throw refuse("too-many-entries", { count: entries.length, limit: limits.maxEntries });
  }
  checkPackageType(bytes, entries);
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) throw refuse("zip-encrypted-entries");
    if (entry.method !== 0 && entry.method !== 8) {
      throw refuse("unsupported-compression", { entry: `${entry.name}, method ${entry.method}` });
    }
  }
  checkDeclaredSizes(entries, limits);
  return entries;
}

function checkPackageType(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has(WORKBOOK_PART)) return;
  if (names.has("xl/workbook.bin")) throw refuse("xlsb-workbook");
  const mimetype = entries.find((entry) => entry.name === "mimetype");
  if (mimetype) {
    const type = storedText(bytes, mimetype);
    if (type === "application/vnd.oasis.opendocument.spreadsheet")
      throw refuse("opendocument-spreadsheet");
    throw refuse("not-a-workbook-package", {
      what_vi: "một tài liệu OpenDocument",
      what_en: "an OpenDocument file",
    });
  }
  if (names.has("word/document.xml")) {
    throw refuse("not-a-workbook-package", {
      what_vi: "văn bản Word (.docx)",
      what_en: "a Word document (.docx)",
    });
  }
  if (names.has("ppt/presentation.xml")) {
    throw refuse("not-a-workbook-package", {
      what_vi: "bản trình chiếu PowerPoint (.pptx)",
      what_en: "a PowerPoint presentation (.pptx)",
    });
  }
  throw refuse("not-a-workbook-package", {
    what_vi: "một tệp nén (.zip)",
    what_en: "a zip archive",
  });
}

/** Zip bomb defence on the declarations: total size, and the ratio of each large part. */
function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ReadLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize >= limits.ratioCheckMinBytes) {
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (ratio > limits.maxCompressionRatio) {
        throw refuse("suspicious-compression", {
          entry: entry.name,
          ratio: Math.round(ratio),
          limit: limits.maxCompressionRatio,
        });
      }
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw refuse("uncompressed-too-large", { size: total, limit: limits.maxUncompressedBytes });
  }
}

function refuseCompoundFile(bytes: Uint8Array): WorkbookReadError {
  const streams = new Set(listCompoundFileStreams(bytes) ?? []);
  if (streams.has("EncryptedPackage") || streams.has("EncryptionInfo"))
    return refuse("encrypted-workbook");
  if (streams.has("Workbook") || streams.has("Book")) return refuse("legacy-xls");
  if (streams.has("WordDocument")) {
    return refuse("other-compound-file", {
      what_vi: "văn bản Word 97–2003 .doc",
      what_en: "a Word 97–2003 .doc",
    });
  }
  if (streams.has("PowerPoint Document")) {
    return refuse("other-compound-file", {
      what_vi: "bản trình chiếu PowerPoint 97–2003 .ppt",
      what_en: "a PowerPoint 97–2003 .ppt",
    });
  }
  return refuse("other-compound-file", {
    what_vi: "tệp OLE không rõ loại",
    what_en: "an unrecognised OLE file",
  });
}

const CONTENT_TYPE_FORMATS: Record<string, WorkbookFormat> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
};

/** The workbook part's content type decides the format (and so which file name Excel accepts). */
async function readWorkbookFormat(
  zip: JSZip,
  entries: readonly ZipEntry[],
): Promise<WorkbookFormat> {
  const hasMacros = entries.some((entry) => entry.name === "xl/vbaProject.bin");
  const contentTypes = zip.file("[Content_Types].xml");
  if (contentTypes === null) return hasMacros ? "xlsm" : "xlsx";
  const xml = await contentTypes.async("string");
  for (const [element] of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    if (attribute(element, "PartName") !== `/${WORKBOOK_PART}`) continue;
    const format = CONTENT_TYPE_FORMATS[attribute(element, "ContentType") ?? ""];
    if (format) return format;
  }
  return hasMacros ? "xlsm" : "xlsx";
}

function attribute(element: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return match ? (match[1] ?? match[2]) : null;
}

/** The text of a stored (uncompressed) part, read straight from the bytes; null if compressed. */
function storedText(bytes: Uint8Array, entry: ZipEntry): string | null {
  if (entry.method !== 0 || entry.compressedSize > 256) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    entry.localHeaderOffset +
    30 +
    view.getUint16(entry.localHeaderOffset + 26, true) +
    view.getUint16(entry.localHeaderOffset + 28, true);
  return new TextDecoder().decode(bytes.subarray(start, start + entry.compressedSize)).trim();
}

function refuse(
  code: PackageProblemCode,
  details: Record<string, string | number> = {},
  cause?: unknown,
): WorkbookReadError {
  return new WorkbookReadError(
    packageProblem(code, details),
    cause === undefined ? undefined : { cause },
  );
}
