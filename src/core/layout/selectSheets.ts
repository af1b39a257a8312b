/**
 * Which sheet plays which role (spec §1 "Sheets"): names matched as text, and (v2) also after
 * decoding from TCVN3 or VNI ("Chi bé" is "Chi bộ"). When two or more sheets match one role, the
 * engine reads one (v2: the first whose header is recognised and that holds data, see
 * `chooseCellsTable`, `chooseRoster`, `chooseInfoSheet`) and the others are listed (W_INFO).
 * Edges call `sheetsToRead` before reading, so they fetch only the sheets the engine needs.
 */
import { SHEET_ROLES } from "../catalog/sheetRoles";
import { EngineError } from "../errors";
import {
  decodeLegacy,
  LEGACY_ENCODINGS,
  mayBeLegacyText,
  type LegacyEncoding,
} from "../text/legacyEncodings";
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

/** The role a sheet name plays and, when it matched only decoded, the name's legacy encoding. */
export function matchSheetName(
  name: string,
): { role: SheetRole; encoding: LegacyEncoding | null } | null {
  const role = ROLE_MATCHER.match(name);
  if (role !== null) return { role, encoding: null };
  if (!mayBeLegacyText(name)) return null;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = ROLE_MATCHER.match(decodeLegacy(name, encoding));
    if (decoded !== null) return { role: decoded, encoding };
  }
  return null;
}

/** The role a sheet name plays (its name matched as typed, or decoded from TCVN3/VNI), or null. */
export function sheetRoleOf(name: string): SheetRole | null {
  return matchSheetName(name)?.role ?? null;
}

/** The sheets of each data role, in workbook order. */
export function sheetsOfRole(sheetNames: readonly string[]): Record<DataSheetRole, string[]> {
  const byRole: Record<DataSheetRole, string[]> = { info: [], cells: [], roster: [] };
  for (const name of sheetNames) {
    const role = sheetRoleOf(name);
    if (role !== null && role !== "report") byRole[role].push(name);
  }
  return byRole;
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
 * data role ("Thông tin", "Chi bộ", "Đảng viên" as the engine recognises them, names typed in
 * TCVN3 or VNI included), all of them when several match one role (v2: the engine chooses the
 * one with data). The grid given to `evaluateWorkbook` must hold at least these.
 */
export function sheetsToRead(sheetNames: readonly string[]): string[] {
  if (!Array.isArray(sheetNames))
    throw new EngineError("sheetsToRead: sheetNames must be an array of sheet names");
  return sheetNames.filter((name) => {
    const role = sheetRoleOf(name);
    return role !== null && role !== "report";
  });
}
