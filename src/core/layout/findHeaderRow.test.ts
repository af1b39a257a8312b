/**
 * Header discovery (spec §1): found by header text, never by position. The header is the row,
 * within the first 50, with the most distinct input columns recognised (STT excluded), at least 3,
 * a tie to the upper row. A merged group-header row above is ignored, except that an empty header
 * cell covered by a vertical merge from above in the same column takes that cell's text.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  INPUT_KEYS,
  pairs,
  rosterFor,
  sheetGrid,
  sheetNamed,
  SHEET,
  SPEC_CELLS_COLUMNS,
  type CellsWorkbookOptions,
  shiftA1,
  type HeaderStyle,
  withCell,
  withColumnsInsertedLeft,
} from "../../../test/support/gridBuilder";
import {
  adr,
  columnLetter,
  DEFAULT_RULESET,
  evaluateWorkbook,
  type CellsInputKey,
  type WorkbookGrid,
} from "../index";
import { discoverPartyCellsTable } from "./partyCellsTable";
import { discoverRoster } from "./rosterTable";
import { encodeTcvn3, encodeVni } from "../text/legacyEncodings";
import { NameMatcher, normalizeHeader } from "../text/normalizeText";
import { findHeaderRow, headerTexts } from "./findHeaderRow";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

/** Evaluates a workbook with two full-mark rows and checks it was read exactly as built. */
function assertReadAsBuilt(options: Omit<CellsWorkbookOptions, "rows">) {
  const { grid, at } = cellsWorkbook({
    rows: [fourGoodRow("CB01"), fourGoodRow("CB02", "B", { new_members: 0 })],
    ...options,
  });
  const ev = evaluate(grid);
  assert.equal(ev.report.status, "scored", JSON.stringify(ev.report.findings.slice(0, 3)));
  assert.equal(ev.layout.cells?.headerRow, at.headerRow);
  const keys = options.columns ?? INPUT_KEYS;
  for (const key of keys) assert.equal(ev.layout.cells?.columns[key], at.column(key), key);
  assert.deepEqual(ev.layout.cells?.dataRows, at.dataRows);
  assert.deepEqual(findingPairs(ev), pairs(["S_SHORTFALL", at.cell("new_members", 1)]));
  assert.deepEqual(
    ev.report.cells.map((c) => c.total),
    [100, 92],
  );
  return { ev, at };
}

describe("rows above the table", () => {
  for (const rowsAbove of [0, 1, 5, 30]) {
    it(`${rowsAbove} rows inserted above the title`, () => {
      assertReadAsBuilt({ rowsAbove });
    });
  }

  it("a header on row 50 is found", () => {
    const { at } = assertReadAsBuilt({ rowsAbove: 47 });
    assert.equal(at.headerRow, 50);
  });

  it("a header on row 51 is not: E_STRUCTURE on A1, unusable", () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01")], rowsAbove: 48 });
    assert.equal(at.headerRow, 51);
    const ev = evaluate(grid);
    assert.equal(ev.report.status, "unusable");
    assert.deepEqual(findingPairs(ev), pairs(["E_STRUCTURE", "A1"]));
  });
});

describe("reordered columns and clerks' own columns", () => {
  it("columns in reverse order", () => {
    assertReadAsBuilt({ columns: [...INPUT_KEYS].reverse() });
  });

  it("columns shuffled, STT left out, a Ghi chú column between", () => {
    const columns: CellsInputKey[] = [
      "name",
      "code",
      "attendance_pct",
      "members_good",
      "members",
      "cell_rating",
      "targets_pct",
      "new_members",
      "regular_meetings",
      "absent_no_reason",
      "thematic_meetings",
      "members_failed",
      "disunity_cases",
      "disciplined",
    ];
    assertReadAsBuilt({ columns, extraColumns: ["Ghi chú"] });
  });
});

describe("header text as clerks type it", () => {
  for (const style of ["no-accents", "nfd", "upper"] as HeaderStyle[]) {
    it(`headers typed ${style}`, () => {
      assertReadAsBuilt({ headerText: style });
    });
    it(`headers typed ${style}, under a merged group header`, () => {
      assertReadAsBuilt({ headerText: style, groupHeader: true, columnNumbers: true });
    });
  }

  it('headers with "(người)", "(%)" dropped or added, ":" and "*", NBSP and double spaces', () => {
    assertReadAsBuilt({
      headers: {
        members: "Tổng số đảng viên (người)",
        targets_pct: "Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành",
        attendance_pct: "Tỷ lệ đảng viên  dự sinh hoạt\u00a0bình quân(%)",
        code: "Mã chi bộ *",
        name: "Tên chi bộ:",
        disciplined: "Số đảng viên bị kỷ luật (người):",
        new_members: " Số đảng viên mới kết nạp\n(người) ",
      },
    });
  });

  for (const key of INPUT_KEYS) {
    const spec = SPEC_CELLS_COLUMNS.find((c) => c.key === key)!;
    spec.aliases.forEach((alias) => {
      it(`alias "${alias}" is recognised as ${key}`, () => {
        assertReadAsBuilt({ headers: { [key]: alias } });
      });
    });
  }

  it("every alias at once", () => {
    const headers = Object.fromEntries(
      SPEC_CELLS_COLUMNS.map((c) => [c.key, c.aliases[c.aliases.length - 1]]),
    );
    assertReadAsBuilt({ headers, headerText: "nfd" });
  });
});

