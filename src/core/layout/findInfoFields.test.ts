/**
 * "Thông tin" labels (spec §1): found as typed, or (v2) in a sheet typed in TCVN3 or VNI, read
 * decoded; among several "Thông tin" sheets, the first with a label is read.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { infoSheet } from "../../../test/support/gridBuilder";
import type { SheetGrid } from "../grid/grid";
import { encodeTcvn3, encodeVni } from "../text/legacyEncodings";
import { chooseInfoSheet, discoverInfoSheet } from "./findInfoFields";

const encoded = (sheet: SheetGrid, encode: (text: string) => string): SheetGrid => ({
  ...sheet,
  values: sheet.values.map((line) => line.map((v) => (typeof v === "string" ? encode(v) : v))),
});

describe("discoverInfoSheet", () => {
  it("a Unicode sheet: its labels, no encoding", () => {
    const { sheet } = infoSheet();
    const found = discoverInfoSheet(sheet);
    assert.equal(found.encoding, null);
    assert.deepEqual(
      [...found.fields],
      [
        ["organization", { row: 2, col: 1 }],
        ["year", { row: 3, col: 1 }],
      ],
    );
    assert.equal(found.sheet, sheet);
  });

  for (const [encoding, encode] of [
    ["tcvn3", encodeTcvn3],
    ["vni", encodeVni],
  ] as const) {
    it(`${encoding}: labels found decoded, the organisation read as Unicode, the first label recorded`, () => {
      const { sheet } = infoSheet({
        organization: "Đảng bộ xã Thạch Hà",
        labels: { organization: "Tên đảng bộ", year: "Năm đánh giá" },
      });
      const found = discoverInfoSheet(encoded(sheet, encode));
      assert.deepEqual(found.encoding, { encoding, row: 2, col: 0 });
      assert.equal(found.fields.size, 2);
      assert.equal(found.sheet.values[2][1], "Đảng bộ xã Thạch Hà");
    });
  }
});

describe("chooseInfoSheet", () => {
  it("the first sheet where a label is found, the others listed; else the first", () => {
    const empty: SheetGrid = { name: "Thông tin", values: [["Ghi chú"]] };
    const { sheet } = infoSheet({ sheetName: "Thông tin chung" });
    const choice = chooseInfoSheet([empty, sheet]);
    assert.equal(choice?.info.sheet.name, "Thông tin chung");
    assert.deepEqual(choice?.others, ["Thông tin"]);
    assert.equal(
      chooseInfoSheet([empty, { ...empty, name: "Thông tin chung" }])?.info.sheet.name,
      "Thông tin",
    );
    assert.equal(chooseInfoSheet([]), null);
  });
});
