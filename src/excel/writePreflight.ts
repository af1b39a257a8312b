/**
 * The checks made before anything is written, so that a write the workbook would refuse is refused
 * up front with a clear HostError and nothing changed: the workbook is editable (not read-only, its
 * structure not protected: the report sheet must be added), every sheet written exists and is not
 * protected (the results sheet, the marked sheets, the sheets holding the product's old marks), and
 * the report sheet's name is still free. Three syncs, whatever the size of the workbook.
 */
/* global Excel */
import type { WorkbookWritePlan } from "../core";
import { HostError } from "../host";
import {
  HOST_ERROR_CODES,
  readOnlyError,
  sheetMissingError,
  sheetProtectedError,
  workbookProtectedError,
} from "./officeErrors";
import {
  headerStyleSourceCell,
  queueHeaderStyleProbe,
  readHeaderStyle,
  type HeaderStyle,
  type HeaderStyleProbe,
} from "./outputWrites";
import {
  collectProductMarks,
  protectedSheets,
  queueSheetInventory,
  type ProductMark,
} from "./productMarks";
import { staleStampKeys } from "./stampWrites";

export interface WritePreflight {
  /** The product's existing marks, to delete before writing the new ones. */
  productMarks: ProductMark[];
  /** The look new header cells copy, when the plan adds header cells. */
  headerStyle: HeaderStyle | null;
  /** Stamp properties of an older stamp that the new one does not write. */
  staleStampKeys: string[];
  /** The previous report sheet to delete: the plan's, if it still exists. */
  replaceReportSheet: string | null;
}

function reportNameTakenError(name: string): HostError {
  return new HostError(HOST_ERROR_CODES.reportNameTaken, {
    vi:
      `Vừa có một trang tính tên "${name}" được tạo trong lúc chấm điểm, nên tiện ích không ghi trang báo cáo để khỏi đè lên nó. ` +
      'Chưa có gì bị thay đổi. Hãy bấm "Chấm điểm" lại.',
    en:
      `A sheet named "${name}" appeared while scoring, so the add-in did not write its report over it. ` +
      'Nothing was changed. Click "Score" again.',
  });
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export async function inspectBeforeWrite(
  context: Excel.RequestContext,
  plan: WorkbookWritePlan,
): Promise<WritePreflight> {
  const workbook = context.workbook;
  workbook.load("readOnly");
  const structure = workbook.protection.load("protected");
  const sheets = workbook.worksheets.load("items/name");
  const custom = workbook.properties.custom.load("items/key");
  await context.sync();

  if (workbook.readOnly) throw readOnlyError();
  if (structure.protected) throw workbookProtectedError();
  const names = sheets.items.map((s) => s.name);
  const exists = (name: string): boolean => names.some((n) => sameName(n, name));
  const targetSheets = new Set<string>();
  if (plan.outputs) targetSheets.add(plan.outputs.sheet);
  for (const mark of plan.marks) targetSheets.add(mark.sheet);
  for (const sheet of targetSheets) if (!exists(sheet)) throw sheetMissingError(sheet);
  const report = plan.reportSheet.name;
  const replacing = plan.replaceReportSheet !== null && exists(plan.replaceReportSheet);
  if (exists(report) && !(replacing && sameName(report, plan.replaceReportSheet ?? ""))) {
    throw reportNameTakenError(report);
  }

  const inventory = queueSheetInventory(context, names);
  const headerCell = plan.outputs ? headerStyleSourceCell(plan.outputs) : null;
  let probe: HeaderStyleProbe | null = null;
  if (plan.outputs && headerCell)
    probe = queueHeaderStyleProbe(context, plan.outputs.sheet, headerCell);
  await context.sync();

  const productMarks = await collectProductMarks(context, inventory);
  const locked = protectedSheets(inventory);
  const touched = new Set([...targetSheets, ...productMarks.map((m) => m.sheet)]);
  const blocked = names.filter(
    (name) => locked.has(name) && [...touched].some((t) => sameName(t, name)),
  );
  if (blocked.length > 0) throw sheetProtectedError(blocked);

  return {
    productMarks,
    headerStyle: probe ? readHeaderStyle(probe) : null,
    staleStampKeys: staleStampKeys(
      custom.items.map((p) => p.key),
      plan.stampProperties,
    ),
    replaceReportSheet: replacing ? plan.replaceReportSheet : null,
  };
}
