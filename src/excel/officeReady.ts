/**
 * Whether the page runs inside Excel, and waiting for Office when it does. taskpane.html decides
 * first, before office.js loads, with office.js's own host probes (window.chibo4totOfficeProbe):
 *
 * - "" (no host found): a plain browser, which never loads office.js: the browser preview.
 * - a probe's name: Office is there. Office.onReady can take long on a cold webview or with a
 *   heavy workbook open, and no wait ever turns this pane into the preview: after a moment it says
 *   "Đang kết nối với Excel…", after longer it says what to do, and it goes on waiting.
 * - undefined (the probe did not run): office.js was loaded by the page; a plain browser answers
 *   Office.onReady at once with no host, and a timeout covers an office.js that never answers.
 */
/* global Office */
import { HostError } from "../host";

/** How long to wait for Office.onReady, when the probe did not run, before choosing the preview. */
export const OFFICE_READY_TIMEOUT_MS = 8000;
/** Inside Office: when the pane says it is connecting, and when it says what to do. */
export const OFFICE_SLOW_AFTER_MS = 1500;
export const OFFICE_STUCK_AFTER_MS = 45_000;

/** What the pane shows while Office is slow to answer (plain text, before the app starts). */
export const OFFICE_START_MESSAGES = {
  connecting: {
    vi: "Đang kết nối với Excel…",
    en: "Connecting to Excel…",
  },
  stuck: {
    vi:
      "Excel chưa trả lời tiện ích sau 45 giây. Hãy chờ thêm; nếu vẫn vậy, hãy đóng ngăn tiện ích và mở lại " +
      '(thẻ "4 tốt" > "Chi tiết"), hoặc lưu sổ tính rồi khởi động lại Excel.',
    en:
      "Excel has not answered the add-in for 45 seconds. Wait a little longer; if nothing changes, close the " +
      'add-in\'s pane and open it again ("4 Good" tab > "Details"), or save the workbook and restart Excel.',
  },
} as const;

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

export function notInExcelError(host: string): HostError {
  return new HostError("NOT_EXCEL", {
    vi: `Tiện ích "Chi bộ 4 tốt" chỉ chạy trong Excel (đang mở trong ${host || "một ứng dụng khác"}).`,
    en: `The "Chi bộ 4 tốt" add-in runs only in Excel (it was opened in ${host || "another application"}).`,
  });
}

export interface OfficeStartOptions {
  /** taskpane.html's verdict (window.chibo4totOfficeProbe). */
  probe: string | undefined;
  onSlow?: () => void;
  onStuck?: () => void;
  slowAfterMs?: number;
  stuckAfterMs?: number;
  /** Only when the probe did not run: how long before choosing the preview. */
  timeoutMs?: number;
}

/**
 * Which host the task pane starts with. Inside Office (the probe found it) this resolves only once
 * Office.onReady has answered, however long that takes, and never with the preview; a host other
 * than Excel is a HostError.
 */
export async function chooseStartHost(options: OfficeStartOptions): Promise<"excel" | "preview"> {
  if (options.probe === "") return "preview";
  if (options.probe === undefined) {
    return (await detectOfficeHost(options.timeoutMs)) === "excel" ? "excel" : "preview";
  }
  const slow = setTimeout(() => options.onSlow?.(), options.slowAfterMs ?? OFFICE_SLOW_AFTER_MS);
  const stuck = setTimeout(
    () => options.onStuck?.(),
    options.stuckAfterMs ?? OFFICE_STUCK_AFTER_MS,
  );
  try {
    const info = await Office.onReady();
    const host = info?.host ? String(info.host) : "";
    if (host !== "Excel") throw notInExcelError(host);
    return "excel";
  } finally {
    clearTimeout(slow);
    clearTimeout(stuck);
  }
}
