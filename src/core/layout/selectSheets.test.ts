/**
 * Sheets by name, matched as text (spec §1 "Sheets"): "Thông tin" (alias "Thông tin chung"),
 * "Chi bộ" ("Chấm điểm chi bộ", "Đánh giá chi bộ"), "Đảng viên" ("Danh sách đảng viên"), the
 * report "Kết quả kiểm tra". With two or more sheets for one role, the first in workbook order is
 * used, the others get W_INFO.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError } from "../errors";
import { selectSheetsToRead, sheetRoleOf } from "./selectSheets";

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
