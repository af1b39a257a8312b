/**
 * `chibo4tot template [--out <file.xlsx>] [--sample] [--ruleset <file.json>]`: writes the official
 * blank template, or the filled sample workbook. With --ruleset the file records that ruleset's
 * id, version and hash (custom document properties), so the workbook says which rules it expects:
 * scoring it with others gives W_RULESET. An existing file is never overwritten without --force:
 * a clerk's filled copy of the template often carries the template's very name.
 */
import { rulesetLabel, rulesetReference } from "../../core";
import type { TemplateArgs } from "../args";
import type { CliContext } from "../cliContext";
import { EXIT, type ExitCode } from "../exitCodes";
import { writeOutputFile } from "../fileAccess";
import { rulesetFromOption } from "../rulesetFile";
import { buildTemplate, SAMPLE_FILE_NAME, TEMPLATE_FILE_NAME } from "../template/buildTemplate";

export async function runTemplate(args: TemplateArgs, context: CliContext): Promise<ExitCode> {
  const file = args.out ?? (args.sample ? SAMPLE_FILE_NAME : TEMPLATE_FILE_NAME);
  const expectedRuleset =
    args.ruleset === null
      ? null
      : await rulesetReference(await rulesetFromOption(args.ruleset, context.cwd));
  const bytes = await buildTemplate({ sample: args.sample, expectedRuleset });
  await writeOutputFile(file, context.cwd, bytes, { overwrite: args.force });
  const what = args.sample
    ? { vi: "sổ mẫu đã điền số liệu", en: "the filled sample workbook" }
    : { vi: "mẫu bảng đánh giá trống", en: "the blank evaluation template" };
  const rules = expectedRuleset
    ? context.lang === "vi"
      ? ` (chấm theo bộ tiêu chí ${rulesetLabel(expectedRuleset)})`
      : ` (to be scored with the ruleset ${rulesetLabel(expectedRuleset)})`
    : "";
  context.output.out(
    context.lang === "vi"
      ? `Đã tạo ${what.vi}: ${file}${rules}\n`
      : `Wrote ${what.en}: ${file}${rules}\n`,
  );
  return EXIT.ok;
}
