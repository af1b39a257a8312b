/**
 * E_CROSS (spec §4): for every code present once on "Chi bộ": member rows = members; ratings in
 * {HTXSNV, HTTNV} = members_good; KHTNV = members_failed; disciplined flags = disciplined;
 * admitted flags = new_members — on the disagreeing "Chi bộ" cell. A comparison is skipped when
 * its column is absent or one of its member values could not be read. A member whose code is not
 * on "Chi bộ" is E_CROSS on that member's code cell. A "Chi bộ" row with an E_CROSS is not scored;
 * errors on member rows themselves do not stop the cell from being scored.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  formatted,
  fourGoodRow,
  otherMemberRow,
  pairs,
  rosterFor,
  SHEET,
  type DataRow,
  type MemberRow,
  type RosterOptions,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { rosterCrossRule } from "./rosterCross";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

// CB01: 10 members, 9 good (HTTNV/HTXSNV), 1 HTNV, 0 failed, 0 disciplined, 1 admitted; full marks.
const cb01 = fourGoodRow("CB01", "Chi bộ 1", { members: 10, members_good: 9 });
const cb02 = fourGoodRow("CB02", "Chi bộ 2", { members: 4, members_good: 4, new_members: 2 });

function run(
  rows: DataRow[],
  members: RosterOptions["members"],
  roster: Partial<RosterOptions> = {},
) {
  const built = cellsWorkbook({ rows, roster: { members, ...roster } });
  return { ...built, ev: evaluate(built.grid) };
}

function edit(list: MemberRow[], index: number, change: MemberRow): MemberRow[] {
  return list.map((m, i) => (i === index ? { ...m, ...change } : m));
}

describe("E_CROSS", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...rosterCrossRule.codes], ["E_CROSS"]);
  });

  it("a roster that agrees with every row: no finding, everything scored", () => {
    const { ev } = run([cb01, cb02], [...rosterFor("CB01", cb01), ...rosterFor("CB02", cb02)]);
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.deepEqual(
      ev.report.cells.map((c) => c.status),
      ["scored", "scored"],
    );
    assert.equal(ev.report.summary.orgFourGood, true);
  });

  it("members listed in any order, codes matched as normalised text", () => {
    const members = [...rosterFor(" cb01 ", cb01), ...rosterFor("Cb02", cb02)].reverse();
    const { ev } = run([cb01, cb02], members);
    assert.deepEqual(findingPairs(ev, null, null), []);
  });

  it('a numeric code on both sheets (101 and "101") matches', () => {
    const row = fourGoodRow(101 as never, "Chi bộ 101", {
      members: 3,
      members_good: 3,
      new_members: 0,
    });
    const { ev } = run([row], rosterFor("101", row));
    assert.deepEqual(findingPairs(ev, ["E_CROSS"], null), []);
  });

  it("member rows ≠ members: E_CROSS on members; the row is not scored, the other is", () => {
    const { ev, at } = run(
      [cb01, cb02],
      [...rosterFor("CB01", cb01).slice(0, 9), ...rosterFor("CB02", cb02)],
    );
    // The 9 listed are the 9 good members (one admitted): only the member count disagrees.
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_CROSS", `${SHEET.cells}!${at.cell("members", 0)}`]),
    );
    assert.deepEqual(
      ev.report.cells.map((c) => c.status),
      ["error", "scored"],
    );
    assert.deepEqual(ev.outputs?.rows[0].values, [
      null,
      null,
      null,
      null,
      null,
      "Lỗi dữ liệu",
      null,
    ]);
  });

  it("each comparison on its own cell", () => {
    const base = rosterFor("CB01", cb01);
    const cases: [string, MemberRow[], string][] = [
      [
        "one member more",
        [...base, { member_name: "Thêm", cell_code: "CB01", member_rating: "HTNV" }],
        "members",
      ],
      ["a good member rated HTNV", edit(base, 0, { member_rating: "HTNV" }), "members_good"],
      ["the HTNV member rated KHTNV", edit(base, 9, { member_rating: "KHTNV" }), "members_failed"],
      ["a member flagged disciplined", edit(base, 3, { disciplined_flag: "x" }), "disciplined"],
      ["a second member admitted", edit(base, 5, { admitted_flag: "có" }), "new_members"],
      ["nobody admitted", edit(base, 0, { admitted_flag: null }), "new_members"],
    ];
    for (const [what, members, key] of cases) {
      const { ev, at } = run([cb01], members);
      const expected =
        what === "one member more"
          ? pairs(["E_CROSS", at.cell("members", 0)])
          : what === "the HTNV member rated KHTNV"
            ? pairs(["E_CROSS", at.cell("members_failed", 0)])
            : pairs(["E_CROSS", at.cell(key as never, 0)]);
      assert.deepEqual(
        findingPairs(ev, ["E_CROSS"], null).map(([r, c]) => [r, c.replace(`${SHEET.cells}!`, "")]),
        expected,
        what,
      );
      assert.equal(ev.report.cells[0].status, "error", what);
    }
  });

  it("ratings in full words and NFD count like codes", () => {
    const members = rosterFor("CB01", cb01).map((m, i) => ({
      ...m,
      member_rating: i < 9 ? "Hoàn thành tốt nhiệm vụ".normalize("NFD") : "hoàn thành nhiệm vụ",
    }));
    const { ev } = run([cb01], members);
    assert.deepEqual(findingPairs(ev, null, null), []);
  });

  it("every flag spelling of spec §4: x, có, 1, 1, TRUE are yes; không, 0, 0, FALSE, empty are no", () => {
    const row = fourGoodRow("CB01", "A", {
      members: 10,
      members_good: 10,
      disciplined: 0,
      new_members: 5,
    });
    const yes = ["x", "có", "1", 1, true];
    const no = ["không", "0", 0, false, null];
    const members: MemberRow[] = Array.from({ length: 10 }, (_, i) => ({
      member_name: `ĐV ${i}`,
      cell_code: "CB01",
      member_rating: "HTTNV",
      admitted_flag: i < 5 ? yes[i] : no[i - 5],
      disciplined_flag: i < 5 ? no[i] : "Không".normalize("NFD"),
    }));
    const { ev } = run([row], members);
    assert.deepEqual(findingPairs(ev, null, null), []);
  });

  it("disciplined flags counted against disciplined", () => {
    const row = fourGoodRow("CB01", "A", { members: 10, members_good: 9, disciplined: 2 });
    const members = edit(
      edit(rosterFor("CB01", { ...row, disciplined: 0 }), 1, { disciplined_flag: "X" }),
      2,
      { disciplined_flag: true },
    );
    const { ev } = run([row], members);
    assert.deepEqual(findingPairs(ev, ["E_CROSS"], null), []);
  });

  it("a comparison is skipped when its column is absent", () => {
    const members = edit(edit(rosterFor("CB01", cb01), 3, { disciplined_flag: "x" }), 5, {
      admitted_flag: "x",
    });
    const { ev } = run([cb01], members, {
      columns: ["stt", "member_name", "cell_code", "member_rating"],
    });
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.equal(ev.report.cells[0].status, "scored");
  });

  it("a flag that cannot be read: E_TYPE on the member, the flag's comparison skipped, the cell still scored", () => {
    let members = edit(rosterFor("CB01", cb01), 3, { disciplined_flag: "có lẽ" });
    members = edit(members, 4, { disciplined_flag: "x" }); // would disagree, but the comparison is skipped
    const { ev, at } = run([cb01], members);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_TYPE", `${SHEET.roster}!${at.roster!.member("disciplined_flag", 3)}`]),
    );
    assert.equal(ev.report.cells[0].status, "scored");
    assert.equal(
      ev.report.summary.orgFourGood,
      false,
      "an error anywhere keeps the organisation from 4 tốt",
    );
  });

  it("a rating that cannot be read: E_TYPE on the member; members_good and members_failed comparisons skipped", () => {
    let members = edit(rosterFor("CB01", cb01), 0, { member_rating: "HTTV" });
    members = edit(members, 9, { member_rating: "KHTNV" }); // would disagree with members_failed 0
    const { ev, at } = run([cb01], members);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_TYPE", `${SHEET.roster}!${at.roster!.member("member_rating", 0)}`]),
    );
    assert.equal(ev.report.cells[0].status, "scored");
  });

  it("a member without a rating: E_REQUIRED on the member; rating comparisons skipped; members still counted", () => {
    const { ev, at } = run([cb01], edit(rosterFor("CB01", cb01), 2, { member_rating: null }));
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_REQUIRED", `${SHEET.roster}!${at.roster!.member("member_rating", 2)}`]),
    );
    assert.equal(ev.report.cells[0].status, "scored");
  });

  it("a member without a code is E_REQUIRED; the cell's member count then disagrees", () => {
    const { ev, at } = run([cb01], edit(rosterFor("CB01", cb01), 9, { cell_code: null }));
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(
        ["E_REQUIRED", `${SHEET.roster}!${at.roster!.member("cell_code", 9)}`],
        ["E_CROSS", `${SHEET.cells}!${at.cell("members", 0)}`],
      ),
    );
  });

  it('a comparison is skipped when the "Chi bộ" value is not valid', () => {
    const row = fourGoodRow("CB01", "A", { members: 10, members_good: "chín" });
    const { ev, at } = run([row], edit(rosterFor("CB01", cb01), 0, { member_rating: "HTNV" }));
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_TYPE", `${SHEET.cells}!${at.cell("members_good", 0)}`]),
    );
  });

  it('a member whose code is not on "Chi bộ": E_CROSS on the member\'s code cell; the cells are still scored', () => {
    const members = [
      ...rosterFor("CB01", cb01),
      { member_name: "Người lạ", cell_code: "CB99", member_rating: "HTTNV" },
    ];
    const { ev, at } = run([cb01], members);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(["E_CROSS", `${SHEET.roster}!${at.roster!.member("cell_code", 10)}`]),
    );
    assert.equal(ev.report.cells[0].status, "scored");
    assert.equal(ev.report.summary.orgFourGood, false);
    assert.match(ev.findings[0].messages.vi, /CB99/);
  });

  it('a code on "Chi bộ" with no member on the roster: its counts disagree (engine decision)', () => {
    const { ev, at } = run([cb01, cb02], rosterFor("CB01", cb01));
    assert.deepEqual(
      findingPairs(ev, ["E_CROSS"]),
      pairs(
        ["E_CROSS", at.cell("members", 1)],
        ["E_CROSS", at.cell("members_good", 1)],
        ["E_CROSS", at.cell("new_members", 1)],
      ),
    );
    assert.deepEqual(
      ev.report.cells.map((c) => c.status),
      ["scored", "error"],
    );
  });

  it('a code twice on "Chi bộ" is not cross-checked (only codes present once), and its members are not unknown', () => {
    const twin = fourGoodRow("CB01", "Chi bộ 1 bis", { members: 3, members_good: 3 });
    const { ev, at } = run([cb01, twin], rosterFor("CB01", cb01));
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(
        ["E_DUPLICATE", `${SHEET.cells}!${at.cell("code", 0)}`],
        ["E_DUPLICATE", `${SHEET.cells}!${at.cell("code", 1)}`],
      ),
    );
  });

  it("headings and count lines in the roster are skipped, not members", () => {
    const members = [
      otherMemberRow({ member_name: "I. CHI BỘ CB01" }),
      ...rosterFor("CB01", cb01),
      otherMemberRow({ member_name: "Cộng: 10 đảng viên" }),
      otherMemberRow({ stt: 11 }),
    ];
    const { ev } = run([cb01], members);
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.equal(ev.layout.roster?.dataRows.length, 10);
  });

  it("a signature row no longer ends the member list (v2): members after it are members, signers are not", () => {
    const all = rosterFor("CB01", cb01);
    const members = [
      ...all.slice(0, 6),
      otherMemberRow({ member_name: "Người lập biểu" }),
      ...all.slice(6),
      otherMemberRow({ member_name: "Xác nhận của Đảng ủy", member_rating: "(Ký tên, đóng dấu)" }),
      otherMemberRow({ member_rating: "Nguyễn Văn Bí" }),
    ];
    const { ev, at } = run([cb01], members);
    assert.deepEqual(findingPairs(ev, null, null), []);
    assert.equal(ev.layout.roster?.signatureRow, at.roster!.itemRows[6]);
    assert.equal(ev.layout.roster?.dataRows.length, 10);
  });

  it("an E_CROSS does not stop the shortfalls of the row", () => {
    const row = fourGoodRow("CB01", "A", { members: 10, members_good: 9, regular_meetings: 11 });
    const { ev, at } = run([row], rosterFor("CB01", row).slice(1));
    assert.ok(
      findingPairs(ev, ["S_SHORTFALL"]).some(([, c]) => c === at.cell("regular_meetings", 0)),
    );
    assert.equal(ev.report.cells[0].status, "error");
  });
});

describe("v2: roster codes compare with Chi bộ codes by value", () => {
  for (const typed of ["01", "1", 1] as const) {
    it(`code 1 formatted "00" on Chi bộ, the roster typing ${JSON.stringify(typed)}: no E_CROSS`, () => {
      const row = fourGoodRow("", "A", { code: formatted(1, "00"), members: 3, members_good: 3 });
      const { grid } = cellsWorkbook({ rows: [row], roster: rosterFor(typed, row) });
      const ev = evaluate(grid);
      assert.deepEqual(findingPairs(ev, null, null), []);
      assert.deepEqual(
        ev.report.cells.map((c) => [c.code, c.fourGood]),
        [["01", true]],
      );
    });
  }

  it("a count that disagrees is reported with the code as the clerk sees it", () => {
    const row = fourGoodRow("", "A", { code: formatted(7, "00"), members: 4, members_good: 3 });
    const { grid, at } = cellsWorkbook({
      rows: [row],
      roster: rosterFor("7", { ...row, members: 3, members_good: 3 }),
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev, ["E_CROSS"]), [["E_CROSS", at.cell("members", 0)]]);
    assert.match(ev.findings.find((f) => f.rule === "E_CROSS")!.messages.en, /for 07;/);
  });
});
