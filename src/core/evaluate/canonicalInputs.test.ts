/**
 * What the fingerprint hashes (spec §6): the normalised input values of the recognised columns of
 * "Thông tin", "Chi bộ" and "Đảng viên". Output columns, formatting, the report, column order and
 * rows inserted above the table do not change it; any input value change does.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  formatted,
  fourGoodRow,
  INPUT_KEYS,
  OUTPUT_KEY_ORDER,
  ROSTER_KEY_ORDER,
  rosterFor,
  SHEET,
  sheetGrid,
  valueOf,
  withCell,
  withFormat,
  type CellsWorkbookOptions,
  type DataRow,
  type Input,
} from "../../../test/support/gridBuilder";
import {
  CANONICAL_INPUTS_VERSION,
  DEFAULT_RULESET,
  evaluateWorkbook,
  type CellValue,
  type WorkbookGrid,
} from "../index";

const canonical = (grid: WorkbookGrid) =>
  evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET }).canonicalInputs;

const cb01 = fourGoodRow("CB01", "Chi bộ Thôn Đông", { stt: 1, members: 10, members_good: 9 });
const cb02 = fourGoodRow("CB02", "Chi bộ Thôn Tây", {
  stt: 2,
  members: 5,
  members_good: 4,
  attendance_pct: formatted(0.92, "0%"),
  absent_no_reason: 1,
});

function build(options: Partial<CellsWorkbookOptions> = {}, rows: DataRow[] = [cb01, cb02]) {
  return cellsWorkbook({
    rows,
    totalRow: true,
    roster: { members: [...rosterFor("CB01", cb01), ...rosterFor("CB02", cb02)] },
    ...options,
  });
}

const base = build();
const baseText = canonical(base.grid);

/** A different value of the same kind. */
function another(value: CellValue): Input {
  if (typeof value === "number") return value === 0 ? 1 : value - 1;
  if (value === "HTXSNV") return "HTTNV";
  if (value === "x") return null;
  if (value === null) return "x";
  return `${String(value)} mới`;
}

describe("canonicalInputs: the same inputs give the same text", () => {
  it("is a versioned text", () => {
    assert.equal(typeof baseText, "string");
    assert.equal(JSON.parse(baseText).v, CANONICAL_INPUTS_VERSION);
  });

  it("after a number-format-only change of non-percent cells", () => {
    let grid = base.grid;
    grid = withFormat(grid, SHEET.cells, base.at.cell("members", 0), "0.00");
    grid = withFormat(grid, SHEET.cells, base.at.cell("regular_meetings", 1), "#,##0");
    grid = withFormat(grid, SHEET.cells, base.at.cell("code", 0), "@");
    grid = withFormat(grid, SHEET.cells, base.at.cell("name", 1), "@");
    grid = withFormat(grid, SHEET.cells, base.at.total("members"), "#,##0");
    assert.equal(canonical(grid), baseText);
  });

  it("after changing output cells (present or not, with any values)", () => {
    const outputs = {
      score_1: 99,
      score_total: 1,
      result: "Đạt 4 tốt",
      failed_criteria: "I, II",
    } as DataRow;
    const withOutputs = build({ outputs: true }, [
      { ...cb01, ...outputs },
      { ...cb02, score_2: 3 },
    ]);
    assert.equal(canonical(withOutputs.grid), baseText);
    const changed = withCell(
      withOutputs.grid,
      SHEET.cells,
      withOutputs.at.cell("result", 0),
      "Lỗi dữ liệu",
    );
    assert.equal(canonical(changed), baseText);
  });

  it("after reordering the columns of both tables", () => {
    const reordered = build({
      columns: [...INPUT_KEYS].reverse(),
      roster: {
        members: [...rosterFor("CB01", cb01), ...rosterFor("CB02", cb02)],
        columns: [...ROSTER_KEY_ORDER].reverse(),
      },
    });
    assert.equal(canonical(reordered.grid), baseText);
  });

  it("after inserting rows above the table, or a merged two-row header and a row of column numbers", () => {
    assert.equal(canonical(build({ rowsAbove: 4 }).grid), baseText);
    assert.equal(canonical(build({ groupHeader: true, columnNumbers: "formula" }).grid), baseText);
    assert.equal(
      canonical(
        build({
          info: { rowsAbove: 6 },
          roster: {
            members: [...rosterFor("CB01", cb01), ...rosterFor("CB02", cb02)],
            rowsAbove: 3,
          },
        }).grid,
      ),
      baseText,
    );
  });

  it("after changes outside the recognised columns: a Ghi chú column, the title, a signature, the report sheet", () => {
    const noted = build({ extraColumns: ["Ghi chú"], signature: true }, [
      { ...cb01, extra: ["đã duyệt"] },
      cb02,
    ]);
    assert.equal(canonical(noted.grid), baseText);
    const edited = withCell(
      noted.grid,
      SHEET.cells,
      noted.at.cell("Ghi chú" as never, 0),
      "chưa duyệt",
    );
    assert.equal(canonical(edited), baseText);
    assert.equal(canonical(withCell(base.grid, SHEET.cells, "A1", "TIÊU ĐỀ KHÁC")), baseText);
    const report = sheetGrid(SHEET.report, [["KẾT QUẢ KIỂM TRA"], ["Dấu vân tay", "abc"]]);
    const withReport = {
      sheetNames: [...base.grid.sheetNames, SHEET.report],
      sheets: [...base.grid.sheets, report],
    };
    assert.equal(canonical(withReport), baseText);
  });

  it("text that normalises to the same value: NFD, extra spaces, NBSP", () => {
    const nfd = build({}, [{ ...cb01, name: " Chi bộ  Thôn\u00a0Đông ".normalize("NFD") }, cb02]);
    assert.equal(canonical(nfd.grid), baseText);
  });

  it('a number typed as text is the same normalised value (decision: 12 and "12" are the same input)', () => {
    const typed = withCell(base.grid, SHEET.cells, base.at.cell("members", 0), " 10 ");
    assert.equal(canonical(typed), baseText);
  });
});

