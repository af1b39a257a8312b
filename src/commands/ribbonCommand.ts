/**
 * The frame of every ribbon function (ExecuteFunction, no shared runtime): do the work, show the
 * outcome or the error in the dialog, and always call event.completed() exactly once, also after
 * an error. When no dialog can be shown (another add-in dialog is already open), a successful
 * score still shows itself: the report sheet is activated.
 */
import type { Lang } from "../core";
import { officeDisplayLanguage } from "../excel/displayLanguage";
import { toHostError } from "../excel/officeErrors";
import { selectCell } from "../excel/selectCell";
import { HostError } from "../host";
import type { DialogData } from "./dialogData";
import { showOutcomeDialog } from "./outcomeDialog";

export interface RibbonEvent {
  completed(): void;
}

export interface RibbonCommandOptions {
  baseUrl?: string;
  timeoutMs?: number;
}

export function errorDialogData(error: HostError, lang: Lang): DialogData {
  return { kind: "error", lang, code: error.code, message: error.messages[lang] };
}

function pageUrl(): string {
  const location = (globalThis as { location?: { href?: string } }).location;
  return location?.href ?? "https://localhost:3000/commands.html";
}

async function openReportSheet(sheet: string): Promise<void> {
  await selectCell(sheet, "A1");
}

export async function runRibbonCommand(
  event: RibbonEvent,
  work: (lang: Lang) => Promise<DialogData>,
  options: RibbonCommandOptions = {},
): Promise<void> {
  try {
    const lang = officeDisplayLanguage();
    let data: DialogData;
    try {
      data = await work(lang);
    } catch (error) {
      data = errorDialogData(toHostError(error), lang);
    }
    const reportSheet = data.kind === "scored" ? data.reportSheet : null;
    const dialogOptions = { baseUrl: options.baseUrl ?? pageUrl(), timeoutMs: options.timeoutMs };
    try {
      await showOutcomeDialog(data, {
        ...dialogOptions,
        openReport: reportSheet ? () => openReportSheet(reportSheet) : undefined,
      });
    } catch (error) {
      if (error instanceof HostError) {
        // Opening the report failed (e.g. the sheet was just deleted): say so.
        await showOutcomeDialog(errorDialogData(error, lang), dialogOptions).catch(() => undefined);
      } else if (reportSheet) {
        // No dialog could be shown: the report sheet itself shows the outcome.
        await openReportSheet(reportSheet).catch(() => undefined);
      }
    }
  } finally {
    event.completed();
  }
}
