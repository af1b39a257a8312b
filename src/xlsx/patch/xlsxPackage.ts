/**
 * The xlsx package (an OPC zip) opened for patching. Parts are read as text on demand and only the
 * parts written back are recompressed: jszip copies the compressed bytes of every untouched entry
 * as they were, and keeps the entries' order. Browser-safe: Uint8Array in, Uint8Array out.
 */
import JSZip from "jszip";
import { missingPartError, XlsxPatchError } from "./patchError";

const utf8Decoder = new TextDecoder("utf-8");
const utf8Encoder = new TextEncoder();

export class XlsxPackage {
  private readonly texts = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {}

  static async open(input: Uint8Array): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(input);
    } catch (cause) {
      throw notXlsxError(cause);
    }
    if (!zip.file("[Content_Types].xml")) throw notXlsxError(undefined);
    return new XlsxPackage(zip);
  }

  /** Part names as stored (no leading "/"), in package order. */
  partNames(): string[] {
    const names: string[] = [];
    this.zip.forEach((path, entry) => {
      if (!entry.dir) names.push(path);
    });
    return names;
  }

  has(part: string): boolean {
    return this.zip.file(part) !== null;
  }

  /**
   * True when the part's bytes contain `ascii` (an ASCII needle), found without decoding the part
   * to text: how a large sheet is checked for old marks and then left alone.
   */
  async containsAscii(part: string, ascii: string): Promise<boolean> {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached.includes(ascii);
    const entry = this.zip.file(part);
    if (!entry) return false;
    const bytes = await entry.async("uint8array");
    const needle = utf8Encoder.encode(ascii);
    for (let at = bytes.indexOf(needle[0]); at !== -1; at = bytes.indexOf(needle[0], at + 1)) {
      let i = 1;
      while (i < needle.length && bytes[at + i] === needle[i]) i++;
      if (i === needle.length) return true;
    }
    return false;
  }

  /** The part's text, or null when absent. A UTF-8 byte order mark is dropped. */
  async readTextOrNull(part: string): Promise<string | null> {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    const entry = this.zip.file(part);
    if (!entry) return null;
    const bytes = await entry.async("uint8array");
    let text = utf8Decoder.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.texts.set(part, text);
    return text;
  }

  async readText(part: string): Promise<string> {
    const text = await this.readTextOrNull(part);
    if (text === null) throw missingPartError(part);
    return text;
  }

  /** Replaces (in place, keeping the entry's position) or adds a part; unchanged text is not rewritten. */
  writeText(part: string, text: string): void {
    if (this.texts.get(part) === text) return;
    this.texts.set(part, text);
    // Encoded here: TextEncoder is native, jszip's own UTF-8 encoder is much slower on a large sheet.
    this.zip.file(part, utf8Encoder.encode(text), { binary: true, compression: "DEFLATE" });
  }

  remove(part: string): void {
    this.texts.delete(part);
    this.zip.remove(part);
  }

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
  }
}

function notXlsxError(cause: unknown): XlsxPatchError {
  return new XlsxPatchError(
    "NOT_XLSX",
    {
      vi: "Tệp này không phải là tệp Excel .xlsx hợp lệ. Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (*.xlsx).",
      en: "This file is not a valid Excel .xlsx file. Open it in Excel and save it as an Excel Workbook (*.xlsx).",
    },
    { cause },
  );
}
