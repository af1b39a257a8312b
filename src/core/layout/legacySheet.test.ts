/** Reading a sheet decoded when that recognises more (spec §1 "Legacy Vietnamese encodings", v2). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sheetGrid } from "../../../test/support/gridBuilder";
import { encodeTcvn3, encodeVni } from "../text/legacyEncodings";
import { chooseSheetEncoding, decodeSheet } from "./legacySheet";

const WORDS = ["Mã chi bộ", "Tên chi bộ", "Xếp loại"];
/** How many of WORDS a sheet's first row holds. */
const judge = (sheet: { values: readonly (readonly unknown[])[] }) => {
  const found = (sheet.values[0] ?? []).filter((v) => WORDS.includes(v as string)).length;
  return { complete: found === WORDS.length, recognised: found };
};

describe("decodeSheet", () => {
  it("decodes texts (only the first rows when asked), keeps numbers, formats, merges and the name", () => {
    const sheet = sheetGrid("Chi bé", [[encodeTcvn3("Tên"), 3], [encodeTcvn3("Tên")]], {
      merges: ["A1:B1"],
      numberFormats: { B1: "0%" },
    });
    const decoded = decodeSheet(sheet, "tcvn3");
    assert.deepEqual(decoded.values, [["Tên", 3], ["Tên"]]);
    assert.equal(decoded.name, "Chi bé");
    assert.deepEqual(decoded.merges, sheet.merges);
    assert.deepEqual(decoded.numberFormats, sheet.numberFormats);
    assert.deepEqual(decodeSheet(sheet, "tcvn3", 1).values[1], [encodeTcvn3("Tên")]);
  });
});

describe("chooseSheetEncoding", () => {
  it("Unicode when complete; TCVN3 or VNI when that recognises more", () => {
    const unicode = sheetGrid("x", [WORDS]);
    assert.equal(chooseSheetEncoding(unicode, 50, judge).encoding, null);
    const tcvn3 = sheetGrid("x", [WORDS.map(encodeTcvn3), [encodeTcvn3("Chi bộ 1")]]);
    const read = chooseSheetEncoding(tcvn3, 1, judge);
    assert.equal(read.encoding, "tcvn3");
    assert.deepEqual(read.sheet.values, [WORDS, ["Chi bộ 1"]], "the chosen read decodes every row");
    assert.equal(
      chooseSheetEncoding(sheetGrid("x", [WORDS.map(encodeVni)]), 50, judge).encoding,
      "vni",
    );
  });

  it("an incomplete Unicode sheet stays Unicode when decoding recognises no more", () => {
    const partial = sheetGrid("x", [["Mã chi bộ", "Tên chi bộ", "Ghi chú"]]);
    assert.equal(chooseSheetEncoding(partial, 50, judge).encoding, null);
  });
});
