/**
 * The workbooks of issue 15, as real .xlsx made by code: each layout clerks really send that
 * version 1 of the spec dropped, refused or misread, and version 2 reads. Each builder says where
 * things landed (`at`, A1 addresses) and what a v2 reading must find (`expect`), so the stage
 * tests and the end-to-end tests (command line, task pane's Excel host, preview) assert the same.
 *
 * - `partyCellBelowSignature`: a Party cell typed below the signature block (v1: silently dropped,
 *   the Đảng bộ "4 tốt" on the others).
 * - `unreportedPartyCell`: "Bí thư chi bộ chưa báo cáo số liệu" in the notes of a Party cell whose
 *   figures are not in, Party cells after it (v1: a signature block there ended the data).
 * - `mergedRosterCodes`: "Mã chi bộ" merged over each Party cell's members (2,000 members by
 *   default; v1: 151 false errors, nothing scored).
 * - `zeroFormattedCodes`: codes 1..7 in cells formatted "00", the roster typing "01".
 * - `secondTableBelow`: last year's table pasted under the first.
 * - `groupedTemplate`: group rows ("I", "Khối xã") carrying group sums, "Cộng" closing each group.
 * - `blankTemplateFirst`: a blank template sheet placed before the filled one.
 * - `tcvn3Workbook`: every sheet typed in TCVN3 (.VnTime), sheet names too.
 * - `vniRoster`: a Unicode "Chi bộ" and a roster typed in VNI (VNI-Times).
 * - `uncalculatedFormula`: formulas the file never calculated (no cached result), in a data row
 *   and in the total row.
 */
import ExcelJS from "exceljs";
import {
  columnLetter,
  CELLS_COLUMNS,
  encodeTcvn3,
  encodeVni,
  type CellsInputKey,
} from "../../src/core";
import {
  addCells,
  addInfo,
  cellsWorkbookFixture,
  fourGoodRow,
  rosterFor,
  sheetName,
  type FixtureLayout,
  type FixtureMember,
  type FixtureRow,
} from "./xlsxFixtures";

export interface V2Workbook<E> {
  bytes: Uint8Array;
  /** Where the "Chi bộ" table landed (the filled one, when there are several). */
  at: FixtureLayout;
  /** What a v2 reading must find. */
  expect: E;
}

/** What most of these workbooks expect of the report: the Party cells read and the verdict. */
export interface ReportExpectation {
  /** The codes of the Party cells read, in sheet order (as the clerk sees them). */
  codes: string[];
  /** The Đảng bộ is "Đảng bộ cơ sở 4 tốt". */
  organizationFourGood: boolean;
}

const INTEGER_TOTALLED = CELLS_COLUMNS.filter(
  (c) => c.type === "integer" && c.max === undefined,
).map((c) => c.key as CellsInputKey);

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2025, 0, 1));
  workbook.modified = workbook.created;
  return workbook;
}

/** Writes a Party cell's inputs into a row of the "Chi bộ" sheet, by the fixture's columns. */
function writeRow(
  sheet: ExcelJS.Worksheet,
  at: FixtureLayout,
  row: number,
  values: FixtureRow,
): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    sheet.getCell(`${at.column(key as CellsInputKey)}${row}`).value = value as ExcelJS.CellValue;
  }
}

// ---------------------------------------------------------------------------------------------

export interface BelowSignatureExpectation extends ReportExpectation {
  /** A1 of the late Party cell's code cell (W_LAYOUT: "move this Party cell into the table"). */
  lateCodeCell: string;
  /** 1-based row of the signature block's first row. */
  signatureRow: number;
}

/**
 * Three "Đạt 4 tốt" Party cells, the signature block, and below it a fourth Party cell typed late,
 * rated KHTNV. v1 read three cells and called the Đảng bộ "4 tốt"; v2 reads four (W_LAYOUT on the
 * late one's code cell), and a KHTNV Party cell means it is not.
 */
