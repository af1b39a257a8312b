/**
 * W_INFO (spec §1–§2): the "Thông tin" sheet is missing (on A1 of its default name), a label is
 * missing (on A1 of the sheet), a value is empty or the year is not an integer 2000–2100 (on the
 * value cell); and a second sheet matching a role (on A1 of that sheet). Scoring goes on.
 * Also gives the organisation and year the report shows.
 */
import { INFO_FIELDS, YEAR_RANGE, type InfoFieldKey } from "../catalog/infoFields";
import { sheetRoleSpec } from "../catalog/sheetRoles";
import { toA1, type CellIndex } from "../grid/address";
import type { SheetGrid } from "../grid/grid";
import type { SheetSelection } from "../layout/selectSheets";
import { INFO } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import { cellText, numberFormatAt, valueAt } from "../values/cellValue";
import { readInteger, readText } from "../values/readValue";
import type { FindingList } from "./findingList";

export const INFO_SHEET_CODES: readonly RuleCode[] = ["W_INFO"];

export interface InfoValues {
  readonly organization: string | null;
  readonly year: number | null;
}

function label(key: InfoFieldKey): string {
  return INFO_FIELDS.find((field) => field.key === key)?.label ?? key;
}

export function checkInfoSheet(
  sheet: SheetGrid | null,
  fields: ReadonlyMap<InfoFieldKey, CellIndex>,
  findings: FindingList,
): InfoValues {
  const base = { rule: "W_INFO" as const, key: null, cellCode: null };
  if (sheet === null) {
    const name = sheetRoleSpec("info").name;
    findings.add({ ...base, sheet: name, row: 0, col: 0, messages: INFO.missingSheet(name) });
    return { organization: null, year: null };
  }
  let organization: string | null = null;
  let year: number | null = null;
  for (const field of INFO_FIELDS) {
    const at = fields.get(field.key);
    if (at === undefined) {
      findings.add({ ...base, sheet: sheet.name, row: 0, col: 0, messages: INFO.missingLabel(sheet.name, field.label) });
      continue;
    }
    const raw = valueAt(sheet, at.row, at.col);
    const address = toA1(at.row, at.col);
    const at1 = { ...base, sheet: sheet.name, row: at.row, col: at.col };
    if (field.key === "organization") {
      const read = readText(raw);
      if (read.status === "ok") organization = String(read.value);
      else findings.add({ ...at1, messages: INFO.emptyValue(label("organization"), address) });
      continue;
    }
    const read = readInteger(raw, numberFormatAt(sheet, at.row, at.col));
    if (read.status === "empty") {
      findings.add({ ...at1, messages: INFO.emptyValue(label("year"), address) });
    } else if (
      read.status !== "ok" ||
      typeof read.value !== "number" ||
      read.value < YEAR_RANGE.min ||
      read.value > YEAR_RANGE.max
    ) {
      findings.add({ ...at1, messages: INFO.invalidYear(cellText(raw), address, YEAR_RANGE.min, YEAR_RANGE.max) });
    } else {
      year = read.value;
    }
  }
  return { organization, year };
}

/** A second (third …) sheet matching a role: only the first is read. */
export function checkExtraSheets(selection: SheetSelection, findings: FindingList): void {
  for (const { role, sheet } of selection.extra) {
    const used = selection[role];
    if (used === null) continue;
    findings.add({
      rule: "W_INFO",
      sheet,
      row: 0,
      col: 0,
      key: null,
      cellCode: null,
      messages: INFO.extraSheet(sheet, used),
    });
  }
}
