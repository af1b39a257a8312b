/** The calculation chain stays consistent with the formulas the patcher removes. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { dropCalcChainEntries } from "../../src/xlsx/patch/calcChain";

const chain = (entries: string) => `<?xml version="1.0"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`;

describe("dropCalcChainEntries", () => {
  it("drops the entries of the given cells of one sheet only", () => {
    const xml = chain('<c r="U7" i="2"/><c r="U8"/><c r="O10"/><c r="B2" i="1"/><c r="U7"/>');
    assert.equal(dropCalcChainEntries(xml, new Map([[2, new Set(["U7", "U8"])]])), chain('<c r="O10" i="2"/><c r="B2" i="1"/><c r="U7"/>'));
  });

  it("gives a kept entry its sheet id when the entry it inherited from is dropped", () => {
    const xml = chain('<c r="A1" i="1"/><c r="A2" i="3"/><c r="A3"/><c r="A4" i="1"/>');
    assert.equal(dropCalcChainEntries(xml, new Map([[3, new Set(["A2"])]])), chain('<c r="A1" i="1"/><c r="A3" i="3"/><c r="A4" i="1"/>'));
  });

  it("drops every entry of a removed sheet", () => {
    const xml = chain('<c r="A1" i="1"/><c r="A2" i="4"/><c r="A3"/>');
    assert.equal(dropCalcChainEntries(xml, new Map([[4, "all"]])), chain('<c r="A1" i="1"/>'));
  });

  it("returns null when nothing remains, and the same text when nothing is dropped", () => {
    const xml = chain('<c r="U7" i="2"/>');
    assert.equal(dropCalcChainEntries(xml, new Map([[2, new Set(["U7"])]])), null);
    assert.equal(dropCalcChainEntries(xml, new Map([[2, new Set(["U8"])]])), xml);
  });
});
