/**
 * The layout stage: which sheet plays which role, the "Thông tin" sheet read, the "Chi bộ" table
 * and the roster found, and where all of it is in A1 terms (WorkbookLayout). Reads the grid and
 * checks nothing: the rules report what is wrong.
 */
import { EngineError } from "../errors";
import { columnLetter, rowNumber, type CellIndex } from "../grid/address";
import type { SheetGrid, WorkbookGrid } from "../grid/grid";
import type { CellsInputKey, OutputKey, RosterKey } from "../vocabulary";
import { discoverPartyCellsTable, type PartyCellsTable } from "./partyCellsTable";
import { readInfoSheet, type InfoSheet } from "./infoSheet";
import { discoverRoster, type RosterTable } from "./rosterTable";
import { selectSheetsToRead, type SheetSelection } from "./selectSheets";
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

/** Finds the sheets, tables and fields of a workbook grid (checked by the caller). */
export function discoverWorkbook(grid: WorkbookGrid): DiscoveredWorkbook {
  const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  const sheetNamed = (name: string | null): SheetGrid | null => {
    if (name === null) return null;
    const sheet = sheets.get(name);
    if (sheet === undefined) {
      throw new EngineError(
        `evaluateWorkbook: sheet "${name}" is in sheetNames but was not read (see selectSheetsToRead)`,
      );
    }
    return sheet;
  };
  const selection = selectSheetsToRead(grid.sheetNames);
  const infoSheet = sheetNamed(selection.info);
  const cellsSheet = sheetNamed(selection.cells);
  const rosterSheet = sheetNamed(selection.roster);
  const info = infoSheet ? readInfoSheet(infoSheet) : null;
  const cells = cellsSheet ? discoverPartyCellsTable(cellsSheet) : null;
  const roster = rosterSheet ? discoverRoster(rosterSheet) : null;
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
