/**
 * W_ENCODING (spec §1 "Legacy Vietnamese encodings", v2): a sheet read decoded from TCVN3 or VNI
 * (once, on its first recognised header cell; on "Thông tin" its first label), a header cell or a
 * rating cell of a Unicode sheet recognised only decoded (on that cell). Sheet-level ones are
 * reported also when the workbook is unusable; a rating cell (a single value) is not.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cellsWorkbook,
  findingPairs,
  fourGoodRow,
  pairs,
  rosterFor,
  SHEET,
  SPEC_CELLS_COLUMNS,
  withSheetName,
  withTexts,
} from "../../../test/support/gridBuilder";
import {
  DEFAULT_RULESET,
  encodeTcvn3,
  encodeVni,
  evaluateWorkbook,
  type WorkbookGrid,
} from "../index";
import { legacyEncodingRule } from "./legacyEncoding";

const evaluate = (grid: WorkbookGrid) => evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

describe("W_ENCODING", () => {
  it("is the code this rule emits", () => {
    assert.deepEqual([...legacyEncodingRule.codes], ["W_ENCODING"]);
  });

  it('a "Chi bộ" sheet typed in TCVN3: once, on its first recognised header cell; it scores', () => {
    const { grid, at } = cellsWorkbook({ rows: [fourGoodRow("CB01", "Chi bộ Thôn Đông")] });
    const name = encodeTcvn3(SHEET.cells);
    const legacy = withSheetName(withTexts(grid, SHEET.cells, encodeTcvn3), SHEET.cells, name);
    const ev = evaluate(legacy);
    assert.deepEqual(findingPairs(ev, null, null), [["W_ENCODING", `${name}!${at.header("stt")}`]]);
    const finding = ev.findings[0];
    assert.equal(finding.severity, "warning");
    assert.match(finding.messages.vi, /TCVN3 \(ABC\)/);
    assert.match(finding.messages.en, /Convert the file to Unicode with Unikey's converter/);
    assert.equal(ev.report.cells[0].name, "Chi bộ Thôn Đông");
    assert.equal(ev.report.cells[0].fourGood, true);
  });

  it("a roster typed in VNI: on its first header cell; the cross-checks run", () => {
    const row = fourGoodRow("CB01", "A", { members: 3, members_good: 3 });
    const { grid, at } = cellsWorkbook({ rows: [row], roster: rosterFor("CB01", row) });
    const ev = evaluate(withTexts(grid, SHEET.roster, encodeVni));
    assert.deepEqual(findingPairs(ev, null, null), [
      ["W_ENCODING", `${SHEET.roster}!${at.roster!.header("stt")}`],
    ]);
    assert.match(ev.findings[0].messages.en, /VNI Windows/);
    // The cross-checks ran on the decoded roster: a wrong member count is found.
    const wrong = cellsWorkbook({
      rows: [{ ...row, members: 4 }],
      roster: rosterFor("CB01", row),
    });
    const crossed = evaluate(withTexts(wrong.grid, SHEET.roster, encodeVni));
    assert.deepEqual(findingPairs(crossed, ["E_CROSS"]), [
      ["E_CROSS", wrong.at.cell("members", 0)],
    ]);
  });

  it('"Thông tin" typed in TCVN3: on its first label; the organisation is read decoded', () => {
    const { grid } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      info: { organization: "Đảng bộ xã Thạch Hà", year: 2025 },
    });
    const ev = evaluate(withTexts(grid, SHEET.info, encodeTcvn3));
    assert.deepEqual(findingPairs(ev, null, null), [["W_ENCODING", `${SHEET.info}!A3`]]);
    assert.deepEqual(ev.report.workbook, { organization: "Đảng bộ xã Thạch Hà", year: 2025 });
  });

  it("one header cell retyped in an old font on a Unicode sheet: on that cell", () => {
    const { grid, at } = cellsWorkbook({
      rows: [fourGoodRow("CB01")],
      headers: { disciplined: encodeVni("Số đảng viên bị kỷ luật") },
    });
    const ev = evaluate(grid);
    assert.deepEqual(findingPairs(ev), [["W_ENCODING", at.header("disciplined")]]);
    assert.match(ev.findings[0].messages.en, /read as “Số đảng viên bị kỷ luật”/);
  });

  it("a rating typed in TCVN3 on a Unicode sheet: on that cell, on Chi bộ and on the roster", () => {
    const row = fourGoodRow("CB01", "A", {
      members: 3,
      members_good: 3,
      cell_rating: encodeTcvn3("Hoàn thành tốt nhiệm vụ"),
    });
    const members = rosterFor("CB01", row).map((m, i) =>
      i === 1 ? { ...m, member_rating: encodeTcvn3("Hoàn thành xuất sắc nhiệm vụ") } : m,
    );
    const { grid, at } = cellsWorkbook({ rows: [row], roster: members });
    const ev = evaluate(grid);
    assert.deepEqual(
      findingPairs(ev, null, null),
      pairs(
        ["W_ENCODING", `${SHEET.cells}!${at.cell("cell_rating", 0)}`],
        ["W_ENCODING", `${SHEET.roster}!${at.roster!.member("member_rating", 1)}`],
      ),
    );
    const onCell = ev.findings.find((f) => f.sheet === SHEET.cells)!;
    assert.equal(onCell.cellCode, "CB01");
    assert.match(onCell.messages.en, /read as “HTTNV”/);
    assert.equal(ev.report.cells[0].fourGood, true);
  });

  it("an unusable workbook lists the sheet's W_ENCODING, and no rating cell's", () => {
    const keys = SPEC_CELLS_COLUMNS.map((c) => c.key).filter((k) => k !== "members");
    const decodedSheet = cellsWorkbook({ rows: [fourGoodRow("CB01")], columns: keys });
    const ev = evaluate(withTexts(decodedSheet.grid, SHEET.cells, encodeTcvn3));
    assert.equal(ev.report.status, "unusable");
    assert.deepEqual(
      findingPairs(ev),
      pairs(["E_STRUCTURE", "A1"], ["W_ENCODING", decodedSheet.at.header("stt")]),
    );

    const rating = cellsWorkbook({
      rows: [fourGoodRow("CB01", "A", { cell_rating: encodeTcvn3("Hoàn thành tốt nhiệm vụ") })],
      columns: keys,
    });
    assert.deepEqual(findingPairs(evaluate(rating.grid)), [["E_STRUCTURE", "A1"]]);
  });
});
