/**
 * The messages between the preview's page and its Web Worker (previewWorker.ts), which reads,
 * scores and writes workbooks off the page's thread. Plain data only: everything crosses as a
 * structured clone (errors as their code and texts, since a HostError would arrive as a bare
 * Error).
 */
import type { Lang, Ruleset } from "../../core";
import type { ScoreProgress, ScoredWorkbook, StampState } from "../../host";

export type WorkerRequest =
  | {
      type: "open";
      id: number;
      /** A file chosen by the clerk, or the address of the bundled sample. */
      source: { file: File } | { url: string; fileName: string };
      ruleset?: Ruleset;
    }
  | { type: "peek"; id: number; sheet: string; cell: string }
  | { type: "markedCopy"; id: number; lang: Lang; scoredAt: number };

export interface OpenedInWorker {
  fileName: string;
  /** The package's format ("xlsx", "xlsm", …): the marked copy keeps macros in an .xlsm. */
  format: string;
  /** The evaluation as plain data, with the ruleset it was made with. */
  evaluation: ScoredWorkbook;
  stampState: StampState;
}

export type WorkerReply =
  | { type: "progress"; id: number; progress: ScoreProgress }
  | { type: "opened"; id: number; opened: OpenedInWorker }
  | { type: "peeked"; id: number; text: string | null }
  | { type: "markedCopy"; id: number; bytes: Uint8Array }
  | { type: "failed"; id: number; code: string; messages: { vi: string; en: string } };
