/**
 * E_STRUCTURE (spec §2), blocking: the "Chi bộ" sheet is missing (on A1 of the sheet's default
 * name), has no header or lacks a required column (on A1 of the sheet), or has a recognised
 * column (input or output) twice (on the second header cell).
 */
import { sheetRoleSpec } from "../catalog/sheetRoles";
import { toA1 } from "../grid/address";
import type { StructureProblem } from "../layout/tableStructure";
import { STRUCTURE } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import type { FindingList } from "./findingList";
import type { ColumnKey } from "../vocabulary";

export const CELLS_STRUCTURE_CODES: readonly RuleCode[] = ["E_STRUCTURE"];

export function reportMissingCellsSheet(findings: FindingList): void {
  const role = sheetRoleSpec("cells");
  findings.add({
    rule: "E_STRUCTURE",
    sheet: role.name,
    row: 0,
    col: 0,
    key: null,
    cellCode: null,
    messages: STRUCTURE.missingSheet(role.name, role.aliases),
  });
}

export function reportCellsStructure<K extends ColumnKey>(
  sheet: string,
  headerRow: number | null,
  problems: readonly StructureProblem<K>[],
  headerOf: (key: K) => string,
  findings: FindingList,
): void {
  for (const problem of problems) {
    const base = { rule: "E_STRUCTURE" as const, sheet, cellCode: null };
    switch (problem.kind) {
      case "no-header":
        findings.add({ ...base, row: 0, col: 0, key: null, messages: STRUCTURE.noHeader(sheet) });
        break;
      case "missing":
        findings.add({
          ...base,
          row: 0,
          col: 0,
          key: problem.key,
          messages: STRUCTURE.missingColumn(sheet, headerOf(problem.key)),
        });
        break;
      case "repeat": {
        const row = headerRow ?? 0;
        findings.add({
          ...base,
          row,
          col: problem.col,
          key: problem.key,
          messages: STRUCTURE.repeatedColumn(headerOf(problem.key), toA1(row, problem.firstCol), toA1(row, problem.col)),
        });
        break;
      }
    }
  }
}
