/**
 * A zip may lie about its uncompressed sizes: the central directory is only a declaration, and the
 * libraries that inflate a part (jszip, then exceljs) compare with it only after inflating it
 * whole. A lying part could then inflate to gigabytes and kill the process (or the browser tab).
 * This check inflates every deflated part once, as a stream, and stops at the first byte beyond
 * what the part declared, so memory stays bounded by one block.
 *
 * It runs only when the declarations could hide too much: deflate expands at most ~1032:1, so if
 * every part inflating at that ratio still fits the limit, no lie can hurt and nothing is inflated.
 */
import type JSZip from "jszip";
import type { ZipEntry } from "./zipDirectory";

/** Deflate's largest possible expansion (RFC 1951: 258 bytes from 2 bits, ~1032:1). */
const DEFLATE_MAX_EXPANSION = 1032;
const DEFLATED = 8;

/** The most the parts can really inflate to, whatever they declare. */
export function worstCaseInflatedBytes(entries: readonly ZipEntry[]): number {
  let total = 0;
  for (const entry of entries) {
    total +=
      entry.method === DEFLATED
        ? entry.compressedSize * DEFLATE_MAX_EXPANSION + 1024
        : entry.compressedSize;
  }
  return total;
}

/** jszip's internal stream of one part (present in jszip 3, not in its type definitions). */
interface ZipPartStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ZipPartStream;
  on(event: "error", listener: (error: unknown) => void): ZipPartStream;
  on(event: "end", listener: () => void): ZipPartStream;
  resume(): ZipPartStream;
  pause(): ZipPartStream;
}

interface StreamableZipObject {
  internalStream(type: "uint8array"): ZipPartStream;
}

/**
 * Resolves to the name of the first part that does not inflate to exactly its declared size, or
 * null when all do. Corrupt deflate data shows up the same way (jszip's inflater stops short
 * without an error), so both are one defect: the part is damaged or lying.
 */
export async function findInflateDefect(
  zip: JSZip,
  entries: readonly ZipEntry[],
): Promise<string | null> {
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    if (entry.method !== DEFLATED) {
      if (entry.compressedSize !== entry.uncompressedSize) return entry.name;
      continue;
    }
    const part = zip.file(entry.name);
    if (
      part === null ||
      !(await inflatesToDeclaredSize(
        part as unknown as StreamableZipObject,
        entry.uncompressedSize,
      ))
    ) {
      return entry.name;
    }
  }
  return null;
}

function inflatesToDeclaredSize(part: StreamableZipObject, declared: number): Promise<boolean> {
  return new Promise((resolve) => {
    let inflated = 0;
    let settled = false;
    const settle = (result: boolean): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const stream = part.internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        inflated += chunk.length;
        if (inflated > declared) {
          stream.pause();
          settle(false);
        }
      })
      // jszip's own end-of-part check ("uncompressed data size mismatch") also lands here.
      .on("error", () => settle(false))
      .on("end", () => settle(inflated === declared))
      .resume();
  });
}
