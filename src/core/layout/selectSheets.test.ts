/**
 * Sheets by name, matched as text (spec §1 "Sheets"): "Thông tin" (alias "Thông tin chung"),
 * "Chi bộ" ("Chấm điểm chi bộ", "Đánh giá chi bộ"), "Đảng viên" ("Danh sách đảng viên"), the
 * report "Kết quả kiểm tra". With two or more sheets for one role, the first in workbook order is
 * used, the others get W_INFO.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError } from "../errors";
import { encodeTcvn3, encodeVni } from "../text/legacyEncodings";
import {
  matchSheetName,
  selectSheetsToRead,
  sheetRoleOf,
  sheetsOfRole,
  sheetsToRead,
} from "./selectSheets";

describe("sheetRoleOf", () => {
  it("names and aliases, normalised", () => {
    const cases: [string, string | null][] = [
      ["Thông tin", "info"],
      ["THONG TIN CHUNG", "info"],
      ["Chi bộ", "cells"],
      [" chi  bo ", "cells"],
      ["Chi bộ".normalize("NFD"), "cells"],
      ["Chấm điểm chi bộ", "cells"],
      ["Đánh giá chi bộ", "cells"],
      ["Đảng viên", "roster"],
      ["Danh sách đảng viên", "roster"],
      ["Kết quả kiểm tra", "report"],
      ["Chi bộ 2024", null],
      ["Sheet1", null],
      ["Danh mục", null],
    ];
    for (const [name, role] of cases) assert.equal(sheetRoleOf(name), role, name);
  });
});

describe("selectSheetsToRead", () => {
  it("the first sheet of each role in workbook order; the others listed", () => {
    const selection = selectSheetsToRead([
      "Hướng dẫn",
      "Đánh giá chi bộ",
      "Thông tin",
      "Chi bộ",
      "Danh sách đảng viên",
      "Thông tin chung",
      "Kết quả kiểm tra",
    ]);
    assert.deepEqual(selection, {
      info: "Thông tin",
      cells: "Đánh giá chi bộ",
      roster: "Danh sách đảng viên",
      extra: [
        { role: "cells", sheet: "Chi bộ" },
        { role: "info", sheet: "Thông tin chung" },
      ],
    });
  });

  it("nothing matching: every role null", () => {
    assert.deepEqual(selectSheetsToRead(["Sheet1"]), {
      info: null,
      cells: null,
      roster: null,
      extra: [],
    });
  });

  it("misuse is an EngineError", () => {
    assert.throws(() => selectSheetsToRead("Chi bộ" as never), EngineError);
  });
});

describe("v2: sheet names typed in TCVN3 or VNI", () => {
  it("are matched after decoding, with the encoding they were typed in", () => {
    for (const name of [
      "Chi bộ",
      "Đảng viên",
      "Thông tin chung",
      "Danh sách đảng viên",
      "Chấm điểm chi bộ",
    ]) {
      assert.equal(sheetRoleOf(encodeTcvn3(name)), sheetRoleOf(name), name);
      assert.equal(sheetRoleOf(encodeVni(name)), sheetRoleOf(name), name);
    }
    assert.deepEqual(matchSheetName("Chi bé"), { role: "cells", encoding: "tcvn3" });
    assert.deepEqual(matchSheetName("Ñaûng vieân"), { role: "roster", encoding: "vni" });
    assert.deepEqual(matchSheetName("Chi bộ"), { role: "cells", encoding: null });
    assert.equal(matchSheetName("Sheet1"), null);
  });
});

describe("v2: sheetsToRead lists every sheet of a data role", () => {
  it("all of them when several match one role (the engine chooses), legacy names included, the report left out", () => {
    const names = [
      "Hướng dẫn",
      "Chi bộ",
      "Thông tin",
      "Chấm điểm chi bộ",
      "Kết quả kiểm tra",
      encodeTcvn3("Danh sách đảng viên"),
      "Đảng viên",
    ];
    assert.deepEqual(sheetsToRead(names), [
      "Chi bộ",
      "Thông tin",
      "Chấm điểm chi bộ",
      encodeTcvn3("Danh sách đảng viên"),
      "Đảng viên",
    ]);
    assert.deepEqual(sheetsOfRole(names), {
      info: ["Thông tin"],
      cells: ["Chi bộ", "Chấm điểm chi bộ"],
      roster: [encodeTcvn3("Danh sách đảng viên"), "Đảng viên"],
    });
    assert.throws(() => sheetsToRead("Chi bộ" as never), EngineError);
  });
});
