/**
 * Which sheet plays which role (spec §1 "Sheets"): names matched as text. When two or more sheets
 * match one role, the first in workbook order is used and the others are listed (W_INFO).
 * Edges call `sheetsToRead` before reading, so they fetch only the sheets the engine needs.
 */
import { SHEET_ROLES } from "../catalog/sheetRoles";
import { EngineError } from "../errors";
import { NameMatcher } from "../text/normalizeText";
import type { SheetRole } from "../vocabulary";

export interface SheetSelection {
  /** The sheet used for each data role, or null when none matches. */
  readonly info: string | null;
  readonly cells: string | null;
  readonly roster: string | null;
  /** Further sheets matching a data role, in workbook order: not read, reported with W_INFO. */
  readonly extra: readonly { readonly role: DataSheetRole; readonly sheet: string }[];
}

export type DataSheetRole = Exclude<SheetRole, "report">;

const ROLE_MATCHER = new NameMatcher<SheetRole>(
  SHEET_ROLES.map((spec) => ({ key: spec.role, names: [spec.name, ...spec.aliases] })),
);

/** The role a sheet name plays, or null. */
export function sheetRoleOf(name: string): SheetRole | null {
  return ROLE_MATCHER.match(name);
}

export function selectSheetsToRead(sheetNames: readonly string[]): SheetSelection {
  if (!Array.isArray(sheetNames)) throw new EngineError("selectSheetsToRead: sheetNames must be an array of sheet names");
  const chosen: Record<DataSheetRole, string | null> = { info: null, cells: null, roster: null };
  const extra: { role: DataSheetRole; sheet: string }[] = [];
  for (const name of sheetNames) {
    const role = sheetRoleOf(name);
    if (role === null || role === "report") continue;
    if (chosen[role] === null) chosen[role] = name;
    else extra.push({ role, sheet: name });
  }
  return { ...chosen, extra };
}

/**
 * The sheets an edge must read for the engine, in workbook order: every sheet whose name plays a
 * data role ("Thông tin", "Chi bộ", "Đảng viên" as the engine recognises them). The grid given to
 * `evaluateWorkbook` must hold at least these.
 */
export function sheetsToRead(sheetNames: readonly string[]): string[] {
  const selection = selectSheetsToRead(sheetNames);
  const wanted = new Set([selection.info, selection.cells, selection.roster]);
  return sheetNames.filter((name) => wanted.has(name));
}
