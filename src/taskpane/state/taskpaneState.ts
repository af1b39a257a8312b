/**
 * The task pane's state and the one reducer that changes it. Pure: no host calls here (they live
 * in useTaskpaneState), so every transition is testable without a browser.
 */
import type { Lang } from "../../core";
import type { HostError, ScoreOutcome, ScoreProgress, StampState } from "../../host";
import { DEFAULT_CELL_SORT, type CellFilter, type CellSort } from "../model/cellRows";
import type { FindingGrouping } from "../model/findingGroups";

export type Activity = "idle" | "opening" | "scoring" | "clearing" | "downloading";

export type ViewId = "summary" | "cells" | "findings" | "criteria";

export type Support =
  | { status: "checking" }
  | { status: "supported" }
  /** The host cannot run the product (e.g. an Excel too old): the whole pane explains why. */
  | { status: "unsupported"; error: HostError };

/** A short confirmation of something that worked, shown until the next action. */
export type Notice =
  | { kind: "marksCleared"; count: number }
  | { kind: "downloaded"; fileName: string; bytes: number };

/** A cell chosen from a finding or the table; `value` is known only where the host can show it. */
export interface CellSelection {
  sheet: string;
  cell: string;
  value: string | null;
}

export interface TaskpaneState {
  lang: Lang;
  support: Support;
  /** The stamp found on opening (or on opening a file, in the preview); null until read. */
  stampState: StampState | null;
  activity: Activity;
  progress: ScoreProgress | null;
  outcome: ScoreOutcome | null;
  /** When the outcome was produced (the stamp's time in Excel, the clock in the preview). */
  scoredAt: Date | null;
  /** The data changed after scoring (or after the stamp read on opening). */
  dataChanged: boolean;
  error: HostError | null;
  notice: Notice | null;
  /** Preview: the workbook opened from a file or the sample. */
  fileName: string | null;
  selection: CellSelection | null;
  view: ViewId;
  cellFilter: CellFilter;
  cellSort: CellSort;
  findingGrouping: FindingGrouping;
}

export type TaskpaneAction =
  | { type: "languageChanged"; lang: Lang }
  | { type: "supportChecked"; error: HostError | null }
  | { type: "stampStateRead"; stampState: StampState }
  | { type: "activityStarted"; activity: Exclude<Activity, "idle"> }
  | { type: "progressReported"; progress: ScoreProgress }
  | { type: "scored"; outcome: ScoreOutcome; scoredAt: Date }
  | { type: "marksCleared"; count: number }
  | { type: "workbookOpened"; fileName: string }
  | { type: "downloaded"; fileName: string; bytes: number }
  | { type: "activityFailed"; error: HostError }
  | { type: "dataChanged" }
  | { type: "cellSelected"; selection: CellSelection }
  | { type: "errorDismissed" }
  | { type: "noticeDismissed" }
  | { type: "viewChanged"; view: ViewId }
  | { type: "cellFilterChanged"; filter: CellFilter }
  | { type: "cellSortChanged"; sort: CellSort }
  | { type: "findingGroupingChanged"; grouping: FindingGrouping };

export function initialTaskpaneState(lang: Lang): TaskpaneState {
  return {
    lang,
    support: { status: "checking" },
    stampState: null,
    activity: "idle",
    progress: null,
    outcome: null,
    scoredAt: null,
    dataChanged: false,
    error: null,
    notice: null,
    fileName: null,
    selection: null,
    view: "summary",
    cellFilter: "all",
    cellSort: DEFAULT_CELL_SORT,
    findingGrouping: "cell",
  };
}

export function taskpaneReducer(state: TaskpaneState, action: TaskpaneAction): TaskpaneState {
  switch (action.type) {
    case "languageChanged":
      return { ...state, lang: action.lang };
    case "supportChecked":
      return {
        ...state,
        support: action.error
          ? { status: "unsupported", error: action.error }
          : { status: "supported" },
      };
    case "stampStateRead":
      return { ...state, stampState: action.stampState, dataChanged: false };
    case "activityStarted":
      return {
        ...state,
        activity: action.activity,
        progress: action.activity === "scoring" ? { phase: "reading" } : null,
        error: null,
        notice: null,
      };
    case "progressReported":
      return state.activity === "scoring" ? { ...state, progress: action.progress } : state;
    case "scored":
      return {
        ...state,
        activity: "idle",
        progress: null,
        outcome: action.outcome,
        scoredAt: action.scoredAt,
        stampState: action.outcome.stamp
          ? { status: "valid", stamp: action.outcome.stamp }
          : state.stampState,
        dataChanged: false,
        selection: null,
        // A fresh result opens on the summary; the clerk's filter and grouping choices stay.
        view: state.outcome ? state.view : "summary",
      };
    case "marksCleared":
      return { ...state, activity: "idle", notice: { kind: "marksCleared", count: action.count } };
    case "workbookOpened":
      // Another workbook: everything learnt about the previous one is dropped.
      return {
        ...state,
        activity: "idle",
        fileName: action.fileName,
        outcome: null,
        scoredAt: null,
        stampState: null,
        dataChanged: false,
        selection: null,
        view: "summary",
        cellFilter: "all",
      };
    case "downloaded":
      return {
        ...state,
        activity: "idle",
        notice: { kind: "downloaded", fileName: action.fileName, bytes: action.bytes },
      };
    case "activityFailed":
      return { ...state, activity: "idle", progress: null, error: action.error };
    case "dataChanged":
      return state.dataChanged ? state : { ...state, dataChanged: true };
    case "cellSelected":
      return { ...state, selection: action.selection };
    case "errorDismissed":
      return { ...state, error: null };
    case "noticeDismissed":
      return { ...state, notice: null };
    case "viewChanged":
      return { ...state, view: action.view };
    case "cellFilterChanged":
      return { ...state, cellFilter: action.filter };
    case "cellSortChanged":
      return { ...state, cellSort: action.sort };
    case "findingGroupingChanged":
      return { ...state, findingGrouping: action.grouping };
  }
}
