/**
 * Real .xlsx evaluation workbooks made by code (exceljs), clean or as messy as clerks make them:
 * rows inserted above, reordered columns, headers without accents or in NFD, merged two-row
 * headers, a total row with SUM formulas (cached results, 0 included), a signature block, empty
 * rows inside the data, numbers typed as text, percents as fractions with a "0%" format, formulas
 * with a cached error, dates in number columns, a hidden sheet, the 1904 date system.
 *
 * Each fixture says where things landed (`at`), so tests assert in A1 addresses.
 */
import ExcelJS from "exceljs";
import {
  CELLS_COLUMNS,
  columnLetter,
  DEFAULT_RULESET,
  INFO_FIELDS,
  ROSTER_COLUMNS,
  SHEET_ROLES,
  type CellsInputKey,
  type RatingCode,
  type RosterKey,
} from "../../src/core";

export type FixtureValue =
  | number
  | string
  | boolean
  | Date
  | null
  | { formula: string; result?: number | string | boolean | { error: string } }
  | { error: string }
  | { richText: { text: string; font?: Partial<ExcelJS.Font> }[] };

export type FixtureRow = Partial<Record<CellsInputKey, FixtureValue>>;

export interface FixtureMember {
  name: string;
  code: string;
  rating: RatingCode | string;
  disciplined?: boolean;
  admitted?: boolean;
}

export interface CellsFixtureOptions {
  /** Extra lines (a note, an empty row) inserted above the title block. */
  rowsAbove?: number;
  /** Column order (default: the catalogue's). */
  columns?: readonly CellsInputKey[];
  /** How the headers are typed. */
  headerText?: "official" | "no-accents" | "nfd";
  /** A merged group-header row above the header (default true). */
  groupHeader?: boolean;
  /** The "(1) (2) …" row under the header (default true). */
  columnNumbers?: boolean;
  /** Users' own columns appended after the inputs, e.g. "Ghi chú". */
  extraColumns?: readonly string[];
  /** Data indexes after which an empty row is inserted. */
  emptyRowsAfter?: readonly number[];
  /** A "Tổng cộng" row with SUM formulas over the integer columns, with cached results. */
  totalRow?: boolean;
  /** A signature block under the table. */
  signature?: boolean;
  /** Percents stored as fractions (0.92) with the "0%" number format. */
  percentAsFraction?: boolean;
  info?: { organization: string; year: number } | null;
  roster?: readonly FixtureMember[] | null;
  /** Adds a hidden sheet "Danh mục" and a very hidden sheet "Cấu hình". */
  hiddenSheets?: boolean;
  date1904?: boolean;
  /** Name of the "Chi bộ" sheet (default: the catalogue's). */
  cellsSheetName?: string;
  /** Changes the workbook before it is written (merges, formats, more sheets, legacy fonts). */
  edit?: (workbook: ExcelJS.Workbook, at: FixtureLayout) => void;
}

export interface FixtureLayout {
  sheet: string;
  /** 1-based rows. */
  headerRow: number;
  groupRow: number | null;
  numberRow: number | null;
  dataRows: number[];
  totalRow: number | null;
  signatureRow: number | null;
  /** Column letter of a key. */
  column(key: CellsInputKey): string;
  /** A1 address of a key's cell in the i-th data row. */
  cell(key: CellsInputKey, dataIndex: number): string;
}

export interface XlsxFixture {
  bytes: Uint8Array;
  at: FixtureLayout;
}

/** A Party cell that is "Đạt 4 tốt" with full marks; override what a test needs. */
export function fourGoodRow(code: string, name: string, overrides: FixtureRow = {}): FixtureRow {
  return {
    stt: null,
    code,
    name,
    members: 30,
    targets_pct: 100,
    cell_rating: "HTXSNV",
    regular_meetings: 12,
    thematic_meetings: 4,
    attendance_pct: 96,
    disciplined: 0,
    disunity_cases: 0,
    absent_no_reason: 0,
    members_good: 28,
    members_failed: 0,
    new_members: 1,
    ...overrides,
  };
}

export function sheetName(role: "info" | "cells" | "roster"): string {
  const entry = SHEET_ROLES.find((candidate) => candidate.role === role);
  if (!entry) throw new Error(`no sheet role ${role}`);
  return entry.name;
}

export function headerText(text: string, style: CellsFixtureOptions["headerText"]): string {
  if (style === "nfd") return text.normalize("NFD");
  if (style === "no-accents") {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D");
  }
  return text;
}

