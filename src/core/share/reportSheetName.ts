/**
 * Where the report goes (spec §6): the product replaces only a report sheet it created itself,
 * proved by the token in its `REPORT_TOKEN_CELL` matching the previous stamp's `reportToken`. A
 * clerk's own sheet named "Kết quả kiểm tra" is never touched: the report then takes the first
 * free name of "Kết quả kiểm tra (2)", "(3)", … (Excel compares sheet names without regard to
 * case; names stay within Excel's 31 characters and its forbidden characters).
 */
import { EngineError } from "../errors";
import { sameSheetName } from "../marks/planMarks";
import { REPORT_SHEET_NAME, type Stamp } from "./workbookWritePlan";

export const MAX_SHEET_NAME_CHARS = 31;
const FORBIDDEN_SHEET_NAME_CHARACTERS = /[\\/?*[\]:]/;

/** A name Excel accepts for a sheet: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_CHARS &&
    !FORBIDDEN_SHEET_NAME_CHARACTERS.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

export interface PreviousReport {
  existingSheetNames: readonly string[];
  previousStamp: Stamp | null;
  /** The token read from `REPORT_TOKEN_CELL` of the sheet the previous stamp names, if it exists. */
  previousReportTokenInSheet: string | null;
  /** Sheets that are never a report, whatever their token says (the sheets the engine read). */
  dataSheets?: readonly string[];
}

/** The product's previous report sheet, as it is named in the workbook, or null when there is none to replace. */
export function ownReportSheet(previous: PreviousReport): string | null {
  const { previousStamp, previousReportTokenInSheet } = previous;
  if (previousStamp === null || previousReportTokenInSheet === null) return null;
  if (previousReportTokenInSheet !== previousStamp.reportToken) return null;
  const name =
    previous.existingSheetNames.find((sheet) => sheet === previousStamp.reportSheet) ??
    previous.existingSheetNames.find((sheet) => sameSheetName(sheet, previousStamp.reportSheet));
  if (name === undefined) return null;
  if ((previous.dataSheets ?? []).some((sheet) => sameSheetName(sheet, name))) return null;
  return name;
}

/**
 * The name of the new report sheet: "Kết quả kiểm tra" when it is free (or is the product's own
 * sheet being replaced), else the first free "Kết quả kiểm tra (n)".
 */
export function reportSheetName(
  existingSheetNames: readonly string[],
  replacing: string | null,
): string {
  const taken = (name: string): boolean =>
    existingSheetNames.some(
      (sheet) =>
        sameSheetName(sheet, name) && !(replacing !== null && sameSheetName(sheet, replacing)),
    );
  if (!taken(REPORT_SHEET_NAME)) return REPORT_SHEET_NAME;
  for (let n = 2; n <= existingSheetNames.length + 2; n++) {
    const candidate = `${REPORT_SHEET_NAME} (${n})`;
    if (!isValidSheetName(candidate)) break;
    if (!taken(candidate)) return candidate;
  }
  throw new EngineError("no free name for the report sheet");
}
