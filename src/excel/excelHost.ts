/**
 * The task pane's host inside Excel: everything the UI asks of the workbook, through Office.js.
 * The UI never calls Office itself; it receives this object (see src/taskpane/host.ts).
 */
import { DEFAULT_RULESET, evaluateWorkbook, type Lang, type WorkbookLayout } from "../core";
import type {
  HostCapabilities,
  ScoreOutcome,
  ScoreProgress,
  StampState,
  TaskpaneHost,
} from "../taskpane/host";
import { clearProductMarks } from "./clearMarks";
import { officeDisplayLanguage } from "./displayLanguage";
import { readWorkbookGrid } from "./readWorkbookGrid";
import { checkRequirements } from "./requirements";
import { runInExcel } from "./runInExcel";
import { scoreWorkbook } from "./scoreWorkbook";
import { selectCell } from "./selectCell";
import { readStampState } from "./stampState";
import { watchedSheets, watchWorkbookChanges } from "./watchChanges";

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

export function createExcelHost(options: ExcelHostOptions = {}): TaskpaneHost {
  /** Where the inputs are, from the last score or stamp check: what watchChanges watches. */
  let layout: WorkbookLayout | null = null;

  async function currentLayout(): Promise<WorkbookLayout> {
    if (layout) return layout;
    const read = await runInExcel((context) => readWorkbookGrid(context));
    const fresh = evaluateWorkbook(read.grid, { ruleset: DEFAULT_RULESET }).layout;
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
      const result = await scoreWorkbook({ lang, onProgress, now: options.now });
      layout = result.evaluation.layout;
      const { evaluation, ruleset, stamp, marks, reportSheet } = result;
      return { evaluation, ruleset, stamp, marks, reportSheet };
    },

    clearMarks() {
      return runInExcel(clearProductMarks);
    },

    selectCell(sheet: string, cell: string) {
      return selectCell(sheet, cell);
    },

    async readStampState(): Promise<StampState> {
      const reading = await readStampState();
      if (reading.layout) layout = reading.layout;
      return { status: reading.status, stamp: reading.stamp };
    },

    async watchChanges(onChange: () => void) {
      return watchWorkbookChanges(watchedSheets(await currentLayout()), onChange);
    },
  };
}