/** The official layout, or a messy variant of it, as a real .xlsx file. */
export async function cellsWorkbookFixture(
  rows: readonly FixtureRow[],
  options: CellsFixtureOptions = {},
): Promise<XlsxFixture> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2025, 0, 1));
  workbook.modified = workbook.created;
  if (options.date1904) workbook.properties.date1904 = true;
  if (options.info !== null)
    addInfo(workbook, options.info ?? { organization: "Đảng bộ xã Thử Nghiệm", year: 2025 });
  const at = addCells(workbook, rows, options);
  if (options.roster) addRoster(workbook, options.roster);
  if (options.hiddenSheets) {
    workbook.addWorksheet("Danh mục", { state: "hidden" }).getCell("A1").value = "HTXSNV";
    workbook.addWorksheet("Cấu hình", { state: "veryHidden" }).getCell("A1").value = "internal";
  }
  options.edit?.(workbook, at);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), at };
}

export function addInfo(
  workbook: ExcelJS.Workbook,
  info: { organization: string; year: number },
): void {
  const sheet = workbook.addWorksheet(sheetName("info"));
  const label = (key: "organization" | "year"): string =>
    INFO_FIELDS.find((field) => field.key === key)?.label ?? key;
  sheet.getCell("A1").value = "THÔNG TIN CHUNG";
  sheet.getCell("A3").value = label("organization");
  sheet.getCell("B3").value = info.organization;
  sheet.getCell("A4").value = label("year");
  sheet.getCell("B4").value = info.year;
}

const PERCENT_KEYS = new Set(
  CELLS_COLUMNS.filter((spec) => spec.type === "percent").map((spec) => spec.key),
);

/** The "Chi bộ" sheet of `cellsWorkbookFixture`, added to a workbook being built. */
export function addCells(
  workbook: ExcelJS.Workbook,
  rows: readonly FixtureRow[],
  options: CellsFixtureOptions,
): FixtureLayout {
  const name = options.cellsSheetName ?? sheetName("cells");
  const sheet = workbook.addWorksheet(name);
  const keys = options.columns ?? CELLS_COLUMNS.map((spec) => spec.key as CellsInputKey);
  const specOf = (key: CellsInputKey) => {
    const spec = CELLS_COLUMNS.find((candidate) => candidate.key === key);
    if (!spec) throw new Error(`no column ${key}`);
    return spec;
  };
  const letters = new Map<CellsInputKey, string>(keys.map((key, i) => [key, columnLetter(i)]));
  const lastLetter = columnLetter(keys.length + (options.extraColumns?.length ?? 0) - 1);

  let row = 1;
  for (let i = 0; i < (options.rowsAbove ?? 0); i++) {
    if (i === 0) sheet.getCell(`A${row}`).value = "Ghi chú của văn phòng: nộp trước ngày 31/12";
    row++;
  }
  sheet.mergeCells(`A${row}:${lastLetter}${row}`);
  sheet.getCell(`A${row}`).value = "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2025";
  row += 2;

  const groupHeader = options.groupHeader ?? true;
  const groupRow = groupHeader ? row : null;
  const headerRow = groupHeader ? row + 1 : row;
  if (groupHeader) writeGroupHeader(sheet, keys, letters, groupRow as number, headerRow, options);
  keys.forEach((key) => {
    const cell = sheet.getCell(`${letters.get(key)}${headerRow}`);
    if (cell.isMerged && cell.master !== cell) return; // covered by a vertical merge from the group row
    cell.value = headerText(specOf(key).header, options.headerText);
  });
  (options.extraColumns ?? []).forEach((text, i) => {
    sheet.getCell(`${columnLetter(keys.length + i)}${headerRow}`).value = text;
  });
  row = headerRow + 1;
  let numberRow: number | null = null;
  if (options.columnNumbers ?? true) {
    numberRow = row;
    keys.forEach((key, i) => (sheet.getCell(`${letters.get(key)}${row}`).value = `(${i + 1})`));
    row++;
  }

  const dataRows: number[] = [];
  rows.forEach((values, index) => {
    dataRows.push(row);
    for (const key of keys) {
      const value = values[key];
      if (value === undefined || value === null) continue;
      const cell = sheet.getCell(`${letters.get(key)}${row}`);
      if (options.percentAsFraction && PERCENT_KEYS.has(key) && typeof value === "number") {
        cell.value = value / 100;
        cell.numFmt = "0%";
      } else {
        cell.value = value as ExcelJS.CellValue;
      }
    }
    row++;
    if (options.emptyRowsAfter?.includes(index)) row++;
  });

  let totalRow: number | null = null;
  if (options.totalRow) {
    totalRow = row;
    const first = dataRows[0] ?? row;
    const last = dataRows[dataRows.length - 1] ?? row - 1;
    const labelKey = keys.includes("name") ? "name" : keys[0];
    sheet.getCell(`${letters.get(labelKey)}${row}`).value = "Tổng cộng";
    for (const key of keys) {
      const spec = specOf(key);
      if (spec.type !== "integer" || spec.max !== undefined) continue;
      const letter = letters.get(key);
      const sum = rows.reduce(
        (total, values) => total + (typeof values[key] === "number" ? (values[key] as number) : 0),
        0,
      );
      sheet.getCell(`${letter}${row}`).value = {
        formula: `SUM(${letter}${first}:${letter}${last})`,
        result: sum,
      };
    }
    row++;
  }
  let signatureRow: number | null = null;
  if (options.signature) {
    row++;
    signatureRow = row;
    sheet.getCell(`B${row}`).value = "Người lập biểu";
    sheet.getCell(`${columnLetter(Math.max(2, keys.length - 3))}${row}`).value =
      "T/M BAN THƯỜNG VỤ";
    sheet.getCell(`${columnLetter(Math.max(2, keys.length - 3))}${row + 1}`).value = "BÍ THƯ";
  }

  return {
    sheet: name,
    headerRow,
    groupRow,
    numberRow,
    dataRows,
    totalRow,
    signatureRow,
    column: (key) => {
      const letter = letters.get(key);
      if (!letter) throw new Error(`column ${key} not in this fixture`);
      return letter;
    },
    cell(key, dataIndex) {
      return `${this.column(key)}${dataRows[dataIndex]}`;
    },
  };
}

