/**
 * Whether another workbook has the focus. Excel on Windows and Mac refuses some calls while the
 * clerk is in another workbook, with codes that also mean other things (GeneralException for
 * Worksheet.activate, Range.select, WorksheetCollection.add, WorksheetFreezePanes.freezeRows;
 * InvalidSelection for Worksheet.delete). Microsoft's list (office-js-docs-pr
 * docs/excel/excel-add-ins-troubleshooting.md, "API limitations when the active workbook
 * switches") also has `Workbook.getActiveCell` refused with InvalidSelection: a read that changes
 * nothing, so after such a refusal the edge asks it (one sync) to tell a switch from any other
 * failure. The message of the refusal is never read.
 */
/* global Excel */
import { isWorkbookSwitchCode, officeErrorCode } from "./officeErrors";

/** After `error`: true when Excel refused it because another workbook is in front. */
export async function refusedForAnotherWorkbook(
  context: Excel.RequestContext,
  error: unknown,
): Promise<boolean> {
  if (!isWorkbookSwitchCode(officeErrorCode(error))) return false;
  context.workbook.getActiveCell().load("address");
  try {
    await context.sync();
    return false;
  } catch (probe) {
    return officeErrorCode(probe) === "InvalidSelection";
  }
}
