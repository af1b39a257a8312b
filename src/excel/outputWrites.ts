/**
 * Writing the results into the "Chi bộ" sheet: exactly the plan's output cells and new header
 * cells, nothing else. Values go in rectangles of consecutive data rows × adjacent output columns
 * of one kind. The text columns ("Kết quả", "Tiêu chí chưa đạt") get the number format "@" before
 * their values, so Excel keeps them as text whatever they hold (never a formula, never a number).
 * A new header cell takes the look of the header cell to its left (font, fill, alignment, borders).
 */
/* global Excel */
import {
  adr,
  columnIndex,
  rangeA1,
  toA1,
  type OutputKey,
  type OutputValue,
  type OutputWrite,
} from "../core";
import { operationBytes, type WriteOperation } from "./writeBatches";

const TEXT_OUTPUTS: ReadonlySet<OutputKey> = new Set<OutputKey>(["result", "failed_criteria"]);
/** Keep each operation small so that batches pack tightly under the budget. */
const OPERATION_TARGET_BYTES = 512 * 1024;

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** The look of a header cell, copied property by property (works inside merged header areas). */
export interface HeaderStyle {
  bold: boolean | null;
  italic: boolean | null;
  fontColor: string | null;
  fontSize: number | null;
  fontName: string | null;
  fillColor: string | null;
  wrapText: boolean | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  borders: { edge: (typeof BORDER_EDGES)[number]; style: string; color: string; weight: string }[];
}

export interface HeaderStyleProbe {
  format: Excel.RangeFormat;
  font: Excel.RangeFont;
  fill: Excel.RangeFill;
  borders: { edge: (typeof BORDER_EDGES)[number]; border: Excel.RangeBorder }[];
}

/** The cell whose look new header cells copy: left of the left-most new header. */
export function headerStyleSourceCell(outputs: OutputWrite): string | null {
  if (outputs.newHeaders.length === 0) return null;
  const leftMost = outputs.newHeaders
    .map((h) => adr(h.cell))
    .reduce((a, b) => (b.col < a.col ? b : a));
  return leftMost.col === 0 ? null : toA1(leftMost.row, leftMost.col - 1);
}

export function queueHeaderStyleProbe(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): HeaderStyleProbe {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  return {
    format: range.format.load("wrapText,horizontalAlignment,verticalAlignment"),
    font: range.format.font.load("bold,italic,color,size,name"),
    fill: range.format.fill.load("color"),
    borders: BORDER_EDGES.map((edge) => ({
      edge,
      border: range.format.borders.getItem(edge).load("style,color,weight"),
    })),
  };
}

export function readHeaderStyle(probe: HeaderStyleProbe): HeaderStyle {
  const fill = probe.fill.color;
  return {
    bold: probe.font.bold ?? null,
    italic: probe.font.italic ?? null,
    fontColor: probe.font.color ?? null,
    fontSize: probe.font.size ?? null,
    fontName: probe.font.name ?? null,
    // Office.js reports "no fill" as white: copying it would hide the gridlines.
    fillColor: fill && fill.toUpperCase() !== "#FFFFFF" ? fill : null,
    wrapText: probe.format.wrapText ?? null,
    horizontalAlignment: probe.format.horizontalAlignment ?? null,
    verticalAlignment: probe.format.verticalAlignment ?? null,
    borders: probe.borders
      .filter(({ border }) => border.style && border.style !== "None")
      .map(({ edge, border }) => ({
        edge,
        style: border.style,
        color: border.color,
        weight: border.weight,
      })),
  };
}

