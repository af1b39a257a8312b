/**
 * The task pane's state and its actions on the host. Views get `state` and `actions` as props
 * and never call the host themselves.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Lang } from "../../core";
import { canPeekCells } from "../cellPeek";
import type { TaskpaneHost } from "../../host";
import type { CellFilter, CellSort } from "../model/cellRows";
import type { FindingGrouping } from "../model/findingGroups";
import {
  initialTaskpaneState,
  taskpaneReducer,
  type TaskpaneState,
  type ViewId,
} from "./taskpaneState";
import { toHostError } from "./toHostError";

export interface TaskpaneActions {
  score(): void;
  clearMarks(): void;
  selectCell(sheet: string, cell: string): void;
  openWorkbook(source: File | "sample"): void;
  downloadMarkedCopy(): void;
  setLanguage(lang: Lang): void;
  setView(view: ViewId): void;
  setCellFilter(filter: CellFilter): void;
  setCellSort(sort: CellSort): void;
  setFindingGrouping(grouping: FindingGrouping): void;
  dismissError(): void;
  dismissNotice(): void;
}

export function useTaskpaneState(host: TaskpaneHost): {
  state: TaskpaneState;
  actions: TaskpaneActions;
} {
  const [state, dispatch] = useReducer(
    taskpaneReducer,
    host.suggestedLanguage,
    initialTaskpaneState,
  );
  // The language the next scoring writes its report in (read inside async actions).
  const langRef = useRef(state.lang);
  useEffect(() => {
    langRef.current = state.lang;
  }, [state.lang]);
  const unsubscribeRef = useRef<(() => void) | null>(null);
  const mountedRef = useRef(true);

  const stopWatching = useCallback(() => {
    const unsubscribe = unsubscribeRef.current;
    unsubscribeRef.current = null;
    if (unsubscribe) unsubscribe();
  }, []);

  /** Watches for edits after a result is known; the banner then offers to score again. */
  const startWatching = useCallback(async () => {
    stopWatching();
    const unsubscribe = await host.watchChanges(() => dispatch({ type: "dataChanged" }));
    if (mountedRef.current) unsubscribeRef.current = unsubscribe;
    else unsubscribe();
  }, [host, stopWatching]);

  const readStamp = useCallback(async () => {
    const stampState = await host.readStampState();
    dispatch({ type: "stampStateRead", stampState });
    if (stampState.status === "valid") await startWatching();
  }, [host, startWatching]);

  useEffect(() => {
    mountedRef.current = true;
    let cancelled = false;
    (async () => {
      try {
        const unsupported = await host.checkSupport();
        if (cancelled) return;
        dispatch({ type: "supportChecked", error: unsupported });
        if (unsupported) return;
        await readStamp();
      } catch (error) {
        if (!cancelled) dispatch({ type: "activityFailed", error: toHostError(error) });
      }
    })();
    return () => {
      cancelled = true;
      mountedRef.current = false;
      stopWatching();
    };
  }, [host, readStamp, stopWatching]);

  /** True from the moment an action starts: a second click before the next render is ignored. */
  const busyRef = useRef(false);

  /** Runs one host call as the current activity; failures become the error bar. */
  const run = useCallback(
    (activity: "opening" | "scoring" | "clearing" | "downloading", work: () => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      dispatch({ type: "activityStarted", activity });
      work()
        .catch((error: unknown) => dispatch({ type: "activityFailed", error: toHostError(error) }))
        .finally(() => {
          busyRef.current = false;
        });
    },
    [],
  );

  const scoreNow = useCallback(async () => {
    const outcome = await host.score(langRef.current, (progress) =>
      dispatch({ type: "progressReported", progress }),
    );
    dispatch({ type: "scored", outcome, scoredAt: new Date() });
    await startWatching();
  }, [host, startWatching]);

  const actions = useMemo<TaskpaneActions>(
    () => ({
      score: () => run("scoring", scoreNow),
      clearMarks: () =>
        run("clearing", async () => {
          const count = await host.clearMarks();
          dispatch({ type: "marksCleared", count });
        }),
      selectCell: (sheet, cell) => {
        host.selectCell(sheet, cell).then(
          () => {
            const value = canPeekCells(host) ? host.peekCell(sheet, cell) : null;
            dispatch({ type: "cellSelected", selection: { sheet, cell, value } });
          },
          (error: unknown) => dispatch({ type: "activityFailed", error: toHostError(error) }),
        );
      },
      openWorkbook: (source) =>
        run("opening", async () => {
          if (!host.openWorkbook) throw new Error("openWorkbook is not available in this host");
          stopWatching();
          const { fileName } = await host.openWorkbook(source);
          dispatch({ type: "workbookOpened", fileName });
          const stampState = await host.readStampState();
          dispatch({ type: "stampStateRead", stampState });
          // A clerk opens a file to check it: score it at once (nothing is written in the preview).
          dispatch({ type: "activityStarted", activity: "scoring" });
          await scoreNow();
        }),
      downloadMarkedCopy: () =>
        run("downloading", async () => {
          if (!host.downloadMarkedCopy)
            throw new Error("downloadMarkedCopy is not available in this host");
          const { fileName, bytes } = await host.downloadMarkedCopy();
          dispatch({ type: "downloaded", fileName, bytes });
        }),
      setLanguage: (lang) => dispatch({ type: "languageChanged", lang }),
      setView: (view) => dispatch({ type: "viewChanged", view }),
      setCellFilter: (filter) => dispatch({ type: "cellFilterChanged", filter }),
      setCellSort: (sort) => dispatch({ type: "cellSortChanged", sort }),
      setFindingGrouping: (grouping) => dispatch({ type: "findingGroupingChanged", grouping }),
      dismissError: () => dispatch({ type: "errorDismissed" }),
      dismissNotice: () => dispatch({ type: "noticeDismissed" }),
    }),
    [host, run, scoreNow, stopWatching],
  );

  return { state, actions };
}
