/**
 * W_ROSTER (spec §2, §4): the "Đảng viên" sheet is there but its header or a required column
 * cannot be found (on A1 of the sheet), or a column is there twice (on the second header cell).
 * The roster is then not cross-checked.
 */
import { toA1 } from "../grid/address";
import type { StructureProblem } from "../layout/tableStructure";
import { ROSTER } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import type { FindingList } from "./findingList";
import type { RosterKey } from "../vocabulary";

export const ROSTER_STRUCTURE_CODES: readonly RuleCode[] = ["W_ROSTER"];

export function reportRosterStructure(
  sheet: string,
  headerRow: number | null,
  problems: readonly StructureProblem<RosterKey>[],
  headerOf: (key: RosterKey) => string,
  findings: FindingList,
): void {
  for (const problem of problems) {
    const base = { rule: "W_ROSTER" as const, sheet, cellCode: null };
    if (problem.kind === "no-header") {
      findings.add({ ...base, row: 0, col: 0, key: null, messages: ROSTER.noHeader(sheet) });
    } else if (problem.kind === "missing") {
      findings.add({ ...base, row: 0, col: 0, key: problem.key, messages: ROSTER.missingColumn(sheet, headerOf(problem.key)) });
    } else {
      const row = headerRow ?? 0;
      findings.add({
        ...base,
        row,
        col: problem.col,
        key: problem.key,
        messages: ROSTER.repeatedColumn(headerOf(problem.key), toA1(row, problem.firstCol), toA1(row, problem.col)),
      });
    }
  }
}
