/**
 * The report sheet's token: a random text written both in the stamp (`reportToken`) and in one
 * cell of the report sheet (`REPORT_TOKEN_CELL`). A sheet named like the report is the product's
 * own only when its token cell holds the stamp's token, so the product replaces its previous
 * report and never a clerk's own sheet that happens to be called "Kết quả kiểm tra".
 */
import { EngineError } from "../errors";

/** The cell of the report sheet that holds the token (row "Mã trang báo cáo"; see reportSheetPlan.ts). */
export const REPORT_TOKEN_CELL = "B6";

const TOKEN_BYTES = 16;
const TOKEN_PATTERN = /^[0-9A-Za-z_-]{1,64}$/;

/** 32 random hex digits (128 bits, crypto.getRandomValues). */
export function newReportToken(): string {
  const crypto = globalThis.crypto;
  if (crypto === undefined || typeof crypto.getRandomValues !== "function") {
    throw new EngineError("crypto.getRandomValues is not available: the report token needs it");
  }
  const bytes = crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** True for a text that can be a token (letters, digits, "-" and "_", at most 64). */
export function isReportToken(text: unknown): text is string {
  return typeof text === "string" && TOKEN_PATTERN.test(text);
}

/**
 * The token read from the token cell, as an edge returns it (Office.js `values`, the xlsx reader's
 * grid): a text with the token, trimmed; anything else (empty, a number, an error) is no token.
 */
export function reportTokenFromCell(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return isReportToken(text) ? text : null;
}
