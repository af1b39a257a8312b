/**
 * The runner: every rule of `RULES` (rules/ruleList.ts), hook by hook, in the order rules/rule.ts
 * describes. It knows no rule and no finding type: a rule or a finding type is added without
 * touching it. Each rule reports into a sink that takes only the codes the rule declares.
 */
import type { DiscoveredWorkbook } from "../layout/discoverWorkbook";
import type { FindingList, FindingSink } from "../rules/findingList";
import { rowsByCode, type CellsUnderCheck, type Rule, type RowContext } from "../rules/rule";
import { RULES } from "../rules/ruleList";
import type { Ruleset } from "../ruleset/ruleset";
import type { RulesetsInPlay } from "../rules/rule";

type Hook = Exclude<keyof Rule, "codes">;

/** The rules that have a hook, each with its hook and its sink. */
function hooked<H extends Hook>(hook: H, sinks: ReadonlyMap<Rule, FindingSink>) {
  const list: { run: NonNullable<Rule[H]>; sink: FindingSink }[] = [];
  for (const rule of RULES) {
    const run = rule[hook];
    if (run !== undefined) list.push({ run: run as NonNullable<Rule[H]>, sink: sinks.get(rule)! });
  }
  return list;
}

/**
 * Runs the rules over a discovered workbook. Returns the checked "Chi bộ" table, or null when the
 * workbook is unusable (no "Chi bộ" table, or a blocking finding): then only the `workbook` hooks
 * and the `table` hooks (of "Chi bộ" and of the roster) have run, so the report lists the
 * structure findings and the sheet-level warnings and no finding about single values (spec §2, v2).
 */
export function runRules(
  workbook: DiscoveredWorkbook,
  ruleset: Ruleset,
  findings: FindingList,
  rulesets: RulesetsInPlay,
): CellsUnderCheck | null {
  const sinks = new Map(RULES.map((rule) => [rule, findings.sinkFor(rule.codes)]));
  const subject = { selection: workbook.selection, info: workbook.info, rulesets };
  for (const { run, sink } of hooked("workbook", sinks)) run(subject, sink);
  const table = workbook.cells;
  const { roster } = workbook;
  const tableHooks = hooked("table", sinks);
  for (const { run, sink } of tableHooks) run({ role: "cells", table }, sink);
  // The roster's structure is a sheet-level finding: reported even when "Chi bộ" is unusable (v2).
  if (roster !== null)
    for (const { run, sink } of tableHooks) run({ role: "roster", table: roster }, sink);
  if (findings.blocked || table === null) return null;

  const sheet = table.sheet.name;
  const rowHooks = hooked("row", sinks);
  for (const row of table.rows) {
    const code = row.cells.validValue("code");
    const context: RowContext = {
      sheet,
      cellCode: typeof code === "string" ? code : null,
      ruleset,
    };
    for (const { run, sink } of rowHooks) run(row, context, sink);
  }

  const cells: CellsUnderCheck = { table, byCode: rowsByCode(table.rows) };
  if (roster !== null && roster.problems.length === 0 && roster.members.length > 0) {
    for (const { run, sink } of hooked("roster", sinks)) run(roster, cells, sink);
  }
  for (const { run, sink } of hooked("end", sinks)) run(cells, sink);
  return cells;
}
