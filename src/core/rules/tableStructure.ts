/**
 * E_STRUCTURE and W_ROSTER (spec §1, §2, §4): what is wrong with a table's header, reported by
 * the role of its sheet. On "Chi bộ" it is E_STRUCTURE, blocking: the sheet is missing (on A1 of
 * its default name), has no header or lacks a required column (on A1 of the sheet), or has a
 * recognised column (input or output) twice (on the second header cell), or (v2) has a header with
 * no Party cell under it (on the header's first cell). On "Đảng viên" the same header problems are
 * W_ROSTER, and the roster is then not cross-checked (a roster without member rows counts as
 * absent: no finding).
 */
import { sheetRoleSpec } from "../catalog/sheetRoles";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import { cellsHeaderOf } from "../layout/partyCellsTable";
import { rosterHeaderOf } from "../layout/rosterTable";
import type { StructureProblem } from "../layout/tableStructure";
import type { ColumnKey } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { Rule, TableUnderCheck } from "./rule";

/** The code and messages of each role's structure problems. */
const BY_ROLE = {
  cells: FINDING_CATALOG.E_STRUCTURE,
  roster: FINDING_CATALOG.W_ROSTER,
} as const;

export const tableStructureRule: Rule = {
  codes: ["E_STRUCTURE", "W_ROSTER"],
  table: reportStructure,
};

function reportStructure(subject: TableUnderCheck, findings: FindingSink): void {
  const { code, messages } = BY_ROLE[subject.role];
  if (subject.table === null) {
    const role = sheetRoleSpec("cells");
    findings.add({
      rule: code,
      sheet: role.name,
      row: 0,
      col: 0,
      key: null,
      cellCode: null,
      messages: FINDING_CATALOG.E_STRUCTURE.messages.missingSheet(role.name, role.aliases),
    });
    return;
  }
  const sheet = subject.table.sheet.name;
  const headerRow = subject.table.header?.row ?? 0;
  const headerOf = (key: ColumnKey) =>
    subject.role === "cells" ? cellsHeaderOf(key as never) : rosterHeaderOf(key as never);
  const problems: readonly StructureProblem<ColumnKey>[] = subject.table.problems;
  for (const problem of problems) {
    const base = { rule: code, sheet, cellCode: null };
    switch (problem.kind) {
      case "no-header":
        findings.add({ ...base, row: 0, col: 0, key: null, messages: messages.noHeader(sheet) });
        break;
      case "missing":
        findings.add({
          ...base,
          row: 0,
          col: 0,
          key: problem.key,
          messages: messages.missingColumn(sheet, headerOf(problem.key)),
        });
        break;
      case "repeat":
        findings.add({
          ...base,
          row: headerRow,
          col: problem.col,
          key: problem.key,
          messages: messages.repeatedColumn(
            headerOf(problem.key),
            toA1(headerRow, problem.firstCol),
            toA1(headerRow, problem.col),
          ),
        });
        break;
    }
  }
  if (subject.role === "cells" && subject.table.headerWithoutData !== null) {
    const { row, col } = subject.table.headerWithoutData;
    findings.add({
      rule: "E_STRUCTURE",
      sheet,
      row,
      col,
      key: null,
      cellCode: null,
      messages: FINDING_CATALOG.E_STRUCTURE.messages.noPartyCell(sheet, toA1(row, col)),
    });
  }
}
