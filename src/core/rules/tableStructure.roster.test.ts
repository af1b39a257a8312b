/**
 * W_ROSTER (spec §2, §4): the "Đảng viên" sheet is there but its header or a required column
 * (Họ và tên, Mã chi bộ, Xếp loại) cannot be found (A1 of the sheet), or a column is there twice
 * (the second header cell). No cross-checks then. A roster with a header and no member rows is
 * treated as absent.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  otherMemberRow,
  pairs,
  rosterFor,
  SHEET,
  sheetGrid,
  type RosterOptions,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { tableStructureRule } from "./tableStructure";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });
/** A row the roster contradicts on every count: any cross-check that runs reports it. */
const row = fourGoodRow("CB01");
const wrongMembers = () =>
  rosterFor("CB01", fourGoodRow("CB01", "x", { members: 5, members_good: 2, new_members: 0 }));

function withRoster(
  roster:
    | (Omit<RosterOptions, "members"> & { members?: RosterOptions["members"] })
    | ReturnType<typeof sheetGrid>,
) {
  const built = cellsWorkbook({
    rows: [row],
    roster: "values" in roster ? roster : { members: wrongMembers(), ...roster },
  });
  return { ...built, ev: evaluate(built.grid) };
}

describe("W_ROSTER", () => {
  it('is a code of the table structure rule (E_STRUCTURE on "Chi bộ", W_ROSTER on the roster)', () => {
    assert.deepEqual([...tableStructureRule.codes], ["E_STRUCTURE", "W_ROSTER"]);
  });

  it("a roster that agrees: no finding", () => {
    const { grid } = cellsWorkbook({ rows: [row], roster: { members: rosterFor("CB01", row) } });
    assert.deepEqual(findingPairs(evaluate(grid), null, null), []);
  });

  it("no header: W_ROSTER on A1, no cross-checks, the cells are scored", () => {
    const { ev } = withRoster({ noHeader: true });
    assert.deepEqual(findingPairs(ev, null, null), pairs(["W_ROSTER", `${SHEET.roster}!A1`]));
    assert.equal(ev.findings[0].severity, "warning");
    assert.equal(ev.report.cells[0].status, "scored");
    assert.equal(ev.layout.roster, null);
  });

  it("a sheet of only a title: W_ROSTER on A1", () => {
    const { ev } = withRoster(sheetGrid(SHEET.roster, [["DANH SÁCH ĐẢNG VIÊN"]]));
    assert.deepEqual(findingPairs(ev, null, null), pairs(["W_ROSTER", `${SHEET.roster}!A1`]));
  });

  for (const missing of ["member_name", "cell_code", "member_rating"] as const) {
    it(`required column ${missing} missing: W_ROSTER on A1, no cross-checks`, () => {
      const columns = (
        [
          "stt",
          "member_name",
          "cell_code",
          "member_rating",
          "disciplined_flag",
          "admitted_flag",
        ] as const
      ).filter((k) => k !== missing);
      const { ev } = withRoster({ columns });
      assert.deepEqual(findingPairs(ev, null, null), pairs(["W_ROSTER", `${SHEET.roster}!A1`]));
      assert.equal(ev.report.cells[0].status, "scored");
    });
  }

  it("the optional flag columns may be missing: no W_ROSTER, the other comparisons still run", () => {
    const { ev, at } = withRoster({
      columns: ["stt", "member_name", "cell_code", "member_rating"],
    });
    assert.deepEqual(findingPairs(ev, ["W_ROSTER"], null), []);
    assert.deepEqual(
      findingPairs(ev, ["E_CROSS"]),
      pairs(["E_CROSS", at.cell("members", 0)], ["E_CROSS", at.cell("members_good", 0)]),
    );
  });

  it("a column there twice: W_ROSTER on the second header cell, no cross-checks", () => {
    const { ev, at } = withRoster({ repeat: "member_rating" });
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["W_ROSTER", `${SHEET.roster}!G${at.roster!.headerRow}`]),
    );
    assert.equal(ev.report.cells[0].status, "scored");
  });

  it("a column twice under two of its names (Bị kỷ luật trong năm, Bị kỷ luật)", () => {
    const { ev, at } = withRoster({ repeat: "disciplined_flag", headers: {} });
    assert.deepEqual(
      findingPairs(ev, ["W_ROSTER"], null),
      pairs(["W_ROSTER", `${SHEET.roster}!G${at.roster!.headerRow}`]),
    );
  });

  it("a header with no member rows is treated as absent: no W_ROSTER, no cross-checks", () => {
    const { ev } = withRoster({ members: [] });
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.equal(ev.report.cells[0].status, "scored");
  });

  it("a header with only headings and count lines under it is treated as absent", () => {
    const { ev } = withRoster({
      members: [
        otherMemberRow({ member_name: "Chi bộ CB01" }),
        otherMemberRow({ member_name: "Cộng: 0 đảng viên" }),
      ],
    });
    assert.deepEqual(findingPairs(ev, null, null), []);
  });

  it("headers found by text: aliases, no accents, NFD, rows above, reordered columns", () => {
    const members = rosterFor("CB01", row);
    const { grid } = cellsWorkbook({
      rows: [row],
      roster: {
        members,
        rowsAbove: 4,
        columns: [
          "admitted_flag",
          "member_rating",
          "cell_code",
          "member_name",
          "disciplined_flag",
          "stt",
        ],
        headers: {
          member_name: "Ho ten",
          cell_code: "Mã CB".normalize("NFD"),
          member_rating: "KẾT QUẢ XẾP LOẠI",
          disciplined_flag: "Bị kỷ luật",
          admitted_flag: "Kết nạp mới",
          stt: "Số TT",
        },
        columnNumbers: true,
        sheetName: "Danh sách đảng viên",
      },
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.equal(ev.layout.roster?.dataRows.length, 30);
    assert.equal(ev.layout.roster?.headerRow, 5);
  });
});
