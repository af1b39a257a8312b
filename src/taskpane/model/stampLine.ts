/**
 * The one line under the title that tells whether the workbook's results can be trusted:
 * scored and unchanged, changed since scoring, or never scored (spec §6).
 */
import type { TaskpaneState } from "../state/taskpaneState";
import { isUnscorable } from "./unscorable";

export type StampLine =
  | { kind: "checking" }
  | { kind: "scored"; scoredAt: Date }
  /** Scored in the preview: the result is on screen, not stored in the file until downloaded. */
  | { kind: "scoredNotSaved"; scoredAt: Date }
  /**
   * Preview: the opened file's stamp no longer matches its data (someone edited it after it was
   * scored); the results on screen are fresh.
   */
  | { kind: "changedSinceStamp" }
  | { kind: "changed" }
  /** Scored, but the workbook could not be: no time, no "scored". */
  | { kind: "unscorable" }
  /** Preview: a file is being read. */
  | { kind: "opening" }
  | { kind: "none" };

function parseTime(iso: string): Date | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * The banner "the data changed after scoring" with "Chấm lại": after an edit seen in this session,
 * or on opening a workbook whose stamp no longer matches, until it is scored again.
 */
export function showsChangedBanner(state: TaskpaneState): boolean {
  return state.dataChanged || (state.outcome === null && state.stampState?.status === "stale");
}

export function stampLineOf(state: TaskpaneState): StampLine {
  if (state.activity === "opening") return { kind: "opening" };
  if (state.dataChanged) return { kind: "changed" };
  if (state.outcome && isUnscorable(state.outcome.evaluation.report)) return { kind: "unscorable" };
  const stampState = state.stampState;
  if (state.outcome && state.scoredAt) {
    if (state.outcome.stamp) {
      return {
        kind: "scored",
        scoredAt: parseTime(state.outcome.stamp.scoredAt) ?? state.scoredAt,
      };
    }
    // Nothing was written (preview): what matters is whether the file's own stamp still holds.
    const stampedAt = stampState?.stamp ? parseTime(stampState.stamp.scoredAt) : null;
    if (stampState?.status === "valid" && stampedAt) return { kind: "scored", scoredAt: stampedAt };
    if (stampState?.status === "stale") return { kind: "changedSinceStamp" };
    return { kind: "scoredNotSaved", scoredAt: state.scoredAt };
  }
  if (!stampState) return { kind: "checking" };
  if (stampState.status === "stale") return { kind: "changed" };
  if (stampState.status === "valid" && stampState.stamp) {
    const scoredAt = parseTime(stampState.stamp.scoredAt);
    if (scoredAt) return { kind: "scored", scoredAt };
  }
  return { kind: "none" };
}
