/**
 * S_SHORTFALL (spec §2–§3): a valid input value that does not meet its indicator's target, on that
 * cell. Reported for every valid value, also on rows that are not scored because of an error.
 */
import { CELLS_COLUMNS } from "../catalog/cellsColumns";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { indicatorInput, isBelowTarget, meetsTarget } from "../scoring/indicatorInput";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.S_SHORTFALL;

const PERCENT_KEYS = new Set(CELLS_COLUMNS.filter((c) => c.type === "percent").map((c) => c.key));

export const shortfallRule: Rule = {
  codes: ["S_SHORTFALL"],
  row(row, context, findings) {
    for (const criterion of context.ruleset.criteria) {
      for (const indicator of criterion.indicators) {
        const input = indicatorInput(indicator, row);
        if (input === null || meetsTarget(indicator.target, input)) continue;
        const cell = row.cells.get(indicator.key);
        if (cell === undefined) continue;
        const unit =
          indicator.kind === "rate" || PERCENT_KEYS.has(indicator.key) ? "percent" : "count";
        findings.add({
          rule: "S_SHORTFALL",
          sheet: context.sheet,
          row: cell.row,
          col: cell.col,
          key: cell.key,
          cellCode: context.cellCode,
          messages: messages.missed(
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
  },
};
