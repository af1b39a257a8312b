/**
 * E_DUPLICATE (spec §2): the same Party cell code (after text normalisation) on two or more rows;
 * reported on every code cell involved.
 */
import { duplicateMessage } from "../messages/findingMessages";
import { rowNumber } from "../grid/address";
import type { RuleCode } from "../report/report";
import { normalizeText } from "../text/normalizeText";
import { validValue, type ReadRow } from "../values/readCell";
import type { FindingList } from "./findingList";
import type { CellsInputKey } from "../vocabulary";

export const DUPLICATE_CODE_CODES: readonly RuleCode[] = ["E_DUPLICATE"];

/** Rows by normalised code, for the codes that read. */
export function rowsByCode(rows: readonly ReadRow<CellsInputKey>[]): Map<string, ReadRow<CellsInputKey>[]> {
  const byCode = new Map<string, ReadRow<CellsInputKey>[]>();
  for (const row of rows) {
    const code = row.cells.validValue("code");
    if (typeof code !== "string") continue;
    const key = normalizeText(code);
    const list = byCode.get(key);
    if (list) list.push(row);
    else byCode.set(key, [row]);
  }
  return byCode;
}

export function checkDuplicateCodes(
  byCode: ReadonlyMap<string, readonly ReadRow<CellsInputKey>[]>,
  sheet: string,
  findings: FindingList,
): void {
  for (const rows of byCode.values()) {
    if (rows.length < 2) continue;
    const numbers = rows.map((row) => rowNumber(row.row));
    for (const row of rows) {
      const cell = row.cells.get("code");
      if (cell === undefined) continue;
      const code = String(validValue(cell));
      findings.add({
        rule: "E_DUPLICATE",
        sheet,
        row: cell.row,
        col: cell.col,
        key: "code",
        cellCode: code,
        messages: duplicateMessage(code, numbers),
      });
    }
  }
}
