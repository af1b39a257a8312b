/**
 * Which Excel JavaScript API features the add-in needs, in which requirement set, and the plain
 * message shown when the user's Excel lacks them. Checked once at start (task pane) and before
 * each ribbon command, so an old Excel never fails halfway through a write.
 */
/* global Office */
import { HostError } from "../host";
import { HOST_ERROR_CODES } from "./officeErrors";

export interface FeatureRequirement {
  /** ExcelApi requirement set version, e.g. "1.7". */
  excelApi: string;
  feature: { vi: string; en: string };
}

/** Every ExcelApi feature the edge uses, with the requirement set that introduced it. */
export const FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  { excelApi: "1.4", feature: { vi: "đọc vùng dữ liệu đã dùng", en: "reading the used range" } },
  {
    excelApi: "1.6",
    feature: {
      vi: "đánh dấu ô bằng định dạng có điều kiện",
      en: "marking cells with conditional formats",
    },
  },
  {
    excelApi: "1.7",
    feature: {
      vi: "dấu xác nhận trong thuộc tính tài liệu",
      en: "the stamp in document properties",
    },
  },
  {
    excelApi: "1.7",
    feature: { vi: "liên kết đến ô trong trang báo cáo", en: "links to cells in the report" },
  },
  { excelApi: "1.7", feature: { vi: "nhận biết dữ liệu thay đổi", en: "noticing changed data" } },
  { excelApi: "1.7", feature: { vi: "cố định dòng tiêu đề", en: "frozen header rows" } },
  {
    excelApi: "1.8",
    feature: { vi: "nhận biết sổ tính chỉ đọc", en: "detecting a read-only workbook" },
  },
  {
    excelApi: "1.9",
    feature: {
      vi: "đánh dấu nhiều ô rời nhau cùng lúc",
      en: "marking many separate cells at once",
    },
  },
  {
    excelApi: "1.9",
    feature: { vi: "khổ giấy A4 ngang khi in báo cáo", en: "A4 landscape printing of the report" },
  },
  {
    excelApi: "1.13",
    feature: { vi: "đọc ô gộp trong bảng", en: "reading merged cells" },
  },
];

/** The highest set the add-in needs: everything above is implied by it. */
export const REQUIRED_EXCEL_API = "1.13";

interface RequirementsApi {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function officeRequirements(): RequirementsApi | null {
  if (typeof Office === "undefined") return null;
  return Office.context?.requirements ?? null;
}

/** The features the running Excel lacks (empty when all are there). */
export function missingFeatures(requirements: RequirementsApi): FeatureRequirement[] {
  return FEATURE_REQUIREMENTS.filter((f) => !requirements.isSetSupported("ExcelApi", f.excelApi));
}

export function oldExcelError(missing: readonly FeatureRequirement[]): HostError {
  const vi = missing.map((f) => f.feature.vi).join("; ");
  const en = missing.map((f) => f.feature.en).join("; ");
  return new HostError(HOST_ERROR_CODES.oldExcel, {
    vi:
      `Phiên bản Excel này quá cũ cho tiện ích "Chi bộ 4 tốt" (cần ExcelApi ${REQUIRED_EXCEL_API}). ` +
      `Còn thiếu: ${vi}. ` +
      "Tiện ích chạy được trên Microsoft 365, Excel 2021 trở lên, Excel trên web và Excel cho Mac. " +
      'Trong lúc chờ, bạn vẫn có thể dùng bản xem trước trên trình duyệt hoặc chương trình dòng lệnh "chibo4tot" để chấm điểm tệp.',
    en:
      `This Excel is too old for the "Chi bộ 4 tốt" add-in (it needs ExcelApi ${REQUIRED_EXCEL_API}). ` +
      `Missing: ${en}. ` +
      "The add-in works in Microsoft 365, Excel 2021 or later, Excel on the web and Excel for Mac. " +
      'Meanwhile you can score the file with the browser preview or the "chibo4tot" command line.',
  });
}

export function officeUnavailableError(): HostError {
  return new HostError(HOST_ERROR_CODES.officeUnavailable, {
    vi:
      "Trang này không chạy trong Excel nên không đọc được sổ tính. " +
      'Hãy mở tiện ích từ thẻ "4 tốt" trong Excel, hoặc dùng bản xem trước trên trình duyệt.',
    en: 'This page is not running inside Excel, so it cannot read a workbook. Open the add-in from the "4 Good" tab in Excel, or use the browser preview.',
  });
}

/**
 * Null when the running Excel has every feature the add-in needs; otherwise the HostError that
 * says what is missing, which Excel versions work, and what works meanwhile.
 */
export function checkRequirements(
  requirements: RequirementsApi | null = officeRequirements(),
): HostError | null {
  if (!requirements) return officeUnavailableError();
  const missing = missingFeatures(requirements);
  return missing.length === 0 ? null : oldExcelError(missing);
}
