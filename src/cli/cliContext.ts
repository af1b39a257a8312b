/** What every command receives: the language, --debug, and where to print. */
import type { Lang } from "../core";

export interface CliOutput {
  /** Standard output: the report (or only the JSON report with `--json -`). */
  out(text: string): void;
  /** Standard error: problems, and notes that must not mix with JSON on stdout. */
  err(text: string): void;
  /**
   * True when standard error is a terminal: a progress bar may redraw its line there. Otherwise
   * (a pipe, a CI log) progress is a plain line now and then.
   */
  readonly errIsTerminal?: boolean;
}

export interface CliContext {
  readonly lang: Lang;
  readonly debug: boolean;
  readonly output: CliOutput;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}
