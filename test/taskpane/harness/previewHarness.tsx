/**
 * The real preview host in the task pane, for the browser tests: downloads are captured on
 * `window.__downloads` (base64) instead of being saved.
 */
import { createRoot } from "react-dom/client";
import "../../../src/taskpane/i18n/allLanguages";
import { App } from "../../../src/taskpane/App";
import { createPreviewHost } from "../../../src/taskpane/preview/previewHost";

export interface CapturedDownload {
  fileName: string;
  base64: string;
}

declare global {
  interface Window {
    __downloads: CapturedDownload[];
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

window.__downloads = [];
const host = createPreviewHost({
  save: (bytes, fileName) => window.__downloads.push({ fileName, base64: toBase64(bytes) }),
  // esbuild bundles the worker as an entry of its own (preview.browser.test.ts), as ES modules.
  createWorker: () => new Worker("previewWorker.js", { type: "module" }),
});
const root = document.getElementById("root");
if (!root) throw new Error("harness.html has no #root");
createRoot(root).render(<App host={host} />);
