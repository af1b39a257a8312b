/**
 * Workbooks made by code for the patcher's tests: a template as clerks fill it (written by
 * exceljs: title block, merged group header, styled header, column numbers, shared strings,
 * formulas, a user's conditional format, validation and hyperlink), and minimal packages built
 * part by part with jszip for what exceljs cannot write (calcChain, r-less cells, prefixes).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const CELLS_SHEET = "Chi bộ";
export const ROSTER_SHEET = "Đảng viên";
export const INFO_SHEET = "Thông tin";

export interface TemplateOptions {
  /** Name of the scored sheet (default "Chi bộ"). */
  cellsSheet?: string;
  /** Add a user's own sheet called "Kết quả kiểm tra". */
  userReportSheet?: boolean;
  /** Number of data rows (default 3, rows 7…). */
  dataRows?: number;
  /** Members on the roster sheet (default 6). */
  rosterRows?: number;
}

/**
 * "Chi bộ": title A1 (merged A1:P1), group header row 4, header row 5 (B code … P members_good,
 * Q "Điểm I" … U "Tổng điểm" already there; "Kết quả" and "Tiêu chí chưa đạt" missing), column
 * numbers row 6, data from row 7, a total row and a signature. U7:U(n) holds a shared formula.
 */
export async function templateWorkbook(options: TemplateOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn phòng Đảng ủy";
  const info = wb.addWorksheet(INFO_SHEET);
  info.getCell("A1").value = "Đảng bộ";
  info.getCell("B1").value = "Đảng bộ xã Thạch Hà";
  info.getCell("A2").value = "Năm đánh giá";
  info.getCell("B2").value = 2024;

  const ws = wb.addWorksheet(options.cellsSheet ?? CELLS_SHEET);
  ws.getCell("A1").value = "BẢNG ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2024";
  ws.mergeCells("A1:P1");
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("D4").value = "I. Hoàn thành tốt nhiệm vụ chính trị";
  ws.mergeCells("D4:E4");
  const headers = [
    "STT",
    "Mã chi bộ",
    "Tên chi bộ",
    "Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành (%)",
    "Xếp loại chất lượng chi bộ",
    "Số buổi sinh hoạt thường kỳ",
    "Số buổi sinh hoạt chuyên đề",
    "Tỷ lệ đảng viên dự sinh hoạt bình quân (%)",
    "Số đảng viên bị kỷ luật",
    "Số vụ việc mất đoàn kết nội bộ",
    "Số lượt vắng sinh hoạt không lý do",
    "Số đảng viên không hoàn thành nhiệm vụ",
    "Số đảng viên mới kết nạp",
    "Ghi chú",
    "Tổng số đảng viên",
    "Số đảng viên hoàn thành tốt nhiệm vụ trở lên",
    "Điểm I",
    "Điểm II",
    "Điểm III",
    "Điểm IV",
    "Tổng điểm",
  ];
  headers.forEach((text, i) => {
    const cell = ws.getRow(5).getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true, name: "Times New Roman", size: 12 };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.border = {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    };
    ws.getRow(6).getCell(i + 1).value = `(${i + 1})`;
  });
  const dataRows = options.dataRows ?? 3;
  const first = 7;
  for (let i = 0; i < dataRows; i++) {
    const row = ws.getRow(first + i);
    row.values = [
      i + 1,
      `CB${String(i + 1).padStart(2, "0")}`,
      `Chi bộ thôn ${i + 1}`,
      100 - i * 5,
      i === 2 ? "HTNV" : "HTXSNV",
      12 - i,
      4,
      95,
      0,
      0,
      i,
      0,
      1,
      i === 0 ? "=ghi chú" : null,
      20 + i,
      18,
    ];
    row.getCell(4).numFmt = "0.0";
    row.getCell(17).value = 25;
    row.getCell(17).numFmt = "0";
    row.getCell(17).border = { left: { style: "thin" } };
  }
  const last = first + dataRows - 1;
  ws.fillFormula(
    `U${first}:U${last}`,
    `SUM(Q${first}:T${first})`,
    Array.from({ length: dataRows }, () => 25),
  );
  ws.getCell(`A${last + 1}`).value = "Tổng cộng";
  ws.getCell(`O${last + 1}`).value = { formula: `SUM(O${first}:O${last})`, result: 63 };
  ws.getCell(`B${last + 3}`).value = "Người lập biểu";
  ws.getCell(`C${first}`).value = { text: "Chi bộ thôn 1", hyperlink: "https://example.org/thon1" };
  ws.addConditionalFormatting({
    ref: `D${first}:D${last}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`D${first}>100`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } },
      },
    ],
  });
  ws.getCell(`E${first}`).dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"HTXSNV,HTTNV,HTNV,KHTNV"'],
  };
  ws.getColumn(14).width = 30;

  const roster = wb.addWorksheet(ROSTER_SHEET);
  roster.getRow(1).values = ["STT", "Họ và tên", "Mã chi bộ", "Xếp loại"];
  const rosterRows = options.rosterRows ?? 6;
  for (let i = 0; i < rosterRows; i++)
    roster.getRow(2 + i).values = [i + 1, `Nguyễn Văn ${i + 1}`, `CB0${(i % 3) + 1}`, "HTTNV"];

  if (options.userReportSheet) {
    const own = wb.addWorksheet("Kết quả kiểm tra");
    own.getCell("A1").value = "Ghi chép riêng của văn phòng";
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CONTENT_TYPES_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';

export interface MinimalSheet {
  name: string;
  /** The worksheet XML (whole part). */
  xml: string;
}

export interface MinimalOptions {
  /** Raw xl/calcChain.xml, registered when given. */
  calcChain?: string;
  /** Raw xl/styles.xml, registered when given (a package may have none). */
  styles?: string;
  /** Extra children of <workbook> after <sheets> (e.g. definedNames), raw. */
  workbookTail?: string;
  /** Raw <bookViews> element. */
  bookViews?: string;
  /** Raw docProps/custom.xml, registered when given. */
  customXml?: string;
}

/** A package with only the parts Excel needs (no styles, no shared strings unless given). */
export async function minimalPackage(
  sheets: MinimalSheet[],
  options: MinimalOptions = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  let types = CONTENT_TYPES_HEAD;
  sheets.forEach((_, i) => {
    types += `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  });
  if (options.calcChain)
    types +=
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>';
  if (options.styles)
    types +=
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>';
  if (options.customXml)
    types +=
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>';
  zip.file("[Content_Types].xml", `${types}</Types>`);
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      (options.customXml
        ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
        : "") +
      "</Relationships>",
  );
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      (options.bookViews ?? "") +
      `<sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
      (options.workbookTail ?? "") +
      "</workbook>",
  );
  let rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  if (options.calcChain)
    rels += `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>`;
  if (options.styles)
    rels += `<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  if (options.calcChain) zip.file("xl/calcChain.xml", options.calcChain);
  if (options.styles) zip.file("xl/styles.xml", options.styles);
  if (options.customXml) zip.file("docProps/custom.xml", options.customXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A worksheet part around `sheetData` rows and optional children after it (raw XML). */
export function worksheetXml(rows: string, after = "", before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** The conditional formats exceljs read from a sheet (its model has them; its typings do not). */
export function conditionalFormattings(
  worksheet: ExcelJS.Worksheet,
): { ref: string; rules: { formulae?: string[] }[] }[] {
  return (
    worksheet as unknown as {
      conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
    }
  ).conditionalFormattings;
}