describe("merged two-row headers", () => {
  it("identity columns merged over the group row and the header row take their text into the header", () => {
    const { at } = assertReadAsBuilt({ groupHeader: true });
    assert.equal(at.groupRow! + 1, at.headerRow);
  });

  it("with the column numbers, the title, rows above and reordered columns", () => {
    assertReadAsBuilt({
      groupHeader: true,
      columnNumbers: "formula",
      rowsAbove: 3,
      columns: [...INPUT_KEYS].reverse(),
    });
  });

  it("a header merged over three rows (top-left two rows above) still belongs to the header", () => {
    const sheet = sheetGrid(
      SHEET.cells,
      [
        ["Mã chi bộ", "Tên chi bộ", "TIÊU CHÍ"],
        [null, null, "Nhóm"],
        [null, null, "Tổng số đảng viên"],
      ],
      { merges: ["A1:A3", "B1:B3"] },
    );
    assert.deepEqual(headerTexts(sheet, 2), ["Mã chi bộ", "Tên chi bộ", "Tổng số đảng viên"]);
  });

  it("a merge whose top-left lies in another column carries nothing into this column", () => {
    const sheet = sheetGrid(
      SHEET.cells,
      [
        ["Mã chi bộ", null, null],
        [null, null, "Tổng số đảng viên"],
      ],
      { merges: ["A1:B2"] },
    );
    assert.deepEqual(headerTexts(sheet, 1), ["Mã chi bộ", "", "Tổng số đảng viên"]);
  });

  it("a header cell with its own text keeps it, even under a merge", () => {
    const sheet = sheetGrid(SHEET.cells, [["Mã chi bộ"], ["Tên chi bộ"]], { merges: ["A1:A2"] });
    assert.deepEqual(headerTexts(sheet, 1), ["Tên chi bộ"]);
  });

  it("a horizontal group merge above does not leak into the header row", () => {
    const sheet = sheetGrid(
      SHEET.cells,
      [
        ["I. Hoàn thành tốt nhiệm vụ chính trị", null],
        [null, "Xếp loại chi bộ"],
      ],
      {
        merges: ["A1:B1"],
      },
    );
    assert.deepEqual(headerTexts(sheet, 1), ["", "Xếp loại chi bộ"]);
  });
});

describe("findHeaderRow: most distinct columns, at least 3, STT excluded, tie to the upper row", () => {
  const matcher = new NameMatcher<string>(
    SPEC_CELLS_COLUMNS.map((c) => ({ key: c.key, names: [c.header, ...c.aliases] })),
  );
  const options = { matcher, counts: (key: string) => key !== "stt" };

  it("picks the row with the most distinct columns", () => {
    const sheet = sheetGrid("x", [
      ["Mã chi bộ", "Tên chi bộ", "Tổng số đảng viên", "Ghi chú"],
      [],
      ["Mã chi bộ", "Tên chi bộ", "Tổng số đảng viên", "Xếp loại"],
    ]);
    assert.equal(findHeaderRow(sheet, options)?.row, 2);
  });

  it("a tie goes to the upper row", () => {
    const sheet = sheetGrid("x", [
      ["note"],
      ["Mã chi bộ", "Tên chi bộ", "Xếp loại"],
      ["Tổng số đảng viên", "Mã CB", "Bị kỷ luật"],
    ]);
    assert.equal(findHeaderRow(sheet, options)?.row, 1);
  });

  it("fewer than 3 recognised columns is no header", () => {
    assert.equal(
      findHeaderRow(sheetGrid("x", [["Mã chi bộ", "Tên chi bộ", "Ghi chú"]]), options),
      null,
    );
  });

  it("STT does not count towards the 3", () => {
    assert.equal(
      findHeaderRow(sheetGrid("x", [["STT", "Mã chi bộ", "Tên chi bộ"]]), options),
      null,
    );
    assert.equal(
      findHeaderRow(sheetGrid("x", [["STT", "Mã chi bộ", "Tên chi bộ", "Xếp loại"]]), options)?.row,
      0,
    );
  });

  it("the same column three times counts once", () => {
    assert.equal(
      findHeaderRow(sheetGrid("x", [["Mã chi bộ", "Mã CB", "mã chi bộ", "Tên chi bộ"]]), options),
      null,
    );
  });

  it("only the first 50 rows are searched", () => {
    const rows: (string | null)[][] = Array.from({ length: 50 }, () => []);
    rows.push(["Mã chi bộ", "Tên chi bộ", "Xếp loại"]);
    assert.equal(findHeaderRow(sheetGrid("x", rows), options), null);
    rows.splice(0, 1);
    assert.equal(findHeaderRow(sheetGrid("x", rows), options)?.row, 49);
  });

  it("a column found twice is listed as a repeat at its second place", () => {
    const found = findHeaderRow(
      sheetGrid("x", [["Mã chi bộ", "Tên chi bộ", "Xếp loại", "Mã CB"]]),
      options,
    );
    assert.deepEqual(found?.repeats, [{ key: "code", col: 3 }]);
    assert.equal(found?.columns.get("code"), 0);
  });
});

