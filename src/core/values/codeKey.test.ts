/** How codes compare (spec §1 "Codes", v2): digits by value, others after normalisation. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeKey } from "./codeKey";
import { readText } from "./readValue";

describe("codeKey", () => {
  it('codes of digits compare by value: "01", "1", " 001 " are one code', () => {
    assert.equal(codeKey("01"), codeKey("1"));
    assert.equal(codeKey(" 001 "), codeKey("1"));
    assert.equal(codeKey("0"), codeKey("000"));
    assert.notEqual(codeKey("10"), codeKey("1"));
    assert.equal(codeKey("00"), "0");
  });

  it('a number in a "00" cell (read as "01") and the roster\'s typed "01" and "1" are one code', () => {
    const read = readText(1, "00");
    assert.equal(read.status === "ok" && read.value, "01");
    const typed = ["01", "1", 1].map((v) => readText(v as never));
    const keys = typed.map((r) => (r.status === "ok" ? codeKey(String(r.value)) : null));
    assert.deepEqual(new Set([...keys, codeKey("01")]).size, 1);
  });

  it("other codes compare after text normalisation, leading zeros kept", () => {
    assert.equal(codeKey("CB01"), codeKey("cb01 "));
    assert.notEqual(codeKey("CB01"), codeKey("CB1"));
    assert.equal(codeKey("Chi bộ 1"), codeKey("chi bo 1"));
    assert.notEqual(codeKey("01A"), codeKey("1A"));
  });
});
