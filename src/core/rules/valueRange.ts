/** E_RANGE (spec §2): a value read but outside its column's bounds. Reported on that cell. */
import type { ColumnSpec } from "../catalog/columnSpec";
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import { withinBounds } from "../values/readRows";
import type { ReadOutcome } from "../values/readValue";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.E_RANGE;

const isOutOfBounds = (outcome: ReadOutcome, spec: ColumnSpec) =>
  outcome.status === "ok" && !withinBounds(spec, outcome.value);

export const valueRangeRule: Rule = {
  codes: ["E_RANGE"],
  row(row, context, findings) {
    for (const cell of row.cells.cellsWhere(isOutOfBounds)) {
      if (cell.outcome.status !== "ok" || typeof cell.outcome.value !== "number") continue; // narrows the type
      findings.add({
        rule: "E_RANGE",
        sheet: context.sheet,
        row: cell.row,
        col: cell.col,
        key: cell.key,
        cellCode: context.cellCode,
        messages: messages.outside(
          cell.spec.title,
          toA1(cell.row, cell.col),
          cell.outcome.value,
          cell.spec.type === "percent" ? "percent" : "count",
          cell.spec.min,
          cell.spec.max,
        ),
      });
    }
  },
};
