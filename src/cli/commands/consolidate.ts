/**
 * `chibo4tot consolidate <workbook.xlsx|folder>… --out <summary.xlsx> [--json <file>|-] [--force]`:
 * scores every workbook (folders searched recursively for .xlsx/.xlsm, "~$" lock files and the
 * command's own outputs skipped) and writes one summary: a row per workbook and a totals row, a
 * sheet listing every Party cell, and the codes found in more than one workbook. A file that cannot
 * be read is listed with its reason; the run goes on.
 *
 * Each workbook's stamp is compared with the ruleset of the run (`--ruleset`, or the default):
 * a stamp that names another ruleset, another version, or the same id and version with another
 * hash ("scored with a modified copy of the rules") is flagged in the text, the JSON and the
 * summary workbook.
 *
 * Exit: 0 every file read, no data errors, no stale stamp, no stamp of other rules, no code
 * shared between workbooks; 1 some workbook has data errors (an unusable structure included),
 * was changed after it was scored, carries a stamp of other rules, or shares a Party cell code
 * with another; 2 a file could not be read (the summary is
 * written all the same); 73 the summary could not be written.
 */
import {
  consolidateReports,
  rulesetHash,
  rulesetLabel,
  isoWithOffset,
  PRODUCT_VERSION,
  scoredAtText,
  type ConsolidationInput,
} from "../../core";
import type { ConsolidateArgs } from "../args";
import type { CliContext } from "../cliContext";
import { CliError } from "../cliError";
import { rulesetFromOption } from "../rulesetFile";
import { collectWorkbookFiles } from "../consolidate/collectWorkbookFiles";
import { formatConsolidation } from "../consolidate/consolidationText";
import { buildConsolidationWorkbook } from "../consolidate/consolidationWorkbook";
import { CONSOLIDATION_WORDS } from "../consolidate/consolidationWords";
import { createProgress } from "../consolidate/progress";
import { EXIT, type ExitCode } from "../exitCodes";
import { checkOutputPath, writeOutputFile } from "../fileAccess";
import { readWorkbookFile } from "../readWorkbookFile";

export async function runConsolidate(
  args: ConsolidateArgs,
  context: CliContext,
): Promise<ExitCode> {
  const { lang, cwd, output } = context;
  const words = CONSOLIDATION_WORDS[lang];
  const jsonToStdout = args.json === "-";
  const jsonFile = jsonToStdout ? null : args.json;
  const note = jsonToStdout ? output.err : output.out;
  const outputs = [args.out, jsonFile].filter((file): file is string => file !== null);

  // Refuse impossible outputs before the (possibly long) work; never write over an input.
  const { files, missing } = await collectWorkbookFiles(args.inputs, cwd, { exclude: outputs });
  for (const input of args.inputs) {
    if (args.out !== null) await checkOutputPath(args.out, cwd, { overwrite: args.force, input });
    if (jsonFile !== null) await checkOutputPath(jsonFile, cwd, { overwrite: true, input });
  }
  if (files.length === 0 && missing.length === 0) {
    throw new CliError(
      { vi: CONSOLIDATION_WORDS.vi.printed.noFiles, en: CONSOLIDATION_WORDS.en.printed.noFiles },
      EXIT.unusable,
    );
  }

  const ruleset = await rulesetFromOption(args.ruleset, cwd);
  const hash = await rulesetHash(ruleset);
  const inputs: ConsolidationInput[] = [];
  let fault: unknown = null;
  const progress = createProgress(output, files.length, lang);
  for (const file of files) {
    const outcome = await readWorkbookFile(file.path, cwd, { lang, ruleset, rulesetHash: hash });
    progress.advance();
    if (outcome.ok) {
      inputs.push({
        file: file.display,
        report: outcome.scored.evaluation.report,
        stamp: outcome.scored.stampStatus,
        error: null,
        stampRuleset: outcome.scored.stamp?.ruleset ?? null,
        rulesetMatch: outcome.scored.stampRuleset,
      });
    } else {
      fault ??= outcome.fault;
      inputs.push({ file: file.display, report: null, stamp: null, error: outcome.reason[lang] });
    }
  }
  progress.finish();
  for (const input of missing)
    inputs.push({ file: input.display, report: null, stamp: null, error: input.reason[lang] });

  const consolidation = consolidateReports(inputs);
  const json = `${JSON.stringify(consolidation, null, 2)}\n`;
  if (jsonToStdout) output.out(json);
  else output.out(formatConsolidation(consolidation, lang, rulesetLabel(ruleset)));

  if (args.out !== null) {
    const bytes = await buildConsolidationWorkbook(consolidation, {
      lang,
      criteria: ruleset.criteria.map((criterion) => criterion.id),
      madeAt: scoredAtText(isoWithOffset(new Date()), lang),
      productVersion: PRODUCT_VERSION,
      ruleset: rulesetLabel(ruleset),
    });
    await writeOutputFile(args.out, cwd, bytes, { overwrite: args.force });
    note(`${words.printed.written(args.out)}\n`);
  }
  if (jsonFile !== null) {
    await writeOutputFile(jsonFile, cwd, json, { overwrite: true });
    note(`${words.printed.jsonWritten(jsonFile)}\n`);
  }

  if (fault !== null) {
    if (context.debug)
      output.err(`${fault instanceof Error ? (fault.stack ?? fault.message) : String(fault)}\n`);
    return EXIT.internal;
  }
  const { totals, workbooks } = consolidation;
  if (totals.unreadable > 0) return EXIT.unusable;
  const needsAttention =
    totals.errors > 0 ||
    totals.stamps.stale > 0 ||
    totals.otherRules > 0 ||
    totals.sharedCodes > 0 ||
    workbooks.some((book) => book.status === "unusable");
  return needsAttention ? EXIT.findings : EXIT.ok;
}
