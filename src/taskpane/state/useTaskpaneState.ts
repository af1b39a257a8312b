/**
 * The task pane's state and its actions on the host. Views get `state` and `actions` as props
 * and never call the host themselves.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Lang } from "../../core";
import { canPeekCells } from "../cellPeek";
import { OPEN_CANCELLED, type TaskpaneHost } from "../../host";
import { loadLanguage } from "../i18n/translate";
import type { CellFilter, CellSort } from "../model/cellRows";
import type { FindingGrouping } from "../model/findingGroups";
import { storeLanguage, storedLanguage } from "./languageChoice";
import {
  initialTaskpaneState,
  taskpaneReducer,
  type FailedAction,
  type TaskpaneState,
  type ViewId,
} from "./taskpaneState";
import { toHostError } from "./toHostError";

export interface TaskpaneActions {
  score(): void;
  clearMarks(): void;
  /** Marks an item (a finding, a Party cell's row) as chosen and selects its sheet cell. */
  selectCell(item: string, sheet: string, cell: string): void;
  clearSelection(): void;
  openWorkbook(source: File | "sample"): void;
  /** Preview: stops reading the file being opened. */
  cancelOpening(): void;
  downloadMarkedCopy(): void;
  setLanguage(lang: Lang): void;
  setView(view: ViewId): void;
  setCellFilter(filter: CellFilter): void;
  setCellSort(sort: CellSort): void;
  setCellQuery(query: string): void;
  setFindingGrouping(grouping: FindingGrouping): void;
  setFindingQuery(query: string): void;
  showFindingsOfCell(code: string): void;
  dismissError(): void;
  dismissNotice(): void;
}

/** The starting language: the clerk's remembered choice, else the host's suggestion. */
function startingLanguage(host: TaskpaneHost): Lang {
  return storedLanguage() ?? host.suggestedLanguage;
}

export function useTaskpaneState(host: TaskpaneHost): {
  state: TaskpaneState;
  actions: TaskpaneActions;
} {
  const [state, dispatch] = useReducer(taskpaneReducer, undefined, () =>
    initialTaskpaneState(startingLanguage(host)),
  );
  // The language the next scoring writes its report in (read inside async actions).
  const langRef = useRef(state.lang);
  useEffect(() => {
    langRef.current = state.lang;
  }, [state.lang]);
  const unsubscribeRef = useRef<(() => void) | null>(null);
  const mountedRef = useRef(true);
  const openingRef = useRef<AbortController | null>(null);

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
        if (!cancelled) {
          dispatch({ type: "activityFailed", error: toHostError(error), during: "starting" });
        }
      }
    })();
    return () => {
      cancelled = true;
      mountedRef.current = false;
      stopWatching();
      openingRef.current?.abort();
    };
  }, [host, readStamp, stopWatching]);

  /** True from the moment an action starts: a second click before the next render is ignored. */
  const busyRef = useRef(false);

  /** Runs one host call as the current activity; failures become the error bar. */
  const run = useCallback(
    (
      activity: "opening" | "scoring" | "clearing" | "downloading",
      start: () => void,
      work: () => Promise<void>,
    ) => {
      if (busyRef.current) return;
      busyRef.current = true;
      start();
      work()
        .catch((error: unknown) => {
          const hostError = toHostError(error);
          if (hostError.code !== OPEN_CANCELLED) {
            dispatch({ type: "activityFailed", error: hostError, during: activity });
          }
        })
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

  const actions = useMemo<TaskpaneActions>(() => {
    const failed = (during: FailedAction) => (error: unknown) =>
      dispatch({ type: "activityFailed", error: toHostError(error), during });
    return {
      score: () =>
        run("scoring", () => dispatch({ type: "activityStarted", activity: "scoring" }), scoreNow),
      clearMarks: () =>
        run(
          "clearing",
          () => dispatch({ type: "activityStarted", activity: "clearing" }),
          async () => {
            const count = await host.clearMarks();
            dispatch({ type: "marksCleared", count });
          },
        ),
      selectCell: (item, sheet, cell) => {
        dispatch({ type: "cellSelected", selection: { item, sheet, cell } });
        host.selectCell(sheet, cell).catch(failed("selecting"));
        if (canPeekCells(host)) {
          host.peekCell(sheet, cell).then(
            (value) => dispatch({ type: "cellPeeked", item, value }),
            () => dispatch({ type: "cellPeeked", item, value: null }),
          );
        }
      },
      clearSelection: () => dispatch({ type: "selectionCleared" }),
      openWorkbook: (source) => {
        const fileName = source === "sample" ? "sample.xlsx" : source.name;
        run(
          "opening",
          () => dispatch({ type: "openingStarted", fileName }),
          async () => {
            if (!host.openWorkbook) throw new Error("openWorkbook is not available in this host");
            stopWatching();
            const controller = new AbortController();
            openingRef.current = controller;
            try {
              const opened = await host.openWorkbook(source, {
                signal: controller.signal,
                onProgress: (progress) => dispatch({ type: "progressReported", progress }),
              });
              dispatch({ type: "workbookOpened", fileName: opened.fileName });
              const stampState = await host.readStampState();
              dispatch({ type: "stampStateRead", stampState });
              // The preview scored the file as it read it: the result is there at once.
              await scoreNow();
            } catch (error) {
              if (controller.signal.aborted) dispatch({ type: "openingCancelled", fileName });
              throw error;
            } finally {
              if (openingRef.current === controller) openingRef.current = null;
            }
          },
        );
      },
      cancelOpening: () => openingRef.current?.abort(),
      downloadMarkedCopy: () =>
        run(
          "downloading",
          () => dispatch({ type: "activityStarted", activity: "downloading" }),
          async () => {
            if (!host.downloadMarkedCopy)
              throw new Error("downloadMarkedCopy is not available in this host");
            const { fileName, bytes } = await host.downloadMarkedCopy(langRef.current);
            dispatch({ type: "downloaded", fileName, bytes });
          },
        ),
      setLanguage: (lang) => {
        storeLanguage(lang);
        // English is loaded on demand (i18n/translate.ts); switch once its words are there.
        loadLanguage(lang).then(
          () => dispatch({ type: "languageChanged", lang }),
          failed("starting"),
        );
      },
      setView: (view) => dispatch({ type: "viewChanged", view }),
      setCellFilter: (filter) => dispatch({ type: "cellFilterChanged", filter }),
      setCellSort: (sort) => dispatch({ type: "cellSortChanged", sort }),
      setCellQuery: (query) => dispatch({ type: "cellQueryChanged", query }),
      setFindingGrouping: (grouping) => dispatch({ type: "findingGroupingChanged", grouping }),
      setFindingQuery: (query) => dispatch({ type: "findingQueryChanged", query }),
      showFindingsOfCell: (code) => dispatch({ type: "findingsOfCellShown", code }),
      dismissError: () => dispatch({ type: "errorDismissed" }),
      dismissNotice: () => dispatch({ type: "noticeDismissed" }),
    };
  }, [host, run, scoreNow, stopWatching]);

  return { state, actions };
}
