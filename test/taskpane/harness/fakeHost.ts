/**
 * A TaskpaneHost serving recorded data, for the task pane's browser tests. It records every call
 * on `window.__hostCalls` and lets the test drive it through `window.__harness`: fire a data
 * change, release a held scoring run.
 */
import type { Lang, Stamp } from "../../../src/core";
import {
  HostError,
  type HostCapabilities,
  type ScoreOutcome,
  type ScoreProgress,
  type StampState,
  type TaskpaneHost,
} from "../../../src/host";
import { thachHaEvaluation } from "../fixtures/thachHaEvaluation";

export type HostCall =
  | { method: "checkSupport" }
  | { method: "readStampState" }
  | { method: "score"; lang: Lang }
  | { method: "clearMarks" }
  | { method: "selectCell"; sheet: string; cell: string }
  | { method: "watchChanges" }
  | { method: "unwatch" };

export type Scenario =
  /** Excel, never scored. */
  | "excel"
  /** Excel, a stamp from an earlier scoring whose data did not change. */
  | "stamped"
  /** Excel too old: checkSupport reports what is missing. */
  | "oldExcel"
  /** Scoring fails: the sheet is protected. */
  | "protected";

export interface HarnessControls {
  fireChange(): void;
  /** Resolves a scoring run started with ?hold=1 (to look at the progress first). */
  releaseScore(): void;
}

declare global {
  interface Window {
    __hostCalls: HostCall[];
    __harness: HarnessControls;
  }
}

export const SCORED_AT = "2026-11-24T14:05:00+07:00";

export const FIXTURE_STAMP: Stamp = {
  product: "chibo4tot",
  productVersion: "0.1.0",
  ruleset: { id: "4tot-default", version: 1, hash: null },
  scoredAt: SCORED_AT,
  status: "scored",
  summary: thachHaEvaluation.report.summary,
  fingerprint: "5f0c1e8a".padEnd(64, "0"),
  reportSheet: "Kết quả kiểm tra",
  reportToken: "tok-0123456789abcdef",
};

export const OLD_EXCEL_ERROR = new HostError("EXCEL_TOO_OLD", {
  vi: "Excel này chỉ hỗ trợ ExcelApi 1.7; tiện ích cần ExcelApi 1.13 (ô gộp, vùng nhiều ô). Hãy dùng Microsoft 365, Excel 2021 trở lên, Excel trên web hoặc Excel cho Mac.",
  en: "This Excel supports ExcelApi 1.7 only; the add-in needs ExcelApi 1.13 (merged areas, range areas). Use Microsoft 365, Excel 2021 or later, Excel on the web or Excel for Mac.",
});

export const PROTECTED_ERROR = new HostError("SHEET_PROTECTED", {
  vi: "Trang “Chi bộ” đang được bảo vệ nên không ghi được kết quả. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi chấm lại.",
  en: "Sheet “Chi bộ” is protected, so results cannot be written. Unprotect it (Review > Unprotect Sheet) and score again.",
});

const EXCEL_CAPABILITIES: HostCapabilities = {
  writesWorkbook: true,
  selectsCells: true,
  watchesChanges: true,
  opensFiles: false,
  downloadsMarkedCopy: false,
};

export function createFakeHost(
  scenario: Scenario,
  options: { hold: boolean; lang: Lang },
): TaskpaneHost {
  window.__hostCalls = [];
  const record = (call: HostCall) => window.__hostCalls.push(call);
  let onChange: (() => void) | null = null;
  let release: (() => void) | null = null;
  window.__harness = {
    fireChange: () => onChange?.(),
    releaseScore: () => release?.(),
  };

  return {
    kind: "excel",
    suggestedLanguage: options.lang,
    capabilities: EXCEL_CAPABILITIES,
    async checkSupport() {
      record({ method: "checkSupport" });
      return scenario === "oldExcel" ? OLD_EXCEL_ERROR : null;
    },
    async readStampState(): Promise<StampState> {
      record({ method: "readStampState" });
      return scenario === "stamped"
        ? { status: "valid", stamp: FIXTURE_STAMP }
        : { status: "none", stamp: null };
    },
    async score(lang: Lang, onProgress: (progress: ScoreProgress) => void): Promise<ScoreOutcome> {
      record({ method: "score", lang });
      onProgress({ phase: "reading" });
      onProgress({ phase: "checking" });
      if (scenario === "protected") throw PROTECTED_ERROR;
      onProgress({ phase: "writing", done: 4, total: 10 });
      if (options.hold) await new Promise<void>((resolve) => (release = resolve));
      onProgress({ phase: "done" });
      return {
        evaluation: thachHaEvaluation,
        stamp: { ...FIXTURE_STAMP, scoredAt: SCORED_AT },
        marks: [],
        reportSheet: "Kết quả kiểm tra",
      };
    },
    async clearMarks() {
      record({ method: "clearMarks" });
      return 12;
    },
    async selectCell(sheet: string, cell: string) {
      record({ method: "selectCell", sheet, cell });
    },
    async watchChanges(callback: () => void) {
      record({ method: "watchChanges" });
      onChange = callback;
      return () => {
        record({ method: "unwatch" });
        if (onChange === callback) onChange = null;
      };
    },
  };
}
