/**
 * The preview's xlsx code: src/xlsx's reader (exceljs) and patcher (jszip), which the command line
 * uses too. Only ever loaded with `await import("./xlsxLoader")`, so exceljs is a separate chunk
 * and never part of the task pane that Excel loads. Errors come out as HostErrors a clerk can act on.
 */
import type { WorkbookWritePlan } from "../../core";
import { HostError } from "../../host";
import {
  readWorkbookToScore,
  WorkbookReadError,
  writeMarkedCopy,
  XlsxPatchError,
  type WorkbookToScore,
} from "../../xlsx";
import { translatorFor } from "../i18n/translate";

function shortDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * Reads the workbook the way the command line does. readWorkbook checks the package first
 * (inspectPackage's checks: not a zip, encrypted, .xls, zip bomb, …) before exceljs sees a byte,
 * so a bad file is refused quickly with the reader's own message.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<WorkbookToScore> {
  try {
    return await readWorkbookToScore(bytes);
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
