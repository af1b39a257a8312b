/**
 * The one error the xlsx patcher throws. A clerk meets it in the command line or the preview when
 * a file cannot be patched (not an xlsx, a damaged package, a sheet named in the plan that is not
 * there), so it carries what went wrong and what to do in Vietnamese and English.
 */
export type XlsxPatchErrorCode =
  | "NOT_XLSX"
  | "MISSING_PART"
  | "SHEET_NOT_FOUND"
  | "SHEET_NAME_TAKEN"
  | "BAD_PLAN";

export class XlsxPatchError extends Error {
  readonly code: XlsxPatchErrorCode;
  readonly messages: { vi: string; en: string };

  constructor(code: XlsxPatchErrorCode, messages: { vi: string; en: string }, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = "XlsxPatchError";
    this.code = code;
    this.messages = messages;
  }
}

export function missingPartError(part: string): XlsxPatchError {
  return new XlsxPatchError("MISSING_PART", {
    vi: `Tệp Excel bị hỏng: thiếu phần "${part}". Hãy mở tệp bằng Excel, lưu lại rồi thử lại.`,
    en: `The Excel file is damaged: part "${part}" is missing. Open it in Excel, save it again and retry.`,
  });
}

export function sheetNotFoundError(sheet: string): XlsxPatchError {
  return new XlsxPatchError("SHEET_NOT_FOUND", {
    vi: `Không tìm thấy trang tính "${sheet}" trong tệp. Tệp có thể đã thay đổi sau khi kiểm tra; hãy kiểm tra lại.`,
    en: `Sheet "${sheet}" was not found in the file. The file may have changed since it was checked; check it again.`,
  });
}

export function badPlanError(what: string): XlsxPatchError {
  return new XlsxPatchError("BAD_PLAN", {
    vi: `Lỗi nội bộ của chương trình khi ghi bản đã đánh dấu (${what}). Hãy báo lỗi này cho người phát triển.`,
    en: `Internal error while writing the marked copy (${what}). Please report it to the developers.`,
  });
}
