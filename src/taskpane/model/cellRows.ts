/**
 * The Party cells table's rows: which result each cell has, and the clerk's filter and sort.
 * Pure functions so the table view stays a view, and the order is tested without a browser.
 */
import type { PartyCellResult, ReportPartyCell } from "../../core";

export type { PartyCellResult };
export type CellFilter = "all" | "notFourGood" | "errors";
export type CellSortColumn = "code" | "total" | "result";
export type SortDirection = "ascending" | "descending";

export interface CellSort {
  column: CellSortColumn;
  direction: SortDirection;
}

export function cellResult(cell: ReportPartyCell): PartyCellResult {
  if (cell.status === "error") return "dataError";
  return cell.fourGood ? "fourGood" : "notFourGood";
}

/** "Chưa đạt" is a scored cell that is not four-good; a cell with a data error is "Có lỗi". */
export function matchesFilter(cell: ReportPartyCell, filter: CellFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "notFourGood":
      return cellResult(cell) === "notFourGood";
    case "errors":
      return cellResult(cell) === "dataError";
  }
}

export function countByFilter(cells: readonly ReportPartyCell[]): Record<CellFilter, number> {
  const counts: Record<CellFilter, number> = { all: cells.length, notFourGood: 0, errors: 0 };
  for (const cell of cells) {
    const result = cellResult(cell);
    if (result === "notFourGood") counts.notFourGood += 1;
    if (result === "dataError") counts.errors += 1;
  }
  return counts;
}

const RESULT_ORDER: Record<PartyCellResult, number> = { fourGood: 0, notFourGood: 1, dataError: 2 };

/** Codes compare like a clerk expects: "CB2" before "CB10", accents and case ignored. */
const codeCollator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

/**
 * Sorted copy. Cells without a total (data errors) go last in both directions, since they have
 * nothing to rank; ties keep the sheet's order.
 */
export function sortCells(cells: readonly ReportPartyCell[], sort: CellSort): ReportPartyCell[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const indexed = cells.map((cell, index) => ({ cell, index }));
  indexed.sort((a, b) => {
    let order = 0;
    if (sort.column === "code") {
      order = sign * codeCollator.compare(a.cell.code, b.cell.code);
    } else if (sort.column === "total") {
      const ta = a.cell.total;
      const tb = b.cell.total;
      if (ta === null || tb === null) order = ta === tb ? 0 : ta === null ? 1 : -1;
      else order = sign * (ta - tb);
    } else {
      order = sign * (RESULT_ORDER[cellResult(a.cell)] - RESULT_ORDER[cellResult(b.cell)]);
    }
    return order !== 0 ? order : a.index - b.index;
  });
  return indexed.map((entry) => entry.cell);
}

export function filterAndSortCells(
  cells: readonly ReportPartyCell[],
  filter: CellFilter,
  sort: CellSort,
): ReportPartyCell[] {
  return sortCells(
    cells.filter((cell) => matchesFilter(cell, filter)),
    sort,
  );
}

/**
 * The next sort when a column header is activated: the same column flips; a new column starts
 * ascending, except the total, which starts with the highest (the question is usually "who leads").
 */
export function nextCellSort(current: CellSort, column: CellSortColumn): CellSort {
  if (current.column !== column) {
    return { column, direction: column === "total" ? "descending" : "ascending" };
  }
  return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
}
