/**
 * Why a file cannot be read, said to a clerk: what the file is and what to do, in Vietnamese and
 * English. These are not findings about the data (the engine makes those); they stop reading
 * before the engine sees anything. The command line exits with status 2 on any of them.
 */

export type PackageProblemCode =
  | "empty-file"
  | "file-too-large"
  | "pdf-file"
  | "html-file"
  | "spreadsheetml-2003-file"
  | "text-file"
  | "unknown-file"
  | "encrypted-workbook"
  | "legacy-xls"
  | "other-compound-file"
  | "corrupt-zip"
  | "zip-encrypted-entries"
  | "unsupported-compression"
  | "xlsb-workbook"
  | "opendocument-spreadsheet"
  | "not-a-workbook-package"
  | "too-many-entries"
  | "uncompressed-too-large"
  | "sheets-too-large"
  | "suspicious-compression"
  | "damaged-part"
  | "cell-beyond-excel-limits"
  | "unreadable-workbook";

export interface PackageProblem {
  readonly code: PackageProblemCode;
  readonly vi: string;
  readonly en: string;
}

/** Thrown by readWorkbook; carries the problem to show. */
export class WorkbookReadError extends Error {
  readonly problem: PackageProblem;
  constructor(problem: PackageProblem, options?: { cause?: unknown }) {
    super(problem.en, options);
    this.name = "WorkbookReadError";
    this.problem = problem;
  }
}

const SAVE_AS_XLSX_VI =
  "Hãy mở tệp trong Excel và chọn Tệp > Lưu dưới dạng > Sổ làm việc Excel (.xlsx), rồi thử lại.";
const SAVE_AS_XLSX_EN =
  "Open the file in Excel, choose File > Save As > Excel Workbook (.xlsx), and try again.";

type Details = Record<string, string | number>;

