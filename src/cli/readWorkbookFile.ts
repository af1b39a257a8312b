/**
 * One workbook of a batch (`verify`, `consolidate`): read the file and evaluate it, or say in both
 * languages why it could not be read. A bad file is an answer about that file, never the end of
 * the run; a fault of the program itself is told apart so the command can end with exit 70.
 */
import type { Lang, Ruleset } from "../core";
import { CliError, type BilingualText } from "./cliError";
import { evaluateXlsx, type EvaluatedXlsx } from "./evaluateXlsx";
import { readInputFile } from "./fileAccess";
import { DEFAULT_READ_LIMITS, WorkbookReadError } from "../xlsx";

export type WorkbookFileOutcome =
  | { readonly ok: true; readonly scored: EvaluatedXlsx }
  | { readonly ok: false; readonly reason: BilingualText; readonly fault: unknown | null };

export async function readWorkbookFile(
  file: string,
  cwd: string,
  options: { lang: Lang; ruleset: Ruleset; rulesetHash?: string },
): Promise<WorkbookFileOutcome> {
  try {
    const bytes = await readInputFile(file, cwd, DEFAULT_READ_LIMITS.maxFileBytes);
    return { ok: true, scored: await evaluateXlsx(bytes, options) };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      return { ok: false, reason: { vi: error.problem.vi, en: error.problem.en }, fault: null };
    }
    if (error instanceof CliError) return { ok: false, reason: error.messages, fault: null };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: {
        vi: `lỗi trong chương trình khi đọc tệp này (${detail}); hãy chạy lại với --debug`,
        en: `an error inside the program while reading this file (${detail}); run again with --debug`,
      },
      fault: error,
    };
  }
}
