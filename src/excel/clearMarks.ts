/**
 * "Xóa đánh dấu": removes exactly the product's conditional formats (recognised by their formula)
 * from every sheet, and nothing else: the template's own formatting and a user's own conditional
 * formats stay. Refused up front, with nothing removed, when a sheet holding marks is protected or
 * the workbook is read-only. Four syncs at most, whatever the number of marks.
 */
/* global Excel */
import { explainAccessDenied } from "./accessDenied";
import { officeErrorCode, readOnlyError, sheetProtectedError } from "./officeErrors";
import { collectProductMarks, protectedSheets, queueSheetInventory } from "./productMarks";

/** Removes the product's marks; resolves to the number of conditional formats removed. */
export async function clearProductMarks(context: Excel.RequestContext): Promise<number> {
  const workbook = context.workbook;
  workbook.load("readOnly");
  const sheets = workbook.worksheets.load("items/name");
  await context.sync();
  if (workbook.readOnly) throw readOnlyError();

  const inventory = queueSheetInventory(
    context,
    sheets.items.map((s) => s.name),
  );
  await context.sync();
  const marks = await collectProductMarks(context, inventory);
  if (marks.length === 0) return 0;
  const locked = protectedSheets(inventory);
  const blocked = [...new Set(marks.map((m) => m.sheet).filter((s) => locked.has(s)))];
  if (blocked.length > 0) throw sheetProtectedError(blocked, "clear");

  for (const mark of marks) mark.format.delete();
  try {
    await context.sync();
  } catch (error) {
    // Protected since the check above (a co-author): say which sheet, from the workbook itself.
    if (officeErrorCode(error) !== "AccessDenied") throw error;
    const sheets = [...new Set(marks.map((m) => m.sheet))];
    throw await explainAccessDenied(context, sheets, error, "clear");
  }
  return marks.length;
}
