/**
 * The layout stage: which sheet plays which role, the "Thông tin" sheet read, the "Chi bộ" table
 * and the roster found, and where all of it is in A1 terms (WorkbookLayout). Reads the grid and
 * checks nothing: the rules report what is wrong.
 */
import { EngineError } from "../errors";
import { columnLetter, rowNumber, type CellIndex } from "../grid/address";
import type { SheetGrid, WorkbookGrid } from "../grid/grid";
import type { CellsInputKey, OutputKey, RosterKey } from "../vocabulary";
import { chooseInfoSheet } from "./findInfoFields";
import { infoValue, readInfoSheet, type InfoSheet } from "./infoSheet";
import { choosePartyCellsTable, type PartyCellsTable } from "./partyCellsTable";
import { chooseRoster, type RosterTable } from "./rosterTable";
import { selectSheetsToRead, type DataSheetRole, type SheetSelection } from "./selectSheets";
import type { InfoLayout, TableLayout, WorkbookLayout } from "./workbookLayout";

export interface DiscoveredWorkbook {
  readonly selection: SheetSelection;
  /** The "Thông tin" sheet read; null when there is none. */
  readonly info: InfoSheet | null;
  /** The "Chi bộ" table; null when there is no such sheet. */
  readonly cells: PartyCellsTable | null;
  /** The "Đảng viên" table; null when there is no such sheet. */
  readonly roster: RosterTable | null;
  readonly layout: WorkbookLayout;
}

const DATA_ROLES: readonly DataSheetRole[] = ["info", "cells", "roster"];

/**
 * Finds the sheets, tables and fields of a workbook grid (checked by the caller). Of several
 * sheets matching one role the choosers read the one with data (spec §1 "Sheets", v2); the
 * "Thông tin" sheet is read first, so that its year chooses among columns for different years.
 * The selection returned names the sheets read, and the others as `extra` (W_INFO).
 */
export function discoverWorkbook(grid: WorkbookGrid): DiscoveredWorkbook {
  const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  const first = selectSheetsToRead(grid.sheetNames);
  const candidates = (role: DataSheetRole): SheetGrid[] => {
    const name = first[role];
    if (name === null) return [];
    const sheet = sheets.get(name);
    if (sheet === undefined) {
      throw new EngineError(
        `evaluateWorkbook: sheet "${name}" is in sheetNames but was not read (see sheetsToRead)`,
      );
    }
    // The further sheets of the role that were read: an edge reading what sheetsToRead lists
    // gives them all; one that read only the first still gets them reported (W_INFO).
    const others = first.extra.filter((e) => e.role === role).map((e) => sheets.get(e.sheet));
    return [sheet, ...others.filter((other): other is SheetGrid => other !== undefined)];
  };
  const infoChoice = chooseInfoSheet(candidates("info"));
  const info = infoChoice ? readInfoSheet(infoChoice.info) : null;
  const year = info ? infoValue(info.year) : null;
  const cellsChoice = choosePartyCellsTable(candidates("cells"), { year });
  const rosterChoice = chooseRoster(candidates("roster"), { year });
  const cells = cellsChoice?.table ?? null;
  const roster = rosterChoice?.roster ?? null;
  const read: Record<DataSheetRole, string | null> = {
    info: info?.sheet.name ?? null,
    cells: cells?.sheet.name ?? null,
    roster: roster?.sheet.name ?? null,
  };
  const ofRole = [
    ...DATA_ROLES.flatMap((role) => (first[role] === null ? [] : [{ role, sheet: first[role] }])),
    ...first.extra,
  ];
  const selection: SheetSelection = {
    ...read,
    extra: ofRole.filter(({ role, sheet }) => sheet !== read[role]),
  };
  return {
    selection,
    info,
    cells,
    roster,
    layout: { info: infoLayout(info), cells: cellsLayout(cells), roster: rosterLayout(roster) },
  };
}

function infoLayout(info: InfoSheet | null): InfoLayout | null {
  if (info === null) return null;
  return {
    sheet: info.sheet.name,
    organizationCell: a1(info.fields.get("organization")),
    yearCell: a1(info.fields.get("year")),
  };
}

function a1(at: CellIndex | undefined): string | null {
  return at === undefined ? null : `${columnLetter(at.col)}${rowNumber(at.row)}`;
}

function tableLayout<K extends string>(
  sheet: string,
  headerRow: number,
  columns: Iterable<[K, number]>,
  dataRows: readonly number[],
  totalRow: number | null,
  signatureRow: number | null,
): TableLayout<K> {
  const letters: Partial<Record<K, string>> = {};
  for (const [key, col] of columns) letters[key] = columnLetter(col);
  return {
    sheet,
    headerRow: rowNumber(headerRow),
    columns: letters,
    dataRows: dataRows.map(rowNumber),
    totalRow: totalRow === null ? null : rowNumber(totalRow),
    signatureRow: signatureRow === null ? null : rowNumber(signatureRow),
  };
}

function cellsLayout(table: PartyCellsTable | null): TableLayout<CellsInputKey | OutputKey> | null {
  if (table === null || table.header === null) return null;
  const columns: [CellsInputKey | OutputKey, number][] = [
    ...table.inputColumns,
    ...table.outputColumns.map((o): [OutputKey, number] => [o.key, o.col]),
  ];
  const c = table.classification;
  return tableLayout(
    table.sheet.name,
    table.header.row,
    columns,
    table.rows.map((r) => r.row),
    c?.totalRow ?? null,
    c?.signatureRow ?? null,
  );
}

function rosterLayout(roster: RosterTable | null): TableLayout<RosterKey> | null {
  if (roster === null || roster.header === null) return null;
  return tableLayout(
    roster.sheet.name,
    roster.header.row,
    roster.header.columns,
    roster.members.rowNumbers,
    null,
    roster.signatureRow,
  );
}
