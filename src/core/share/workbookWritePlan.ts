/**
 * The shapes of what the product writes into a scored workbook to make it shareable (spec §6):
 * the write plan (outputs, marks, report sheet, stamp), the report sheet as cells, the stamp;
 * and what a workbook carries from an earlier scoring (CarriedByWorkbook).
 */
import type { MarkPlan } from "../marks/markPlan";
import type { OutputWrite } from "../report/evaluation";
import type { Report, ReportSummary } from "../report/report";
import type { RulesetReference } from "../ruleset/rulesetReference";
import type { Lang } from "../vocabulary";

/** Default name of the report sheet; see `reportSheetName` for when the user owns a sheet of that name. */
export const REPORT_SHEET_NAME = "Kết quả kiểm tra";

/**
 * The stamp, stored in the workbook's custom document properties (docProps/custom.xml; Office.js
 * `workbook.properties.custom`, ExcelApi 1.7). Each property value stays under 255 characters.
 */
export interface Stamp {
  product: "chibo4tot";
  productVersion: string;
  /**
   * The ruleset scored with: id, version and the SHA-256 of its canonical JSON (`hash`, null in a
   * stamp made before the hash was recorded).
   */
  ruleset: RulesetReference;
  /** ISO 8601 time of scoring, with offset. */
  scoredAt: string;
  status: Report["status"];
  summary: ReportSummary;
  /** Lower-case hex SHA-256 over the canonical inputs. */
  fingerprint: string;
  /** Name of the report sheet the product wrote (so it replaces only its own sheet). */
  reportSheet: string;
  /** Random token also written in the report sheet, proving the sheet is the product's own. */
  reportToken: string;
}

export type StampStatus = "valid" | "stale" | "none";

/**
 * What a workbook carries from an earlier scoring, as every reader returns it (the Office.js
 * reader, the xlsx reader, the preview): planning a write needs it and nothing else of the file.
 */
export interface CarriedByWorkbook {
  /** Every sheet of the workbook, in order. */
  readonly sheetNames: readonly string[];
  /** The stamp the workbook carries, if any (a malformed one counts as none). */
  readonly stamp: Stamp | null;
  /** The token in `REPORT_TOKEN_CELL` of the sheet that stamp names, if that sheet exists. */
  readonly reportToken: string | null;
  /**
   * The ruleset the workbook expects (written into a template by `chibo4tot template --ruleset`,
   * templateProperties.ts), if any: evaluating with other rules gives W_RULESET. Readers that do
   * not read it leave it out.
   */
  readonly expectedRuleset?: RulesetReference | null;
}

/** One cell of the report sheet plan. Text is always written as text, never as a formula. */
export type ReportSheetCell =
  | null
  | {
      kind: "text";
      text: string;
      bold?: boolean;
      size?: number;
      wrap?: boolean;
      fill?: string;
      font?: string;
    }
  | { kind: "number"; value: number; format?: string; bold?: boolean }
  /** A link to a cell: written as a hyperlink to `sheet`!`cell`, showing `text`. */
  | { kind: "link"; text: string; sheet: string; cell: string };

/**
 * The report sheet as rows of cells, independent of Office.js and exceljs: both edges write it.
 * Row 0 of `rows` is sheet row 1.
 */
export interface ReportSheetPlan {
  name: string;
  lang: Lang;
  rows: ReportSheetCell[][];
  /** Column widths in characters, by 0-based column. */
  columnWidths: number[];
  /** Number of rows frozen at the top (the findings table header included). */
  freezeRows: number;
  /** Merged ranges in A1 ("A1:F1"). */
  merges: string[];
  /** Page setup: A4 landscape, fit to one page wide, print titles rows. */
  print: {
    orientation: "landscape" | "portrait";
    paper: "A4";
    fitToWidth: true;
    titleRows: string | null;
  };
}

/**
 * Everything the product writes into a scored workbook, planned once by the engine
 * (`planWorkbookWrite`) and applied by each edge: Office.js in Excel (src/excel) and the xlsx
 * patcher of the command line and the preview (src/xlsx). Nothing else is ever written.
 */
export interface WorkbookWritePlan {
  /** Output columns of "Chi bộ"; null when the workbook is unusable. */
  outputs: OutputWrite | null;
  /** Conditional formats to add after removing every product-owned one. */
  marks: MarkPlan[];
  reportSheet: ReportSheetPlan;
  /** The product's previous report sheet to delete first (proved by its token), if any. */
  replaceReportSheet: string | null;
  stamp: Stamp;
  /** The stamp as custom document properties: name → text value (each under 255 characters). */
  stampProperties: Record<string, string>;
}
