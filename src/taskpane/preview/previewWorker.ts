/**
 * The preview's Web Worker: reads the opened workbook (readXlsx), scores it with the engine,
 * checks its stamp, answers what a cell holds and builds the marked copy, all off the page's
 * thread, so the pane stays responsive while a large file is read and shows progress from the
 * start. One workbook at a time; the page ends the worker to cancel a reading.
 */
/// <reference lib="webworker" />
import {
  DEFAULT_RULESET,
  adr,
  cellText,
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  planWorkbookWrite,
  type CarriedByWorkbook,
  type Evaluation,
  type SheetGrid,
} from "../../core";
import type { ScoreProgress, ScoredWorkbook, StampState } from "../../host";
import "../i18n/allLanguages";
import { toHostError } from "../state/toHostError";
import type { OpenedInWorker, WorkerReply, WorkerRequest } from "./workerProtocol";
import { readXlsx, writeMarkedXlsx } from "./xlsxLoader";
import { previewError, readBytes } from "./readBytes";

declare const self: DedicatedWorkerGlobalScope;

/** The workbook opened, its evaluation, and what it carries from an earlier scoring. */
interface OpenedWorkbook {
  bytes: Uint8Array;
  /** The sheets read, as the command line reads them (the engine's, and the stamp's report sheet). */
  sheets: ReadonlyMap<string, SheetGrid>;
  carried: CarriedByWorkbook;
  evaluation: Evaluation;
}

let opened: OpenedWorkbook | null = null;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(reply, transfer);
}

/**
 * The evaluation as plain data for the page: a shortfall's messages are made when read, so read
 * them now; the outputs and the canonical inputs (a getter) stay in the worker.
 */
function plainEvaluation(evaluation: Evaluation): ScoredWorkbook {
  const findings = evaluation.findings.map((finding) => ({
    severity: finding.severity,
    rule: finding.rule,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
    key: finding.key,
    row: finding.row,
    cellCode: finding.cellCode,
    messages: { vi: finding.messages.vi, en: finding.messages.en },
  }));
  const report = {
    ...evaluation.report,
    findings: findings.map(({ severity, rule, sheet, cell, message }) => ({
      severity,
      rule,
      sheet,
      cell,
      message,
    })),
  };
  return {
    report,
    findings,
    layout: evaluation.layout,
    ruleset: evaluation.ruleset,
    lang: evaluation.lang,
  };
}

async function open(request: Extract<WorkerRequest, { type: "open" }>): Promise<OpenedInWorker> {
  const progress = (value: ScoreProgress) => post({ type: "progress", id: request.id, progress: value });
  opened = null;
  const { fileName, bytes } = await readBytes(request.source, (done, total) =>
    progress({ phase: "loading", done, total }),
  );
  progress({ phase: "reading" });
  const read = await readXlsx(bytes, fileName, {
    onProgress: (done, total) => progress({ phase: "reading", done, total }),
  });
  progress({ phase: "checking" });
  const ruleset = request.ruleset ?? DEFAULT_RULESET;
  // Findings carry both languages; the marked copy's report sheet takes the clerk's at download.
  const evaluation = evaluateWorkbook(read.read.grid, { ruleset });
  const { stamp } = read;
  let stampState: StampState = { status: "none", stamp: null };
  if (stamp) {
    const status = checkStamp(stamp, await fingerprintOf(evaluation));
    stampState = { status, stamp, ruleset };
  }
  opened = {
    bytes,
    sheets: new Map(read.read.grid.sheets.map((sheet) => [sheet.name, sheet])),
    carried: { sheetNames: read.sheetNames, stamp, reportToken: read.reportToken },
    evaluation,
  };
  progress({ phase: "done" });
  return {
    fileName,
    format: read.read.package.format,
    evaluation: plainEvaluation(evaluation),
    stampState,
  };
}

function peek(sheet: string, cell: string): string | null {
  const grid = opened?.sheets.get(sheet);
  if (!grid) return null;
  try {
    const { row, col } = adr(cell);
    return cellText(grid.values[row]?.[col] ?? null);
  } catch {
    return null;
  }
}

async function markedCopy(request: Extract<WorkerRequest, { type: "markedCopy" }>) {
  if (!opened) throw previewError("NOT_SCORED", "previewErrorNotScored");
  // The report sheet in the clerk's language now, which may differ from the one scored in.
  const plan = await planWorkbookWrite(
    { ...opened.evaluation, lang: request.lang },
    opened.carried,
    new Date(request.scoredAt),
  );
  return writeMarkedXlsx(opened.bytes, plan);
}

async function answer(request: WorkerRequest): Promise<void> {
  try {
    switch (request.type) {
      case "open":
        post({ type: "opened", id: request.id, opened: await open(request) });
        return;
      case "peek":
        post({ type: "peeked", id: request.id, text: peek(request.sheet, request.cell) });
        return;
      case "markedCopy": {
        const bytes = await markedCopy(request);
        post({ type: "markedCopy", id: request.id, bytes }, [bytes.buffer]);
        return;
      }
    }
  } catch (error) {
    const hostError = toHostError(error);
    post({ type: "failed", id: request.id, code: hostError.code, messages: hostError.messages });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data);
};
