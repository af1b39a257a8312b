/**
 * Running the queued writes in as few syncs as the 5 MB request limit allows: each operation
 * knows its estimated request size; operations are packed, in order, into ~4 MB batches and each
 * batch is one sync. Office.js has no transaction: when a batch fails, the batches before it are
 * written and the failing one may be partly written. The HostError then says which parts were
 * written, which may be incomplete and which were not started, and that running "Chấm điểm" again
 * repairs everything (every part is rewritten from scratch on the next run). Why the batch failed
 * is told by the error's code: AccessDenied is explained by asking the workbook which protection
 * refused it (accessDenied.ts); GeneralException or InvalidSelection is told apart from another
 * workbook taking the focus by asking Excel (workbookFocus.ts): that is WORKBOOK_SWITCHED, its own
 * outcome.
 */
/* global Excel */
import { HostError } from "../host";
import { explainAccessDenied } from "./accessDenied";
import { refusedForAnotherWorkbook } from "./workbookFocus";
import {
  HOST_ERROR_CODES,
  officeErrorCode,
  toHostError,
  workbookSwitchedError,
} from "./officeErrors";
import {
  ACTION_OVERHEAD_BYTES,
  jsonBytes,
  PAYLOAD_BUDGET_BYTES,
  packIntoBatches,
} from "./payloadBudget";

/** The parts of a write, in the order they are written. */
export type WritePart = "removeMarks" | "outputs" | "marks" | "stamp" | "report";

export const WRITE_PART_LABELS: Record<WritePart, { vi: string; en: string }> = {
  removeMarks: { vi: "xóa đánh dấu cũ", en: "removing the old marks" },
  outputs: {
    vi: "điểm và kết quả trong bảng chi bộ",
    en: "scores and results in the Party cell table",
  },
  marks: { vi: "đánh dấu ô", en: "cell marks" },
  stamp: { vi: "dấu xác nhận", en: "the stamp" },
  report: { vi: "trang báo cáo kết quả kiểm tra", en: "the report sheet" },
};

/** Objects created by one operation and used by later ones (in the same request context). */
export interface WriteState {
  reportSheet: Excel.Worksheet | null;
}

export interface WriteOperation {
  part: WritePart;
  /** Estimated request bytes: arguments plus an allowance per action. */
  bytes: number;
  /** Queues the operation's actions on the context (no sync). */
  queue(context: Excel.RequestContext, state: WriteState): void;
}

/** Request size of an operation with `actions` actions carrying `args`. */
export function operationBytes(actions: number, args: unknown): number {
  return actions * ACTION_OVERHEAD_BYTES + jsonBytes(args);
}

export interface WriteBatchProgress {
  done: number;
  total: number;
}

function partList(parts: readonly WritePart[], lang: "vi" | "en"): string {
  return parts.map((p) => WRITE_PART_LABELS[p][lang]).join(", ");
}

export function writeIncompleteError(
  written: readonly WritePart[],
  partial: readonly WritePart[],
  notStarted: readonly WritePart[],
  cause: unknown,
  reason: HostError = toHostError(cause),
): HostError {
  const vi = [
    `Việc ghi vào sổ tính bị dừng giữa chừng: ${reason.messages.vi}`,
    written.length ? `Đã ghi xong: ${partList(written, "vi")}.` : "",
    partial.length ? `Có thể mới ghi một phần: ${partList(partial, "vi")}.` : "",
    notStarted.length ? `Chưa ghi: ${partList(notStarted, "vi")}.` : "",
    'Dữ liệu nhập của bạn không bị thay đổi. Hãy bấm "Chấm điểm" lại: lần chấm mới sẽ ghi lại đầy đủ mọi phần.',
  ];
  const en = [
    `Writing to the workbook stopped halfway: ${reason.messages.en}`,
    written.length ? `Written: ${partList(written, "en")}.` : "",
    partial.length ? `Possibly incomplete: ${partList(partial, "en")}.` : "",
    notStarted.length ? `Not written: ${partList(notStarted, "en")}.` : "",
    'Your input data was not changed. Click "Score" again: the new run rewrites every part completely.',
  ];
  // Another workbook taking the focus is its own outcome: the clerk's next step differs.
  const code =
    reason.code === HOST_ERROR_CODES.workbookSwitched
      ? HOST_ERROR_CODES.workbookSwitched
      : HOST_ERROR_CODES.writeIncomplete;
  return new HostError(
    code,
    { vi: vi.filter(Boolean).join(" "), en: en.filter(Boolean).join(" ") },
    { cause },
  );
}

export interface WriteRunOptions {
  /** Bytes per sync (default ~4 MB). */
  budget?: number;
  /** The sheets the operations write to: asked for their protection when Excel refuses a write. */
  sheets?: readonly string[];
}

/** Why a batch failed, from the error's code and what the workbook answers when asked again. */
async function batchFailure(
  context: Excel.RequestContext,
  error: unknown,
  sheets: readonly string[],
): Promise<HostError> {
  if (officeErrorCode(error) === "AccessDenied") return explainAccessDenied(context, sheets, error);
  if (await refusedForAnotherWorkbook(context, error)) return workbookSwitchedError(error);
  return toHostError(error);
}

/** Queues and syncs the operations in ~4 MB batches; returns the number of syncs made. */
export async function runWriteOperations(
  context: Excel.RequestContext,
  operations: readonly WriteOperation[],
  onProgress?: (progress: WriteBatchProgress) => void,
  options: WriteRunOptions = {},
): Promise<number> {
  const batches = packIntoBatches(
    operations,
    (op) => op.bytes,
    options.budget ?? PAYLOAD_BUDGET_BYTES,
  );
  const state: WriteState = { reportSheet: null };
  const remaining = new Map<WritePart, number>();
  for (const op of operations) remaining.set(op.part, (remaining.get(op.part) ?? 0) + 1);
  const started = new Set<WritePart>();
  onProgress?.({ done: 0, total: batches.length });
  for (let index = 0; index < batches.length; index++) {
    const batch = batches[index];
    for (const op of batch) {
      started.add(op.part);
      op.queue(context, state);
    }
    try {
      // One sync per ~4 MB batch, by design: the number of batches grows with size, never with rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const order = [...remaining.keys()];
      const inBatch = new Set(batch.map((op) => op.part));
      const written = order.filter(
        (p) => started.has(p) && !inBatch.has(p) && remaining.get(p) === 0,
      );
      const partial = order.filter(
        (p) => inBatch.has(p) || (started.has(p) && (remaining.get(p) ?? 0) > 0),
      );
      const notStarted = order.filter((p) => !started.has(p));
      if (index === 0 && isRejectedWhole(error)) throw toHostError(error);
      const reason = await batchFailure(context, error, options.sheets ?? []);
      throw writeIncompleteError(written, partial, notStarted, error, reason);
    }
    for (const op of batch) remaining.set(op.part, (remaining.get(op.part) ?? 1) - 1);
    onProgress?.({ done: index + 1, total: batches.length });
  }
  return batches.length;
}

/** Errors for which Excel refuses a request before running any of it: nothing was written. */
function isRejectedWhole(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "InvalidOperationInCellEditMode" || code === "RequestPayloadSizeLimitExceeded";
}
