/**
 * Recognises what a file really is from its first bytes, whatever its name says, so that a clerk
 * who sends a PDF, a CSV or a web page saved as ".xls" is told exactly that and what to do.
 */
import { isCompoundFile } from "./compoundFile";

export type FileKind =
  | "empty"
  | "zip"
  | "compound-file"
  | "pdf"
  | "html"
  | "spreadsheetml-2003"
  | "text"
  | "unknown";

const SNIFF_BYTES = 2048;

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (isCompoundFile(bytes)) return "compound-file";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // "%PDF-"

  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!looksLikeText(head)) return "unknown";
  const text = decodeHead(head).trimStart().toLowerCase();
  if (text.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "spreadsheetml-2003";
  if (
    /^(<\?xml[^>]*>\s*)?(<!doctype html|<html|<table|<meta|<head)/.test(text) ||
    text.includes("<html")
  ) {
    return "html";
  }
  return "text";
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** Text has no NUL bytes and few control characters; UTF-16 text (with NULs) counts as text too. */
function looksLikeText(head: Uint8Array): boolean {
  if (isUtf16Bom(head)) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= head.length / 100;
}

function isUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

function decodeHead(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head);
  return new TextDecoder("utf-8").decode(head).replace(/^\uFEFF/, "");
}
