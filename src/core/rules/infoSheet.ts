/**
 * W_INFO (spec §1–§2): the "Thông tin" sheet is missing (on A1 of its default name), a label is
 * missing (on A1 of the sheet), a value is empty or the year is not an integer 2000–2100 (on the
 * value cell); and a second sheet matching a role (on A1 of that sheet). Scoring goes on.
 */
import { INFO_FIELDS, YEAR_RANGE, type InfoFieldKey } from "../catalog/infoFields";
import { sheetRoleSpec } from "../catalog/sheetRoles";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import type { InfoSheet } from "../layout/infoSheet";
import type { SheetSelection } from "../layout/selectSheets";
import { numberFormatAt, valueAt } from "../values/cellValue";
import { displayText } from "../values/displayText";
import type { FindingSink } from "./findingList";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_INFO;

export const infoSheetRule: Rule = {
  codes: ["W_INFO"],
  workbook({ selection, info }, findings) {
    reportExtraSheets(selection, findings);
    reportInfoSheet(info, findings);
  },
};

const base = { rule: "W_INFO", key: null, cellCode: null } as const;

function label(key: InfoFieldKey): string {
  return INFO_FIELDS.find((field) => field.key === key)?.label ?? key;
}

function reportInfoSheet(info: InfoSheet | null, findings: FindingSink): void {
  if (info === null) {
    const name = sheetRoleSpec("info").name;
    findings.add({ ...base, sheet: name, row: 0, col: 0, messages: messages.missingSheet(name) });
    return;
  }
  const { sheet } = info;
  for (const field of INFO_FIELDS) {
    const reading = info[field.key];
    if (reading.problem === null) continue;
    if (reading.problem === "no-label") {
      findings.add({
        ...base,
        sheet: sheet.name,
        row: 0,
        col: 0,
        messages: messages.missingLabel(sheet.name, field.label),
      });
      continue;
    }
    const { row, col } = reading.at;
    const address = toA1(row, col);
    findings.add({
      ...base,
      sheet: sheet.name,
      row,
      col,
      messages:
        reading.problem === "empty"
          ? messages.emptyValue(label(field.key), address)
          : messages.invalidYear(
              displayText(valueAt(sheet, row, col), numberFormatAt(sheet, row, col)),
              address,
              YEAR_RANGE.min,
              YEAR_RANGE.max,
            ),
    });
  }
}

/** A second (third …) sheet matching a role: only the first is read. */
function reportExtraSheets(selection: SheetSelection, findings: FindingSink): void {
  for (const { role, sheet } of selection.extra) {
    const used = selection[role];
    if (used === null) continue;
    findings.add({ ...base, sheet, row: 0, col: 0, messages: messages.extraSheet(sheet, used) });
  }
}
