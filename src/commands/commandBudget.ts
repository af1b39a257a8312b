/**
 * The time a ribbon command has. A function command's runtime (no shared runtime) "shuts down
 * when the first of the following occurs: the function command calls the completed method of its
 * event parameter; five minutes have elapsed since the triggering event. (If a dialog was opened
 * in the function command and it's still open when the parent runtime times out, the dialog
 * runtime stays running until the dialog is closed.)" (office-js-docs-pr
 * docs/testing/runtimes.md, "Browser runtime"). So the budget is counted from the command's
 * start: a run stops before writing when too little is left for the writes (never in the middle
 * of them), and the outcome dialog is closed before the runtime ends, since a dialog left open
 * would outlive the command that listens to it.
 */
import { HostError } from "../host";

/** Time as the command sees it, and a timer: real by default, virtual in tests. */
export interface CommandClock {
  now(): number;
  /** Calls `run` after `ms`; returns the function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const REAL_CLOCK: CommandClock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export interface CommandLimits {
  /** How long Office keeps a function command's runtime: five minutes. */
  runtimeMs: number;
  /** Time kept for the writes: a run with less left stops before writing. */
  writeReserveMs: number;
  /** The outcome dialog closes this long before the runtime would end. */
  closeMarginMs: number;
}

export const FUNCTION_COMMAND_LIMITS: CommandLimits = {
  runtimeMs: 5 * 60_000,
  writeReserveMs: 60_000,
  closeMarginMs: 15_000,
};

export const COMMAND_TIME_LIMIT_CODE = "COMMAND_TIME_LIMIT";

/** A run that would not finish writing within the command's five minutes; nothing was written. */
export function commandTimeLimitError(): HostError {
  return new HostError(COMMAND_TIME_LIMIT_CODE, {
    vi:
      "Excel chỉ cho một lệnh trên dải băng chạy tối đa 5 phút, và sổ tính này cần lâu hơn để chấm điểm. " +
      "Tiện ích đã dừng trước khi ghi: chưa có gì bị thay đổi. " +
      'Hãy bấm "Chi tiết" trên thẻ "4 tốt" rồi bấm "Chấm điểm" trong ngăn tiện ích: ở đó không có giới hạn thời gian này.',
    en:
      "Excel gives a ribbon command at most five minutes, and this workbook needs longer to score. " +
      "The add-in stopped before writing: nothing was changed. " +
      'Click "Details" on the "4 Good" tab, then "Score" in the add-in\'s pane, which has no such limit.',
  });
}

export class CommandBudget {
  readonly startedAt: number;

  constructor(
    readonly clock: CommandClock = REAL_CLOCK,
    readonly limits: CommandLimits = FUNCTION_COMMAND_LIMITS,
  ) {
    this.startedAt = clock.now();
  }

  /** Milliseconds until Office ends the command's runtime. */
  remainingMs(): number {
    return this.startedAt + this.limits.runtimeMs - this.clock.now();
  }

  /** How long a dialog opened now may stay open: until the close margin before the end. */
  dialogMs(): number {
    return Math.max(0, this.remainingMs() - this.limits.closeMarginMs);
  }

  /** Throws COMMAND_TIME_LIMIT when too little is left to write everything and show the outcome. */
  ensureTimeToWrite(): void {
    if (this.remainingMs() < this.limits.writeReserveMs + this.limits.closeMarginMs) {
      throw commandTimeLimitError();
    }
  }
}
