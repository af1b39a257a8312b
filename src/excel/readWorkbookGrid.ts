/**
 * Reads the workbook into the engine's WorkbookGrid in a constant number of syncs:
 *   1. sheet names and visibility, custom document properties (the stamp);
 *   2. the used range of each sheet the engine needs (`sheetsToRead`), a small sample to
 *      estimate bytes per cell, and the token cell of the product's previous report sheet;
 *   3. every block of every selected sheet in one sync, unless the estimate passes ~4 MB: then one
 *      sync per ~4 MB group, so syncs grow with size above the web's 5 MB limit, never with rows.
 *      With its values, number formats and value types, each block's merged areas are asked for
 *      over all its rows, in pieces of at most 512 cells (see readPlan.ts).
 * A group Excel still refuses as too large is split in halves and read again.
 */
/* global Excel */
import {
  rangeA1,
  type CarriedByWorkbook,
  REPORT_TOKEN_CELL,
  reportTokenFromCell,
  selectSheetsToRead,
  sheetsToRead,
  stampFromProperties,
  expectedRulesetFromProperties,
  type CellValue,
  type MergeArea,
  type SheetGrid,
  type SheetSelection,
  type WorkbookGrid,
} from "../core";
import { HostError } from "../host";
import { placeBlock } from "./officeCells";
import { HOST_ERROR_CODES, isPayloadLimitError, tooLargeError } from "./officeErrors";
import { parseAreaList, parseSheetArea } from "./rangeAddress";
import {
  estimateBytesPerCell,
  groupReadBlocks,
  mergeQueryAreas,
  planReadBlocks,
  SAMPLE_ADDRESS,
  splitReadBlock,
  type MeasuredSheet,
  type ReadBlock,
} from "./readPlan";
import { readSheetListing, type SheetListing } from "./sheetListing";

export { readSheetListing, type SheetListing };

/** The workbook read, and what it carries from an earlier scoring (what planWorkbookWrite needs). */
export interface WorkbookRead extends CarriedByWorkbook {
  grid: WorkbookGrid;
  selection: SheetSelection;
  /** Custom document properties as Excel returned them (key → value). */
  properties: Record<string, unknown>;
}

export interface ReadProgress {
  done: number;
  total: number;
}

/** Sync 2: used ranges, samples and the previous report's token. */
async function measureSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  reportSheet: string | null,
): Promise<{ measured: MeasuredSheet[]; reportToken: string | null }> {
  const worksheets = context.workbook.worksheets;
  const probes = names.map((name) => {
    const sheet = worksheets.getItem(name);
    return {
      name,
      used: sheet.getUsedRangeOrNullObject(true).load("address"),
      sample: sheet.getRange(SAMPLE_ADDRESS).load("values,numberFormat,valueTypes"),
    };
  });
  const token = reportSheet
    ? worksheets.getItem(reportSheet).getRange(REPORT_TOKEN_CELL).load("values")
    : null;
  await context.sync();
  const measured = probes.map(({ name, used, sample }): MeasuredSheet => {
    if (used.isNullObject) return { name, used: null, bytesPerCell: 0 };
    const { top, left, bottom, right } = parseSheetArea(used.address);
    const area = { top, left, bottom, right };
    const sampleData = {
      values: sample.values ?? null,
      numberFormat: sample.numberFormat ?? null,
      valueTypes: sample.valueTypes ?? null,
    };
    return { name, used: area, bytesPerCell: estimateBytesPerCell(sampleData, area) };
  });
  const reportToken = token?.values ? reportTokenFromCell(token.values[0]?.[0]) : null;
  return { measured, reportToken };
}

interface SheetData {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  merges: MergeArea[];
  /** The merges already kept, by address: an area crossing two queried pieces is kept once. */
  mergeKeys: Set<string>;
}

function emptySheetData(): SheetData {
  return { values: [], numberFormats: [], merges: [], mergeKeys: new Set() };
}

function addMerges(sheetData: SheetData, areas: readonly MergeArea[]): void {
  for (const area of areas) {
    const key = `${area.top}:${area.left}:${area.bottom}:${area.right}`;
    if (sheetData.mergeKeys.has(key)) continue;
    sheetData.mergeKeys.add(key);
    sheetData.merges.push(area);
  }
}

