/**
 * Progress of a long batch on standard error. On a terminal: one line redrawn in place,
 * "[██████░░░░░░░░░░░░░░] 61/200 tệp". Elsewhere (a pipe, a CI log, a test): a plain line every
 * tenth of the run, so a log shows the run moving without a line per file or control characters.
 * Runs of fewer than `MIN_FILES` files show nothing.
 */
import type { Lang } from "../../core";
import type { CliOutput } from "../cliContext";

export const MIN_FILES_FOR_PROGRESS = 10;
const BAR_WIDTH = 20;

export interface Progress {
  /** One more file done. */
  advance(): void;
  /** The run is over: ends the redrawn line. */
  finish(): void;
}

export function createProgress(output: CliOutput, total: number, lang: Lang): Progress {
  let done = 0;
  const unit = lang === "vi" ? "tệp" : "files";
  if (total < MIN_FILES_FOR_PROGRESS)
    return { advance: () => void done++, finish: () => undefined };
  if (output.errIsTerminal) {
    const draw = (): void => {
      const filled = Math.round((done / total) * BAR_WIDTH);
      output.err(
        `\r[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${unit}`,
      );
    };
    draw();
    return {
      advance: () => {
        done++;
        draw();
      },
      finish: () => output.err("\n"),
    };
  }
  const step = Math.max(1, Math.ceil(total / 10));
  const verb = lang === "vi" ? "Đã đọc" : "Read";
  return {
    advance: () => {
      done++;
      if (done % step === 0 || done === total) output.err(`${verb} ${done}/${total} ${unit}\n`);
    },
    finish: () => undefined,
  };
}
