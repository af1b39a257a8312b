/**
 * The command line's exit statuses, for scripts that process many workbooks (docs/cli.md).
 * 64, 70 and 73 follow BSD sysexits (usage, internal software error, cannot create output).
 */
export const EXIT = {
  /** Scored, and no error finding. */
  ok: 0,
  /** Scored, with error findings (the data must be corrected). */
  findings: 1,
  /** The workbook is unusable (structure missing) or cannot be read at all. */
  unusable: 2,
  /** Wrong command line: unknown command or option, missing argument. */
  usage: 64,
  /** A fault in the program itself. */
  internal: 70,
  /** An output file could not be written. */
  cannotWrite: 73,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
