/** What every command receives: the language, --debug, and where to print. */
import type { Lang } from "../core";

export interface CliOutput {
  /** Standard output: the report (or only the JSON report with `--json -`). */
  out(text: string): void;
  /** Standard error: problems, and notes that must not mix with JSON on stdout. */
  err(text: string): void;
}

export interface CliContext {
  readonly lang: Lang;
  readonly debug: boolean;
  readonly output: CliOutput;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}
