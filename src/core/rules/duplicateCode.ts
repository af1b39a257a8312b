/**
 * E_DUPLICATE (spec §2): the same Party cell code on two or more rows, codes compared by codeKey
 * (v2: "01", "1" and 1 shown "01" are one code); reported on every code cell involved, each code
 * shown as the clerk sees it.
 */
import { FINDING_CATALOG } from "../findings/findingCatalog";
import { rowNumber } from "../grid/address";
import { validValue } from "../values/readRows";
import type { Rule } from "./rule";

const { messages } = FINDING_CATALOG.E_DUPLICATE;

export const duplicateCodeRule: Rule = {
  codes: ["E_DUPLICATE"],
  end({ table, byCode }, findings) {
    for (const rows of byCode.values()) {
      if (rows.length < 2) continue;
      const numbers = rows.map((row) => rowNumber(row.row));
      for (const row of rows) {
        const cell = row.cells.get("code");
        if (cell === undefined) continue;
        const code = String(validValue(cell));
        findings.add({
          rule: "E_DUPLICATE",
          sheet: table.sheet.name,
          row: cell.row,
          col: cell.col,
          key: "code",
          cellCode: code,
          messages: messages.repeated(code, numbers),
        });
      }
    }
  },
};
