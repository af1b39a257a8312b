/**
 * The task pane's host in a plain browser (the preview, for people who cannot install the
 * add-in): it opens an .xlsx chosen by the user or the bundled sample, scores it with the same
 * engine, and offers the marked copy as a download. The reading, scoring and writing happen in a
 * Web Worker (previewWorker.ts): the page stays responsive and shows progress while a large file
 * is read, and ending the worker cancels a reading. Nothing is uploaded: the only network
 * requests are the sample and the blank template, fetched from next to taskpane.html.
 */
import type { Lang, Ruleset } from "../../core";
import type { CellPeeker } from "../cellPeek";
import "../i18n/allLanguages";
import {
  HostError,
  OPEN_CANCELLED,
  type HostCapabilities,
  type OpenOptions,
  type ScoreOutcome,
  type StampState,
  type TaskpaneHost,
} from "../../host";
import { translatorFor } from "../i18n/translate";
import { markedCopyName } from "./markedCopyName";
import { saveFile } from "./saveFile";
import type { OpenedInWorker, WorkerReply, WorkerRequest } from "./workerProtocol";

const PREVIEW_CAPABILITIES: HostCapabilities = {
  writesWorkbook: false,
  selectsCells: false,
  watchesChanges: false,
  opensFiles: true,
  downloadsMarkedCopy: true,
};

export const SAMPLE_FILE_NAME = "sample.xlsx";
/** The blank official template, copied next to taskpane.html by the build. */
export const TEMPLATE_FILE_NAME = "mau-danh-gia-chi-bo-4-tot.xlsx";

export interface PreviewHostOptions {
  ruleset?: Ruleset;
  /** The worker that reads and scores; default: the bundled previewWorker.ts. */
  createWorker?: () => Worker;
  /** Hands the marked copy to the user; default: a browser download. */
  save?: (bytes: Uint8Array, fileName: string) => void;
  now?: () => Date;
}

function previewError(code: string, key: "previewErrorNoWorkbook" | "previewErrorNotScored") {
  return new HostError(code, { vi: translatorFor("vi")(key), en: translatorFor("en")(key) });
}

function cancelledError(fileName: string): HostError {
  return new HostError(OPEN_CANCELLED, {
    vi: translatorFor("vi")("openCancelled", { fileName }),
    en: translatorFor("en")("openCancelled", { fileName }),
  });
}

function defaultWorker(): Worker {
  return new Worker(new URL("./previewWorker.ts", import.meta.url), {
    name: "chibo4tot-preview",
  });
}

/** A reply awaited by a request; progress replies go to its callback. */
interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: HostError): void;
  onProgress?: OpenOptions["onProgress"];
}