export async function partyCellBelowSignature(): Promise<V2Workbook<BelowSignatureExpectation>> {
  let late = 0;
  const fixture = await cellsWorkbookFixture(
    [
      fourGoodRow("CB01", "Chi bộ Thôn 1"),
      fourGoodRow("CB02", "Chi bộ Thôn 2"),
      fourGoodRow("CB03", "Chi bộ Thôn 3"),
    ],
    {
      signature: true,
      edit: (workbook, at) => {
        const sheet = workbook.getWorksheet(at.sheet) as ExcelJS.Worksheet;
        const signer = at.signatureRow! + 4;
        sheet.getCell(`M${signer}`).value = "Nguyễn Văn An";
        late = signer + 2;
        writeRow(
          sheet,
          at,
          late,
          fourGoodRow("CB04", "Chi bộ Thôn 4 (nhập sau)", {
            cell_rating: "KHTNV",
            members_good: 20,
          }),
        );
      },
    },
  );
  return {
    ...fixture,
    expect: {
      codes: ["CB01", "CB02", "CB03", "CB04"],
      organizationFourGood: false,
      lateCodeCell: `${fixture.at.column("code")}${late}`,
      signatureRow: fixture.at.signatureRow!,
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface UnreportedExpectation extends ReportExpectation {
  /** A1 of the note "Bí thư chi bộ chưa báo cáo số liệu". */
  noteCell: string;
  /** The Party cell without figures: its code, and its 12 empty required cells (E_REQUIRED). */
  unreportedCode: string;
  emptyCells: string[];
}

/**
 * Five Party cells; the second has only its code and name, and "Bí thư chi bộ chưa báo cáo số
 * liệu" in its "Ghi chú". v1 took that row for a signature block and dropped it and the three
 * after it (one Party cell scored, the Đảng bộ "4 tốt"); v2 reads all five: the second with its
 * E_REQUIRED, the fifth short of its regular meetings.
 */
export async function unreportedPartyCell(): Promise<V2Workbook<UnreportedExpectation>> {
  const rows = [
    fourGoodRow("CB01", "Chi bộ Thôn 1"),
    { code: "CB02", name: "Chi bộ Thôn 2" },
    fourGoodRow("CB03", "Chi bộ Thôn 3"),
    fourGoodRow("CB04", "Chi bộ Thôn 4"),
    fourGoodRow("CB05", "Chi bộ Thôn 5", { regular_meetings: 10 }),
  ];
  let noteCell = "";
  const fixture = await cellsWorkbookFixture(rows, {
    extraColumns: ["Ghi chú"],
    edit: (workbook, at) => {
      noteCell = `${columnLetter(CELLS_COLUMNS.length)}${at.dataRows[1]}`;
      (workbook.getWorksheet(at.sheet) as ExcelJS.Worksheet).getCell(noteCell).value =
        "Bí thư chi bộ chưa báo cáo số liệu";
    },
  });
  const required = CELLS_COLUMNS.filter((c) => c.required && c.key !== "code" && c.key !== "name");
  return {
    ...fixture,
    expect: {
      codes: ["CB01", "CB02", "CB03", "CB04", "CB05"],
      organizationFourGood: false,
      noteCell,
      unreportedCode: "CB02",
      emptyCells: required.map((c) => fixture.at.cell(c.key as CellsInputKey, 1)),
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface MergedRosterExpectation extends ReportExpectation {
  members: number;
  /** Merged areas on the roster sheet (one per Party cell). */
  mergedAreas: number;
  rosterSheet: string;
  /** The merged ranges of "Mã chi bộ", e.g. "C3:C22". */
  ranges: string[];
}

/**
 * `cells` Party cells (default 100), each "Đạt 4 tốt" with `membersPerCell` members (default 20:
 * 2,000 members), and a roster whose "Mã chi bộ" is merged over each Party cell's members, as
 * clerks lay it out. Every cross-check agrees: a v2 reading finds no finding at all.
 */
export async function mergedRosterCodes(
  options: { cells?: number; membersPerCell?: number } = {},
): Promise<V2Workbook<MergedRosterExpectation>> {
  const cells = options.cells ?? 100;
  const size = options.membersPerCell ?? 20;
  const rows = Array.from({ length: cells }, (_, i) =>
    fourGoodRow(`CB${String(i + 1).padStart(3, "0")}`, `Chi bộ số ${i + 1}`, {
      members: size,
      members_good: Math.max(0, size - Math.floor(size / 10)),
    }),
  );
  const members: FixtureMember[] = rows.flatMap((row) => rosterFor(row.code as string, row));
  const ranges: string[] = [];
  const fixture = await cellsWorkbookFixture(rows, {
    roster: members,
    edit: (workbook) => {
      const roster = workbook.getWorksheet(sheetName("roster")) as ExcelJS.Worksheet;
      for (let i = 0; i < cells; i++) {
        const first = 3 + i * size;
        if (size < 2) continue;
        const range = `C${first}:C${first + size - 1}`;
        roster.mergeCells(range);
        ranges.push(range);
      }
    },
  });
  return {
    ...fixture,
    expect: {
      codes: rows.map((row) => row.code as string),
      organizationFourGood: true,
      members: cells * size,
      mergedAreas: ranges.length,
      rosterSheet: sheetName("roster"),
      ranges,
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface ZeroCodesExpectation extends ReportExpectation {
  /** The code cells of "Chi bộ" hold numbers 1..7 formatted "00". */
  codeCells: string[];
}

/**
 * Seven Party cells whose codes are the numbers 1..7 in cells formatted "00" (the clerk sees
 * 01..07), and a roster typing "01".."07" as text (or `rosterCodes: "1"`: "1".."7"). v1 compared
 * "1" with "01": every member E_CROSS; v2 reads the codes as shown and compares digits by value.
 */
export async function zeroFormattedCodes(
  options: { rosterCodes?: "01" | "1" } = {},
): Promise<V2Workbook<ZeroCodesExpectation>> {
  const rows = Array.from({ length: 7 }, (_, i) =>
    fourGoodRow("", `Chi bộ ${i + 1}`, { code: i + 1, members: 4, members_good: 4 }),
  );
  const members = rows.flatMap((row, i) => {
    const typed = options.rosterCodes === "1" ? String(i + 1) : String(i + 1).padStart(2, "0");
    return rosterFor(typed, row);
  });
  let codeCells: string[] = [];
  const fixture = await cellsWorkbookFixture(rows, {
    roster: members,
    edit: (workbook, at) => {
      const sheet = workbook.getWorksheet(at.sheet) as ExcelJS.Worksheet;
      codeCells = rows.map((_, i) => at.cell("code", i));
      for (const cell of codeCells) sheet.getCell(cell).numFmt = "00";
    },
  });
  return {
    ...fixture,
    expect: {
      codes: ["01", "02", "03", "04", "05", "06", "07"],
      organizationFourGood: true,
      codeCells,
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface SecondTableExpectation extends ReportExpectation {
  /** A1 of the second table's header row's first cell (W_LAYOUT). */
  secondTableCell: string;
  /** 1-based rows of last year's data rows (never read). */
  lastYearRows: number[];
}

/**
 * This year's table (three Party cells, a total row), then, after an empty row, last year's table
 * pasted under it: a title, the header, the same codes with other figures. v1 read both (E_DUPLICATE
 * on every code, totals wrong); v2 reads the first and stops at the second's header (W_LAYOUT).
 */
export async function secondTableBelow(): Promise<V2Workbook<SecondTableExpectation>> {
  const rows = [
    fourGoodRow("CB01", "Chi bộ 1"),
    fourGoodRow("CB02", "Chi bộ 2"),
    fourGoodRow("CB03", "Chi bộ 3"),
  ];
  let secondTableCell = "";
  const lastYearRows: number[] = [];
  const fixture = await cellsWorkbookFixture(rows, {
    totalRow: true,
    edit: (workbook, at) => {
      const sheet = workbook.getWorksheet(at.sheet) as ExcelJS.Worksheet;
      const title = (at.totalRow ?? at.dataRows[at.dataRows.length - 1]) + 2;
      sheet.getCell(`A${title}`).value = "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2024";
      const header = title + 1;
      for (const spec of CELLS_COLUMNS)
        sheet.getCell(`${at.column(spec.key)}${header}`).value = spec.header;
      secondTableCell = `A${header}`;
      rows.forEach((row, i) => {
        lastYearRows.push(header + 1 + i);
        writeRow(sheet, at, header + 1 + i, { ...row, members: 25, members_good: 20 });
      });
    },
  });
  return {
    ...fixture,
    expect: {
      codes: ["CB01", "CB02", "CB03"],
      organizationFourGood: true,
      secondTableCell,
      lastYearRows,
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface GroupedExpectation extends ReportExpectation {
  /** 1-based rows of the group rows (never data), the "Cộng" subtotals, and the grand total. */
  groupRows: number[];
  subtotalRows: number[];
  grandTotalRow: number;
}

/**
 * A grouped template: "I" "Khối xã" with the group's sums, its Party cells, "Cộng" with the
 * group's sums; "II" "Khối cơ quan" likewise; then "Tổng cộng" (SUM formulas with their cached
 * results). Every figure is right: v2 finds nothing to report (v1 read the group rows as Party
 * cells without a code: E_REQUIRED on each).
 */
export async function groupedTemplate(): Promise<V2Workbook<GroupedExpectation>> {
  const groupA = [fourGoodRow("A01", "Chi bộ Thôn Đông"), fourGoodRow("A02", "Chi bộ Thôn Tây")];
  const groupB = [fourGoodRow("B01", "Chi bộ Trường học", { members: 12, members_good: 11 })];
  const sums = (rows: FixtureRow[]): FixtureRow =>
    Object.fromEntries(
      INTEGER_TOTALLED.map((key) => [
        key,
        rows.reduce((sum, row) => sum + Number(row[key] ?? 0), 0),
      ]),
    );
  const items: FixtureRow[] = [
    { stt: "I", name: "Khối xã", ...sums(groupA) },
    ...groupA.map((row, i) => ({ ...row, stt: i + 1 })),
    { name: "Cộng", ...sums(groupA) },
    { stt: "II", name: "Khối cơ quan", ...sums(groupB) },
    ...groupB.map((row, i) => ({ ...row, stt: i + 1 })),
    { name: "Cộng", ...sums(groupB) },
  ];
  let at: FixtureLayout | null = null;
  let grandTotalRow = 0;
  const fixture = await cellsWorkbookFixture(items, {
    edit: (workbook, layout) => {
      at = layout;
      const sheet = workbook.getWorksheet(layout.sheet) as ExcelJS.Worksheet;
      grandTotalRow = layout.dataRows[layout.dataRows.length - 1] + 1;
      sheet.getCell(`${layout.column("name")}${grandTotalRow}`).value = "Tổng cộng";
      const dataRows = [1, 2, 5].map((i) => layout.dataRows[i]);
      const all = sums([...groupA, ...groupB]);
      for (const key of INTEGER_TOTALLED) {
        const letter = layout.column(key);
        sheet.getCell(`${letter}${grandTotalRow}`).value = {
          formula: dataRows.map((row) => `${letter}${row}`).join("+"),
          result: Number(all[key]),
        };
      }
    },
  });
  const rowsAt = (at as unknown as FixtureLayout).dataRows;
  return {
    ...fixture,
    expect: {
      codes: ["A01", "A02", "B01"],
      organizationFourGood: true,
      groupRows: [rowsAt[0], rowsAt[4]],
      subtotalRows: [rowsAt[3], rowsAt[6]],
      grandTotalRow,
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface BlankFirstExpectation extends ReportExpectation {
  /** The blank template sheet (listed, W_INFO naming the sheet read) and the filled one. */
  blankSheet: string;
  filledSheet: string;
}

/**
 * "Thông tin", then a blank "Chi bộ" template (header, STT 1..10, nothing else), then the filled
 * "Chấm điểm chi bộ". v1 read the blank one (no Party cell: nothing scored); v2 reads the filled.
 */
export async function blankTemplateFirst(): Promise<V2Workbook<BlankFirstExpectation>> {
  const workbook = newWorkbook();
  addInfo(workbook, { organization: "Đảng bộ xã Thử Nghiệm", year: 2025 });
  const blankSheet = sheetName("cells");
  const blank = addCells(workbook, [], { cellsSheetName: blankSheet });
  const sheet = workbook.getWorksheet(blankSheet) as ExcelJS.Worksheet;
  for (let i = 0; i < 10; i++)
    sheet.getCell(`A${(blank.numberRow ?? blank.headerRow) + 1 + i}`).value = i + 1;
  const filledSheet = "Chấm điểm chi bộ";
  const at = addCells(
    workbook,
    [fourGoodRow("CB01", "Chi bộ 1"), fourGoodRow("CB02", "Chi bộ 2")],
    {
      cellsSheetName: filledSheet,
    },
  );
  return {
    bytes: await bytesOf(workbook),
    at,
    expect: { codes: ["CB01", "CB02"], organizationFourGood: true, blankSheet, filledSheet },
  };
}

// ---------------------------------------------------------------------------------------------

export interface LegacyExpectation extends ReportExpectation {
  encoding: "tcvn3" | "vni";
  /** Sheet names as typed in the file (encoded) by role. */
  sheets: { info: string | null; cells: string; roster: string | null };
  /** The Unicode texts the report must show: the organisation and the Party cells' names. */
  organization: string | null;
  names: string[];
}

/** Every text of a sheet typed in a legacy font: encoded, with the font set on the cell. */
function retype(sheet: ExcelJS.Worksheet, encode: (text: string) => string, font: string): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      // A cell covered by a merge gives (and would set) its top-left cell's value: once is enough.
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value !== "string") return;
      cell.value = encode(cell.value);
      cell.font = { name: font, size: 12 };
    }),
  );
}

const LEGACY_ROWS = [
  fourGoodRow("CB01", "Chi bộ Thôn Đông"),
  fourGoodRow("CB02", "Chi bộ Trường Tiểu học", { cell_rating: "Hoàn thành tốt nhiệm vụ" }),
  fourGoodRow("CB03", "Chi bộ Trạm y tế", { regular_meetings: 11 }),
];

/**
 * A workbook typed in TCVN3 (fonts .VnTime, the title in .VnTimeH): every text of "Thông tin",
 * "Chi bộ" and "Đảng viên", sheet names included ("Chi bé"). v1 found no header; v2 reads it all
 * as Unicode (W_ENCODING on each sheet's first recognised header cell) and scores it as its
 * Unicode twin.
 */
export async function tcvn3Workbook(): Promise<V2Workbook<LegacyExpectation>> {
  const organization = "Đảng bộ xã Thạch Hà";
  const members = LEGACY_ROWS.flatMap((row) => rosterFor(row.code as string, row));
  const sheets = {
    info: encodeTcvn3(sheetName("info")),
    cells: encodeTcvn3(sheetName("cells")),
    roster: encodeTcvn3(sheetName("roster")),
  };
  const fixture = await cellsWorkbookFixture(LEGACY_ROWS, {
    info: { organization, year: 2025 },
    roster: members,
    totalRow: true,
    signature: true,
    edit: (workbook) => {
      for (const role of ["info", "cells", "roster"] as const) {
        const sheet = workbook.getWorksheet(sheetName(role)) as ExcelJS.Worksheet;
        retype(sheet, encodeTcvn3, ".VnTime");
        sheet.name = sheets[role];
      }
      const cells = workbook.getWorksheet(sheets.cells) as ExcelJS.Worksheet;
      cells.getCell("A1").value = encodeTcvn3(
        "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2025",
      );
      cells.getCell("A1").font = { name: ".VnTimeH", size: 14, bold: true };
    },
  });
  return {
    bytes: fixture.bytes,
    at: { ...fixture.at, sheet: sheets.cells },
    expect: {
      codes: ["CB01", "CB02", "CB03"],
      // CB03's 11 regular meetings still leave criterion II at 20 points: all three "Đạt 4 tốt".
      organizationFourGood: true,
      encoding: "tcvn3",
      sheets,
      organization,
      names: LEGACY_ROWS.map((row) => row.name as string),
    },
  };
}

/**
 * A Unicode "Chi bộ" and a roster typed in VNI (VNI-Times), its sheet named in VNI too
 * ("Ñaûng vieân"). v1 found no roster header (W_ROSTER, no cross-checks); v2 reads it decoded
 * (W_ENCODING on its first header cell) and every cross-check agrees.
 */
export async function vniRoster(): Promise<V2Workbook<LegacyExpectation>> {
  const members = LEGACY_ROWS.flatMap((row) => rosterFor(row.code as string, row));
  const roster = encodeVni(sheetName("roster"));
  const fixture = await cellsWorkbookFixture(LEGACY_ROWS, {
    roster: members,
    edit: (workbook) => {
      const sheet = workbook.getWorksheet(sheetName("roster")) as ExcelJS.Worksheet;
      retype(sheet, encodeVni, "VNI-Times");
      sheet.name = roster;
    },
  });
  return {
    ...fixture,
    expect: {
      codes: ["CB01", "CB02", "CB03"],
      organizationFourGood: true,
      encoding: "vni",
      sheets: { info: sheetName("info"), cells: sheetName("cells"), roster },
      organization: "Đảng bộ xã Thử Nghiệm",
      names: LEGACY_ROWS.map((row) => row.name as string),
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface UncalculatedExpectation extends ReportExpectation {
  /** A1 of the data cell holding a formula without a cached result (E_TYPE "uncalculated"). */
  dataCell: string;
  /** A1 of the total cell holding one (not checked: no W_TOTAL). */
  totalCell: string;
  formula: string;
}

/**
 * Formulas a program wrote without calculating them (no cached value in the file): CB02's
 * attendance and the members total. v1 read them as empty (E_REQUIRED) or as a wrong total; v2
 * reports the data cell as E_TYPE "not calculated" and leaves the total cell unchecked.
 */
export async function uncalculatedFormula(): Promise<V2Workbook<UncalculatedExpectation>> {
  const formula = "AVERAGE(X2:X9)";
  const rows = [
    fourGoodRow("CB01", "Chi bộ 1"),
    fourGoodRow("CB02", "Chi bộ 2", { attendance_pct: { formula } }),
    fourGoodRow("CB03", "Chi bộ 3"),
  ];
  let totalCell = "";
  const fixture = await cellsWorkbookFixture(rows, {
    totalRow: true,
    edit: (workbook, at) => {
      const sheet = workbook.getWorksheet(at.sheet) as ExcelJS.Worksheet;
      totalCell = `${at.column("members")}${at.totalRow}`;
      sheet.getCell(totalCell).value = {
        formula: `SUM(D${at.dataRows[0]}:D${at.dataRows[2]})`,
      } as ExcelJS.CellValue;
    },
  });
  return {
    ...fixture,
    expect: {
      codes: ["CB01", "CB02", "CB03"],
      organizationFourGood: false,
      dataCell: fixture.at.cell("attendance_pct", 1),
      totalCell,
      formula,
    },
  };
}
