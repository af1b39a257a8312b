/**
 * W_NORMALIZED (spec §2): a value accepted after normalisation — digits typed as text (" 12 "),
 * a percent typed as text ("92,5%"), a plain fraction read as a percent (0.92 → 92). A value that
 * is normalised and then out of range gets both findings (E_RANGE comes from valueRange.ts).
 * v2: an input cell of a data row covered by a merge down its column reads the merge's value, and
 * gets W_NORMALIZED ("merged with F10: its value is read for this row too").
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { toA1 } from "../grid/address";
import { validValue } from "../values/readRows";
import type { ReadOutcome } from "../values/readValue";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.W_NORMALIZED;

const isNormalizedNumber = (outcome: ReadOutcome) =>
  outcome.status === "ok" && outcome.normalized && typeof outcome.value === "number";

export const normalizedValueRule: Rule = {
  codes: ["W_NORMALIZED"],
  row(row, context, findings) {
    for (const cell of row.cells.cellsWhere(isNormalizedNumber)) {
      const { outcome } = cell;
      if (outcome.status !== "ok" || typeof outcome.value !== "number") continue; // narrows the type
      const raw = typeof cell.raw === "number" ? cell.raw : String(cell.raw);
      findings.add({
        rule: "W_NORMALIZED",
        sheet: context.sheet,
        row: cell.row,
        col: cell.col,
        key: cell.key,
        cellCode: context.cellCode,
        messages: messages.read(
          toA1(cell.row, cell.col),
          raw,
          outcome.value,
          cell.spec.type === "percent" ? "percent" : "count",
        ),
      });
    }
  },
  end({ table }, findings) {
    if (table.filledCells.length === 0) return;
    const codes = new Map(table.rows.map((row) => [row.row, validValue(row.cells.get("code"))]));
    for (const cell of table.filledCells) {
      const code = codes.get(cell.row);
      findings.add({
        rule: "W_NORMALIZED",
        sheet: table.sheet.name,
        row: cell.row,
        col: cell.col,
        key: cell.key,
        cellCode: typeof code === "string" ? code : null,
        messages: messages.merged(toA1(cell.row, cell.col), toA1(cell.fromRow, cell.col)),
      });
    }
  },
};
