/**
 * `chibo4tot template [--out <file.xlsx>] [--sample]`: writes the official blank template, or the
 * filled sample workbook. An existing file is never overwritten without --force: a clerk's filled
 * copy of the template often carries the template's very name.
 */
import type { TemplateArgs } from "../args";
import type { CliContext } from "../cliContext";
import { EXIT, type ExitCode } from "../exitCodes";
import { writeOutputFile } from "../fileAccess";
import { buildTemplate, SAMPLE_FILE_NAME, TEMPLATE_FILE_NAME } from "../template/buildTemplate";

export async function runTemplate(args: TemplateArgs, context: CliContext): Promise<ExitCode> {
  const file = args.out ?? (args.sample ? SAMPLE_FILE_NAME : TEMPLATE_FILE_NAME);
  const bytes = await buildTemplate({ sample: args.sample });
  await writeOutputFile(file, context.cwd, bytes, { overwrite: args.force });
  const what = args.sample
    ? { vi: "sổ mẫu đã điền số liệu", en: "the filled sample workbook" }
    : { vi: "mẫu bảng đánh giá trống", en: "the blank evaluation template" };
  context.output.out(
    context.lang === "vi" ? `Đã tạo ${what.vi}: ${file}\n` : `Wrote ${what.en}: ${file}\n`,
  );
  return EXIT.ok;
}
