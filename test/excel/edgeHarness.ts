/**
 * Helpers shared by the edge's tests: score a fake workbook through the edge, plan a write the
 * way the add-in does, and compare snapshots of the fake before and after.
 */
import {
  DEFAULT_RULESET,
  evaluateWorkbook,
  planWorkbookWrite,
  type Evaluation,
  type Lang,
  type WorkbookWritePlan,
} from "../../src/core";
import { readWorkbookGrid, type WorkbookRead } from "../../src/excel/readWorkbookGrid";
import type { CellSnapshot, RecordingExcel, WorkbookSnapshot } from "../fakes/recordingExcel";
import { areaA1, parseArea, splitAreaList } from "../fakes/excel/fakeAddress";

export const SCORED_AT = new Date("2025-12-01T08:00:00+07:00");

export interface Planned {
  read: WorkbookRead;
  evaluation: Evaluation;
  plan: WorkbookWritePlan;
}

/** Reads the fake through the edge, evaluates and plans the write, as "Chấm điểm" does. */
export async function planFor(fake: RecordingExcel, lang: Lang = "vi"): Promise<Planned> {
  const read = await fake.run((context) => readWorkbookGrid(context));
  const evaluation = evaluateWorkbook(read.grid, { ruleset: DEFAULT_RULESET, lang });
  const plan = await planWorkbookWrite(evaluation, read, SCORED_AT);

  return { read, evaluation, plan };
}

/** Every cell of a list of ranges ("D9:D11", "F2"), as A1 addresses. */
export function expandRanges(ranges: readonly string[]): string[] {
  const out: string[] = [];
  for (const range of ranges) {
    for (const part of splitAreaList(range)) {
      const area = parseArea(part.area);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++)
          out.push(areaA1({ top: r, left: c, bottom: r, right: c }));
      }
    }
  }
  return out;
}

/** The cells the plan allows the edge to write on existing sheets: `sheet!A1` keys. */
export function allowedCells(plan: WorkbookWritePlan): Set<string> {
  const allowed = new Set<string>();
  const outputs = plan.outputs;
  if (!outputs) return allowed;
  for (const header of outputs.newHeaders) allowed.add(`${outputs.sheet}!${header.cell}`);
  for (const row of outputs.rows)
    for (const column of outputs.columns)
      allowed.add(`${outputs.sheet}!${column.column}${row.row}`);
  return allowed;
}

export interface CellChange {
  key: string;
  before: CellSnapshot | undefined;
  after: CellSnapshot | undefined;
}

/** Cells whose value, number format, formula, style or hyperlink differ, on sheets present in both. */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): CellChange[] {
  const changes: CellChange[] = [];
  for (const sheetBefore of before.sheets) {
    const sheetAfter = after.sheets.find((s) => s.name === sheetBefore.name);
    if (!sheetAfter) continue;
    const keys = new Set([...Object.keys(sheetBefore.cells), ...Object.keys(sheetAfter.cells)]);
    for (const cell of keys) {
      const a = sheetBefore.cells[cell];
      const b = sheetAfter.cells[cell];
      if (JSON.stringify(a ?? {}) !== JSON.stringify(b ?? {}))
        changes.push({ key: `${sheetBefore.name}!${cell}`, before: a, after: b });
    }
  }
  return changes;
}

/** The fake's conditional formats whose formula the product owns, per sheet, as covered cells. */
export function productMarkCells(
  snapshot: WorkbookSnapshot,
  isProduct: (formula: string) => boolean,
): Set<string> {
  const cells = new Set<string>();
  for (const sheet of snapshot.sheets) {
    for (const format of sheet.conditionalFormats) {
      if (!isProduct(format.formula)) continue;
      for (const cell of expandRanges(format.ranges)) cells.add(`${sheet.name}!${cell}`);
    }
  }
  return cells;
}
