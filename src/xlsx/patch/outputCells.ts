/**
 * Writes the output cells of the "Chi bộ" sheet (OutputWrite) into its worksheet XML. Only the
 * rows that receive a value are split into cells; every other row, and every other cell of a
 * touched row, is copied as it was. An overwritten cell keeps its style; a new header cell takes
 * the style of the cell to its left (so it looks like the template's header); a new data cell takes
 * the style Excel would give a value typed there (the row's, else the column's).
 */
import { adr, columnIndex, toA1, type OutputValue, type OutputWrite } from "../../core";
import { sheetCellXml, sheetNames, type SheetNames } from "./sheetCellXml";
import { findRootChild } from "./childOrder";
import { readColumnStyles, type ColumnStyles } from "./columnStyles";
import { badPlanError, XlsxPatchError } from "./patchError";
import { sharedDependencyOf, sharedMasterOf, unshareCell, type SharedMaster } from "./sharedFormulas";
import { widenDimension, type CellBounds } from "./sheetDimension";
import { cellsOfRow, formulaOf, nextRow, type CellSpan, type RowSpan } from "./sheetRows";
import { findElement, getAttribute, prefixOf, rootElement, setAttribute } from "./xmlElements";

interface PlannedCell {
  col: number;
  value: OutputValue;
  header: boolean;
}

export interface OutputCellsResult {
  xml: string;
  /** A1 addresses of overwritten cells that held a formula (their calcChain entries must go). */
  removedFormulaCells: string[];
}

/** Planned cells by 0-based row, each row's cells sorted by column (a later write to a cell wins). */
function planCells(outputs: OutputWrite): Map<number, PlannedCell[]> {
  const byRow = new Map<number, Map<number, PlannedCell>>();
  const put = (row: number, cell: PlannedCell) => {
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(cell.col, cell);
  };
  for (const header of outputs.newHeaders) {
    const { row, col } = adr(header.cell);
    put(row, { col, value: header.text, header: true });
  }
  const columns = outputs.columns.map((column) => columnIndex(column.column));
  for (const dataRow of outputs.rows) {
    if (dataRow.values.length !== columns.length || !Number.isInteger(dataRow.row) || dataRow.row < 1) {
      throw badPlanError(`output row ${dataRow.row} does not match the output columns`);
    }
    dataRow.values.forEach((value, i) => put(dataRow.row - 1, { col: columns[i], value, header: false }));
  }
  const planned = new Map<number, PlannedCell[]>();
  for (const [row, cells] of byRow) planned.set(row, [...cells.values()].sort((a, b) => a.col - b.col));
  return planned;
}

