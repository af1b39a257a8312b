/**
 * The preview's xlsx code: the command line's reader (exceljs) and its patcher (jszip). Only ever
 * loaded with `await import("./xlsxLoader")`, so exceljs is a separate chunk and never part of the
 * task pane that Excel loads. Errors come out as HostErrors a clerk can act on.
 */
import { stampFromProperties, type Stamp, type WorkbookWritePlan } from "../../core";
import { reportTokenInSheet } from "../../cli/evaluateXlsx";
import { WorkbookReadError } from "../../cli/xlsx/packageProblem";
import {
  readWorkbook,
  sheetsWithReportSheet,
  type ReadWorkbookResult,
} from "../../cli/xlsx/readWorkbook";
import { XlsxPatchError } from "../../cli/xlsx/patch/patchError";
import { writeMarkedCopy } from "../../cli/xlsx/patch/writeMarkedCopy";
import { HostError } from "../host";
import { translatorFor } from "../i18n/translate";

function shortDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export interface OpenedXlsx {
  read: ReadWorkbookResult;
  /** The stamp the file carries, if any. */
  stamp: Stamp | null;
  /** The token in the stamp's report sheet, proving that sheet is the product's own. */
  reportTokenInSheet: string | null;
}

/**
 * Reads the workbook the way the command line does. readWorkbook checks the package first
 * (inspectPackage's checks: not a zip, encrypted, .xls, zip bomb, …) before exceljs sees a byte,
 * so a bad file is refused quickly with the reader's own message.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<OpenedXlsx> {
  let read: ReadWorkbookResult;
  try {
    read = await readWorkbook(bytes, { selectSheets: sheetsWithReportSheet });
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      const { code, vi, en } = error.problem;
      throw new HostError(`READ_${code}`, { vi, en }, { cause: error });
    }
    const detail = shortDetail(error);
    throw new HostError(
      "READ_FAILED",
      {
        vi: translatorFor("vi")("previewErrorRead", { fileName, detail }),
        en: translatorFor("en")("previewErrorRead", { fileName, detail }),
      },
      { cause: error },
    );
  }
  const stamp = stampFromProperties(read.properties);
  return { read, stamp, reportTokenInSheet: reportTokenInSheet(read.grid, stamp) };
}

/** The marked copy: the original package patched with the plan; every other part stays as it was. */
export async function writeMarkedXlsx(
  bytes: Uint8Array,
  plan: WorkbookWritePlan,
): Promise<Uint8Array> {
  try {
    return await writeMarkedCopy(bytes, plan);
  } catch (error) {
    if (error instanceof XlsxPatchError) {
      throw new HostError(`WRITE_${error.code}`, error.messages, { cause: error });
    }
    const detail = shortDetail(error);
    throw new HostError(
      "WRITE_FAILED",
      {
        vi: translatorFor("vi")("previewErrorWrite", { detail }),
        en: translatorFor("en")("previewErrorWrite", { detail }),
      },
      { cause: error },
    );
  }
}
