/**
 * A rule, the way frictionless runs its checks: it declares the finding types it reports (codes
 * of the finding catalogue, src/core/findings/) and hooks into the stages of an evaluation. The
 * runner (evaluate/runRules.ts) calls the hooks of every rule of `RULES` (ruleList.ts):
 *   1. `workbook`, once: the sheets found for each role, and the "Thông tin" sheet read;
 *   2. `table` on the "Chi bộ" table (null when there is no such sheet), then on the "Đảng viên"
 *      table when there is one; when a blocking finding was reported the workbook is unusable and
 *      the evaluation stops here (a table hook reports only what concerns a whole sheet);
 *   3. `row` on each data row of "Chi bộ" (a Party cell);
 *   4. `roster` on the "Đảng viên" table when its header is whole and it lists members;
 *   5. `end`, once, on the whole "Chi bộ" table.
 * A hook adds what it finds to the FindingSink; the list is sorted when the evaluation ends, so
 * the order hooks run in never shows in the report.
 */
import type { RuleCode } from "../findings/findingCatalog";
import type { PartyCellsTable } from "../layout/partyCellsTable";
import type { InfoSheet } from "../layout/infoSheet";
import type { RosterTable } from "../layout/rosterTable";
import type { SheetSelection } from "../layout/selectSheets";
import type { Ruleset } from "../ruleset/ruleset";
import { codeKey } from "../values/codeKey";
import type { RulesetReference } from "../ruleset/rulesetReference";
import type { ReadRow } from "../values/readRows";
import type { CellsInputKey } from "../vocabulary";
import type { FindingSink } from "./findingList";

/** The ruleset scored with (its hash when the caller gave it) and the one the workbook expects. */
export interface RulesetsInPlay {
  readonly scoring: RulesetReference;
  readonly expected: RulesetReference | null;
}

/** The workbook as found, before any table is checked. */
export interface WorkbookUnderCheck {
  readonly selection: SheetSelection;
  /** The "Thông tin" sheet read; null when the workbook has none. */
  readonly info: InfoSheet | null;
  readonly rulesets: RulesetsInPlay;
}

/** A table found in a role: "Chi bộ" (null when the workbook has no such sheet) or "Đảng viên". */
export type TableUnderCheck =
  | { readonly role: "cells"; readonly table: PartyCellsTable | null }
  | { readonly role: "roster"; readonly table: RosterTable };

/** Where a row's findings go, and what a row rule may need besides the row. */
export interface RowContext {
  readonly sheet: string;
  /** The Party cell code of the row, when it read. */
  readonly cellCode: string | null;
  readonly ruleset: Ruleset;
}

/** The "Chi bộ" table once its rows are read, with its rows by code (made once, shared). */
export interface CellsUnderCheck {
  readonly table: PartyCellsTable;
  /** Data rows by code key (values/codeKey.ts), for the codes that read (duplicates included). */
  readonly byCode: ReadonlyMap<string, readonly ReadRow<CellsInputKey>[]>;
}

export interface Rule {
  /** The finding types this rule reports: it reports no other. */
  readonly codes: readonly RuleCode[];
  readonly workbook?: (workbook: WorkbookUnderCheck, findings: FindingSink) => void;
  readonly table?: (table: TableUnderCheck, findings: FindingSink) => void;
  readonly row?: (row: ReadRow<CellsInputKey>, context: RowContext, findings: FindingSink) => void;
  readonly roster?: (roster: RosterTable, cells: CellsUnderCheck, findings: FindingSink) => void;
  readonly end?: (cells: CellsUnderCheck, findings: FindingSink) => void;
}

/** Data rows by code key, for the codes that read: "01", "1" and 1 shown "01" are one code (v2). */
export function rowsByCode(
  rows: readonly ReadRow<CellsInputKey>[],
): Map<string, ReadRow<CellsInputKey>[]> {
  const byCode = new Map<string, ReadRow<CellsInputKey>[]>();
  for (const row of rows) {
    const code = row.cells.validValue("code");
    if (typeof code !== "string") continue;
    const key = codeKey(code);
    const list = byCode.get(key);
    if (list) list.push(row);
    else byCode.set(key, [row]);
  }
  return byCode;
}