function applyHeaderStyle(range: Excel.Range, style: HeaderStyle): number {
  let actions = 0;
  const set = <T>(value: T | null, apply: (v: T) => void): void => {
    if (value === null) return;
    apply(value);
    actions += 1;
  };
  set(style.bold, (v) => (range.format.font.bold = v));
  set(style.italic, (v) => (range.format.font.italic = v));
  set(style.fontColor, (v) => (range.format.font.color = v));
  set(style.fontSize, (v) => (range.format.font.size = v));
  set(style.fontName, (v) => (range.format.font.name = v));
  set(style.fillColor, (v) => (range.format.fill.color = v));
  set(style.wrapText, (v) => (range.format.wrapText = v));
  set(
    style.horizontalAlignment,
    (v) => (range.format.horizontalAlignment = v as Excel.HorizontalAlignment),
  );
  set(
    style.verticalAlignment,
    (v) => (range.format.verticalAlignment = v as Excel.VerticalAlignment),
  );
  for (const b of style.borders) {
    const border = range.format.borders.getItem(b.edge);
    border.style = b.style as Excel.BorderLineStyle;
    border.color = b.color;
    border.weight = b.weight as Excel.BorderWeight;
    actions += 3;
  }
  return actions;
}

interface ColumnSpan {
  /** 0-based first column. */
  left: number;
  text: boolean;
  /** Indexes into each row's `values`, left to right. */
  valueIndexes: number[];
}

/** Adjacent output columns of one kind (number or text), left to right. */
export function outputSpans(outputs: OutputWrite): ColumnSpan[] {
  const columns = outputs.columns
    .map((c, valueIndex) => ({
      col: columnIndex(c.column),
      text: TEXT_OUTPUTS.has(c.key),
      valueIndex,
    }))
    .sort((a, b) => a.col - b.col);
  const spans: ColumnSpan[] = [];
  for (const column of columns) {
    const last = spans[spans.length - 1];
    if (last && last.text === column.text && last.left + last.valueIndexes.length === column.col) {
      last.valueIndexes.push(column.valueIndex);
    } else {
      spans.push({ left: column.col, text: column.text, valueIndexes: [column.valueIndex] });
    }
  }
  return spans;
}

/** Runs of consecutive 1-based row numbers, in order. */
export function rowRuns<T extends { row: number }>(rows: readonly T[]): T[][] {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const runs: T[][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].row + 1 === row.row) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

function cellValue(value: OutputValue | undefined): string | number {
  return value === null || value === undefined ? "" : value;
}

/** Splits a run so that each piece's values stay near the operation target size. */
function splitRun<T>(run: T[], bytes: number): T[][] {
  const pieces = Math.max(1, Math.ceil(bytes / OPERATION_TARGET_BYTES));
  const size = Math.ceil(run.length / pieces);
  const out: T[][] = [];
  for (let i = 0; i < run.length; i += size) out.push(run.slice(i, i + size));
  return out;
}

export function outputOperations(
  outputs: OutputWrite,
  headerStyle: HeaderStyle | null,
): WriteOperation[] {
  const operations: WriteOperation[] = [];
  const sheetName = outputs.sheet;
  if (outputs.newHeaders.length > 0) {
    const headers = outputs.newHeaders;
    operations.push({
      part: "outputs",
      bytes: operationBytes(headers.length * 30, headers),
      queue: (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const header of headers) {
          const range = sheet.getRange(header.cell);
          if (headerStyle) applyHeaderStyle(range, headerStyle);
          range.values = [[header.text]];
        }
      },
    });
  }
  const spans = outputSpans(outputs);
  for (const run of rowRuns(outputs.rows)) {
    for (const span of spans) {
      const matrix = run.map((r) => span.valueIndexes.map((i) => cellValue(r.values[i])));
      for (const piece of splitRun(
        matrix.map((values, i) => ({ values, row: run[i].row })),
        operationBytes(0, matrix),
      )) {
        const values = piece.map((p) => p.values);
        const address = rangeA1(
          piece[0].row - 1,
          span.left,
          piece[piece.length - 1].row - 1,
          span.left + span.valueIndexes.length - 1,
        );
        const formats = span.text ? values.map((line) => line.map(() => "@")) : null;
        operations.push({
          part: "outputs",
          bytes: operationBytes(formats ? 3 : 2, { address, values, formats }),
          queue: (context) => {
            const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
            if (formats) range.numberFormat = formats;
            range.values = values;
          },
        });
      }
    }
  }
  return operations;
}

/** Number of cells the operations write (headers and outputs), for the write summary. */
export function outputCellCount(outputs: OutputWrite | null): number {
  if (!outputs) return 0;
  return outputs.newHeaders.length + outputs.rows.length * outputs.columns.length;
}
