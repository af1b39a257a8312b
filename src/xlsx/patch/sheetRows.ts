/**
 * Walking the rows and cells of a worksheet's `<sheetData>` without parsing the whole sheet: a row
 * is found by "<row", its number read from its start tag, and its cells are only split when the
 * patcher has something to do in that row. Rows and cells without an "r" attribute (allowed by the
 * schema, written by a few generators) take the position after the previous one.
 */
import { adr } from "../../core";
import { findElement, findTagEnd, getAttribute, type ElementSpan } from "./xmlElements";

export interface RowSpan extends ElementSpan {
  /** 0-based row index. */
  index: number;
}

export interface CellSpan extends ElementSpan {
  /** 0-based column index. */
  col: number;
  /** True when the cell states its address in an "r" attribute. */
  hasAddress: boolean;
}

/** The first row starting at or after `from` (before `limit`), numbered after `previousIndex`. */
export function nextRow(xml: string, rowQName: string, from: number, limit: number, previousIndex: number): RowSpan | null {
  const span = findElement(xml, rowQName, from, limit);
  if (!span) return null;
  const r = getAttribute(span.startTag, "r");
  return { ...span, index: r === undefined ? previousIndex + 1 : Number(r) - 1 };
}

/** The value of the "r" attribute of a cell's start tag (a fast path: the hot loop of a large sheet). */
function addressOf(startTag: string): string | undefined {
  const at = startTag.indexOf(' r="');
  if (at !== -1) return startTag.slice(at + 4, startTag.indexOf('"', at + 4));
  return getAttribute(startTag, "r");
}

/** The cells of a row, in document order. Cells never nest, so the first end tag closes a cell. */
export function cellsOfRow(xml: string, row: RowSpan, cellQName: string): CellSpan[] {
  const cells: CellSpan[] = [];
  if (row.selfClosing) return cells;
  const open = `<${cellQName}`;
  const close = `</${cellQName}>`;
  let previousCol = -1;
  let at = xml.indexOf(open, row.contentStart);
  while (at !== -1 && at < row.contentEnd) {
    const next = xml.charCodeAt(at + open.length);
    if (next !== 32 && next !== 47 && next !== 62 && next !== 9 && next !== 10 && next !== 13) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = findTagEnd(xml, at);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const contentEnd = selfClosing ? tagEnd + 1 : xml.indexOf(close, tagEnd);
    if (contentEnd === -1) throw new Error(`cell at ${at} is not closed`);
    const end = selfClosing ? contentEnd : contentEnd + close.length;
    const startTag = xml.slice(at, tagEnd + 1);
    const r = addressOf(startTag);
    const col = r === undefined ? previousCol + 1 : adr(r).col;
    cells.push({ qname: cellQName, start: at, contentStart: tagEnd + 1, contentEnd, end, selfClosing, startTag, col, hasAddress: r !== undefined });
    previousCol = col;
    at = xml.indexOf(open, end);
  }
  return cells;
}

/** The `<f>` child of a cell, if any. */
export function formulaOf(xml: string, cell: CellSpan, formulaQName: string): ElementSpan | null {
  if (cell.selfClosing) return null;
  return findElement(xml, formulaQName, cell.contentStart, cell.contentEnd);
}

