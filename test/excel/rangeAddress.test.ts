import { test } from "node:test";
import assert from "node:assert/strict";
import { adr } from "../../src/core";
import { parseAreaList, parseSheetArea, splitAddressList } from "../../src/excel/rangeAddress";

test("a used-range address with a quoted Vietnamese sheet name", () => {
  const area = parseSheetArea("'Chi bộ'!B3:Z300");
  assert.equal(area.sheet, "Chi bộ");
  assert.deepEqual([area.top, area.left], [adr("B3").row, adr("B3").col]);
  assert.deepEqual([area.bottom, area.right], [adr("Z300").row, adr("Z300").col]);
});

test("sheet names with quotes, commas and ! are split correctly", () => {
  assert.deepEqual(splitAddressList("'It''s, a!'!A1:B2, 'It''s, a!'!D4"), [
    "'It''s, a!'!A1:B2",
    "'It''s, a!'!D4",
  ]);
  assert.equal(parseSheetArea("'It''s, a!'!D4").sheet, "It's, a!");
});

test("merged areas from RangeAreas.address become 0-based merges", () => {
  assert.deepEqual(parseAreaList("Sheet1!A1:C1, Sheet1!$A$2:$A$3"), [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 1, left: 0, bottom: 2, right: 0 },
  ]);
});

test("a single cell is a one-cell area", () => {
  assert.deepEqual(parseSheetArea("F9"), { sheet: null, top: 8, left: 5, bottom: 8, right: 5 });
});
