/**
 * S_SHORTFALL (spec §2–§3): a valid input value that does not meet its indicator's target, on that
 * cell. Reported for every valid value, also on rows that are not scored because of an error.
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { ShortfallMessage } from "../messages/findingMessages";
import type { RuleCode } from "../report/report";
import type { Ruleset } from "../ruleset/ruleset";
import { indicatorInput, isBelowTarget, meetsTarget } from "../scoring/indicatorInput";
import type { ReadRow } from "../values/readCell";
import type { FindingList, RowContext } from "./findingList";
import type { CellsInputKey } from "../vocabulary";

export const SHORTFALL_CODES: readonly RuleCode[] = ["S_SHORTFALL"];

const PERCENT_KEYS = new Set(CELLS_COLUMNS.filter((c) => c.type === "percent").map((c) => c.key));

export function checkShortfalls(
  row: ReadRow<CellsInputKey>,
  ruleset: Ruleset,
  context: RowContext,
  findings: FindingList,
): void {
  for (const criterion of ruleset.criteria) {
    for (const indicator of criterion.indicators) {
      const input = indicatorInput(indicator, row);
      if (input === null || meetsTarget(indicator.target, input)) continue;
      const cell = row.cells.get(indicator.key);
      if (cell === undefined) continue;
      const unit = indicator.kind === "rate" || PERCENT_KEYS.has(indicator.key) ? "percent" : "count";
      findings.add({
        rule: "S_SHORTFALL",
        sheet: context.sheet,
        row: cell.row,
        col: cell.col,
        key: cell.key,
        cellCode: context.cellCode,
        messages: new ShortfallMessage(
          indicator.title,
          indicator.target,
          input.kind === "rate" ? input.part : input.value,
          input.kind === "rate" ? input.whole : null,
          unit,
          indicator.veto,
          isBelowTarget(indicator.target, input),
        ),
      });
    }
  }
}
