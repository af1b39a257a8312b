/**
 * Showing a cell to the user: activates its sheet and selects the cell (Excel scrolls to it).
 * One sync. A sheet deleted or renamed since scoring gets a clear message.
 */
/* global Excel */
import { officeErrorCode, sheetMissingError, toHostError } from "./officeErrors";
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
    throw officeErrorCode(error) === "ItemNotFound"
      ? sheetMissingError(sheet, error)
      : toHostError(error);
  }
}

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runInExcel((context) => selectCellIn(context, sheet, cell));
}
