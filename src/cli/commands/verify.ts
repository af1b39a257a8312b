/**
 * `chibo4tot verify <workbook.xlsx|folder>… [--ruleset <file.json>] [--json <file>|-]`: for each
 * workbook, whether the stamp it carries still holds (its inputs are those it was scored from),
 * when it was scored, with which ruleset and what it then said. For the district that receives
 * files: a "valid" file's stored summary can be trusted; a "stale" one was edited after scoring.
 * With `--ruleset`, each stamp's ruleset (id, version, hash) is also compared with that file's:
 * another ruleset, another version, or the same id and version with another hash (scored with a
 * modified copy of the rules) is flagged.
 *
 * Exit: 0 every stamp valid (and made with the rules given); 1 a workbook is stale, not stamped
 * or scored with other rules; 2 a file could not be read (the others are still reported).
 */
import {
  DEFAULT_RULESET,
  isOtherRules,
  rulesetHash,
  rulesetLabel,
  scoredAtText,
  type Lang,
  type ReportSummary,
  type RulesetMatch,
  type RulesetReference,
  type StampStatus,
} from "../../core";
import type { VerifyArgs } from "../args";
import type { CliContext } from "../cliContext";
import { CliError } from "../cliError";
import { collectWorkbookFiles } from "../consolidate/collectWorkbookFiles";
import { createProgress } from "../consolidate/progress";
import { EXIT, type ExitCode } from "../exitCodes";
import { checkOutputPath, writeOutputFile } from "../fileAccess";
import { otherRulesLine, RULESET_MATCH_TEXT } from "../output/rulesetMatchText";
import { renderTable } from "../output/textTable";
import { readWorkbookFile } from "../readWorkbookFile";
import { rulesetFromOption } from "../rulesetFile";

/** One file of `verify --json`; `stamp` is null (with `error`) when the file could not be read. */
export interface VerifiedFile {
  file: string;
  stamp: StampStatus | null;
  scoredAt: string | null;
  /** The ruleset the stamp names: id, version and hash (null in a stamp made before the hash). */
  ruleset: RulesetReference | null;
  /**
   * With `--ruleset`: how the stamp's ruleset compares with the one given (null without the
   * option or without a stamp).
   */
  rulesetMatch: RulesetMatch | null;
  /** The summary stored in the stamp (what the workbook said when it was scored). */
  summary: ReportSummary | null;
  error?: string;
}

export interface VerifyResult {
  /** The ruleset given with `--ruleset`, or null. */
  expectedRuleset: RulesetReference | null;
  files: VerifiedFile[];
}

const WORDS = {
  vi: {
    columns: ["Tệp", "Dấu kiểm tra", "Chấm lúc", "Bộ tiêu chí", "Chi bộ", "Đạt 4 tốt", "Lỗi"],
    status: {
      valid: "hợp lệ",
      stale: "ĐÃ THAY ĐỔI",
      none: "chưa chấm",
      unreadable: "không đọc được",
    },
    unreadable: "Không đọc được:",
    noFiles: "Không tìm thấy tệp .xlsx hoặc .xlsm nào trong các đường dẫn đã cho.",
    total: (n: number, valid: number, stale: number, none: number, bad: number) =>
      `${n} tệp: ${valid} còn nguyên số liệu đã chấm, ${stale} đã bị sửa sau khi chấm, ${none} chưa chấm, ${bad} không đọc được.`,
    written: (file: string) => `Đã ghi kết quả JSON: ${file}\n`,
  },
  en: {
    columns: ["File", "Stamp", "Scored at", "Ruleset", "Cells", "Four good", "Errors"],
    status: { valid: "valid", stale: "CHANGED", none: "not scored", unreadable: "unreadable" },
    unreadable: "Could not be read:",
    noFiles: "No .xlsx or .xlsm file was found in the paths given.",
    total: (n: number, valid: number, stale: number, none: number, bad: number) =>
      `${n} file(s): ${valid} unchanged since scoring, ${stale} changed after scoring, ${none} not scored, ${bad} unreadable.`,
    written: (file: string) => `JSON result written: ${file}\n`,
  },
} as const;