describe("a table that does not start in column A", () => {
  it("two margin columns on the left: columns, findings and outputs all move right", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02", "B", { members: "x" })],
      groupHeader: true,
      columnNumbers: true,
      totalRow: true,
    });
    const moved = withColumnsInsertedLeft(grid, SHEET.cells, 2);
    const ev = evaluate(moved);
    assert.equal(ev.report.status, "scored");
    for (const key of INPUT_KEYS)
      assert.equal(ev.layout.cells?.columns[key], shiftA1(at.column(key), 2), key);
    assert.deepEqual(findingPairs(ev), pairs(["E_TYPE", shiftA1(at.cell("members", 1), 2)]));
    assert.equal(ev.outputs?.newHeaders[0].cell, `R${at.headerRow}`);
    assert.equal(ev.layout.cells?.totalRow, at.grandTotalRow);
  });
});

describe("v2: header texts with a trailing %, ĐV and CB", () => {
  it('"Tỷ lệ ĐV dự sinh hoạt bình quân %", "Mã CB", "Số ĐV bị kỷ luật" and "Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành, %" are recognised', () => {
    assertReadAsBuilt({
      headers: {
        attendance_pct: "Tỷ lệ ĐV dự sinh hoạt bình quân %",
        targets_pct: "Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành, %",
        code: "Mã CB",
        disciplined: "Số ĐV bị kỷ luật",
        members_good: "Số ĐV hoàn thành tốt nhiệm vụ trở lên",
        cell_rating: "Xếp loại chất lượng CB",
      },
    });
  });

  it("on the roster too", () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { members: 3, members_good: 3 })],
      roster: {
        members: rosterFor("CB01", fourGoodRow("CB01", "A", { members: 3, members_good: 3 })),
        headers: { cell_code: "Mã CB", member_name: "Tên ĐV" },
      },
    });
    const roster = discoverRoster(sheetNamed(grid, SHEET.roster));
    assert.equal(roster.header?.columns.get("cell_code"), 2);
    assert.deepEqual(roster.problems, []);
  });
});

describe("v2: one header cell typed in TCVN3 or VNI on a Unicode sheet", () => {
  for (const [encoding, encode] of [
    ["tcvn3", encodeTcvn3],
    ["vni", encodeVni],
  ] as const) {
    it(`${encoding}: the column is recognised, the cell recorded with its encoding`, () => {
      const { grid, at } = cellsWorkbook({
        rows: [fourGoodRow("CB01")],
        headers: { attendance_pct: encode("Tỷ lệ đảng viên dự sinh hoạt bình quân (%)") },
      });
      const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
      assert.deepEqual(table.problems, []);
      assert.equal(table.encoding, null, "the sheet itself is Unicode");
      assert.deepEqual(table.header?.decodedCells, [
        { key: "attendance_pct", ...adr(at.header("attendance_pct")), encoding },
      ]);
      assert.deepEqual(findingPairs(evaluate(grid)), [["W_ENCODING", at.header("attendance_pct")]]);
    });
  }

  it("in a group header merged down over the header row: recorded where the text is", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      groupHeader: true,
      headers: { code: encodeTcvn3("Mã chi bộ") },
    });
    const table = discoverPartyCellsTable(sheetNamed(grid, SHEET.cells));
    assert.deepEqual(table.header?.decodedCells, [
      { key: "code", row: at.groupRow! - 1, col: adr(at.header("code")).col, encoding: "tcvn3" },
    ]);
  });

  it("a text that matches no column decoded either stays unrecognised", () => {
    const found = findHeaderRow(
      sheetGrid("x", [["Mã chi bộ", "Tên chi bộ", "Xếp loại", "Ghi chú ®Æc biÖt"]]),
      { ...options(), decodeUnmatched: true },
    );
    assert.deepEqual(found?.decodedCells, []);
  });
});

