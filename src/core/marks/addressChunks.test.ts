import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { adr, toA1 } from "../grid/address";
import { addressChunks, MAX_ADDRESS_CHARS } from "./addressChunks";

function expand(chunk: string): string[] {
  return chunk.split(",").flatMap((area) => {
    const [first, last = first] = area.split(":");
    const a = adr(first);
    const b = adr(last);
    const out: string[] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(toA1(r, c));
    return out;
  });
}

describe("addressChunks", () => {
  it("merges consecutive rows of a column into ranges", () => {
    assert.deepEqual(addressChunks(["G10", "G11", "G12", "G15"]), ["G10:G12,G15"]);
    assert.deepEqual(addressChunks(["D9", "B2", "B3", "D10"]), ["D9:D10,B2:B3"]);
    assert.deepEqual(addressChunks(["A1"]), ["A1"]);
    assert.deepEqual(
      addressChunks(["G12", "G10", "G11", "G10"]),
      ["G10:G12"],
      "unsorted, repeated",
    );
    assert.deepEqual(addressChunks([]), []);
  });

  it("splits long lists under the limit, covering every cell exactly once, each chunk starting at its top cell", () => {
    const cells = Array.from({ length: 5_000 }, (_, i) => `G${10 + 2 * i}`);
    const chunks = addressChunks(cells);
    assert.ok(chunks.length > 1);
    for (const chunk of chunks) assert.ok(chunk.length <= MAX_ADDRESS_CHARS, `${chunk.length}`);
    const covered = chunks.flatMap(expand);
    assert.deepEqual(covered, cells);
    for (const chunk of chunks) {
      const rows = expand(chunk).map((a1) => adr(a1).row);
      assert.equal(rows[0], Math.min(...rows));
    }
  });

  it("honours a smaller limit", () => {
    const chunks = addressChunks(["A1", "A3", "A5", "A7"], 5);
    assert.deepEqual(chunks, ["A1,A3", "A5,A7"]);
  });
});
