/**
 * The preview's xlsx code: src/xlsx's reader (exceljs) and patcher (jszip), which the command line
 * uses too. Used only by the preview's Web Worker (previewWorker.ts), so exceljs never reaches the
 * page, let alone the task pane that Excel loads. Errors come out as HostErrors a clerk can act on.
 */
import type { WorkbookWritePlan } from "../../core";
import { HostError } from "../../host";
import {
  readWorkbookToScore,
  WorkbookReadError,
  writeMarkedCopy,
  XlsxPatchError,
  type PackageProblem,
  type WorkbookToScore,
} from "../../xlsx";
import { translatorFor, type StringKey } from "../i18n/translate";

/**
 * Read problems whose reader text speaks of the command line ("lệnh: chibo4tot template"): the
 * preview says the same in its own words, pointing at the template it offers for download.
 */
const PREVIEW_PROBLEM_TEXTS: Partial<Record<PackageProblem["code"], StringKey>> = {
  "text-file": "previewProblemTextFile",
};

function shortDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export interface ReadXlsxOptions {
  /**
   * How far the reader is through the package (e.g. bytes of sheet XML parsed of the total): the
   * preview shows "Đang đọc tệp… 40%". A reader that cannot tell (exceljs reads in one call)
   * reports nothing, and the preview shows the stage without a percentage.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads the workbook the way the command line does: the one function through which the preview
 * reads a file, whatever the reader behind it. readWorkbook checks the package first
 * (inspectPackage's checks: not a zip, encrypted, .xls, zip bomb, …) before exceljs sees a byte,
 * so a bad file is refused quickly with the reader's own message.
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  // The exceljs reader reads in one call and has no progress to report (see ReadXlsxOptions).
  _options: ReadXlsxOptions = {},
): Promise<WorkbookToScore> {
  try {
    return await readWorkbookToScore(bytes);
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      const { code, vi, en } = error.problem;
      const own = PREVIEW_PROBLEM_TEXTS[code];
      const messages = own ? { vi: translatorFor("vi")(own), en: translatorFor("en")(own) } : { vi, en };
      throw new HostError(`READ_${code}`, messages, { cause: error });
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