function options() {
  const matcher = new NameMatcher<string>(
    SPEC_CELLS_COLUMNS.map((c) => ({ key: c.key, names: [c.header, ...c.aliases] })),
    normalizeHeader,
  );
  return { matcher, counts: (key: string) => key !== "stt" };
}

describe("v2: two columns for different years", () => {
  const row = (...ratings: string[]) => sheetGrid("x", [["Mã chi bộ", "Tên chi bộ", ...ratings]]);

  it("the evaluation year's column is read, the other ignored (recorded with its year)", () => {
    const found = findHeaderRow(row("Xếp loại chi bộ (năm 2024)", "Xếp loại chi bộ (năm 2025)"), {
      ...options(),
      year: 2024,
    });
    assert.equal(found?.columns.get("cell_rating"), 2);
    assert.deepEqual(found?.repeats, []);
    assert.deepEqual(found?.ignoredColumns, [
      { key: "cell_rating", col: 3, year: 2025, readCol: 2 },
    ]);
  });

  it("no year given: the one without a year; failing that, the latest", () => {
    const plain = findHeaderRow(row("Xếp loại chi bộ (năm 2024)", "Xếp loại chi bộ"), options());
    assert.equal(plain?.columns.get("cell_rating"), 3);
    assert.deepEqual(plain?.ignoredColumns, [
      { key: "cell_rating", col: 2, year: 2024, readCol: 3 },
    ]);
    const latest = findHeaderRow(
      row("Xếp loại chi bộ (2025)", "Xếp loại chi bộ (Năm 2023)", "Xếp loại chi bộ (NĂM 2024)"),
      options(),
    );
    assert.equal(latest?.columns.get("cell_rating"), 2);
    assert.deepEqual(
      latest?.ignoredColumns.map((c) => [c.col, c.year]),
      [
        [3, 2023],
        [4, 2024],
      ],
    );
    const yearAbsent = findHeaderRow(row("Xếp loại chi bộ (2024)", "Xếp loại chi bộ (2023)"), {
      ...options(),
      year: 2025,
    });
    assert.equal(yearAbsent?.columns.get("cell_rating"), 2);
  });

  it("texts that differ in more than a bracketed year, or not at all, are a repeat", () => {
    for (const pair of [
      ["Xếp loại chi bộ (2024)", "Xếp loại (2025)"],
      ["Xếp loại chi bộ (năm 2024)", "Xếp loại chi bộ (năm 2024)"],
      ["Xếp loại chi bộ", "Xếp loại chi bộ"],
      ["Xếp loại chi bộ (người)", "Xếp loại chi bộ (năm 2024)"],
      ["Xếp loại chi bộ (2024-2025)", "Xếp loại chi bộ"],
    ]) {
      const found = findHeaderRow(row(...pair), options());
      assert.deepEqual(found?.repeats, [{ key: "cell_rating", col: 3 }], pair.join(" / "));
      assert.deepEqual(found?.ignoredColumns, []);
    }
  });

  it("end to end: last year's rating column beside this year's is no E_STRUCTURE; this year's is read", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01"), fourGoodRow("CB02")],
      headers: { cell_rating: "Xếp loại chi bộ (năm 2025)" },
      repeat: "cell_rating",
    });
    const repeatCell = `${columnLetter(SPEC_CELLS_COLUMNS.length)}${at.headerRow}`;
    const withOld = withCell(
      withCell(grid, SHEET.cells, repeatCell, "Xếp loại chi bộ (năm 2024)"),
      SHEET.cells,
      `${columnLetter(SPEC_CELLS_COLUMNS.length)}${at.dataRows[0]}`,
      "Khá",
    );
    const ev = evaluate(withOld);
    assert.equal(ev.report.status, "scored");
    assert.deepEqual(findingPairs(ev), [["W_LAYOUT", repeatCell]], "the 2024 column: not read");
    assert.equal(ev.layout.cells?.columns.cell_rating, at.column("cell_rating"));
    const table = discoverPartyCellsTable(sheetNamed(withOld, SHEET.cells), { year: 2024 });
    assert.equal(table.inputColumns.get("cell_rating"), SPEC_CELLS_COLUMNS.length);
    assert.deepEqual(table.header?.ignoredColumns, [
      {
        key: "cell_rating",
        col: adr(at.header("cell_rating")).col,
        year: 2025,
        readCol: SPEC_CELLS_COLUMNS.length,
      },
    ]);
  });
});
