/**
 * The task pane's host in a plain browser (the preview, for people who cannot install the
 * add-in): it opens an .xlsx chosen by the user or the bundled sample, scores it with the same
 * engine, and offers the marked copy as a download. Nothing is uploaded: the only network request
 * is the sample, fetched from next to taskpane.html.
 */
import {
  DEFAULT_RULESET,
  adr,
  cellText,
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  planMarks,
  planWorkbookWrite,
  type CellValue,
  type Evaluation,
  type Lang,
  type CarriedByWorkbook,
  type Ruleset,
  type SheetGrid,
  type WorkbookGrid,
} from "../../core";
import type { CellPeeker } from "../cellPeek";
import {
  HostError,
  type HostCapabilities,
  type ScoreOutcome,
  type ScoreProgress,
  type StampState,
  type TaskpaneHost,
} from "../../host";
import { translatorFor, type StringKey, type TranslateParams } from "../i18n/translate";
import { languageFromBrowser } from "./browserLanguage";
import { markedCopyName } from "./markedCopyName";
import { saveFile } from "./saveFile";

const PREVIEW_CAPABILITIES: HostCapabilities = {
  writesWorkbook: false,
  selectsCells: false,
  watchesChanges: false,
  opensFiles: true,
  downloadsMarkedCopy: true,
};

export const SAMPLE_FILE_NAME = "sample.xlsx";

export interface PreviewHostOptions {
  ruleset?: Ruleset;
  /** The bundled sample's bytes; default: fetch ./sample.xlsx next to the page. */
  loadSample?: () => Promise<Uint8Array>;
  /** Hands the marked copy to the user; default: a browser download. */
  save?: (bytes: Uint8Array, fileName: string) => void;
  now?: () => Date;
  languages?: readonly string[];
}

/** The workbook opened, and what it carries from an earlier scoring (its stamp, its report's token). */
interface OpenedWorkbook extends CarriedByWorkbook {
  fileName: string;
  bytes: Uint8Array;
  format: string;
  /** The sheets read, as the command line reads them (the engine's, and the stamp's report sheet). */
  grid: WorkbookGrid;
  sheets: ReadonlyMap<string, SheetGrid>;
}

function previewError(code: string, key: StringKey, params?: TranslateParams): HostError {
  return new HostError(code, {
    vi: translatorFor("vi")(key, params),
    en: translatorFor("en")(key, params),
  });
}

function cellAt(sheet: SheetGrid, a1: string): CellValue {
  const { row, col } = adr(a1);
  return sheet.values[row]?.[col] ?? null;
}

async function fetchSample(): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(new URL(SAMPLE_FILE_NAME, document.baseURI), {
      credentials: "same-origin",
    });
  } catch (error) {
    throw previewError("SAMPLE_UNAVAILABLE", "previewErrorSample", { detail: String(error) });
  }
  if (!response.ok) {
    throw previewError("SAMPLE_UNAVAILABLE", "previewErrorSample", {
      detail: `HTTP ${response.status}`,
    });
  }
  return new Uint8Array(await response.arrayBuffer());
}

export function createPreviewHost(options: PreviewHostOptions = {}): TaskpaneHost & CellPeeker {
  const ruleset = options.ruleset ?? DEFAULT_RULESET;
  const now = options.now ?? (() => new Date());
  const save = options.save ?? saveFile;
  const loadSample = options.loadSample ?? fetchSample;
  let opened: OpenedWorkbook | null = null;
  let scored: Evaluation | null = null;

  function requireOpened(): OpenedWorkbook {
    if (!opened) throw previewError("NO_WORKBOOK", "previewErrorNoWorkbook");
    return opened;
  }

  return {
    kind: "preview",
    suggestedLanguage: languageFromBrowser(
      options.languages ??
        (typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language])),
    ),
    capabilities: PREVIEW_CAPABILITIES,

    async checkSupport() {
      // The fingerprint needs Web Crypto, which browsers give only to secure pages (https, localhost).
      if (typeof globalThis.crypto?.subtle?.digest !== "function") {
        return previewError("INSECURE_CONTEXT", "previewErrorInsecure");
      }
      return null;
    },

    async openWorkbook(source: File | "sample") {
      const fileName = source === "sample" ? SAMPLE_FILE_NAME : source.name;
      const bytes =
        source === "sample" ? await loadSample() : new Uint8Array(await source.arrayBuffer());
      const loader = await import("./xlsxLoader");
      const { read, sheetNames, stamp, reportToken } = await loader.readXlsx(bytes, fileName);
      opened = {
        fileName,
        bytes,
        format: read.package.format,
        grid: read.grid,
        sheets: new Map(read.grid.sheets.map((sheet) => [sheet.name, sheet])),
        sheetNames,
        stamp,
        reportToken,
      };
      scored = null;
      return { fileName };
    },

    async score(lang: Lang, onProgress: (progress: ScoreProgress) => void): Promise<ScoreOutcome> {
      const workbook = requireOpened();
      onProgress({ phase: "checking" });
      const evaluation = evaluateWorkbook(workbook.grid, { ruleset, lang });
      const marks = planMarks(evaluation);
      scored = evaluation;
      onProgress({ phase: "done" });
      return { evaluation, stamp: null, marks, reportSheet: null };
    },

    async clearMarks(): Promise<number> {
      throw previewError("NOT_IN_PREVIEW", "previewErrorNoClearMarks");
    },

    async selectCell() {
      // Nothing to select outside Excel: the pane shows the cell's value through peekCell.
    },

    peekCell(sheet: string, cell: string): string | null {
      const grid = opened?.sheets.get(sheet);
      if (!grid) return null;
      try {
        return cellText(cellAt(grid, cell));
      } catch {
        return null;
      }
    },

    async readStampState(): Promise<StampState> {
      if (!opened || !opened.stamp) return { status: "none", stamp: null };
      const fingerprint = await fingerprintOf(evaluateWorkbook(opened.grid, { ruleset }));
      return { status: checkStamp(opened.stamp, fingerprint), stamp: opened.stamp, ruleset };
    },

    async watchChanges() {
      // An opened file does not change under the preview.
      return () => {};
    },

    async downloadMarkedCopy() {
      const workbook = requireOpened();
      if (!scored) throw previewError("NOT_SCORED", "previewErrorNotScored");
      const plan = await planWorkbookWrite(scored, workbook, now());
      const loader = await import("./xlsxLoader");
      const bytes = await loader.writeMarkedXlsx(workbook.bytes, plan);
      const fileName = markedCopyName(workbook.fileName, workbook.format);
      save(bytes, fileName);
      return { fileName, bytes: bytes.length };
    },
  };
}
