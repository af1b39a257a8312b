/**
 * E_TYPE (spec §1 "Values", §2): not a number, not an integer, not a rating, an Excel error value;
 * a date where a number is expected (engine decision: a number with a date format). On that cell;
 * the row is not scored.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  errorValue,
  findingPairs,
  formatted,
  fourGoodRow,
  pairs,
  type DataRow,
} from "../../../test/support/gridBuilder";
import { DEFAULT_RULESET, evaluateWorkbook, type CellsInputKey, type WorkbookGrid } from "../index";
import { valueTypeRule } from "./valueType";

const evaluate = (grid: WorkbookGrid, lang: "vi" | "en" = "vi") =>
  evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET, lang });

function single(key: CellsInputKey, value: DataRow[CellsInputKey]) {
  const built = cellsWorkbook({
    rows: [fourGoodRow("CB01", "Chi bộ 1", { [key]: value }), fourGoodRow("CB02")],
  });
  return { ...built, ev: evaluate(built.grid) };
}

describe("E_TYPE", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...valueTypeRule.codes], ["E_TYPE"]);
  });

  for (const text of ["12.0", "1.000", "mười hai", "30 người", "3O"]) {
    it(`integer typed as "${text}" is E_TYPE`, () => {
      const { ev, at } = single("members", text);
      assert.deepEqual(
        findingPairs(ev, ["E_TYPE", "W_NORMALIZED"]),
        pairs(["E_TYPE", at.cell("members", 0)]),
      );
      assert.equal(ev.report.cells[0].status, "error");
      assert.equal(ev.report.cells[1].status, "scored");
    });
  }

  it("a number with a fraction in an integer column is E_TYPE", () => {
    const { ev, at } = single("regular_meetings", 11.5);
    assert.deepEqual(
      findingPairs(ev, valueTypeRule.codes),
      pairs(["E_TYPE", at.cell("regular_meetings", 0)]),
    );
  });

  it("a percent that is not a number is E_TYPE", () => {
    const { ev, at } = single("attendance_pct", "chín mươi");
    assert.deepEqual(
      findingPairs(ev, valueTypeRule.codes),
      pairs(["E_TYPE", at.cell("attendance_pct", 0)]),
    );
  });

  for (const error of ["#DIV/0!", "#N/A", "#REF!", "#VALUE!"]) {
    it(`an Excel error value ${error} is E_TYPE, in every kind of input column`, () => {
      const keys: CellsInputKey[] = [
        "code",
        "name",
        "members",
        "targets_pct",
        "cell_rating",
        "new_members",
      ];
      const rows = keys.map((key, i) =>
        fourGoodRow(`CB0${i}`, `Chi bộ ${i}`, { [key]: errorValue(error) }),
      );
      const { grid, at } = cellsWorkbook({ rows });
      const ev = evaluate(grid);
      assert.deepEqual(
        findingPairs(ev, valueTypeRule.codes),
        pairs(...keys.map((key, i): ["E_TYPE", string] => ["E_TYPE", at.cell(key, i)])),
      );
      assert.ok(ev.report.cells.every((c) => c.status === "error"));
    });
  }

  it("a formula the file never calculated is E_TYPE with its own message, not empty (v2)", () => {
    const keys: CellsInputKey[] = ["code", "members", "targets_pct", "cell_rating"];
    const rows = keys.map((key, i) =>
      fourGoodRow(`CB0${i}`, `Chi bộ ${i}`, { [key]: { formula: "SUM(C5:C9)" } }),
    );
    const { grid, at } = cellsWorkbook({ rows });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev, [...valueTypeRule.codes, "E_REQUIRED"]),
      pairs(...keys.map((key, i): ["E_TYPE", string] => ["E_TYPE", at.cell(key, i)])),
    );
    const messages = ev.findings.filter((f) => f.rule === "E_TYPE").map((f) => f.messages);
    for (const { vi, en } of messages) {
      assert.match(vi, /“=SUM\(C5:C9\)” chưa được tính/);
      assert.match(en, /never calculated/);
    }
  });

  it("a rating that is not one of the four is E_TYPE", () => {
    for (const bad of ["HTTV", "Tốt", "Hoàn thành tốt", "4"]) {
      const { ev, at } = single("cell_rating", bad);
      assert.deepEqual(
        findingPairs(ev, valueTypeRule.codes),
        pairs(["E_TYPE", at.cell("cell_rating", 0)]),
        bad,
      );
    }
    const { ev, at } = single("cell_rating", 8);
    assert.deepEqual(
      findingPairs(ev, valueTypeRule.codes),
      pairs(["E_TYPE", at.cell("cell_rating", 0)]),
    );
  });

  it("ratings in codes of any case, in full words, in NFD are accepted (and not W_NORMALIZED)", () => {
    const ratings = [
      "htxsnv",
      " HTXSNV ",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành xuất sắc nhiệm vụ".normalize("NFD"),
      "HOAN THANH XUAT SAC NHIEM VU",
    ];
    const { grid } = cellsWorkbook({
      rows: ratings.map((r, i) => fourGoodRow(`CB${i}`, `Chi bộ ${i}`, { cell_rating: r })),
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), []);
    assert.ok(ev.report.cells.every((c) => c.status === "scored" && c.scores?.I === 25));
  });

  it("each full word maps to its code's points (HTTNV 8, HTNV 4, KHTNV 0)", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("A", "A", { cell_rating: "Hoàn thành tốt nhiệm vụ".normalize("NFD") }),
        fourGoodRow("B", "B", { cell_rating: "Hoàn thành nhiệm vụ" }),
        fourGoodRow("C", "C", { cell_rating: "Không hoàn thành nhiệm vụ" }),
      ],
    });
    const ev = evaluate(grid);
    assert.deepEqual(
      ev.report.cells.map((c) => c.scores?.I),
      [15 + 8, 15 + 4, 15 + 0],
    );
  });

  it("a boolean in a number column is E_TYPE", () => {
    const { ev, at } = single("members", true);
    assert.deepEqual(
      findingPairs(ev, valueTypeRule.codes),
      pairs(["E_TYPE", at.cell("members", 0)]),
    );
  });

  it("a number in a date format where a number is expected is E_TYPE (a date, not a count)", () => {
    const { grid, at } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { members: formatted(45000, "dd/mm/yyyy") }),
        fourGoodRow("CB02", "B", { attendance_pct: formatted(45000, "dd/mm/yyyy") }),
        fourGoodRow("CB03", "C", { regular_meetings: formatted(12, "d/m/yy") }),
      ],
    });
    const ev = evaluate(grid, "en");
    assert.deepEqual(
      findingPairs(ev, valueTypeRule.codes),
      pairs(
        ["E_TYPE", at.cell("members", 0)],
        ["E_TYPE", at.cell("attendance_pct", 1)],
        ["E_TYPE", at.cell("regular_meetings", 2)],
      ),
    );
    assert.match(ev.report.findings.find((f) => f.rule === "E_TYPE")!.message, /date/);
    // v2: the message shows the cell as the clerk sees it, the date and not its serial number.
    const messages = ev.findings.filter((f) => f.rule === "E_TYPE").map((f) => f.message);
    assert.match(messages[0], /shows the date “15\/03\/2023”/);
    assert.doesNotMatch(messages[0], /45000/);
    assert.match(messages[2], /“12\/1\/00”/);
    const vi = evaluate(grid, "vi").findings.find((f) => f.rule === "E_TYPE")!.message;
    assert.match(vi, /hiện ngày tháng “15\/03\/2023”/);
  });

  it("a number in a non-date format (0, #,##0, 0.00) is just a number", () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", {
          members: formatted(30, "#,##0"),
          regular_meetings: formatted(12, "0.00"),
        }),
      ],
    });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("a code or name that is a number is its text (no E_TYPE)", () => {
    const { grid } = cellsWorkbook({ rows: [fourGoodRow(101 as never, 2025 as never)] });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), []);
    assert.equal(ev.report.cells[0].code, "101");
    assert.equal(ev.report.cells[0].name, "2025");
  });

  it("the value that was not read gets no shortfall, the row's other values do", () => {
    const { ev, at } = single("regular_meetings", "mười một");
    assert.deepEqual(findingPairs(ev), pairs(["E_TYPE", at.cell("regular_meetings", 0)]));
    const { grid, at: at2 } = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { regular_meetings: "mười một", thematic_meetings: 3 })],
    });
    assert.deepEqual(
      findingPairs(evaluate(grid)),
      pairs(
        ["E_TYPE", at2.cell("regular_meetings", 0)],
        ["S_SHORTFALL", at2.cell("thematic_meetings", 0)],
      ),
    );
  });

  it('STT is ignored: text or even an Excel error value there is no finding (spec: "optional, ignored"; engine choice)', () => {
    const { grid } = cellsWorkbook({
      rows: [
        fourGoodRow("CB01", "A", { stt: { error: "#REF!" } }),
        fourGoodRow("CB02", "B", { stt: "1a" }),
      ],
    });
    assert.deepEqual(findingPairs(evaluate(grid)), []);
  });

  it("the message quotes the value and names the cell", () => {
    const { ev, at } = single("members", "mười hai");
    const f = ev.findings.find((x) => x.rule === "E_TYPE")!;
    assert.match(f.messages.vi, /mười hai/);
    assert.match(f.messages.en, /mười hai/);
    assert.match(f.messages.vi, new RegExp(at.cell("members", 0)));
  });
});
