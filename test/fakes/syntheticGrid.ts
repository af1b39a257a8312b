/**
 * Synthetic evaluation workbooks as WorkbookGrids, any size, for the edge's tests and the add-in
 * bench: "Thông tin", "Chi bộ" (title block, header, column-number row, data rows, signature) and
 * "Đảng viên" with a consistent roster of `membersPerCell` members per Party cell. Header texts
 * come from the engine's catalogues, so they follow the spec. Deterministic for a given seed.
 */
import {
  CELLS_COLUMNS,
  INFO_FIELDS,
  ROSTER_COLUMNS,
  SHEET_ROLES,
  type CellValue,
  type MergeArea,
  type SheetGrid,
  type WorkbookGrid,
} from "../../src/core";

export interface SyntheticOptions {
  cells: number;
  /** Members of each Party cell (default 20). */
  membersPerCell?: number;
  /** Include the "Đảng viên" roster listing every member (default true). */
  roster?: boolean;
  seed?: number;
  /** Extra text in a "Ghi chú" column of every data row (for payload tests). */
  noteChars?: number;
  /** Every Party cell meets every target (no findings): the smallest report. */
  allGood?: boolean;
  /**
   * The roster's "Mã chi bộ" typed once per Party cell and merged down over its members, as
   * clerks lay rosters out: one merged area per Party cell with two members or more.
   */
  mergedRosterCodes?: boolean;
}

function sheetName(role: "info" | "cells" | "roster"): string {
  const entry = SHEET_ROLES.find((r) => r.role === role);
  if (!entry) throw new Error(`no sheet role ${role}`);
  return entry.name;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1-based sheet row of the first Party cell in the synthetic "Chi bộ" sheet. */
export const FIRST_DATA_ROW = 6;

export function syntheticGrid(options: SyntheticOptions): WorkbookGrid {
  const draw = random(options.seed ?? 7);
  const next = options.allGood ? () => 0 : draw;
  const cellColumns = CELLS_COLUMNS.map((c) => c.key as string);
  const header: CellValue[] = CELLS_COLUMNS.map((c) => c.header);
  if (options.noteChars) header.push("Ghi chú");
  const cellRows: CellValue[][] = [
    ["ĐẢNG BỘ XÃ THỬ NGHIỆM"],
    ["BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2025"],
    [],
    header,
    header.map((_, i) => `(${i + 1})`),
  ];
  const rosterRows: CellValue[][] = [ROSTER_COLUMNS.map((c) => c.header)];
  const rosterMerges: MergeArea[] = [];
  const codeColumn = ROSTER_COLUMNS.findIndex((c) => c.key === "cell_code");
  const members = options.membersPerCell ?? 20;
  const withRoster = options.roster ?? true;
  for (let i = 0; i < options.cells; i++) {
    const code = `CB${String(i + 1).padStart(5, "0")}`;
    const good = Math.max(0, members - (next() < 0.8 ? 1 : 4));
    const admitted = next() < 0.9 ? 1 : 0;
    const values: Record<string, CellValue> = {
      stt: i + 1,
      code,
      name: `Chi bộ thôn ${i + 1}`,
      members,
      targets_pct: next() < 0.85 ? 100 : 92,
      cell_rating: next() < 0.7 ? "HTXSNV" : "HTTNV",
      regular_meetings: next() < 0.9 ? 12 : 11,
      thematic_meetings: next() < 0.85 ? 4 : 3,
      attendance_pct: next() < 0.9 ? 96 : 88,
      disciplined: 0,
      disunity_cases: 0,
      absent_no_reason: next() < 0.8 ? 0 : 2,
      members_good: good,
      members_failed: 0,
      new_members: admitted,
    };
    const row: CellValue[] = cellColumns.map((key) => values[key] ?? null);
    if (options.noteChars) row.push("Ghi chú: " + "đ".repeat(options.noteChars));
    cellRows.push(row);
    if (withRoster && options.mergedRosterCodes && members > 1) {
      const top = rosterRows.length;
      rosterMerges.push({ top, left: codeColumn, bottom: top + members - 1, right: codeColumn });
    }
    for (let m = 0; withRoster && m < members; m++) {
      const member: Record<string, CellValue> = {
        stt: m + 1,
        member_name: `Nguyễn Văn ${i + 1}-${m + 1}`,
        cell_code: options.mergedRosterCodes && m > 0 ? null : code,
        member_rating: m < good ? "HTTNV" : "HTNV",
        disciplined_flag: null,
        admitted_flag: m < admitted ? "x" : null,
      };
      rosterRows.push(ROSTER_COLUMNS.map((c) => member[c.key as string] ?? null));
    }
  }
  cellRows.push([], [null, "Người lập biểu", null, null, null, "T/M BAN THƯỜNG VỤ"]);
  const organization = INFO_FIELDS.find((f) => f.key === "organization")?.label ?? "Đảng bộ";
  const year = INFO_FIELDS.find((f) => f.key === "year")?.label ?? "Năm đánh giá";
  const sheets: SheetGrid[] = [
    {
      name: sheetName("info"),
      values: [
        [organization, "Đảng bộ xã Thử Nghiệm"],
        [year, 2025],
      ],
    },
    {
      name: sheetName("cells"),
      values: cellRows,
      merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
    },
  ];
  if (withRoster) {
    sheets.push({ name: sheetName("roster"), values: rosterRows, merges: rosterMerges });
  }
  return { sheetNames: sheets.map((s) => s.name), sheets };
}
