/**
 * The task pane's host inside Excel: everything the UI asks of the workbook, through Office.js.
 * The UI never calls Office itself; it receives this object (see src/host/taskpaneHost.ts).
 *
 * What the pane needs to open (requirement check, language, the stamp's document properties,
 * selecting a cell) is here; the engine, the reader and the writers are in lazyHostTasks.ts,
 * loaded on demand: when the clerk scores or clears marks, or when the workbook carries a stamp
 * to check.
 */
import { stampFromProperties, type Lang, type WorkbookLayout } from "../core";
import type {
  HostCapabilities,
  ScoreOutcome,
  ScoreProgress,
  StampState,
  TaskpaneHost,
} from "../host";
import { officeDisplayLanguage } from "./displayLanguage";
import { checkRequirements } from "./requirements";
import { runInExcel } from "./runInExcel";
import { selectCell } from "./selectCell";
import { readSheetListing } from "./sheetListing";

const EXCEL_CAPABILITIES: HostCapabilities = {
  writesWorkbook: true,
  selectsCells: true,
  watchesChanges: true,
  opensFiles: false,
  downloadsMarkedCopy: false,
};

export interface ExcelHostOptions {
  /** The scoring time (tests fix it); now by default. */
  now?: () => Date;
}

type LazyHostTasks = typeof import("./lazyHostTasks");

export function createExcelHost(options: ExcelHostOptions = {}): TaskpaneHost {
  /** Where the inputs are, from the last score or stamp check: what watchChanges watches. */
  let layout: WorkbookLayout | null = null;
  let loading: Promise<LazyHostTasks> | null = null;

  /** The engine and the writers, loaded once; a failed load is tried again next time. */
  function lazyHostTasks(): Promise<LazyHostTasks> {
    loading ??= import("./lazyHostTasks").catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  }

  async function currentLayout(): Promise<WorkbookLayout> {
    if (layout) return layout;
    const tasks = await lazyHostTasks();
    const fresh = await runInExcel(tasks.readLayoutIn);
    layout = fresh;
    return fresh;
  }

  return {
    kind: "excel",
    suggestedLanguage: officeDisplayLanguage(),
    capabilities: EXCEL_CAPABILITIES,

    async checkSupport() {
      return checkRequirements();
    },

    async score(lang: Lang, onProgress: (progress: ScoreProgress) => void): Promise<ScoreOutcome> {
      onProgress({ phase: "reading" });
      const tasks = await lazyHostTasks();
      const result = await tasks.scoreWorkbook({ lang, onProgress, now: options.now });
      layout = result.evaluation.layout;
      const { evaluation, stamp, marks, reportSheet } = result;
      return { evaluation, stamp, marks, reportSheet };
    },

    async clearMarks() {
      const tasks = await lazyHostTasks();
      return runInExcel(tasks.clearProductMarks);
    },

    selectCell(sheet: string, cell: string) {
      return selectCell(sheet, cell);
    },

    async readStampState(): Promise<StampState> {
      // One sync for the document properties; the engine only when there is a stamp to check.
      const listing = await runInExcel(readSheetListing);
      const stamp = stampFromProperties(listing.properties);
      if (!stamp) return { status: "none", stamp: null };
      const tasks = await lazyHostTasks();
      const reading = await runInExcel((context) => tasks.checkStampIn(context, listing, stamp));
      if (reading.layout) layout = reading.layout;
      return {
        status: reading.status,
        stamp: reading.stamp,
        ruleset: reading.ruleset,
        rulesetMatch: reading.rulesetMatch,
      };
    },

    async scoringRuleset() {
      const tasks = await lazyHostTasks();
      return tasks.deployedRuleset();
    },

    async watchChanges(onChange: () => void) {
      const watched = await currentLayout();
      const tasks = await lazyHostTasks();
      return tasks.watchWorkbookChanges(tasks.watchedSheets(watched), onChange);
    },
  };
}
