/**
 * Noticing that the data changed after scoring (worksheet onChanged, ExcelApi 1.7), so the task
 * pane can offer "Chấm lại". Only edits that can change the result count: on "Chi bộ" and "Đảng
 * viên" an edit must touch a recognised input column (the product's own output columns, and a
 * user's "Ghi chú", do not count), any edit on "Thông tin" counts, and inserting or deleting rows
 * or columns always counts. The product's own writes are ignored by their trigger source (ExcelApi
 * 1.14, where available) and, everywhere, because they only touch output columns and the report.
 */
/* global Excel */
import { columnIndex, OUTPUT_KEYS, type OutputKey, type WorkbookLayout } from "../core";
import { parseSheetArea } from "./rangeAddress";
import { toHostError } from "./officeErrors";

export interface WatchedSheet {
  sheet: string;
  /** 0-based columns whose edits count; null: every edit on the sheet counts. */
  inputColumns: ReadonlySet<number> | null;
}

const STRUCTURAL_CHANGES = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

function inputColumnsOf(columns: Partial<Record<string, string>>): Set<number> {
  const out = new Set<number>();
  for (const [key, letters] of Object.entries(columns)) {
    if (!letters || key === "stt" || (OUTPUT_KEYS as readonly string[]).includes(key as OutputKey))
      continue;
    out.add(columnIndex(letters));
  }
  return out;
}

/** The sheets and columns whose edits change the inputs the stamp's fingerprint covers. */
export function watchedSheets(layout: WorkbookLayout): WatchedSheet[] {
  const out: WatchedSheet[] = [];
  if (layout.info) out.push({ sheet: layout.info.sheet, inputColumns: null });
  if (layout.cells)
    out.push({ sheet: layout.cells.sheet, inputColumns: inputColumnsOf(layout.cells.columns) });
  if (layout.roster)
    out.push({ sheet: layout.roster.sheet, inputColumns: inputColumnsOf(layout.roster.columns) });
  return out;
}

export interface ChangeEvent {
  address: string;
  changeType: string;
  triggerSource?: string;
}

/** Whether a change event on a watched sheet can change the scoring inputs. */
export function isInputChange(event: ChangeEvent, watched: WatchedSheet): boolean {
  if (event.triggerSource === "ThisLocalAddin") return false;
  if (STRUCTURAL_CHANGES.has(event.changeType)) return true;
  if (!watched.inputColumns) return true;
  let area;
  try {
    area = parseSheetArea(event.address);
  } catch {
    // An address this edge cannot read (whole rows, say): count it, to be safe.
    return true;
  }
  for (let col = area.left; col <= area.right; col++)
    if (watched.inputColumns.has(col)) return true;
  return false;
}

/**
 * Registers onChanged on each watched sheet; resolves to the unsubscribe function, which stops
 * the notifications at once and removes the handlers from Excel.
 */
export async function watchWorkbookChanges(
  watched: readonly WatchedSheet[],
  onChange: () => void,
): Promise<() => void> {
  let active = true;
  const context = new Excel.RequestContext();
  const handlers = watched.map((w) =>
    context.workbook.worksheets.getItem(w.sheet).onChanged.add(async (event) => {
      if (active && isInputChange(event, w)) onChange();
    }),
  );
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
  return () => {
    if (!active) return;
    active = false;
    for (const handler of handlers) handler.remove();
    // The handlers are already inert (active = false); if Excel cannot remove them now (the pane
    // is closing, the connection dropped), nothing the user sees depends on it.
    context.sync().catch(() => undefined);
  };
}
