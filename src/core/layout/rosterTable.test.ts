/**
 * The "Đảng viên" stage's v2 behaviours: "Mã chi bộ" merged over each Party cell's members (filled
 * silently), a roster typed in VNI or TCVN3 (read decoded), signature rows that no longer end the
 * list, choosing among several roster sheets.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  otherMemberRow,
  rosterFor,
  SHEET,
  sheetNamed,
  withMerges,
  withTexts,
  type MemberRow,
} from "../../../test/support/gridBuilder";
import { adr, DEFAULT_RULESET, evaluateWorkbook, type WorkbookGrid } from "../index";
import { encodeTcvn3, encodeVni } from "../text/legacyEncodings";
import { chooseRoster, discoverRoster } from "./rosterTable";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

/** `cells` Party cells of `size` members each, and a roster listing them in runs. */
function rosterWorkbook(cells: number, size: number) {
  const rows = Array.from({ length: cells }, (_, i) =>
    fourGoodRow(`CB${String(i + 1).padStart(3, "0")}`, `Chi bộ ${i + 1}`, {
      members: size,
      members_good: size - 1,
    }),
  );
  const members: MemberRow[] = rows.flatMap((row) => rosterFor(row.code as string, row));
  return cellsWorkbook({ rows, roster: { members } });
}

describe('v2: "Mã chi bộ" merged over each Party cell\'s members', () => {
  it("2,000 members: every member reads its Party cell's code, silently; the cross-checks agree", () => {
    const size = 20;
    const { grid, at } = rosterWorkbook(100, size);
    const roster = at.roster!;
    const code = roster.column("cell_code");
    const ranges = Array.from({ length: 100 }, (_, i) => {
      const first = roster.memberRows[i * size];
      return `${code}${first}:${code}${first + size - 1}`;
    });
    const merged = withMerges(grid, SHEET.roster, ranges);
    assert.equal(merged.sheets.find((s) => s.name === SHEET.roster)?.merges?.length, 100);
    const table = discoverRoster(sheetNamed(merged, SHEET.roster));
    assert.equal(table.members.length, 2000);
    assert.equal(table.filledCells.length, 1900);
    const codes = table.members.validValues("cell_code");
    assert.equal(codes(0), "CB001");
    assert.equal(codes(19), "CB001");
    assert.equal(codes(1999), "CB100");
    const ev = evaluate(merged);
    assert.equal(ev.report.status, "scored");
    assert.deepEqual(
      findingPairs(ev, null, null),
      [],
      "no E_REQUIRED, no E_CROSS: 151 false errors no more",
    );
  });

  it("the Party cell's name merged too, and a merge across a row (a heading) fills nothing", () => {
    const { grid, at } = rosterWorkbook(2, 3);
    const roster = at.roster!;
    const merged = withMerges(grid, SHEET.roster, [
      `${roster.member("cell_code", 0)}:${roster.member("cell_code", 2)}`,
      `${roster.member("cell_code", 3)}:${roster.member("cell_code", 5)}`,
    ]);
    const table = discoverRoster(sheetNamed(merged, SHEET.roster));
    assert.deepEqual(
      Array.from({ length: 6 }, (_, i) => table.members.validValues("cell_code")(i)),
      ["CB001", "CB001", "CB001", "CB002", "CB002", "CB002"],
    );
    assert.deepEqual(table.filledCells[0], {
      row: adr(roster.member("cell_code", 1)).row,
      col: adr(roster.member("cell_code", 1)).col,
      fromRow: adr(roster.member("cell_code", 0)).row,
    });
  });
});

describe("v2: a roster typed in VNI or TCVN3", () => {
  for (const [encoding, encode] of [
    ["vni", encodeVni],
    ["tcvn3", encodeTcvn3],
  ] as const) {
    it(`${encoding}: read decoded (header, names, ratings in words, flags), the first header cell recorded`, () => {
      const row = fourGoodRow("CB01", "A", { members: 4, members_good: 4, new_members: 1 });
      const members = rosterFor("CB01", row).map((m, i) =>
        i === 0 ? { ...m, member_rating: "Hoàn thành xuất sắc nhiệm vụ", admitted_flag: "có" } : m,
      );
      const { grid, at } = cellsWorkbook({ rows: [row], roster: { members } });
      const legacy = withTexts(grid, SHEET.roster, encode);
      const table = discoverRoster(sheetNamed(legacy, SHEET.roster));
      assert.deepEqual(table.problems, []);
      assert.deepEqual(table.encoding, { encoding, ...adr(at.roster!.header("stt")) });
      assert.equal(table.members.validValues("member_name")(1), "Đảng viên CB01-2");
      assert.equal(table.members.validValues("member_rating")(0), "HTXSNV");
      assert.deepEqual(findingPairs(evaluate(legacy), null, null), [
        ["W_ENCODING", `${SHEET.roster}!${at.roster!.header("stt")}`],
      ]);
    });
  }
});

describe("v2: roster signature rows", () => {
  it('a member without a code whose rating reads stays a member (its "Chức vụ" may say "Bí thư chi bộ")', () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 3 });
    const members = [
      ...rosterFor("CB01", row).slice(0, 2),
      otherMemberRow({ member_name: "Lê Văn C", member_rating: "HTTNV" }, { H: "Bí thư chi bộ" }),
    ];
    const { grid, at } = cellsWorkbook({ rows: [row], roster: { members } });
    const table = discoverRoster(sheetNamed(grid, SHEET.roster));
    assert.equal(table.members.length, 3);
    assert.deepEqual(table.signatureRows, []);
    assert.deepEqual(findingPairs(evaluate(grid), ["E_REQUIRED"], SHEET.roster), [
      ["E_REQUIRED", `C${at.roster!.itemRows[2]}`],
    ]);
  });

  it("members after a signature row are read and recorded; the keyword in the code cell is a signature", () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 3 });
    const all = rosterFor("CB01", row);
    const members = [all[0], otherMemberRow({ cell_code: "Người lập biểu" }), all[1], all[2]];
    const { grid, at } = cellsWorkbook({ rows: [row], roster: { members } });
    const table = discoverRoster(sheetNamed(grid, SHEET.roster));
    assert.deepEqual(table.signatureRows, [at.roster!.itemRows[1] - 1]);
    assert.deepEqual(
      table.belowSignature.map((c) => c.row + 1),
      [at.roster!.itemRows[2], at.roster!.itemRows[3]],
    );
    assert.deepEqual(findingPairs(evaluate(grid), null, null), []);
  });
});

describe("v2: among several roster sheets, the one with members is read", () => {
  it("a blank roster template before the filled one", () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 3 });
    const blank = cellsWorkbook({
      rows: [row],
      roster: { members: [otherMemberRow({ stt: 1 })], sheetName: "Đảng viên" },
    });
    const filled = cellsWorkbook({
      rows: [row],
      roster: { members: rosterFor("CB01", row), sheetName: "Danh sách đảng viên" },
    });
    const choice = chooseRoster([
      sheetNamed(blank.grid, "Đảng viên"),
      sheetNamed(filled.grid, "Danh sách đảng viên"),
    ]);
    assert.equal(choice?.roster.sheet.name, "Danh sách đảng viên");
    assert.deepEqual(choice?.others, ["Đảng viên"]);
    assert.equal(choice?.roster.members.length, 3);
    assert.equal(chooseRoster([]), null);
  });
});
