import { test } from "node:test";
import assert from "node:assert/strict";
import { adr } from "../../src/core";
import { MAX_CELLS_PER_READ, PAYLOAD_BUDGET_BYTES } from "../../src/excel/payloadBudget";
import {
  DEFAULT_BYTES_PER_CELL,
  estimateBytesPerCell,
  groupReadBlocks,
  planReadBlocks,
  splitReadBlock,
} from "../../src/excel/readPlan";

const area = (from: string, to: string) => ({
  top: adr(from).row,
  left: adr(from).col,
  bottom: adr(to).row,
  right: adr(to).col,
});

test("a small workbook is one block per sheet and one group", () => {
  const blocks = planReadBlocks([
    { name: "Chi bộ", used: area("A1", "Y30"), bytesPerCell: 40 },
    { name: "Đảng viên", used: area("A1", "F200"), bytesPerCell: 40 },
  ]);
  assert.equal(blocks.length, 2);
  assert.equal(groupReadBlocks(blocks).length, 1);
  assert.equal(blocks[0].mergesOf, "A1:Y30");
});

test("5,000 rows still fit one group: syncs do not grow with rows below the budget", () => {
  const blocks = planReadBlocks([{ name: "Chi bộ", used: area("A1", "Y5000"), bytesPerCell: 30 }]);
  assert.equal(groupReadBlocks(blocks).length, 1);
});

test("a sheet above the budget is cut into blocks, each within the budget, grouped ~4 MB", () => {
  const blocks = planReadBlocks([
    { name: "Đảng viên", used: area("A1", "F200000"), bytesPerCell: 40 },
  ]);
  assert.ok(blocks.length > 1);
  for (const b of blocks)
    assert.ok(b.estimate <= PAYLOAD_BUDGET_BYTES, `block ${b.top}-${b.bottom} too big`);
  assert.equal(blocks[0].top, 0);
  assert.equal(blocks[blocks.length - 1].bottom, adr("F200000").row);
  for (let i = 1; i < blocks.length; i++) assert.equal(blocks[i].top, blocks[i - 1].bottom + 1);
  const groups = groupReadBlocks(blocks);
  for (const g of groups) assert.ok(g.reduce((n, b) => n + b.estimate, 0) <= PAYLOAD_BUDGET_BYTES);
  assert.equal(blocks.filter((b) => b.mergesOf !== null).length, 1);
});

test("a very wide sheet stays under the cell limit per read", () => {
  const blocks = planReadBlocks(
    [{ name: "x", used: { top: 0, left: 0, bottom: 999_999, right: 99 }, bytesPerCell: 1 }],
    1e12,
  );
  for (const b of blocks) assert.ok((b.bottom - b.top + 1) * 100 <= MAX_CELLS_PER_READ);
});

test("bytes per cell come from the sample cells inside the used range, with a margin", () => {
  const sample = {
    values: [
      ["", "", ""],
      ["", "Tên chi bộ dài dài", 12],
    ],
    numberFormat: [
      ["General", "General", "General"],
      ["General", "@", "0"],
    ],
    valueTypes: [
      ["Empty", "Empty", "Empty"],
      ["Empty", "String", "Double"],
    ],
  };
  const inside = estimateBytesPerCell(sample, area("B2", "C2"));
  const raw = (JSON.stringify("Tên chi bộ dài dài").length + 4 + 3 + 8 + 3 + 2 + 3 + 8 + 3) / 2;
  assert.ok(inside >= raw, `${inside} < ${raw}`);
  assert.equal(
    estimateBytesPerCell({ values: null, numberFormat: null, valueTypes: null }, area("A1", "B2")),
    DEFAULT_BYTES_PER_CELL,
  );
  assert.equal(estimateBytesPerCell(sample, area("A100", "B200")), DEFAULT_BYTES_PER_CELL);
});

test("a refused block splits in two halves covering the same rows", () => {
  const [block] = planReadBlocks([{ name: "x", used: area("A1", "C10"), bytesPerCell: 10 }]);
  const halves = splitReadBlock(block);
  assert.ok(halves);
  assert.equal(halves[0].top, block.top);
  assert.equal(halves[1].bottom, block.bottom);
  assert.equal(halves[0].bottom + 1, halves[1].top);
  assert.equal(halves[1].mergesOf, null);
  assert.equal(splitReadBlock({ ...block, bottom: block.top }), null);
});
