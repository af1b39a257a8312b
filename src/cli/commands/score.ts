/**
 * `chibo4tot score <workbook.xlsx> [--out <marked.xlsx>] [--json <file>|-]`: checks and scores a
 * workbook, prints the summary (or only the JSON report with `--json -`), and optionally writes
 * the JSON report and a marked copy. The input file is only ever read.
 */
import path from "node:path";
import { planWorkbookWrite, type Lang, type Ruleset } from "../../core";
import type { ScoreArgs } from "../args";
import type { CliContext } from "../cliContext";
import { CliError } from "../cliError";
import { evaluateXlsx, type EvaluatedXlsx } from "../evaluateXlsx";
import { EXIT, type ExitCode } from "../exitCodes";
import { checkOutputPath, readInputFile, writeOutputFile } from "../fileAccess";
import { formatReport } from "../output/printReport";
import { rulesetFromOption } from "../rulesetFile";
import {
  DEFAULT_READ_LIMITS,
  WorkbookReadError,
  writeMarkedCopy,
  type WorkbookFormat,
} from "../../xlsx";

export async function runScore(args: ScoreArgs, context: CliContext): Promise<ExitCode> {
  const { lang, cwd, output } = context;
  const jsonToStdout = args.json === "-";
  const jsonFile = jsonToStdout ? null : args.json;
  /** Notes go to stderr when stdout carries only the JSON report. */
  const note = jsonToStdout ? output.err : output.out;

  // Refuse impossible outputs before the (possibly long) work.
  if (args.out !== null)
    await checkOutputPath(args.out, cwd, { overwrite: args.force, input: args.workbook });
  if (jsonFile !== null)
    await checkOutputPath(jsonFile, cwd, { overwrite: true, input: args.workbook });

  const ruleset = await rulesetFromOption(args.ruleset, cwd);
  const bytes = await readInputFile(args.workbook, cwd, DEFAULT_READ_LIMITS.maxFileBytes);
  const scored = await evaluateOrExplain(bytes, lang, ruleset);
  if (args.out !== null) checkOutputExtension(args.out, scored.read.package.format);
  const { report } = scored.evaluation;
  const json = `${JSON.stringify(report, null, 2)}\n`;

  if (jsonToStdout) {
    output.out(json);
  } else {
    const stamp = scored.stamp
      ? { status: scored.stampStatus, scoredAt: scored.stamp.scoredAt }
      : null;
    output.out(
      formatReport(report, { lang, fileName: path.basename(args.workbook), ruleset, stamp }),
    );
  }
  if (jsonFile !== null) {
    await writeOutputFile(jsonFile, cwd, json, { overwrite: true, input: args.workbook });
    note(
      lang === "vi" ? `Đã ghi báo cáo JSON: ${jsonFile}\n` : `JSON report written: ${jsonFile}\n`,
    );
  }
  if (args.out !== null) {
    const marked = await buildMarkedCopy(bytes, scored);
    await writeOutputFile(args.out, cwd, marked, { overwrite: args.force, input: args.workbook });
    note(
      lang === "vi"
        ? `Đã ghi bản đánh dấu: ${args.out} (tệp gốc giữ nguyên).\n`
        : `Marked copy written: ${args.out} (the original is unchanged).\n`,
    );
  }
  if (report.status === "unusable") return EXIT.unusable;
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

async function evaluateOrExplain(
  bytes: Uint8Array,
  lang: Lang,
  ruleset: Ruleset,
): Promise<EvaluatedXlsx> {
  try {
    return await evaluateXlsx(bytes, { lang, ruleset });
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      throw new CliError({ vi: error.problem.vi, en: error.problem.en }, EXIT.unusable, {
        cause: error,
      });
    }
    throw error;
  }
}

async function buildMarkedCopy(bytes: Uint8Array, scored: EvaluatedXlsx): Promise<Uint8Array> {
  try {
    const plan = await planWorkbookWrite(scored.evaluation, scored);
    return await writeMarkedCopy(bytes, plan);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new CliError(
      {
        vi: `Không tạo được bản đánh dấu (${detail}). Kết quả ở trên vẫn đúng; tệp gốc giữ nguyên.`,
        en: `The marked copy could not be made (${detail}). The results above stand; the original is unchanged.`,
      },
      EXIT.cannotWrite,
      { cause },
    );
  }
}

/**
 * Excel refuses to open a file whose name does not match its content: a macro-enabled workbook
 * (.xlsm) saved as ".xlsx" will not open, nor the reverse. The copy keeps the input's format.
 */
function checkOutputExtension(out: string, format: WorkbookFormat): void {
  const extension = path.extname(out).toLowerCase();
  if (extension === `.${format}`) return;
  throw new CliError(
    {
      vi: `Bản đánh dấu phải có đuôi .${format} như tệp gốc (Excel không mở tệp sai đuôi): hãy đổi --out thành "${replaceExtension(out, format)}".`,
      en: `The marked copy must end in .${format} like the original (Excel will not open a file with the wrong extension): use --out "${replaceExtension(out, format)}".`,
    },
    EXIT.usage,
  );
}

function replaceExtension(file: string, format: WorkbookFormat): string {
  const extension = path.extname(file);
  return `${extension ? file.slice(0, -extension.length) : file}.${format}`;
}