export function formatVerify(result: VerifyResult, lang: Lang): string {
  const words = WORDS[lang];
  const rows = result.files.map((entry) => [
    entry.file,
    words.status[entry.stamp ?? "unreadable"],
    entry.scoredAt ? scoredAtText(entry.scoredAt, lang) : "",
    entry.ruleset
      ? `${rulesetLabel(entry.ruleset)}${entry.rulesetMatch ? ` (${RULESET_MATCH_TEXT[lang][entry.rulesetMatch]})` : ""}`
      : "",
    entry.summary ? String(entry.summary.cells) : "",
    entry.summary ? String(entry.summary.fourGood) : "",
    entry.summary ? String(entry.summary.errors) : "",
  ]);
  const columns = words.columns.map((header, i) => ({
    header,
    align: i >= 4 ? ("right" as const) : ("left" as const),
    maxWidth: i === 0 ? 60 : undefined,
  }));
  const lines = renderTable(columns, rows);
  const bad = result.files.filter((entry) => entry.stamp === null);
  if (bad.length > 0) {
    lines.push(
      "",
      words.unreadable,
      ...bad.map((entry) => `  ${entry.file}: ${entry.error ?? ""}`),
    );
  }
  const count = (status: StampStatus) =>
    result.files.filter((entry) => entry.stamp === status).length;
  lines.push(
    "",
    words.total(result.files.length, count("valid"), count("stale"), count("none"), bad.length),
  );
  if (result.expectedRuleset !== null) {
    const other = result.files.filter(scoredWithOtherRules);
    lines.push(otherRulesLine(other.length, rulesetLabel(result.expectedRuleset), lang));
    for (const entry of other) {
      lines.push(`  ${entry.file}: ${RULESET_MATCH_TEXT[lang][entry.rulesetMatch ?? "same"]}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function scoredWithOtherRules(entry: VerifiedFile): boolean {
  return isOtherRules(entry.rulesetMatch);
}

export function verifyExitCode(result: VerifyResult): ExitCode {
  if (result.files.some((entry) => entry.stamp === null)) return EXIT.unusable;
  if (result.files.some((entry) => entry.stamp !== "valid")) return EXIT.findings;
  if (result.files.some(scoredWithOtherRules)) return EXIT.findings;
  return EXIT.ok;
}

export async function runVerify(args: VerifyArgs, context: CliContext): Promise<ExitCode> {
  const { lang, cwd, output } = context;
  const jsonToStdout = args.json === "-";
  const jsonFile = jsonToStdout ? null : args.json;
  if (jsonFile !== null) await checkOutputPath(jsonFile, cwd, { overwrite: true });

  const { files, missing } = await collectWorkbookFiles(args.inputs, cwd, {
    exclude: jsonFile ? [jsonFile] : [],
  });
  if (files.length === 0 && missing.length === 0)
    throw new CliError({ vi: WORDS.vi.noFiles, en: WORDS.en.noFiles }, EXIT.unusable);

  const ruleset = args.ruleset === null ? DEFAULT_RULESET : await rulesetFromOption(args.ruleset, cwd);
  const hash = await rulesetHash(ruleset);
  const result: VerifyResult = {
    expectedRuleset:
      args.ruleset === null ? null : { id: ruleset.id, version: ruleset.version, hash },
    files: [],
  };
  let fault: unknown = null;
  const progress = createProgress(output, files.length, lang);
  for (const file of files) {
    const outcome = await readWorkbookFile(file.path, cwd, { lang, ruleset, rulesetHash: hash });
    progress.advance();
    if (!outcome.ok) {
      fault ??= outcome.fault;
      result.files.push({
        file: file.display,
        stamp: null,
        scoredAt: null,
        ruleset: null,
        rulesetMatch: null,
        summary: null,
        error: outcome.reason[lang],
      });
      continue;
    }
    const { stamp: previousStamp, stampStatus, stampRuleset } = outcome.scored;
    result.files.push({
      file: file.display,
      stamp: stampStatus,
      scoredAt: previousStamp?.scoredAt ?? null,
      ruleset: previousStamp ? { ...previousStamp.ruleset } : null,
      rulesetMatch: args.ruleset === null ? null : stampRuleset,
      summary: previousStamp ? { ...previousStamp.summary } : null,
    });
  }
  progress.finish();
  for (const input of missing) {
    result.files.push({
      file: input.display,
      stamp: null,
      scoredAt: null,
      ruleset: null,
      rulesetMatch: null,
      summary: null,
      error: input.reason[lang],
    });
  }

  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (jsonToStdout) output.out(json);
  else output.out(formatVerify(result, lang));
  if (jsonFile !== null) {
    await writeOutputFile(jsonFile, cwd, json, { overwrite: true });
    (jsonToStdout ? output.err : output.out)(WORDS[lang].written(jsonFile));
  }
  if (fault !== null && context.debug) {
    output.err(`${fault instanceof Error ? (fault.stack ?? fault.message) : String(fault)}\n`);
  }
  return fault !== null ? EXIT.internal : verifyExitCode(result);
}
