/**
 * What a ribbon command hands its outcome dialog. Excel has no notification bar for add-ins, so a
 * command shows its outcome in a small dialog page (dialog.html); the data travels in the page's
 * URL query (`?d=<JSON>`), which every Office platform passes through. Kept small: numbers, names
 * and at most one message, already in the user's language.
 */
import type { Lang, ReportSummary } from "../core";

export type DialogData =
  | {
      kind: "scored";
      lang: Lang;
      status: "scored" | "unusable";
      organization: string | null;
      year: number | null;
      summary: ReportSummary;
      /** The report sheet written, which the dialog's button opens. */
      reportSheet: string | null;
    }
  | { kind: "cleared"; lang: Lang; removed: number }
  | { kind: "error"; lang: Lang; code: string; message: string };

/** The messages the dialog sends back to the command (Office.context.ui.messageParent). */
export type DialogMessage = "openReport" | "close";

const MAX_MESSAGE_CHARS = 700;

export function dialogQuery(data: DialogData): string {
  const compact: DialogData =
    data.kind === "error" && data.message.length > MAX_MESSAGE_CHARS
      ? { ...data, message: `${data.message.slice(0, MAX_MESSAGE_CHARS - 1)}…` }
      : data;
  return `?d=${encodeURIComponent(JSON.stringify(compact))}`;
}

/** The dialog page's URL next to the page that opens it (commands.html). */
export function dialogUrl(data: DialogData, base: string): string {
  return new URL(`dialog.html${dialogQuery(data)}`, base).toString();
}

function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

function isSummary(value: unknown): value is ReportSummary {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    ["cells", "scored", "fourGood", "errors", "warnings", "shortfalls"].every(
      (k) => typeof s[k] === "number",
    ) && typeof s.orgFourGood === "boolean"
  );
}

/** Reads the dialog's data from its URL query; null when absent or malformed. */
export function readDialogData(search: string): DialogData | null {
  const raw = new URLSearchParams(search).get("d");
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const d = parsed as Record<string, unknown>;
  if (!isLang(d.lang)) return null;
  if (
    d.kind === "scored" &&
    isSummary(d.summary) &&
    (d.status === "scored" || d.status === "unusable")
  ) {
    return {
      kind: "scored",
      lang: d.lang,
      status: d.status,
      organization: typeof d.organization === "string" ? d.organization : null,
      year: typeof d.year === "number" ? d.year : null,
      summary: d.summary,
      reportSheet: typeof d.reportSheet === "string" ? d.reportSheet : null,
    };
  }
  if (d.kind === "cleared" && typeof d.removed === "number")
    return { kind: "cleared", lang: d.lang, removed: d.removed };
  if (d.kind === "error" && typeof d.message === "string") {
    return {
      kind: "error",
      lang: d.lang,
      code: typeof d.code === "string" ? d.code : "",
      message: d.message,
    };
  }
  return null;
}
