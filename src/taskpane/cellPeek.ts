/**
 * Outside Excel nothing can be selected, so a host that holds the workbook itself (the preview)
 * can show the chosen cell's value instead. An optional extra on top of TaskpaneHost.
 */
import type { TaskpaneHost } from "../host";

export interface CellPeeker {
  /** The cell's value as text ("" when empty), or null when the sheet was not read. */
  peekCell(sheet: string, cell: string): Promise<string | null>;
}

export function canPeekCells(host: TaskpaneHost): host is TaskpaneHost & CellPeeker {
  return typeof (host as Partial<CellPeeker>).peekCell === "function";
}
