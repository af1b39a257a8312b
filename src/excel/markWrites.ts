/**
 * Writing the marks: each MarkPlan becomes custom conditional formats on RangeAreas
 * (`worksheet.getRanges(address)`), one per address chunk (`addressChunks` keeps each address under
 * Excel's length limit). Each chunk's formula is re-anchored at the chunk's own first cell. Fill and
 * font colours come from the plan's style; stopIfTrue is off so a user's own formats still apply.
 *
 * The priority is set last. Excel API reference, ConditionalFormat.priority (ExcelApi 1.6): "if
 * you change the priority, you have to re-fetch a new copy of the object at that new priority
 * location if you want to make further changes to it": a change made after it through the same
 * object could land on another format, a clerk's own among them.
 */
/* global Excel */
import { addressChunks, toA1, type MarkPlan } from "../core";
import { shiftFormula } from "./markFormulaAnchor";
import type { ProductMark } from "./productMarks";
import { parseSheetArea, splitAddressList } from "./rangeAddress";
import { operationBytes, type WriteOperation } from "./writeBatches";

/** The cell a chunk's conditional format is anchored at: the top-left cell of its first area. */
export function chunkAnchor(chunk: string): string {
  const first = parseSheetArea(splitAddressList(chunk)[0]);
  return toA1(first.top, first.left);
}

export interface MarkFormat {
  sheet: string;
  address: string;
  formula: string;
  fill: string;
  font: string;
  priority: number;
}

/** The conditional formats a list of plans becomes, one per address chunk. */
export function markFormats(marks: readonly MarkPlan[]): MarkFormat[] {
  return marks.flatMap((mark) => {
    if (mark.cells.length === 0) return [];
    return addressChunks(mark.cells).map((address) => ({
      sheet: mark.sheet,
      address,
      formula: shiftFormula(mark.formula, mark.cells[0], chunkAnchor(address)),
      fill: mark.style.fill,
      font: mark.style.font,
      priority: mark.priority,
    }));
  });
}

export function addMarkOperations(formats: readonly MarkFormat[]): WriteOperation[] {
  return formats.map((mark) => ({
    part: "marks",
    bytes: operationBytes(7, mark),
    queue: (context: Excel.RequestContext) => {
      const areas = context.workbook.worksheets.getItem(mark.sheet).getRanges(mark.address);
      const format = areas.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = mark.formula;
      format.custom.format.fill.color = mark.fill;
      format.custom.format.font.color = mark.font;
      format.stopIfTrue = false;
      format.priority = mark.priority;
    },
  }));
}

/** Deletes the product's existing marks (found by `collectProductMarks`), in one operation. */
export function removeMarkOperations(marks: readonly ProductMark[]): WriteOperation[] {
  if (marks.length === 0) return [];
  return [
    {
      part: "removeMarks",
      bytes: operationBytes(marks.length, null),
      queue: () => {
        for (const mark of marks) mark.format.delete();
      },
    },
  ];
}
