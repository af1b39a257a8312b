/**
 * The task pane's bootstrap: inside Office it uses the Office.js host, opened in a plain browser
 * it becomes the preview. Whether the page is inside Office was decided by taskpane.html before
 * office.js was loaded (window.chibo4totOfficeProbe): a plain browser never loads office.js, so
 * it goes straight to the preview; inside Office the pane waits for Office.onReady as long as it
 * takes, saying "Đang kết nối với Excel…" (chooseStartHost in src/excel/officeReady.ts). The only file of the task pane that knows Office exists
 * (through src/excel); the preview host is loaded on demand, so Excel never downloads it.
 */
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/excelHost";
import { chooseStartHost, OFFICE_START_MESSAGES } from "../excel/officeReady";
import { App } from "./App";
import { HostError, type TaskpaneHost } from "../host";
import { loadLanguage, translatorFor } from "./i18n/translate";
import { storedLanguage } from "./state/languageChoice";

declare global {
  interface Window {
    /**
     * Set by taskpane.html before office.js: the probe that found an Office host ("_host_Info",
     * "external.GetHostInfo", …), or "" in a plain browser, where office.js is not loaded.
     */
    chibo4totOfficeProbe?: string;
  }
}

/** Replaces the boot text with a plain message in both languages (before the app renders). */
function showBootText(root: HTMLElement, text: { vi: string; en: string }): void {
  root.replaceChildren();
  for (const lang of ["vi", "en"] as const) {
    const paragraph = document.createElement("p");
    paragraph.lang = lang;
    paragraph.className = "boot";
    paragraph.setAttribute("role", "status");
    paragraph.textContent = text[lang];
    root.append(paragraph);
  }
}

/** Inside Office the pane waits for it however long it takes; it never becomes the preview. */
async function createHost(root: HTMLElement): Promise<TaskpaneHost> {
  const start = await chooseStartHost({
    probe: window.chibo4totOfficeProbe,
    onSlow: () => showBootText(root, OFFICE_START_MESSAGES.connecting),
    onStuck: () => showBootText(root, OFFICE_START_MESSAGES.stuck),
  });
  if (start === "excel") return createExcelHost();
  const { createPreviewHost } = await import("./preview/previewHost");
  return createPreviewHost();
}

/** If even starting fails (a chunk that cannot load), say so in plain HTML rather than a blank pane. */
async function showStartFailure(root: HTMLElement, error: unknown): Promise<void> {
  const detail = error instanceof Error ? error.message : String(error);
  // English is a chunk of its own: when even that cannot load (and the error brings no English
  // text of its own), Vietnamese alone.
  const english = await loadLanguage("en").then(
    () => true,
    () => false,
  );
  root.replaceChildren();
  const own = error instanceof HostError ? error.messages : null;
  for (const [lang, text] of [
    ["vi", own?.vi ?? translatorFor("vi")("errorUnexpected", { detail })],
    ...(english || own
      ? ([["en", own?.en ?? translatorFor("en")("errorUnexpected", { detail })]] as const)
      : []),
  ] as const) {
    const paragraph = document.createElement("p");
    paragraph.lang = lang;
    paragraph.className = "boot-failure";
    paragraph.textContent = text;
    root.append(paragraph);
  }
}

async function start(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  try {
    const host = await createHost(root);
    // The pane opens in the clerk's remembered language, else the host's: loaded before it shows.
    await loadLanguage(storedLanguage() ?? host.suggestedLanguage);
    createRoot(root).render(<App host={host} />);
  } catch (error) {
    await showStartFailure(root, error);
  }
}

void start();