describe("canonicalInputs: any input value change gives another text", () => {
  for (const key of INPUT_KEYS) {
    it(`a "Chi bộ" ${key} value`, () => {
      const a1 = base.at.cell(key, 0);
      const changed = withCell(
        base.grid,
        SHEET.cells,
        a1,
        another(valueOf(base.grid, SHEET.cells, a1)),
      );
      assert.notEqual(canonical(changed), baseText);
    });
  }

  it("a percent cell's value (0.92 → 0.93 in a % cell)", () => {
    const a1 = base.at.cell("attendance_pct", 1);
    assert.notEqual(
      canonical(withCell(base.grid, SHEET.cells, a1, formatted(0.93, "0%"))),
      baseText,
    );
  });

  it("a value that does not read (kept as its text)", () => {
    const a1 = base.at.cell("members", 0);
    const one = canonical(withCell(base.grid, SHEET.cells, a1, "mười"));
    const two = canonical(withCell(base.grid, SHEET.cells, a1, "mười một"));
    assert.notEqual(one, baseText);
    assert.notEqual(one, two);
  });

  it("a grand total value", () => {
    assert.notEqual(
      canonical(withCell(base.grid, SHEET.cells, base.at.total("members"), 16)),
      baseText,
    );
  });

  it('"Thông tin": the organisation and the year', () => {
    const info = base.at.info!;
    assert.notEqual(
      canonical(withCell(base.grid, SHEET.info, info.organization!, "Đảng bộ khác")),
      baseText,
    );
    assert.notEqual(canonical(withCell(base.grid, SHEET.info, info.year!, 2024)), baseText);
  });

  for (const key of ROSTER_KEY_ORDER) {
    it(`a "Đảng viên" ${key} value`, () => {
      const a1 = base.at.roster!.member(key, 1);
      const changed = withCell(
        base.grid,
        SHEET.roster,
        a1,
        another(valueOf(base.grid, SHEET.roster, a1)),
      );
      assert.notEqual(canonical(changed), baseText);
    });
  }

  it("a row more or a row less", () => {
    assert.notEqual(canonical(build({}, [cb01, cb02, fourGoodRow("CB03")]).grid), baseText);
    assert.notEqual(canonical(build({}, [cb01]).grid), baseText);
  });

  it("two rows swapped", () => {
    assert.notEqual(canonical(build({}, [cb02, cb01]).grid), baseText);
  });

  it("an unusable sheet is covered too: any change of its cells changes the text", () => {
    const broken = build({ columns: INPUT_KEYS.filter((k) => k !== "members") });
    const text = canonical(broken.grid);
    assert.equal(
      evaluateWorkbook(broken.grid, { ruleset: DEFAULT_RULESET }).report.status,
      "unusable",
    );
    assert.notEqual(
      canonical(withCell(broken.grid, SHEET.cells, broken.at.cell("new_members", 0), 7)),
      text,
    );
  });

  it("the output keys are never part of it", () => {
    const parsed = JSON.parse(baseText);
    const serialized = JSON.stringify(parsed);
    for (const key of OUTPUT_KEY_ORDER) assert.ok(!serialized.includes(`"${key}"`), key);
  });
});
