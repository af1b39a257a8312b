/**
 * The marks of an evaluation (spec §5): one MarkPlan per sheet, rule and column, over exactly the
 * cells the findings of that rule are reported on, in the colour of the rule's severity and with
 * the formula `markCondition` gives it.
 *
 * Priorities are per sheet (Excel keeps one priority list per sheet), 0-based and contiguous in
 * the order errors, shortfalls, warnings, so that on a cell with several findings the most serious
 * colour shows. A plan that the Office.js edge splits into several address chunks (`addressChunks`)
 * reserves one priority per chunk: chunks added one after the other at increasing priorities keep
 * exactly this order in Excel's list.
 */
import { RULE_ORDER } from "../findings/findingCatalog";
import { adr, toA1 } from "../grid/address";
import type { Evaluation } from "../report/evaluation";
import { addressChunks } from "./addressChunks";
import { markCondition } from "./markCondition";
import { markLegendEntry, severityRank } from "./markLegend";
import type { MarkPlan } from "./markPlan";

export interface PlanMarksOptions {
  /**
   * The sheets the workbook has. A finding about a sheet that does not exist (W_INFO for a missing
   * "Thông tin", E_STRUCTURE for a missing "Chi bộ") has no cell to colour and gets no mark.
   * Omitted: every finding is marked.
   */
  existingSheetNames?: readonly string[];
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleUpperCase("vi") === b.normalize("NFC").toLocaleUpperCase("vi");
}

interface MarkGroup {
  sheet: string;
  sheetOrder: number;
  finding: Evaluation["findings"][number];
  col: number;
  cells: Map<string, { row: number; col: number }>;
}

export function planMarks(evaluation: Evaluation, options: PlanMarksOptions = {}): MarkPlan[] {
  const sheets = options.existingSheetNames;
  const sheetOrder = new Map<string, number>();
  const groups = new Map<string, MarkGroup>();
  for (const finding of evaluation.findings) {
    if (sheets && !sheets.some((name) => sameSheetName(name, finding.sheet))) continue;
    const position = adr(finding.cell);
    if (!sheetOrder.has(finding.sheet)) sheetOrder.set(finding.sheet, sheetOrder.size);
    const id = `${finding.sheet}\u0000${finding.rule}\u0000${position.col}`;
    let group = groups.get(id);
    if (!group) {
      group = {
        sheet: finding.sheet,
        sheetOrder: sheetOrder.get(finding.sheet) ?? 0,
        finding,
        col: position.col,
        cells: new Map(),
      };
      groups.set(id, group);
    } else if (group.finding.key === null && finding.key !== null) {
      group.finding = finding;
    }
    group.cells.set(toA1(position.row, position.col), position);
  }

  const ordered = [...groups.values()].sort(
    (a, b) =>
      a.sheetOrder - b.sheetOrder ||
      severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
      RULE_ORDER.indexOf(a.finding.rule) - RULE_ORDER.indexOf(b.finding.rule) ||
      a.col - b.col,
  );

  const nextPriority = new Map<string, number>();
  return ordered.map((group): MarkPlan => {
    const cells = [...group.cells.entries()]
      .sort(([, a], [, b]) => a.row - b.row || a.col - b.col)
      .map(([a1]) => a1);
    const { finding } = group;
    const condition = markCondition(
      { sheet: group.sheet, rule: finding.rule, key: finding.key, anchor: cells[0] },
      { layout: evaluation.layout, ruleset: evaluation.ruleset },
    );
    const priority = nextPriority.get(group.sheet) ?? 0;
    nextPriority.set(group.sheet, priority + addressChunks(cells).length);
    return {
      sheet: group.sheet,
      severity: finding.severity,
      rule: finding.rule,
      key: finding.key,
      cells,
      formula: condition.formula,
      dynamic: condition.dynamic,
      style: { ...markLegendEntry(finding.severity).colour },
      priority,
    };
  });
}
