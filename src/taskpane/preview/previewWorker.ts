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
  stampFromProperties,
  type Evaluation,
  type Ruleset,
  type SheetGrid,
  type Stamp,
  type WorkbookGrid,
} from "../../core";
import type { ScoreProgress, ScoredWorkbook, StampState } from "../host";
import "../i18n/allLanguages";
import { toHostError } from "../state/toHostError";
import type { OpenedInWorker, WorkerReply, WorkerRequest } from "./workerProtocol";
import { readXlsx, writeMarkedXlsx } from "./xlsxLoader";
import { previewError, readBytes } from "./readBytes";

declare const self: DedicatedWorkerGlobalScope;

interface OpenedWorkbook {
  bytes: Uint8Array;
  grid: WorkbookGrid;
  sheets: ReadonlyMap<string, SheetGrid>;
  stamp: Stamp | null;
  reportTokenInSheet: string | null;
  ruleset: Ruleset;
  evaluation: Evaluation;
}

let opened: OpenedWorkbook | null = null;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(reply, transfer);
}

/** The evaluation as plain data: a shortfall's messages are made when read, so read them now. */
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
  return { report, findings, layout: evaluation.layout };
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
  const evaluation = evaluateWorkbook(read.read.grid, { ruleset });
  const stamp = stampFromProperties(read.read.properties);
  let stampState: StampState = { status: "none", stamp: null };
  if (stamp) {
    const status = checkStamp(stamp, await fingerprintOf(evaluation));
    stampState = { status, stamp, ruleset };
  }
  opened = {
    bytes,
    grid: read.read.grid,
    sheets: new Map(read.read.grid.sheets.map((sheet) => [sheet.name, sheet])),
    stamp,
    reportTokenInSheet: read.reportTokenInSheet,
    ruleset,
    evaluation,
  };
  progress({ phase: "done" });
  return {
    fileName,
    format: read.read.package.format,
    evaluation: plainEvaluation(evaluation),
    ruleset,
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
  const plan = await planWorkbookWrite({
    evaluation: opened.evaluation,
    ruleset: opened.ruleset,
    lang: request.lang,
    scoredAt: new Date(request.scoredAt),
    existingSheetNames: opened.grid.sheetNames,
    previousStamp: opened.stamp,
    previousReportTokenInSheet: opened.reportTokenInSheet,
  });
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
