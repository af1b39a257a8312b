/**
 * The frame of every ribbon function (ExecuteFunction, no shared runtime): do the work within the
 * command's time (commandBudget.ts), show the outcome or the error in the dialog, and always call
 * event.completed() exactly once, also after an error. A second dialog (the report could not be
 * opened) waits until the first is gone (outcomeDialog.ts). When no dialog can be shown at all
 * (another add-in's dialog stays open, or no time is left), a successful score still shows
 * itself: the report sheet is activated.
 */
import type { Lang } from "../core";
import { officeDisplayLanguage } from "../excel/displayLanguage";
import { toHostError } from "../excel/officeErrors";
import { selectCell } from "../excel/selectCell";
import { HostError } from "../host";
import {
  CommandBudget,
  FUNCTION_COMMAND_LIMITS,
  REAL_CLOCK,
  type CommandClock,
  type CommandLimits,
} from "./commandBudget";
import type { DialogData } from "./dialogData";
import { showOutcomeDialog } from "./outcomeDialog";

export interface RibbonEvent {
  completed(): void;
}

export interface RibbonCommandOptions {
  baseUrl?: string;
  /** Time and timers (tests give a virtual clock). */
  clock?: CommandClock;
  limits?: Partial<CommandLimits>;
  /** How a dialog is tried again while the previous one closes (tests shorten it). */
  dialogRetry?: { delayMs: number; attempts: number };
}

/** A dialog shorter than this is not worth opening: the report sheet shows the outcome instead. */
const MIN_DIALOG_MS = 3_000;

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
  work: (lang: Lang, budget: CommandBudget) => Promise<DialogData>,
  options: RibbonCommandOptions = {},
): Promise<void> {
  const budget = new CommandBudget(options.clock ?? REAL_CLOCK, {
    ...FUNCTION_COMMAND_LIMITS,
    ...options.limits,
  });
  try {
    const lang = officeDisplayLanguage();
    let data: DialogData;
    try {
      data = await work(lang, budget);
    } catch (error) {
      data = errorDialogData(toHostError(error), lang);
    }
    const reportSheet = data.kind === "scored" ? data.reportSheet : null;
    const show = (shown: DialogData, openReport?: () => Promise<void>): Promise<void> => {
      const closeAfterMs = budget.dialogMs();
      if (closeAfterMs < MIN_DIALOG_MS) return Promise.reject(new Error("no time for a dialog"));
      return showOutcomeDialog(shown, {
        baseUrl: options.baseUrl ?? pageUrl(),
        openReport,
        closeAfterMs,
        clock: budget.clock,
        retry: options.dialogRetry,
      });
    };
    try {
      await show(data, reportSheet ? () => openReportSheet(reportSheet) : undefined);
    } catch (error) {
      if (error instanceof HostError) {
        // Opening the report failed (e.g. the sheet was just deleted): say so, once the first
        // dialog is gone. If even that cannot be shown, the clerk sees no report sheet open.
        await show(errorDialogData(error, lang)).catch(() => undefined);
      } else if (reportSheet) {
        // No dialog could be shown: the report sheet itself shows the outcome.
        await openReportSheet(reportSheet).catch(() => undefined);
      }
    }
  } finally {
    event.completed();
  }
}
