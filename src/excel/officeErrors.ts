/**
 * Turns what Office.js throws (OfficeExtension.Error with a `code`) into HostErrors a clerk can
 * act on, in Vietnamese and English. Every failure of the edge passes through `toHostError`, so
 * the task pane and the ribbon commands always have a message to show.
 *
 * Errors are told apart by `error.code` only. Their message is "passed through from the Office
 * application" (OfficeExtension.Error.message, Office.js reference) in Office's own language:
 * @microsoft/office-js ships it per locale (dist/vi-vn/office_strings.js has
 * L_PermissionDenied "Từ chối Quyền"), so a Vietnamese Office never says "protected" or
 * "read-only". The message is shown to the clerk, never parsed; which protection refused a write
 * is found by asking the workbook again (accessDenied.ts), as the write preflight does.
 */
import { HostError } from "../host";

/** The HostError codes this edge raises (HostError.code). */
export const HOST_ERROR_CODES = {
  oldExcel: "OLD_EXCEL",
  officeUnavailable: "OFFICE_UNAVAILABLE",
  cellEditMode: "CELL_EDIT_MODE",
  sheetProtected: "SHEET_PROTECTED",
  workbookProtected: "WORKBOOK_PROTECTED",
  readOnly: "READ_ONLY",
  workbookSwitched: "WORKBOOK_SWITCHED",
  accessDenied: "ACCESS_DENIED",
  sheetMissing: "SHEET_MISSING",
  reportNameTaken: "REPORT_NAME_TAKEN",
  tooLarge: "PAYLOAD_TOO_LARGE",
  valuesUnavailable: "VALUES_UNAVAILABLE",
  writeIncomplete: "WRITE_INCOMPLETE",
  connection: "CONNECTION_FAILED",
  excel: "EXCEL_ERROR",
  unexpected: "UNEXPECTED",
} as const;

/** The Office.js error code of an error, or null when it is not an Office.js error. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

function officeMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}

const RETRY_VI =
  'Hãy thử lại; nếu lỗi lặp lại, hãy dùng bản xem trước trên trình duyệt hoặc chương trình dòng lệnh "chibo4tot".';
const RETRY_EN =
  'Try again; if it keeps failing, use the browser preview or the "chibo4tot" command line.';

export function cellEditModeError(cause?: unknown): HostError {
  return new HostError(
    HOST_ERROR_CODES.cellEditMode,
    {
      vi: "Excel đang ở chế độ nhập ô. Hãy nhấn Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại.",
      en: "Excel is busy editing a cell. Press Enter or Esc to finish editing the cell, then try again.",
    },
    { cause },
  );
}

export function sheetProtectedError(
  sheets: readonly string[],
  action: "write" | "clear" = "write",
  cause?: unknown,
): HostError {
  const list = sheets.map((s) => `"${s}"`).join(", ");
  const subjectVi =
    sheets.length > 0 ? `Trang tính ${list} đang được bảo vệ` : "Trang tính đang được bảo vệ";
  const subjectEn = sheets.length > 0 ? `The sheet ${list} is protected` : "A sheet is protected";
  const whatVi =
    action === "write" ? "nên không ghi được kết quả và đánh dấu" : "nên không xóa được đánh dấu";
  const whatEn =
    action === "write"
      ? "so results and marks cannot be written"
      : "so its marks cannot be removed";
  const againVi = action === "write" ? "Chấm điểm" : "Xóa đánh dấu";
  const againEn = action === "write" ? "Score" : "Clear marks";
  return new HostError(
    HOST_ERROR_CODES.sheetProtected,
    {
      vi: `${subjectVi} ${whatVi}. Chưa có gì bị thay đổi. Hãy bỏ bảo vệ (thẻ Xem lại > Bỏ bảo vệ trang tính) rồi bấm "${againVi}" lại.`,
      en: `${subjectEn}, ${whatEn}. Nothing was changed. Unprotect it (Review > Unprotect Sheet), then click "${againEn}" again.`,
    },
    { cause },
  );
}

export function workbookProtectedError(cause?: unknown): HostError {
  return new HostError(
    HOST_ERROR_CODES.workbookProtected,
    {
      vi:
        'Cấu trúc sổ tính đang được bảo vệ nên không thêm được trang "Kết quả kiểm tra". Chưa có gì bị thay đổi. ' +
        'Hãy bỏ bảo vệ sổ tính (thẻ Xem lại > Bảo vệ sổ làm việc) rồi bấm "Chấm điểm" lại.',
      en:
        "The workbook structure is protected, so the report sheet cannot be added. Nothing was changed. " +
        'Unprotect the workbook (Review > Protect Workbook), then click "Score" again.',
    },
    { cause },
  );
}

export function readOnlyError(cause?: unknown): HostError {
  return new HostError(
    HOST_ERROR_CODES.readOnly,
    {
      vi:
        "Sổ tính đang mở ở chế độ chỉ đọc nên không ghi được kết quả. Chưa có gì bị thay đổi. " +
        'Hãy bấm "Bật chỉnh sửa" (hoặc lưu một bản sao có quyền sửa) rồi bấm "Chấm điểm" lại.',
      en:
        "The workbook is open read-only, so results cannot be written. Nothing was changed. " +
        'Click "Enable Editing" (or save a copy you can edit), then click "Score" again.',
    },
    { cause },
  );
}

export function sheetMissingError(sheet: string | null, cause?: unknown): HostError {
  const vi = sheet
    ? `Không tìm thấy trang tính "${sheet}": có thể nó vừa bị xóa hoặc đổi tên. Hãy bấm "Chấm điểm" lại.`
    : 'Không tìm thấy trang tính hoặc vùng ô cần dùng: có thể nó vừa bị xóa hoặc đổi tên. Hãy bấm "Chấm điểm" lại.';
  const en = sheet
    ? `The sheet "${sheet}" was not found: it may have just been deleted or renamed. Click "Score" again.`
    : 'A sheet or range the add-in needs was not found: it may have just been deleted or renamed. Click "Score" again.';
  return new HostError(HOST_ERROR_CODES.sheetMissing, { vi, en }, { cause });
}

export function tooLargeError(cause?: unknown): HostError {
  return new HostError(
    HOST_ERROR_CODES.tooLarge,
    {
      vi:
        "Dữ liệu quá lớn để Excel truyền trong một lần, kể cả khi đã chia nhỏ (Excel trên web giới hạn 5 MB mỗi lần). " +
        'Hãy chấm điểm tệp này bằng chương trình dòng lệnh "chibo4tot" hoặc trong Excel trên máy tính.',
      en:
        "The data is too large for Excel to transfer at once, even in blocks (Excel on the web allows 5 MB per request). " +
        'Score this file with the "chibo4tot" command line or in desktop Excel.',
    },
    { cause },
  );
}

/** Excel refused a change and the workbook, asked again, does not say why. */
export function accessDeniedError(cause?: unknown): HostError {
  return new HostError(
    HOST_ERROR_CODES.accessDenied,
    {
      vi:
        "Excel không cho phép thay đổi sổ tính này (sổ chỉ đọc, trang tính hoặc sổ tính đang được bảo vệ). " +
        'Hãy bật chỉnh sửa hoặc bỏ bảo vệ rồi bấm "Chấm điểm" lại.',
      en:
        "Excel does not allow changes to this workbook (read-only, or a protected sheet or workbook). " +
        'Enable editing or remove the protection, then click "Score" again.',
    },
    { cause },
  );
}

