/**
 * Every finding has a message in Vietnamese and in English (spec §2); `message` follows `lang`
 * (Vietnamese by default), and both texts are always there for a UI that switches language.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  fourGoodRow,
  INPUT_KEYS,
  otherRow,
  rosterFor,
  sheetGrid,
  SHEET,
  totalRowItem,
} from "../../../test/support/gridBuilder";
import {
  DEFAULT_RULESET,
  encodeTcvn3,
  evaluateWorkbook,
  RULE_ORDER,
  type Lang,
  type WorkbookGrid,
} from "../index";

/** A workbook with a finding of every non-blocking rule. */
function everything(): WorkbookGrid {
  const cb01 = fourGoodRow("CB01", "A", { members: 10, members_good: 9 });
  const { grid } = cellsWorkbook({
    rows: [
      cb01,
      fourGoodRow("CB02", "", { members: " 2 ", members_good: 2, regular_meetings: 11 }), // E_REQUIRED, W_NORMALIZED, W_SMALL_CELL, S_SHORTFALL
      fourGoodRow("CB03", "C", { attendance_pct: "nhiều", thematic_meetings: 13 }), // E_TYPE, E_RANGE
      fourGoodRow("CB04", "D", { members_good: 29, members_failed: 2 }), // E_CONSISTENCY
      fourGoodRow("CB04", "D2"), // E_DUPLICATE
      totalRowItem("Tổng cộng", { values: { members: 1 } }), // W_TOTAL
    ],
    info: { year: 1999 }, // W_INFO
    roster: {
      members: [
        ...rosterFor("CB01", cb01),
        { member_name: "X", cell_code: "CB77", member_rating: "HTTNV" },
      ],
      repeat: undefined,
    },
  });
  return grid;
}

function withBadRoster(): WorkbookGrid {
  const { grid } = cellsWorkbook({
    rows: [fourGoodRow("CB01")],
    roster: sheetGrid(SHEET.roster, [["DANH SÁCH"]]),
  });
  return grid;
}

/** W_ENCODING (a rating typed in TCVN3) and W_LAYOUT (a Party cell below the signature block). */
function withV2Layouts(): WorkbookGrid {
  const { grid } = cellsWorkbook({
    rows: [
      fourGoodRow("CB01", "A", { cell_rating: encodeTcvn3("Hoàn thành tốt nhiệm vụ") }),
      otherRow({ name: "Người lập biểu" }),
      fourGoodRow("CB02", "B"),
    ],
  });
  return grid;
}

describe("finding messages", () => {
  const grids = [
    everything(),
    withBadRoster(),
    withV2Layouts(),
    cellsWorkbook({ rows: [fourGoodRow("A")], columns: INPUT_KEYS.slice(0, 5) }).grid,
  ];

  /** Scored with other rules than the first workbook expects (W_RULESET). */
  const expectedRuleset = { id: "tinh-mau-nghiem", version: 1, hash: null };
  const optionsFor = (grid: WorkbookGrid) =>
    grid === grids[0] ? { expectedRuleset } : {};

  it("the test workbooks produce every rule code", () => {
    const codes = new Set(
      grids.flatMap((g) =>
        evaluateWorkbook(g, { ruleset: DEFAULT_RULESET, ...optionsFor(g) }).findings.map(
          (f) => f.rule,
        ),
      ),
    );
    assert.deepEqual([...codes].sort(), [...RULE_ORDER].sort());
  });

  for (const lang of ["vi", "en"] as Lang[]) {
    it(`every finding has both messages, and message is the ${lang} one`, () => {
      for (const grid of grids) {
        const ev = evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang, ...optionsFor(grid) });
        ev.findings.forEach((f, i) => {
          assert.ok(f.messages.vi.trim().length > 10, `${f.rule} vi`);
          assert.ok(f.messages.en.trim().length > 10, `${f.rule} en`);
          assert.notEqual(f.messages.vi, f.messages.en, `${f.rule}: two languages`);
          assert.equal(f.message, f.messages[lang], f.rule);
          assert.equal(ev.report.findings[i].message, f.message, "report and details agree");
          assert.equal(ev.report.findings[i].rule, f.rule);
          assert.equal(ev.report.findings[i].cell, f.cell);
        });
      }
    });
  }

  it("Vietnamese by default", () => {
    const ev = evaluateWorkbook(everything(), { ruleset: DEFAULT_RULESET });
    assert.ok(ev.findings.length > 5);
    for (const f of ev.findings) assert.equal(f.message, f.messages.vi);
  });

  it("the language changes only the messages, nothing else", () => {
    const vi = evaluateWorkbook(everything(), { ruleset: DEFAULT_RULESET, lang: "vi" });
    const en = evaluateWorkbook(everything(), { ruleset: DEFAULT_RULESET, lang: "en" });
    // The evaluation records the language its messages are in (`lang`); nothing else differs.
    const strip = ({ lang: _lang, ...ev }: typeof vi) => ({
      ...ev,
      report: { ...ev.report, findings: ev.report.findings.map(({ message: _m, ...f }) => f) },
      findings: ev.findings.map(({ message: _m, ...f }) => f),
    });
    assert.deepEqual(strip(vi), strip(en));
  });

  it("both texts of every finding are plain data: as JSON, spread or read, in either order", () => {
    // Shortfall texts are made when first read (ShortfallMessage): reading English first, or
    // serialising, must give the texts an evaluation in that language gives.
    const vi = evaluateWorkbook(everything(), { ruleset: DEFAULT_RULESET, lang: "vi" });
    const en = evaluateWorkbook(everything(), { ruleset: DEFAULT_RULESET, lang: "en" });
    assert.ok(vi.findings.some((f) => f.rule === "S_SHORTFALL"));
    vi.findings.forEach((f, i) => {
      assert.equal(f.messages.en, en.findings[i].message);
      assert.equal(f.messages.vi, f.message);
      assert.deepEqual(JSON.parse(JSON.stringify(f.messages)), {
        vi: f.message,
        en: en.findings[i].message,
      });
    });
    const json = JSON.parse(JSON.stringify(en.findings)) as { messages: unknown }[];
    assert.deepEqual(
      json.map((f) => f.messages),
      vi.findings.map((f) => ({ vi: f.messages.vi, en: f.messages.en })),
    );
  });

  it("details: the column key, the 1-based row and the Party cell code of the row", () => {
    const ev = evaluateWorkbook(everything(), { ruleset: DEFAULT_RULESET });
    const type = ev.findings.find((f) => f.rule === "E_TYPE")!;
    assert.equal(type.key, "attendance_pct");
    assert.equal(type.cellCode, "CB03");
    assert.equal(type.row, Number(type.cell.replace(/^[A-Z]+/, "")));
  });
});