const MESSAGES: Record<PackageProblemCode, (d: Details) => { vi: string; en: string }> = {
  "empty-file": () => ({
    vi: "Tệp trống (0 byte), không có gì để đọc. Hãy kiểm tra lại tệp được gửi.",
    en: "The file is empty (0 bytes); there is nothing to read. Check the file you were sent.",
  }),
  "file-too-large": (d) => ({
    vi: `Tệp quá lớn (${mib(d.size, "vi")} MB, giới hạn ${mib(d.limit, "vi")} MB). Bảng đánh giá thường nhỏ hơn nhiều: hãy xóa ảnh và dữ liệu thừa rồi lưu lại.`,
    en: `The file is too large (${mib(d.size, "en")} MB, limit ${mib(d.limit, "en")} MB). An evaluation workbook is usually far smaller: remove pictures and stray data and save it again.`,
  }),
  "pdf-file": () => ({
    vi: "Đây là tệp PDF, không phải sổ làm việc Excel. Hãy dùng tệp Excel gốc (.xlsx) của bảng đánh giá.",
    en: "This is a PDF file, not an Excel workbook. Use the original Excel (.xlsx) file of the evaluation.",
  }),
  "html-file": () => ({
    vi: `Đây là trang web (HTML) mang đuôi Excel, thường do phần mềm khác xuất ra, không phải sổ làm việc .xlsx. ${SAVE_AS_XLSX_VI}`,
    en: `This is a web page (HTML) with an Excel file name, usually exported by other software, not an .xlsx workbook. ${SAVE_AS_XLSX_EN}`,
  }),
  "spreadsheetml-2003-file": () => ({
    vi: `Tệp ở định dạng Bảng tính XML 2003, không phải sổ làm việc .xlsx. ${SAVE_AS_XLSX_VI}`,
    en: `The file is in the XML Spreadsheet 2003 format, not an .xlsx workbook. ${SAVE_AS_XLSX_EN}`,
  }),
  "text-file": () => ({
    vi: "Đây là tệp văn bản (ví dụ CSV), không phải sổ làm việc Excel .xlsx. Hãy nhập số liệu vào mẫu Excel chính thức (lệnh: chibo4tot template) và lưu dưới dạng .xlsx.",
    en: "This is a text file (such as CSV), not an Excel .xlsx workbook. Enter the data in the official Excel template (command: chibo4tot template) and save it as .xlsx.",
  }),
  "unknown-file": () => ({
    vi: `Tệp không phải sổ làm việc Excel .xlsx (không nhận ra định dạng). ${SAVE_AS_XLSX_VI}`,
    en: `The file is not an Excel .xlsx workbook (unrecognised format). ${SAVE_AS_XLSX_EN}`,
  }),
  "encrypted-workbook": () => ({
    vi: "Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp trong Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi Lưu lại dưới dạng .xlsx không đặt mật khẩu.",
    en: "The file is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it again as an .xlsx without a password.",
  }),
  "legacy-xls": () => ({
    vi: `Tệp ở định dạng Excel 97–2003 (.xls) cũ, chưa được hỗ trợ. ${SAVE_AS_XLSX_VI}`,
    en: `The file is in the old Excel 97–2003 format (.xls), which is not supported. ${SAVE_AS_XLSX_EN}`,
  }),
  "other-compound-file": (d) => ({
    vi: `Tệp ở định dạng Office cũ (${d.what_vi}), không phải sổ làm việc Excel .xlsx. ${SAVE_AS_XLSX_VI}`,
    en: `The file is in an old Office format (${d.what_en}), not an Excel .xlsx workbook. ${SAVE_AS_XLSX_EN}`,
  }),
  "corrupt-zip": () => ({
    vi: "Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể việc tải về hay sao chép bị gián đoạn). Hãy lấy lại tệp gốc, hoặc mở trong Excel bằng Mở và Sửa chữa rồi lưu lại.",
    en: "The .xlsx file is damaged or incomplete (perhaps a download or copy was interrupted). Get the original file again, or open it in Excel with Open and Repair and save it again.",
  }),
  "zip-encrypted-entries": () => ({
    vi: `Các phần bên trong tệp được mã hóa theo kiểu không chuẩn nên không đọc được. ${SAVE_AS_XLSX_VI}`,
    en: `Parts inside the file are encrypted in a non-standard way and cannot be read. ${SAVE_AS_XLSX_EN}`,
  }),
  "unsupported-compression": (d) => ({
    vi: `Tệp dùng kiểu nén không chuẩn (${d.entry}) nên không đọc được. ${SAVE_AS_XLSX_VI}`,
    en: `The file uses a non-standard compression (${d.entry}) and cannot be read. ${SAVE_AS_XLSX_EN}`,
  }),
  "xlsb-workbook": () => ({
    vi: `Tệp là Sổ làm việc nhị phân Excel (.xlsb), chưa được hỗ trợ. ${SAVE_AS_XLSX_VI}`,
    en: `The file is an Excel Binary Workbook (.xlsb), which is not supported. ${SAVE_AS_XLSX_EN}`,
  }),
  "opendocument-spreadsheet": () => ({
    vi: "Tệp ở định dạng OpenDocument (.ods) của LibreOffice. Hãy mở trong LibreOffice Calc, chọn Tệp > Lưu thành > Excel 2007-365 (.xlsx), rồi thử lại.",
    en: "The file is an OpenDocument spreadsheet (.ods) from LibreOffice. Open it in LibreOffice Calc, choose File > Save As > Excel 2007-365 (.xlsx), and try again.",
  }),
  "not-a-workbook-package": (d) => ({
    vi: `Tệp là ${d.what_vi}, không phải sổ làm việc Excel. Hãy dùng tệp Excel (.xlsx) của bảng đánh giá.`,
    en: `The file is ${d.what_en}, not an Excel workbook. Use the evaluation's Excel (.xlsx) file.`,
  }),
  "too-many-entries": (d) => ({
    vi: `Tệp chứa quá nhiều thành phần (${num(d.count, "vi")}, giới hạn ${num(d.limit, "vi")}), không giống một bảng đánh giá. Tệp không được mở.`,
    en: `The file holds too many parts (${num(d.count, "en")}, limit ${num(d.limit, "en")}), unlike an evaluation workbook. It was not opened.`,
  }),
  "uncompressed-too-large": (d) => ({
    vi: `Khi giải nén, tệp chứa tới ${mib(d.size, "vi")} MB dữ liệu, vượt giới hạn ${mib(d.limit, "vi")} MB (có thể là tệp độc hại kiểu "bom nén"). Tệp không được mở.`,
    en: `Uncompressed, the file holds ${mib(d.size, "en")} MB of data, over the ${mib(d.limit, "en")} MB limit (possibly a malicious "zip bomb"). It was not opened.`,
  }),
  "sheets-too-large": (d) => ({
    vi: `Phần cần đọc của tệp (các trang tính được chấm, văn bản dùng chung, định dạng) chứa tới ${mib(d.size, "vi")} MB dữ liệu khi giải nén, vượt giới hạn ${mib(d.limit, "vi")} MB. Hãy tách sổ thành nhiều tệp (ví dụ mỗi đảng bộ một tệp) rồi chấm từng tệp.`,
    en: `Uncompressed, the parts of the file to read (the sheets scored, shared text, styles) hold ${mib(d.size, "en")} MB of data, over the ${mib(d.limit, "en")} MB limit. Split the workbook into several files (one per Party committee, for instance) and score each.`,
  }),
  "suspicious-compression": (d) => ({
    vi: `Phần ${d.entry} của tệp nén bất thường (tỉ lệ ${num(d.ratio, "vi")}:1, giới hạn ${num(d.limit, "vi")}:1), dấu hiệu của tệp độc hại kiểu "bom nén". Tệp không được mở.`,
    en: `Part ${d.entry} of the file is abnormally compressed (ratio ${num(d.ratio, "en")}:1, limit ${num(d.limit, "en")}:1), a sign of a malicious "zip bomb". It was not opened.`,
  }),
  "damaged-part": (d) => ({
    vi: `Phần ${d.entry} của tệp bị hỏng: giải nén ra không đúng kích thước đã khai báo (tệp hỏng, hoặc độc hại kiểu "bom nén"). Tệp không được mở.`,
    en: `Part ${d.entry} of the file is damaged: it does not inflate to its declared size (a damaged file, or a malicious "zip bomb"). It was not opened.`,
  }),
  "cell-beyond-excel-limits": (d) => ({
    vi: `Trang tính "${d.sheet}" có ô ngoài giới hạn của Excel (${d.where}): tệp bị hỏng. Hãy mở trong Excel bằng Mở và Sửa chữa rồi lưu lại.`,
    en: `Sheet "${d.sheet}" has a cell beyond Excel's limits (${d.where}): the file is damaged. Open it in Excel with Open and Repair and save it again.`,
  }),
  "unreadable-workbook": (d) => ({
    vi: `Không đọc được nội dung sổ làm việc: tệp bị hỏng hoặc không đúng chuẩn .xlsx (${d.detail}). ${SAVE_AS_XLSX_VI}`,
    en: `The workbook's content cannot be read: the file is damaged or not a standard .xlsx (${d.detail}). ${SAVE_AS_XLSX_EN}`,
  }),
};

export function packageProblem(code: PackageProblemCode, details: Details = {}): PackageProblem {
  return { code, ...MESSAGES[code](details) };
}

function num(value: string | number | undefined, lang: "vi" | "en"): string {
  return typeof value === "number"
    ? value.toLocaleString(lang === "vi" ? "vi-VN" : "en-US")
    : String(value);
}

function mib(bytes: string | number | undefined, lang: "vi" | "en"): string {
  if (typeof bytes !== "number") return String(bytes);
  const value = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return value.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 1 });
}
