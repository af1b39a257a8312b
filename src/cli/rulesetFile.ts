/**
 * `--ruleset <file.json>`: a province's own thresholds, as data (see docs/rulesets.md). The file is
 * read and validated by the engine's loader; any problem is a usage error (exit 64) naming every
 * wrong part, so a clerk never scores with a ruleset the engine did not accept. Without the option
 * the default ruleset `4tot-default` v1 is used.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_RULESET, parseRuleset, RulesetError, type Ruleset } from "../core";
import { CliError } from "./cliError";
import { EXIT } from "./exitCodes";

export async function rulesetFromOption(file: string | null, cwd: string): Promise<Ruleset> {
  if (file === null) return DEFAULT_RULESET;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (cause) {
    throw new CliError(
      {
        vi: `Không đọc được tệp bộ tiêu chí "${file}". Hãy kiểm tra tên và đường dẫn.`,
        en: `The ruleset file "${file}" cannot be read. Check its name and path.`,
      },
      EXIT.usage,
      { cause },
    );
  }
  try {
    return parseRuleset(text);
  } catch (cause) {
    if (!(cause instanceof RulesetError)) throw cause;
    const problems = cause.issues.map((issue) => `  - ${issue}`).join("\n");
    throw new CliError(
      {
        vi: `Tệp bộ tiêu chí "${file}" không hợp lệ:\n${problems}`,
        en: `The ruleset file "${file}" is not valid:\n${problems}`,
      },
      EXIT.usage,
      { cause },
    );
  }
}