function valuesUnavailableError(sheet: string, address: string): HostError {
  return new HostError(HOST_ERROR_CODES.valuesUnavailable, {
    vi:
      `Excel không trả về dữ liệu của vùng ${address} trên trang "${sheet}" (Excel trên web đôi khi làm vậy khi vùng quá lớn ` +
      'hoặc khi mạng chập chờn). Chưa có gì bị thay đổi. Hãy bấm "Chấm điểm" lại; nếu lỗi lặp lại, hãy dùng bản xem trước ' +
      'trên trình duyệt hoặc chương trình dòng lệnh "chibo4tot".',
    en:
      `Excel returned no data for ${address} on the sheet "${sheet}" (Excel on the web sometimes does this for large ranges ` +
      'or on a flaky connection). Nothing was changed. Click "Score" again; if it keeps failing, use the browser preview ' +
      'or the "chibo4tot" command line.',
  });
}

/** Reads one group of blocks in one sync; halves it and retries when Excel finds it too large. */
async function readGroup(
  context: Excel.RequestContext,
  group: readonly ReadBlock[],
  data: Map<string, SheetData>,
  onBlockDone: (rows: number) => void,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const requests = group.map((block) => {
    const sheet = worksheets.getItem(block.sheet);
    const address = rangeA1(block.top, block.left, block.bottom, block.right);
    return {
      block,
      address,
      range: sheet.getRange(address).load("values,numberFormat,valueTypes"),
      merges: mergeQueryAreas(block).map((piece) =>
        sheet
          .getRange(rangeA1(piece.top, piece.left, piece.bottom, piece.right))
          .getMergedAreasOrNullObject()
          .load("address"),
      ),
    };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      await readGroup(context, group.slice(0, half), data, onBlockDone);
      await readGroup(context, group.slice(half), data, onBlockDone);
      return;
    }
    const halves = splitReadBlock(group[0]);
    if (!halves) throw tooLargeError(error);
    await readGroup(context, [halves[0]], data, onBlockDone);
    await readGroup(context, [halves[1]], data, onBlockDone);
    return;
  }
  for (const { block, address, range, merges } of requests) {
    if (!range.values || !range.valueTypes || !range.numberFormat)
      throw valuesUnavailableError(block.sheet, address);
    const sheetData = data.get(block.sheet);
    if (!sheetData) continue;
    placeBlock(sheetData, block, range.values, range.valueTypes, range.numberFormat);
    for (const found of merges) {
      if (!found.isNullObject) addMerges(sheetData, parseAreaList(found.address));
    }
    onBlockDone(block.bottom - block.top + 1);
  }
}

/** Fills rows above a used range that does not start at row 1, so every row is an array. */
function withoutHoles(values: CellValue[][]): CellValue[][] {
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  return values;
}

/**
 * Reads what the engine needs (the sheets `sheetsToRead` names, with every row's values, number
 * formats and merged areas), the stamp and the previous report's token. Syncs: 3 below ~4 MB of
 * data, then one more per ~4 MB.
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  onProgress?: (progress: ReadProgress) => void,
  knownListing?: SheetListing,
): Promise<WorkbookRead> {
  const listing = knownListing ?? (await readSheetListing(context));
  const selection = selectSheetsToRead(listing.names);
  const toRead = sheetsToRead(listing.names);
  const stamp = stampFromProperties(listing.properties);
  const reportSheet = stamp && listing.names.includes(stamp.reportSheet) ? stamp.reportSheet : null;

  const { measured, reportToken } = await measureSheets(context, toRead, reportSheet);
  const blocks = planReadBlocks(measured);
  const totalRows = blocks.reduce((n, b) => n + b.bottom - b.top + 1, 0);
  let doneRows = 0;
  onProgress?.({ done: 0, total: totalRows });

  const data = new Map<string, SheetData>(toRead.map((name) => [name, emptySheetData()]));
  for (const group of groupReadBlocks(blocks)) {
    await readGroup(context, group, data, (rows) => {
      doneRows += rows;
      onProgress?.({ done: doneRows, total: totalRows });
    });
  }

  const sheets: SheetGrid[] = toRead.map((name) => {
    const sheetData = data.get(name) ?? emptySheetData();
    return {
      name,
      values: withoutHoles(sheetData.values),
      numberFormats: withoutHoles(sheetData.numberFormats as CellValue[][]) as (string | null)[][],
      merges: [...sheetData.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      visibility: listing.visibility.get(name) ?? "visible",
    };
  });
  return {
    grid: { sheetNames: listing.names, sheets },
    selection,
    properties: listing.properties,
    sheetNames: listing.names,
    stamp,
    reportToken,
    expectedRuleset: expectedRulesetFromProperties(listing.properties),
  };
}
