/**
 * The task pane's state and the one reducer that changes it. Pure: no host calls here (they live
 * in useTaskpaneState), so every transition is testable without a browser.
 */
import type { Lang } from "../../core";
import type { HostError, ScoreOutcome, ScoreProgress, StampState } from "../../host";
import type { CellFilter, CellSort } from "../model/cellRows";
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
  | { kind: "downloaded"; fileName: string; bytes: number }
  | { kind: "openCancelled"; fileName: string };

/**
 * The item the clerk chose (a finding, or a Party cell's row in the table): the pane marks it and
 * opens its detail next to it. `value` is the sheet cell's value as read, where the host can show
 * it (the preview): undefined while it is being asked for, null when it cannot be known.
 */
export interface CellSelection {
  /** Which item: "finding:<index in the findings>" or "cell:<sheet>:<row>". */
  item: string;
  sheet: string;
  cell: string;
  value?: string | null;
}

/** What the pane was doing when a host call failed: the error's title says it. */
export type FailedAction = "starting" | "opening" | "scoring" | "clearing" | "downloading" | "selecting";

export interface Failure {
  error: HostError;
  during: FailedAction;
  /** The file that was being opened (the preview names the refused file). */
  fileName: string | null;
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
  error: Failure | null;
  notice: Notice | null;
  /** Preview: the workbook opened from a file or the sample. */
  fileName: string | null;
  /** Preview: the file being read (its results replace whatever was shown before). */
  openingFile: string | null;
  selection: CellSelection | null;
  view: ViewId;
  cellFilter: CellFilter;
  cellSort: CellSort;
  /** Text typed in the Party cells table's search box. */
  cellQuery: string;
  findingGrouping: FindingGrouping;
  /** Text typed in the findings' search box. */
  findingQuery: string;
}

export type TaskpaneAction =
  | { type: "languageChanged"; lang: Lang }
  | { type: "supportChecked"; error: HostError | null }
  | { type: "stampStateRead"; stampState: StampState }
  | { type: "activityStarted"; activity: Exclude<Activity, "idle"> }
  /** Preview: a file starts being read; whatever was shown of another file goes. */
  | { type: "openingStarted"; fileName: string }
  /** Preview: the clerk cancelled the reading. */
  | { type: "openingCancelled"; fileName: string }
  | { type: "progressReported"; progress: ScoreProgress }
  | { type: "scored"; outcome: ScoreOutcome; scoredAt: Date }
  | { type: "marksCleared"; count: number }
  | { type: "workbookOpened"; fileName: string }
  | { type: "downloaded"; fileName: string; bytes: number }
  | { type: "activityFailed"; error: HostError; during: FailedAction }
  | { type: "dataChanged" }
  | { type: "cellSelected"; selection: CellSelection }
  | { type: "cellPeeked"; item: string; value: string | null }
  | { type: "selectionCleared" }
  | { type: "errorDismissed" }
  | { type: "noticeDismissed" }
  | { type: "viewChanged"; view: ViewId }
  | { type: "cellFilterChanged"; filter: CellFilter }
  | { type: "cellSortChanged"; sort: CellSort }
  | { type: "findingGroupingChanged"; grouping: FindingGrouping }
  | { type: "cellQueryChanged"; query: string }
  | { type: "findingQueryChanged"; query: string }
  /** From the Party cells table: the findings of one Party cell. */
  | { type: "findingsOfCellShown"; code: string };

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
    openingFile: null,
    selection: null,
    view: "summary",
    cellFilter: "all",
    // By code, as the sheet lists them; inline (with the types alone from model/cellRows) so the
    // table's sort and filter code loads with the table, not with the pane.
    cellSort: { column: "code", direction: "ascending" },
    cellQuery: "",
    findingGrouping: "cell",
    findingQuery: "",
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
    case "openingStarted":
      // The previous file's results go at once: nothing of it may sit beside the new file's
      // progress, or under an error about the new file.
      return {
        ...state,
        activity: "opening",
        progress: { phase: "loading" },
        openingFile: action.fileName,
        fileName: null,
        outcome: null,
        scoredAt: null,
        stampState: null,
        dataChanged: false,
        selection: null,
        error: null,
        notice: null,
        view: state.view === "criteria" ? "criteria" : "summary",
        cellFilter: "all",
        cellQuery: "",
        findingQuery: "",
      };
    case "openingCancelled":
      return {
        ...state,
        activity: "idle",
        progress: null,
        openingFile: null,
        notice: { kind: "openCancelled", fileName: action.fileName },
      };
    case "progressReported":
      return state.activity === "scoring" || state.activity === "opening"
        ? { ...state, progress: action.progress }
        : state;
    case "scored":
      return {
        ...state,
        activity: "idle",
        progress: null,
        openingFile: null,
        outcome: action.outcome,
        scoredAt: action.scoredAt,
        stampState: action.outcome.stamp
          ? { status: "valid", stamp: action.outcome.stamp }
          : state.stampState,
        dataChanged: false,
        selection: null,
        // A fresh result opens on the summary (unless the clerk went to the criteria while it
        // was being read); the clerk's filter and grouping choices stay.
        view: state.outcome || state.view === "criteria" ? state.view : "summary",
      };
    case "marksCleared":
      return { ...state, activity: "idle", notice: { kind: "marksCleared", count: action.count } };
    case "workbookOpened":
      // Another workbook: everything learnt about the previous one is dropped.
      return {
        ...state,
        fileName: action.fileName,
        outcome: null,
        scoredAt: null,
        stampState: null,
        dataChanged: false,
        selection: null,
        view: state.view === "criteria" ? "criteria" : "summary",
        cellFilter: "all",
      };
    case "downloaded":
      return {
        ...state,
        activity: "idle",
        notice: { kind: "downloaded", fileName: action.fileName, bytes: action.bytes },
      };
    case "activityFailed":
      return {
        ...state,
        activity: "idle",
        progress: null,
        openingFile: null,
        error: {
          error: action.error,
          during: action.during,
          fileName: action.during === "opening" ? state.openingFile : null,
        },
      };
    case "dataChanged":
      return state.dataChanged ? state : { ...state, dataChanged: true };
    case "cellSelected":
      return { ...state, selection: action.selection };
    case "cellPeeked":
      return state.selection?.item === action.item
        ? { ...state, selection: { ...state.selection, value: action.value } }
        : state;
    case "selectionCleared":
      return { ...state, selection: null };
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
    case "cellQueryChanged":
      return { ...state, cellQuery: action.query };
    case "findingQueryChanged":
      return { ...state, findingQuery: action.query };
    case "findingsOfCellShown":
      return {
        ...state,
        view: "findings",
        findingGrouping: "cell",
        findingQuery: action.code,
        selection: null,
      };
  }
}
