/**
 * The scores of one Party cell (spec §3): each criterion's points are its indicators' points; a
 * criterion is good when its points reach `goodAtLeast` and no veto indicator misses its target;
 * the cell is "Đạt 4 tốt" when all criteria are good.
 */
import type { Ruleset } from "../ruleset/ruleset";
import type { ReadRow } from "../values/readRows";
import { indicatorInput, indicatorPoints, meetsTarget } from "./indicatorInput";
import type { CriterionId } from "../vocabulary";

export interface PartyCellScore {
  readonly scores: Record<CriterionId, number>;
  readonly total: number;
  readonly fourGood: boolean;
  /** Criteria that are not good, in the ruleset's order. */
  readonly failedCriteria: CriterionId[];
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Scores a row whose every input is valid (rows with an error are never scored). */
export function scorePartyCell(ruleset: Ruleset, row: ReadRow): PartyCellScore {
  const scores: Record<CriterionId, number> = {};
  const failedCriteria: CriterionId[] = [];
  let total = 0;
  for (const criterion of ruleset.criteria) {
    let points = 0;
    let vetoMissed = false;
    for (const indicator of criterion.indicators) {
      const input = indicatorInput(indicator, row);
      if (input === null) {
        throw new Error(`scorePartyCell: row ${row.row + 1} has no valid value for ${indicator.key}`);
      }
      points += indicatorPoints(indicator, input);
      if (indicator.veto && !meetsTarget(indicator.target, input)) vetoMissed = true;
    }
    points = round6(points);
    scores[criterion.id] = points;
    total += points;
    if (points < criterion.goodAtLeast || vetoMissed) failedCriteria.push(criterion.id);
  }
  return { scores, total: round6(total), fourGood: failedCriteria.length === 0, failedCriteria };
}