/** Group headers merged over their criterion's columns; identity columns merged over both rows. */
function writeGroupHeader(
  sheet: ExcelJS.Worksheet,
  keys: readonly CellsInputKey[],
  letters: Map<CellsInputKey, string>,
  groupRow: number,
  headerRow: number,
  options: CellsFixtureOptions,
): void {
  let i = 0;
  while (i < keys.length) {
    const spec = CELLS_COLUMNS.find((candidate) => candidate.key === keys[i]);
    const criterion = spec?.criterion;
    const letter = letters.get(keys[i]) as string;
    if (criterion === undefined) {
      sheet.mergeCells(`${letter}${groupRow}:${letter}${headerRow}`);
      sheet.getCell(`${letter}${groupRow}`).value = headerText(
        spec?.header ?? keys[i],
        options.headerText,
      );
      i++;
      continue;
    }
    let end = i;
    while (
      end + 1 < keys.length &&
      CELLS_COLUMNS.find((c) => c.key === keys[end + 1])?.criterion === criterion
    )
      end++;
    const title = DEFAULT_RULESET.criteria.find((c) => c.id === criterion)?.title.vi ?? criterion;
    if (end > i) sheet.mergeCells(`${letter}${groupRow}:${letters.get(keys[end])}${groupRow}`);
    sheet.getCell(`${letter}${groupRow}`).value = headerText(
      `${criterion}. ${title}`,
      options.headerText,
    );
    i = end + 1;
  }
}

function addRoster(workbook: ExcelJS.Workbook, members: readonly FixtureMember[]): void {
  const sheet = workbook.addWorksheet(sheetName("roster"));
  const keys = ROSTER_COLUMNS.map((spec) => spec.key as RosterKey);
  keys.forEach((key, i) => (sheet.getCell(2, i + 1).value = ROSTER_COLUMNS[i].header));
  sheet.getCell("A1").value = "DANH SÁCH ĐẢNG VIÊN";
  members.forEach((member, m) => {
    const row = sheet.getRow(3 + m);
    keys.forEach((key, i) => {
      const value: Record<RosterKey, ExcelJS.CellValue> = {
        stt: m + 1,
        member_name: member.name,
        cell_code: member.code,
        member_rating: member.rating,
        disciplined_flag: member.disciplined ? "x" : null,
        admitted_flag: member.admitted ? "x" : null,
      };
      if (value[key] !== null) row.getCell(i + 1).value = value[key];
    });
  });
}

/** Members of a cell consistent with a fourGoodRow's defaults (30 members, 28 good, 1 admitted). */
export function rosterFor(code: string, row: FixtureRow = fourGoodRow(code, "")): FixtureMember[] {
  const members = Number(row.members ?? 0);
  const good = Number(row.members_good ?? 0);
  const failed = Number(row.members_failed ?? 0);
  const disciplined = Number(row.disciplined ?? 0);
  const admitted = Number(row.new_members ?? 0);
  return Array.from({ length: members }, (_, i) => ({
    name: `Đảng viên ${code}-${i + 1}`,
    code,
    rating: i < good ? (i % 5 === 0 ? "HTXSNV" : "HTTNV") : i < members - failed ? "HTNV" : "KHTNV",
    disciplined: i >= members - disciplined,
    admitted: i < admitted,
  }));
}
