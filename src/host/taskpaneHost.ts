/**
 * What the task pane can ask of whatever hosts it. Components never call Office: they receive a
 * TaskpaneHost (and the actions made from it) as props. Two implementations exist:
 * - src/excel/excelHost.ts: inside Excel, through Office.js;
 * - src/taskpane/preview/previewHost.ts: in a plain browser (the preview), on an opened .xlsx.
 * It lives outside src/taskpane because the Office edge (src/excel, src/commands) implements it
 * too: the edges point at this module, never at the UI folder.
 */
import type {
  Evaluation,
  Lang,
  MarkPlan,
  Ruleset,
  RulesetMatch,
  Stamp,
  StampStatus,
} from "../core";
import type { HostError } from "./hostError";

/**
 * Where a run is: "loading" the file's bytes (the preview's sample over the network), "reading"
 * the workbook, "checking" (the engine), "writing" results into Excel, "done".
 */
export type ScorePhase = "loading" | "reading" | "checking" | "writing" | "done";

export interface ScoreProgress {
  phase: ScorePhase;
  /** Work done and total in the current phase, when known (bytes read, rows written, …). */
  done?: number;
  total?: number;
}

/**
 * What the pane shows of an evaluation: the report, the detailed findings, where the tables are,
 * and the ruleset and language it was made with. Plain data: the preview receives it from its Web
 * Worker as a structured clone, without the evaluation's outputs and canonical inputs (a getter),
 * which only the worker needs; the Excel host gives its whole Evaluation, which has these fields.
 */
export type ScoredWorkbook = Pick<Evaluation, "report" | "findings" | "layout" | "ruleset" | "lang">;

export interface ScoreOutcome {
  /** The evaluation, with the ruleset and language it was made with. */
  evaluation: ScoredWorkbook;
  /** The stamp written (null when nothing could be written, e.g. a read-only preview). */
  stamp: Stamp | null;
  /** The marks the host wrote into the workbook (Excel); the preview writes none. */
  marks?: MarkPlan[];
  /** Name of the report sheet written, when one was written. */
  reportSheet: string | null;
}

/** The stamp state shown on opening: scored and unchanged, changed since scoring, never scored. */
export interface StampState {
  status: StampStatus;
  stamp: Stamp | null;
  /**
   * The ruleset the stamp was checked with (given with a stamp): the pane explains the stamp's
   * verdict with it before any scoring, without loading the default ruleset itself.
   */
  ruleset?: Ruleset;
  /**
   * How the rules the stamp names compare with `ruleset` (given with a stamp): another ruleset,
   * another version, or a modified copy (same id and version, another hash) mean the workbook was
   * scored with other rules than the host scores with: core's `isOtherRules(rulesetMatch)` is
   * the pane's "scored with other rules" notice; the stamp's own rules are `stamp.ruleset`.
   */
  rulesetMatch?: RulesetMatch;
}

export interface HostCapabilities {
  /** The host writes results, marks, report and stamp into the workbook. */
  writesWorkbook: boolean;
  /** Clicking a finding selects its cell. */
  selectsCells: boolean;
  /** The host notices edits after scoring (worksheet onChanged). */
  watchesChanges: boolean;
  /** The host opens .xlsx files chosen by the user (preview). */
  opensFiles: boolean;
  /** The host offers the marked copy as a download (preview). */
  downloadsMarkedCopy: boolean;
}

/** How the preview reports an opening's progress, and how the clerk cancels it. */
export interface OpenOptions {
  onProgress?: (progress: ScoreProgress) => void;
  /** Aborting rejects the opening with a HostError whose code is OPEN_CANCELLED. */
  signal?: AbortSignal;
}

/** The code of the HostError an opening cancelled by the clerk rejects with. */
export const OPEN_CANCELLED = "OPEN_CANCELLED";

export interface TaskpaneHost {
  readonly kind: "excel" | "preview";
  /** The language the host suggests (Office.context.displayLanguage, or the browser's). */
  readonly suggestedLanguage: Lang;
  readonly capabilities: HostCapabilities;
  /** Null when everything the product needs is there, else a HostError explaining what is missing. */
  checkSupport(): Promise<HostError | null>;
  /** Checks and scores the workbook; in Excel also writes outputs, marks, report and stamp. */
  score(lang: Lang, onProgress: (progress: ScoreProgress) => void): Promise<ScoreOutcome>;
  /** Removes the product's marks; resolves to the number of marks removed. */
  clearMarks(): Promise<number>;
  /** Selects (and scrolls to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Whether the workbook carries a stamp and whether its inputs changed since. */
  readStampState(): Promise<StampState>;
  /**
   * The ruleset this host scores with (in Excel: the one baked into the build, or the default),
   * for the criteria view before any result. Hosts without it score with the default.
   */
  scoringRuleset?(): Promise<Ruleset>;
  /** Calls onChange when the data changes after scoring; resolves to an unsubscribe function. */
  watchChanges(onChange: () => void): Promise<() => void>;
  /**
   * Preview only: opens a workbook chosen by the user, or the bundled sample, reading (and
   * scoring) it off the page's thread; progress from the start, cancellable.
   */
  openWorkbook?(source: File | "sample", options?: OpenOptions): Promise<{ fileName: string }>;
  /**
   * Preview only: builds the marked copy of the last scored workbook, its report sheet in `lang`,
   * and starts its download.
   */
  downloadMarkedCopy?(lang: Lang): Promise<{ fileName: string; bytes: number }>;
  /** Preview only: the address of the blank official template, offered as a download. */
  readonly templateUrl?: string;
}
