/**
 * Showing a cell to the user: activates its sheet and selects the cell (Excel scrolls to it).
 * One sync. A sheet deleted or renamed since scoring gets a clear message; so does another
 * workbook in front, where Excel on Windows and Mac refuses `activate` and `select`
 * (workbookFocus.ts).
 */
/* global Excel */
import {
  officeErrorCode,
  sheetMissingError,
  toHostError,
  workbookSwitchedError,
} from "./officeErrors";
import { refusedForAnotherWorkbook } from "./workbookFocus";
import { runInExcel } from "./runInExcel";

export async function selectCellIn(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  try {
    await context.sync();
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === "ItemNotFound") throw sheetMissingError(sheet, error);
    if (await refusedForAnotherWorkbook(context, error)) throw workbookSwitchedError(error, "show");
    throw toHostError(error);
  }
}

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runInExcel((context) => selectCellIn(context, sheet, cell));
}