interface RowContext {
  xml: string;
  names: SheetNames;
  columnStyles: ColumnStyles;
  masters: Map<string, SharedMaster>;
  removedFormulaCells: string[];
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function overwriteCell(ctx: RowContext, cell: CellSpan, row: number, planned: PlannedCell): string {
  if (formulaOf(ctx.xml, cell, ctx.names.f)) ctx.removedFormulaCells.push(toA1(row, cell.col));
  return sheetCellXml(ctx.names, toA1(row, cell.col), getAttribute(cell.startTag, "s"), planned.value);
}

function newCell(ctx: RowContext, row: number, planned: PlannedCell, leftStyle: string | undefined, rowStyle: string | undefined): string {
  if (planned.value === null || planned.value === "") return "";
  const style = planned.header ? leftStyle : (rowStyle ?? ctx.columnStyles.styleOf(planned.col));
  return sheetCellXml(ctx.names, toA1(row, planned.col), style, planned.value);
}

/** The row with `spans` widened to the columns written (spans is a hint Excel keeps per row). */
function widenSpans(startTag: string, cols: number[]): string {
  const spans = getAttribute(startTag, "spans");
  if (spans === undefined || cols.length === 0) return startTag;
  const bounds = spans.split(/[\s:]+/).filter(Boolean).map(Number).concat(cols.map((c) => c + 1));
  return setAttribute(startTag, "spans", `${Math.min(...bounds)}:${Math.max(...bounds)}`);
}

/** The rewritten row, or null when nothing in it changes. */
function rewriteRow(ctx: RowContext, row: RowSpan, planned: readonly PlannedCell[]): string | null {
  const { xml } = ctx;
  const cells = cellsOfRow(xml, row, ctx.names.c);
  const rowStyle = isTrue(getAttribute(row.startTag, "customFormat")) ? getAttribute(row.startTag, "s") : undefined;
  // Cells placed by position only would move when a cell is inserted or removed before them.
  const addressAll = planned.length > 0 && cells.some((cell) => !cell.hasAddress);
  const out: string[] = [];
  let cursor = row.contentStart;
  let changed = false;
  let leftStyle: string | undefined;
  let p = 0;
  const emit = (from: number, text: string, resume: number) => {
    out.push(xml.slice(cursor, from), text);
    cursor = resume;
    changed = true;
  };
  for (const cell of cells) {
    while (p < planned.length && planned[p].col < cell.col) emit(cell.start, newCell(ctx, row.index, planned[p++], leftStyle, rowStyle), cell.start);
    if (p < planned.length && planned[p].col === cell.col) {
      emit(cell.start, overwriteCell(ctx, cell, row.index, planned[p++]), cell.end);
    } else {
      const si = ctx.masters.size > 0 ? sharedDependencyOf(xml, cell, ctx.names) : null;
      const master = si === null ? undefined : ctx.masters.get(si);
      let replacement = master ? unshareCell(xml, cell, row.index, master, ctx.names) : null;
      if (addressAll && !cell.hasAddress) {
        const own = replacement ?? xml.slice(cell.start, cell.end);
        const tagEnd = cell.startTag.length;
        replacement = setAttribute(cell.startTag, "r", toA1(row.index, cell.col)) + own.slice(tagEnd);
      }
      if (replacement !== null) emit(cell.start, replacement, cell.end);
    }
    leftStyle = getAttribute(cell.startTag, "s");
  }
  const tail: string[] = [];
  for (; p < planned.length; p++) tail.push(newCell(ctx, row.index, planned[p], leftStyle, rowStyle));
  if (tail.some((text) => text !== "")) {
    if (row.selfClosing) {
      out.push(tail.join(""));
    } else {
      emit(row.contentEnd, tail.join(""), row.contentEnd);
    }
    changed = true;
  }
  if (!changed) return null;
  const startTag = widenSpans(row.startTag, planned.filter((cell) => cell.value !== null && cell.value !== "").map((cell) => cell.col));
  if (row.selfClosing) return `${startTag.slice(0, -2).trimEnd()}>${out.join("")}</${ctx.names.row}>`;
  out.push(xml.slice(cursor, row.contentEnd));
  return `${startTag}${out.join("")}${xml.slice(row.contentEnd, row.end)}`;
}

function newRowXml(ctx: RowContext, row: number, planned: readonly PlannedCell[]): string {
  const cells = planned.map((cell) => newCell(ctx, row, cell, undefined, undefined)).join("");
  return cells === "" ? "" : `<${ctx.names.row} r="${row + 1}">${cells}</${ctx.names.row}>`;
}

/** Masters of shared formulas that sit in cells about to be overwritten, by si. */
function findOverwrittenMasters(ctx: RowContext, from: number, limit: number, planned: Map<number, PlannedCell[]>, lastRow: number): Map<string, SharedMaster> {
  const masters = new Map<string, SharedMaster>();
  const shared = ctx.xml.indexOf('t="shared"', from);
  if (shared === -1 || shared >= limit) return masters;
  let index = -1;
  for (let row = nextRow(ctx.xml, ctx.names.row, from, limit, index); row && row.index <= lastRow; row = nextRow(ctx.xml, ctx.names.row, row.end, limit, index)) {
    index = row.index;
    const cols = planned.get(row.index);
    if (!cols) continue;
    for (const cell of cellsOfRow(ctx.xml, row, ctx.names.c)) {
      if (!cols.some((c) => c.col === cell.col)) continue;
      const master = sharedMasterOf(ctx.xml, cell, row.index, ctx.names);
      if (master) masters.set(master.si, master);
    }
  }
  return masters;
}

export function writeOutputCells(xml: string, outputs: OutputWrite): OutputCellsResult {
  const planned = planCells(outputs);
  if (planned.size === 0) return { xml, removedFormulaCells: [] };
  const prefix = prefixOf(rootElement(xml).qname);
  const names = sheetNames(prefix);
  const sheetData = findRootChild(xml, "sheetData");
  if (!sheetData) {
    throw new XlsxPatchError("MISSING_PART", {
      vi: `Trang tính "${outputs.sheet}" bị hỏng (không có phần dữ liệu ô). Hãy mở bằng Excel, lưu lại rồi thử lại.`,
      en: `Sheet "${outputs.sheet}" is damaged (it has no cell data). Open the file in Excel, save it again and retry.`,
    });
  }
  const ctx: RowContext = { xml, names, columnStyles: readColumnStyles(xml), masters: new Map(), removedFormulaCells: [] };
  const rowIndexes = [...planned.keys()].sort((a, b) => a - b);
  ctx.masters = findOverwrittenMasters(ctx, sheetData.contentStart, sheetData.contentEnd, planned, rowIndexes[rowIndexes.length - 1]);
  const masterRanges = [...ctx.masters.values()];
  const inMasterRange = (row: number) => masterRanges.some((m) => row >= m.firstRow && row <= m.lastRow);
  const lastNeeded = Math.max(rowIndexes[rowIndexes.length - 1], ...masterRanges.map((m) => m.lastRow));

  const out: string[] = [];
  let cursor = sheetData.contentStart;
  let pending = 0;
  let index = -1;
  for (let row = nextRow(xml, names.row, sheetData.contentStart, sheetData.contentEnd, index); row; row = nextRow(xml, names.row, row.end, sheetData.contentEnd, index)) {
    index = row.index;
    while (pending < rowIndexes.length && rowIndexes[pending] < row.index) {
      out.push(xml.slice(cursor, row.start), newRowXml(ctx, rowIndexes[pending], planned.get(rowIndexes[pending])!));
      cursor = row.start;
      pending++;
    }
    if (row.index > lastNeeded) break;
    const cells = planned.get(row.index);
    if (cells) pending++;
    if (cells || inMasterRange(row.index)) {
      const rewritten = rewriteRow(ctx, row, cells ?? []);
      if (rewritten !== null) {
        out.push(xml.slice(cursor, row.start), rewritten);
        cursor = row.end;
      }
    }
  }
  const missingRows = rowIndexes.slice(pending).map((row) => newRowXml(ctx, row, planned.get(row)!)).join("");
  let patched: string;
  if (sheetData.selfClosing) {
    patched = `${xml.slice(0, sheetData.start)}<${prefix}sheetData>${missingRows}</${prefix}sheetData>${xml.slice(sheetData.end)}`;
  } else {
    out.push(xml.slice(cursor, sheetData.contentEnd), missingRows);
    patched = xml.slice(0, sheetData.contentStart) + out.join("") + xml.slice(sheetData.contentEnd);
  }
  const hadCells = findElement(xml, names.c, sheetData.contentStart, sheetData.contentEnd) !== null;
  return { xml: widenDimension(patched, writtenBounds(planned), hadCells), removedFormulaCells: ctx.removedFormulaCells };
}

function writtenBounds(planned: Map<number, PlannedCell[]>): CellBounds | null {
  let bounds: CellBounds | null = null;
  for (const [row, cells] of planned) {
    for (const cell of cells) {
      if (cell.value === null || cell.value === "") continue;
      bounds = bounds
        ? { top: Math.min(bounds.top, row), left: Math.min(bounds.left, cell.col), bottom: Math.max(bounds.bottom, row), right: Math.max(bounds.right, cell.col) }
        : { top: row, left: cell.col, bottom: row, right: cell.col };
    }
  }
  return bounds;
}
