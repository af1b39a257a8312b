/**
 * The command line's and the preview's way into an .xlsx file: checks the package
 * (inspectPackage), loads it with exceljs, and hands the engine the same grid Office.js would
 * (worksheetToGrid), for the sheets the engine will read. Browser-safe: bytes in, no fs, no Buffer.
 *
 * Throws WorkbookReadError (a problem with a Vietnamese and an English message) for any file that
 * cannot be read; never anything else for a bad file.
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { sheetsToRead, stampFromProperties, type SheetGrid, type WorkbookGrid } from "../core";
import { parseCustomProperties } from "./customProperties";
import { excelJsInput } from "./excelJsInput";
import { openCheckedPackage, type CheckedPackage, type PackageInfo } from "./inspectPackage";
import { packageProblem, WorkbookReadError } from "./packageProblem";
import type { ReadLimits } from "./readLimits";
import { worksheetToGrid } from "./worksheetToGrid";

export interface ReadWorkbookOptions {
  /**
   * Names of the sheets to convert, chosen from all sheet names (and the custom properties, where
   * a stamp names the product's report sheet); default: the engine's choice, `sheetsToRead`.
   */
  selectSheets?: (sheetNames: string[], properties: Record<string, string>) => string[];
  limits?: Partial<ReadLimits>;
}

export interface ReadWorkbookResult {
  grid: WorkbookGrid;
  /** Custom document properties (docProps/custom.xml), values as text; {} when there are none. */
  properties: Record<string, string>;
  /** What the package is (format decides the file name a marked copy needs: .xlsm keeps macros). */
  package: PackageInfo;
}

/**
 * Parts of a worksheet the grid never uses: skipping them makes exceljs faster and keeps a
 * malformed print setup or validation list from making a readable sheet unreadable. Hyperlinks are
 * skipped too, so a linked cell keeps its own value, as in Excel.
 */
const IGNORED_SHEET_PARTS = [
  "autoFilter",
  "conditionalFormatting",
  "dataValidations",
  "drawing",
  "extLst",
  "headerFooter",
  "hyperlinks",
  "pageMargins",
  "pageSetup",
  "picture",
  "printOptions",
  "rowBreaks",
  "sheetProtection",
  "tableParts",
];

const CUSTOM_PROPERTIES_PART = "docProps/custom.xml";

type ExcelJsData = Parameters<ExcelJS.Xlsx["load"]>[0];

export async function readWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const checked = await openCheckedPackage(bytes, options.limits);
  const properties = await readCustomProperties(checked.zip);
  const select = options.selectSheets ?? sheetsToRead;
  // Sheet names and part names exceljs would refuse or drop are given it in a form it takes, and
  // only the sheets the engine reads reach it with their cells (see excelJsInput.ts).
  const pruned = await loadSelected(bytes, checked, properties, select, true);
  // Not expected (both choices see the same worksheet names); if it happens, read it all.
  return pruned ?? ((await loadSelected(bytes, checked, properties, select, false)) as ReadWorkbookResult);
}

/** Loads the package (pruned or whole) and converts the selected sheets; null when a selected sheet was pruned. */
async function loadSelected(
  bytes: Uint8Array,
  checked: CheckedPackage,
  properties: Record<string, string>,
  select: NonNullable<ReadWorkbookOptions["selectSheets"]>,
  prune: boolean,
): Promise<ReadWorkbookResult | null> {
  const input = await excelJsInput(
    bytes,
    prune ? { keepSheets: (names) => new Set(select([...names], properties)) } : {},
  );
  checkParsedSize(checked, input.parsedParts);
  const workbook = await loadWithExcelJs(input.bytes);
  const sheetNames = workbook.worksheets.map((sheet) => input.realName(sheet.name));
  const wanted = new Set(select(sheetNames, properties));
  for (const name of wanted) if (input.emptiedSheets.has(name)) return null;
  const date1904 = workbook.properties.date1904 === true;
  const sheets: SheetGrid[] = [];
  for (const worksheet of workbook.worksheets) {
    const name = input.realName(worksheet.name);
    if (wanted.has(name)) sheets.push(worksheetToGrid(worksheet, date1904, name));
  }
  return { grid: { sheetNames, sheets }, properties, package: checked.info };
}

/** The parsed-size limit (readLimits.ts) over the parts exceljs will parse; null: every part. */
function checkParsedSize(checked: CheckedPackage, parsedParts: readonly string[] | null): void {
  let size = 0;
  if (parsedParts === null) for (const bytes of checked.declaredSizes.values()) size += bytes;
  else for (const part of parsedParts) size += checked.declaredSizes.get(part) ?? 0;
  if (size > checked.limits.maxParsedBytes) {
    throw new WorkbookReadError(
      packageProblem("sheets-too-large", { size, limit: checked.limits.maxParsedBytes }),
    );
  }
}


/**
 * The engine's sheets, plus the report sheet a stamp in the properties names: the token in it
 * proves whether that sheet is the product's own (the command line and the preview read both).
 */
export function sheetsWithReportSheet(
  sheetNames: readonly string[],
  properties: Record<string, string>,
): string[] {
  const selected = sheetsToRead(sheetNames);
  const reportSheet = stampFromProperties(properties)?.reportSheet;
  if (reportSheet !== undefined && sheetNames.includes(reportSheet) && !selected.includes(reportSheet)) {
    selected.push(reportSheet);
  }
  return selected;
}

async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; it hands the data to jszip, which takes a Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ExcelJsData, { ignoreNodes: IGNORED_SHEET_PARTS });
  } catch (cause) {
    throw new WorkbookReadError(
      packageProblem("unreadable-workbook", { detail: shortDetail(cause) }),
      { cause },
    );
  }
  return workbook;
}

/**
 * A custom.xml that cannot be parsed counts as no properties: the data can still be scored, and
 * the stamp check then reports "no stamp", which is the truth about an unreadable stamp.
 */
async function readCustomProperties(zip: JSZip): Promise<Record<string, string>> {
  const part = zip.file(CUSTOM_PROPERTIES_PART);
  if (part === null) return {};
  const xml = await part.async("string");
  try {
    return parseCustomProperties(xml);
  } catch {
    return {};
  }
}

function shortDetail(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}
