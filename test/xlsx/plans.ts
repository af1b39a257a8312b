/** WorkbookWritePlans built by hand, as planWorkbookWrite would make them for the test template. */
import { MARK_OWNER_TAG, OUTPUT_KEYS, PRODUCT_VERSION, REPORT_SHEET_NAME, type MarkPlan, type OutputValue, type ReportSheetPlan, type WorkbookWritePlan } from "../../src/core";
import { CELLS_SHEET, ROSTER_SHEET } from "./fixtures";

export const ERROR_STYLE = { fill: "#FFC7CE", font: "#9C0006" };
export const SHORTFALL_STYLE = { fill: "#FFEB9C", font: "#9C5700" };
export const WARNING_STYLE = { fill: "#DDEBF7", font: "#1F4E78" };

export function mark(sheet: string, cells: string[], priority: number, style = ERROR_STYLE): MarkPlan {
  const anchor = cells[0];
  return {
    sheet,
    severity: priority === 1 ? "error" : priority === 2 ? "shortfall" : "warning",
    rule: priority === 1 ? "E_RANGE" : priority === 2 ? "S_SHORTFALL" : "W_NORMALIZED",
    key: null,
    cells,
    formula: `=AND(ISNUMBER(${anchor}),${anchor}<100,ISTEXT("${MARK_OWNER_TAG}"))`,
    dynamic: true,
    style,
    priority,
  };
}

export function reportSheetPlan(name = REPORT_SHEET_NAME, findings = 2): ReportSheetPlan {
  const rows: ReportSheetPlan["rows"] = [
    [{ kind: "text", text: "KẾT QUẢ KIỂM TRA CHI BỘ 4 TỐT", bold: true, size: 14 }],
    [{ kind: "text", text: "Bộ tiêu chí" }, { kind: "text", text: "4tot-default v1" }],
    [{ kind: "text", text: "Số chi bộ đạt 4 tốt", bold: true }, { kind: "number", value: 2 }, { kind: "number", value: 0.6667, format: "0.0%" }],
    [
      { kind: "text", text: "Mức", bold: true, fill: "#D9E1F2" },
      { kind: "text", text: "Mã lỗi", bold: true, fill: "#D9E1F2" },
      { kind: "text", text: "Ô", bold: true, fill: "#D9E1F2" },
      { kind: "text", text: "Nội dung", bold: true, fill: "#D9E1F2", wrap: true },
    ],
  ];
  for (let i = 0; i < findings; i++) {
    rows.push([
      { kind: "text", text: "Lỗi", fill: ERROR_STYLE.fill, font: ERROR_STYLE.font },
      { kind: "text", text: "E_RANGE" },
      { kind: "link", text: `D${7 + i}`, sheet: CELLS_SHEET, cell: `D${7 + i}` },
      { kind: "text", text: `=Giá trị ở D${7 + i} vượt quá 100 & <không hợp lệ>`, wrap: true },
    ]);
  }
  return {
    name,
    lang: "vi",
    rows,
    columnWidths: [10, 14, 8, 60],
    freezeRows: 4,
    merges: ["A1:D1"],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "4:4" },
  };
}

export interface PlanOptions {
  dataRows?: number;
  values?: (row: number) => OutputValue[];
  marks?: MarkPlan[];
  reportSheet?: ReportSheetPlan;
  replaceReportSheet?: string | null;
  fingerprint?: string;
  sheet?: string;
}

/** A plan for templateWorkbook(): outputs Q..W of rows 7…, headers V5 and W5, two marks. */
export function planFor(options: PlanOptions = {}): WorkbookWritePlan {
  const sheet = options.sheet ?? CELLS_SHEET;
  const dataRows = options.dataRows ?? 3;
  const letters = ["Q", "R", "S", "T", "U", "V", "W"];
  const values = options.values ?? ((row: number) => [25, 25, 25, 21 - (row - 7), 96 - (row - 7), row === 9 ? "Chưa đạt" : "Đạt 4 tốt", row === 9 ? "IV" : ""]);
  const reportSheet = options.reportSheet ?? reportSheetPlan();
  const summary = { cells: dataRows, scored: dataRows, fourGood: 2, errors: 1, warnings: 0, shortfalls: 1, orgFourGood: false };
  const fingerprint = options.fingerprint ?? "a".repeat(64);
  return {
    outputs: {
      sheet,
      headerRow: 5,
      columns: OUTPUT_KEYS.map((key, i) => ({ key, column: letters[i] })),
      newHeaders: [
        { cell: "V5", text: "Kết quả" },
        { cell: "W5", text: "Tiêu chí chưa đạt" },
      ],
      rows: Array.from({ length: dataRows }, (_, i) => ({ row: 7 + i, values: values(7 + i) })),
    },
    marks: options.marks ?? [mark(sheet, ["D7", "D8", "D9"], 2, SHORTFALL_STYLE), mark(sheet, ["F9"], 1), mark(ROSTER_SHEET, ["C3"], 1)],
    reportSheet,
    replaceReportSheet: options.replaceReportSheet ?? null,
    stamp: {
      product: "chibo4tot",
      productVersion: PRODUCT_VERSION,
      ruleset: { id: "4tot-default", version: 1, hash: null },
      scoredAt: "2024-12-20T09:30:00+07:00",
      status: "scored",
      summary,
      fingerprint,
      reportSheet: reportSheet.name,
      reportToken: "tok-123",
    },
    stampProperties: {
      "chibo4tot.fingerprint": fingerprint,
      "chibo4tot.ruleset": "4tot-default@1",
      "chibo4tot.reportSheet": reportSheet.name,
      "chibo4tot.reportToken": "tok-123",
    },
  };
}

/** Output values of `planFor` as they land in cells: every output cell by A1. */
export const OUTPUT_COLUMNS = ["Q", "R", "S", "T", "U", "V", "W"];
