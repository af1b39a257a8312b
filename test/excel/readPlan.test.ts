import { test } from "node:test";
import assert from "node:assert/strict";
import { adr } from "../../src/core";
import { MAX_CELLS_PER_READ, PAYLOAD_BUDGET_BYTES } from "../../src/excel/payloadBudget";
import {
  DEFAULT_BYTES_PER_CELL,
  estimateBytesPerCell,
  groupReadBlocks,
  MAX_MERGED_AREAS_PER_CALL,
  mergeQueryAreas,
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
  assert.equal(splitReadBlock({ ...block, bottom: block.top }), null);
});

test("merged areas are asked for over every cell of a block, in pieces of at most 512 cells", () => {
  const cellsOf = (a: { top: number; left: number; bottom: number; right: number }) =>
    (a.bottom - a.top + 1) * (a.right - a.left + 1);
  for (const block of [
    area("A1", "F4001"), // a roster: 6 columns, 85 rows a piece
    area("C5", "Y30"), // a used range not starting at A1
    area("A1", "B1"),
    { top: 0, left: 0, bottom: 2, right: 1_199 }, // wider than 512 columns: cut across too
  ]) {
    const pieces = mergeQueryAreas(block);
    const seen = new Set<string>();
    for (const piece of pieces) {
      assert.ok(cellsOf(piece) <= MAX_MERGED_AREAS_PER_CALL, JSON.stringify(piece));
      for (let r = piece.top; r <= piece.bottom; r++)
        for (let c = piece.left; c <= piece.right; c++) {
          const key = `${r}:${c}`;
          assert.ok(!seen.has(key), `cell ${key} asked twice`);
          seen.add(key);
        }
    }
    assert.equal(seen.size, cellsOf(block), "every cell of the block is asked for");
  }
  assert.equal(mergeQueryAreas(area("A1", "F4001")).length, Math.ceil(4001 / 85));
});
