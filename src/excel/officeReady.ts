/**
 * Whether the page runs inside Excel. The task pane's bootstrap asks this first: inside Excel it
 * uses the Office.js host, anywhere else the browser preview. office.js is loaded by the page even
 * in a plain browser, where Office.onReady resolves at once with no host; a timeout covers the case
 * where office.js never answers (blocked or failed to load).
 */
/* global Office */

/** How long to wait for Office.onReady before deciding there is no Office host. */
export const OFFICE_READY_TIMEOUT_MS = 8000;

export async function detectOfficeHost(
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<"excel" | "none"> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "none";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"none">((resolve) => {
    timer = setTimeout(() => resolve("none"), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info): "excel" | "none" => (info && String(info.host) === "Excel" ? "excel" : "none"),
    (): "none" => "none",
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
