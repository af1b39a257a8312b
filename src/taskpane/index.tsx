/**
 * The task pane's bootstrap: inside Excel it uses the Office.js host; opened in a plain browser it
 * becomes the preview. The only file of the task pane that knows Office exists (through
 * src/excel); the preview host is loaded on demand, so Excel never downloads it.
 */
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/excelHost";
import { detectOfficeHost } from "../excel/officeReady";
import { App } from "./App";
import type { TaskpaneHost } from "./host";
import { DICTIONARIES } from "./i18n/translate";

async function createHost(): Promise<TaskpaneHost> {
  if ((await detectOfficeHost()) === "excel") return createExcelHost();
  const { createPreviewHost } = await import("./preview/previewHost");
  return createPreviewHost();
}

/** If even starting fails (a chunk that cannot load), say so in plain HTML rather than a blank pane. */
function showStartFailure(root: HTMLElement, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  root.replaceChildren();
  for (const [lang, text] of [
    ["vi", DICTIONARIES.vi.errorUnexpected.replace("{detail}", detail)],
    ["en", DICTIONARIES.en.errorUnexpected.replace("{detail}", detail)],
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
    const host = await createHost();
    createRoot(root).render(<App host={host} />);
  } catch (error) {
    showStartFailure(root, error);
  }
}

void start();
