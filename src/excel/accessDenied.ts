/**
 * Why Excel refused a change (error code AccessDenied), found the way the write preflight finds
 * it: by asking the workbook whether it is read-only, whether its structure is protected and
 * which of the sheets written are protected. One sync, made only after a refusal; the refusal's
 * message text is never read (officeErrors.ts says why).
 */
/* global Excel */
import type { HostError } from "../host";
import {
  accessDeniedError,
  readOnlyError,
  sheetProtectedError,
  workbookProtectedError,
} from "./officeErrors";

export async function explainAccessDenied(
  context: Excel.RequestContext,
  sheets: readonly string[],
  cause: unknown,
  action: "write" | "clear" = "write",
): Promise<HostError> {
  const workbook = context.workbook;
  workbook.load("readOnly");
  const structure = workbook.protection.load("protected");
  const protections = sheets.map((name) => ({
    name,
    protection: workbook.worksheets.getItem(name).protection.load("protected"),
  }));
  try {
    await context.sync();
  } catch {
    // The workbook cannot be asked (it closed, the connection dropped): say what Excel said.
    return accessDeniedError(cause);
  }
  if (workbook.readOnly) return readOnlyError(cause);
  const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
  if (locked.length > 0) return sheetProtectedError(locked, action, cause);
  if (structure.protected && action === "write") return workbookProtectedError(cause);
  return accessDeniedError(cause);
}