export function createPreviewHost(options: PreviewHostOptions = {}): TaskpaneHost & CellPeeker {
  const now = options.now ?? (() => new Date());
  const save = options.save ?? saveFile;
  const createWorker = options.createWorker ?? defaultWorker;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let opened: OpenedInWorker | null = null;
  /** The outcome of the opening, given once to the first score() after it. */
  let unclaimed: ScoreOutcome | null = null;

  function failAll(error: HostError): void {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  }

  function currentWorker(): Worker {
    if (worker) return worker;
    const created = createWorker();
    created.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === "progress") {
        waiting.onProgress?.(reply.progress);
        return;
      }
      pending.delete(reply.id);
      if (reply.type === "failed") waiting.reject(new HostError(reply.code, reply.messages));
      else waiting.resolve(reply);
    };
    created.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const detail = event.message || "worker error";
      failAll(
        new HostError("WORKER_FAILED", {
          vi: translatorFor("vi")("errorUnexpected", { detail }),
          en: translatorFor("en")("errorUnexpected", { detail }),
        }),
      );
      stopWorker();
    };
    worker = created;
    return created;
  }

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
    opened = null;
    unclaimed = null;
  }

  /** Type-safe request: the `type` of the expected reply. */
  function ask<T extends WorkerReply["type"]>(
    request: WorkerRequest,
    expect: T,
    onProgress?: OpenOptions["onProgress"],
    transfer: Transferable[] = [],
  ): Promise<Extract<WorkerReply, { type: T }>> {
    const target = currentWorker();
    return new Promise((resolve, reject) => {
      pending.set(request.id, {
        resolve: (reply) => {
          if (reply.type === expect) resolve(reply as Extract<WorkerReply, { type: T }>);
          else reject(new Error(`preview worker answered ${reply.type}, not ${expect}`));
        },
        reject,
        onProgress,
      });
      target.postMessage(request, transfer);
    });
  }

  function requireOpened(): OpenedInWorker {
    if (!opened) throw previewError("NO_WORKBOOK", "previewErrorNoWorkbook");
    return opened;
  }

  function outcomeOf(workbook: OpenedInWorker): ScoreOutcome {
    return { evaluation: workbook.evaluation, stamp: null, reportSheet: null };
  }

  return {
    kind: "preview",
    // The product's users are Vietnamese: the preview starts in Vietnamese whatever the
    // browser's language, and remembers a switch to English (see state/languageChoice.ts).
    suggestedLanguage: "vi",
    capabilities: PREVIEW_CAPABILITIES,
    templateUrl: TEMPLATE_FILE_NAME,

    async checkSupport() {
      // The fingerprint needs Web Crypto, which browsers give only to secure pages (https, localhost).
      if (typeof globalThis.crypto?.subtle?.digest !== "function") {
        return new HostError("INSECURE_CONTEXT", {
          vi: translatorFor("vi")("previewErrorInsecure"),
          en: translatorFor("en")("previewErrorInsecure"),
        });
      }
      return null;
    },

    async openWorkbook(source: File | "sample", openOptions: OpenOptions = {}) {
      const fileName = source === "sample" ? SAMPLE_FILE_NAME : source.name;
      // One workbook at a time: a new opening replaces the last one, in a fresh worker state.
      opened = null;
      unclaimed = null;
      const id = nextId++;
      const signal = openOptions.signal;
      if (signal?.aborted) throw cancelledError(fileName);
      const onAbort = () => {
        // Ending the worker is the only way to stop exceljs mid-read; the next request starts a new one.
        const waiting = pending.get(id);
        pending.delete(id);
        stopWorker();
        waiting?.reject(cancelledError(fileName));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        const reply = await ask(
          {
            type: "open",
            id,
            source:
              source === "sample"
                ? { url: new URL(SAMPLE_FILE_NAME, document.baseURI).href, fileName }
                : { file: source },
            ruleset: options.ruleset,
          },
          "opened",
          openOptions.onProgress,
        );
        opened = reply.opened;
        unclaimed = outcomeOf(reply.opened);
        return { fileName: reply.opened.fileName };
      } finally {
        signal?.removeEventListener("abort", onAbort);
      }
    },

    async score(_lang: Lang, onProgress): Promise<ScoreOutcome> {
      // The worker scored the workbook as it opened it; findings carry both languages.
      const workbook = requireOpened();
      const outcome = unclaimed ?? outcomeOf(workbook);
      unclaimed = null;
      onProgress({ phase: "done" });
      return outcome;
    },

    async clearMarks(): Promise<number> {
      throw new HostError("NOT_IN_PREVIEW", {
        vi: translatorFor("vi")("previewErrorNoClearMarks"),
        en: translatorFor("en")("previewErrorNoClearMarks"),
      });
    },

    async selectCell() {
      // Nothing to select outside Excel: the pane shows the cell's value through peekCell.
    },

    async peekCell(sheet: string, cell: string): Promise<string | null> {
      if (!opened) return null;
      const reply = await ask({ type: "peek", id: nextId++, sheet, cell }, "peeked");
      return reply.text;
    },

    async readStampState(): Promise<StampState> {
      return opened?.stampState ?? { status: "none", stamp: null };
    },

    async watchChanges() {
      // An opened file does not change under the preview.
      return () => {};
    },

    async downloadMarkedCopy(lang: Lang) {
      const workbook = requireOpened();
      const reply = await ask(
        { type: "markedCopy", id: nextId++, lang, scoredAt: now().getTime() },
        "markedCopy",
      );
      const fileName = markedCopyName(workbook.fileName, workbook.format);
      save(reply.bytes, fileName);
      return { fileName, bytes: reply.bytes.length };
    },
  };
}
