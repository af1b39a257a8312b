import { test } from "node:test";
import assert from "node:assert/strict";
import type { WorkbookLayout } from "../../src/core";
import { isInputChange, watchedSheets } from "../../src/excel/watchChanges";

const layout: WorkbookLayout = {
  info: { sheet: "Thông tin", organizationCell: "B2", yearCell: "B3" },
  cells: {
    sheet: "Chi bộ",
    headerRow: 8,
    columns: {
      stt: "A",
      code: "B",
      name: "C",
      members: "D",
      regular_meetings: "G",
      score_1: "R",
      result: "W",
    },
    dataRows: [10, 11],
    totalRow: null,
    signatureRow: null,
  },
  roster: {
    sheet: "Đảng viên",
    headerRow: 1,
    columns: { member_name: "B", cell_code: "C", member_rating: "D" },
    dataRows: [2],
    totalRow: null,
    signatureRow: null,
  },
};

test("edits to recognised input columns count; output columns, STT and other columns do not", () => {
  const [, cells] = watchedSheets(layout);
  assert.equal(cells.sheet, "Chi bộ");
  assert.ok(isInputChange({ address: "G10", changeType: "RangeEdited" }, cells));
  assert.ok(isInputChange({ address: "E10:H12", changeType: "RangeEdited" }, cells));
  assert.ok(
    !isInputChange({ address: "R10:W11", changeType: "RangeEdited" }, cells),
    "the product's outputs",
  );
  assert.ok(!isInputChange({ address: "A10", changeType: "RangeEdited" }, cells), "STT");
  assert.ok(
    !isInputChange({ address: "Z10", changeType: "RangeEdited" }, cells),
    "a user's Ghi chú",
  );
});

test("inserted rows always count; the add-in's own writes never do; any edit on Thông tin counts", () => {
  const [info, cells, roster] = watchedSheets(layout);
  assert.ok(isInputChange({ address: "A12:XFD12", changeType: "RowInserted" }, cells));
  assert.ok(
    !isInputChange(
      { address: "G10", changeType: "RangeEdited", triggerSource: "ThisLocalAddin" },
      cells,
    ),
  );
  assert.ok(isInputChange({ address: "F30", changeType: "RangeEdited" }, info));
  assert.ok(isInputChange({ address: "D5", changeType: "RangeEdited" }, roster));
  assert.ok(!isInputChange({ address: "F5", changeType: "RangeEdited" }, roster));
});

test("an address the edge cannot read counts, to be safe", () => {
  const [, cells] = watchedSheets(layout);
  assert.ok(isInputChange({ address: "12:12", changeType: "RangeEdited" }, cells));
});