/**
 * Another workbook took the focus while the add-in activated or selected a sheet, added, deleted
 * or froze one: Excel on Windows and Mac then refuses those calls (GeneralException,
 * InvalidSelection for Worksheet.delete; office-js-docs-pr docs/excel/excel-add-ins-troubleshooting.md,
 * "API limitations when the active workbook switches").
 */
export function workbookSwitchedError(
  cause?: unknown,
  action: "score" | "show" = "score",
): HostError {
  const messages =
    action === "score"
      ? {
          vi:
            "Trong lúc tiện ích làm việc, một sổ tính khác được chọn, nên Excel dừng lại. " +
            'Hãy quay lại sổ tính này, để nguyên nó trên màn hình cho đến khi xong, rồi bấm "Chấm điểm" lại.',
          en:
            "Another workbook was switched to while the add-in was working, so Excel stopped it. " +
            'Go back to this workbook, keep it in front until the run ends, and click "Score" again.',
        }
      : {
          vi: "Một sổ tính khác đang được chọn nên Excel không chuyển đến ô này được. Hãy quay lại sổ tính này rồi bấm lại.",
          en: "Another workbook is in front, so Excel cannot go to this cell. Go back to this workbook and click again.",
        };
  return new HostError(HOST_ERROR_CODES.workbookSwitched, messages, { cause });
}

/** The codes Excel gives the calls that need their workbook in front when another one is. */
export function isWorkbookSwitchCode(code: string | null): boolean {
  return code === "GeneralException" || code === "InvalidSelection";
}

/** Maps any error met while talking to Excel into a HostError (a HostError passes through). */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const message = officeMessage(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return cellEditModeError(error);
    case "AccessDenied":
      return accessDeniedError(error);
    case "ItemNotFound":
      return sheetMissingError(null, error);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return tooLargeError(error);
    case "ConnectionFailure":
    case "RequestAborted":
      return new HostError(
        HOST_ERROR_CODES.connection,
        {
          vi: "Mất kết nối với Excel trong lúc làm việc. Hãy kiểm tra mạng rồi thử lại.",
          en: "The connection to Excel was lost. Check the network and try again.",
        },
        { cause: error },
      );
    case null:
      return new HostError(
        HOST_ERROR_CODES.unexpected,
        {
          vi: `Đã xảy ra lỗi không mong muốn: ${message}. ${RETRY_VI}`,
          en: `An unexpected error occurred: ${message}. ${RETRY_EN}`,
        },
        { cause: error },
      );
    default:
      return new HostError(
        HOST_ERROR_CODES.excel,
        {
          vi: `Excel báo lỗi (${code}): ${message}. ${RETRY_VI}`,
          en: `Excel reported an error (${code}): ${message}. ${RETRY_EN}`,
        },
        { cause: error },
      );
  }
}

/** True for the errors that mean "the payload was too big": the edge retries in smaller blocks. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}
