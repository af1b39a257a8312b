/**
 * The catalogues say what spec §1 and §4 say: every header, alias, type, range and sheet name.
 * The expected tables are the spec's, copied into test/support/gridBuilder.ts.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  SHEET,
  SPEC_CELLS_COLUMNS,
  SPEC_OUTPUT_HEADERS,
  SPEC_ROSTER_COLUMNS,
  TOTALLED_KEYS,
} from "../../../test/support/gridBuilder";
import { CELLS_COLUMNS } from "./cellsColumns";
import { isNumericColumn, isTotalledColumn } from "./columnSpec";
import { FINDING_CATALOG, RULE_ORDER } from "../findings/findingCatalog";
import { INFO_FIELDS, YEAR_RANGE } from "./infoFields";
import { OUTPUT_COLUMNS, RESULT_TEXT } from "./outputColumns";
import { ROSTER_COLUMNS } from "./rosterColumns";
import { SHEET_ROLES } from "./sheetRoles";

describe("catalogues follow the spec", () => {
  it('"Chi bộ" inputs: keys, headers and aliases of spec §1, in its order', () => {
    assert.deepEqual(
      CELLS_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [...c.aliases] })),
      SPEC_CELLS_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [...c.aliases] })),
    );
  });

  it("types, required flags and ranges of spec §1", () => {
    const byKey = Object.fromEntries(CELLS_COLUMNS.map((c) => [c.key, c]));
    const expect = {
      stt: ["ignored", false, undefined, undefined],
      code: ["text", true, undefined, undefined],
      name: ["text", true, undefined, undefined],
      members: ["integer", true, 1, undefined],
      targets_pct: ["percent", true, 0, 200],
      cell_rating: ["rating", true, undefined, undefined],
      regular_meetings: ["integer", true, 0, 12],
      thematic_meetings: ["integer", true, 0, 12],
      attendance_pct: ["percent", true, 0, 100],
      disciplined: ["integer", true, 0, undefined],
      disunity_cases: ["integer", true, 0, undefined],
      absent_no_reason: ["integer", true, 0, undefined],
      members_good: ["integer", true, 0, undefined],
      members_failed: ["integer", true, 0, undefined],
      new_members: ["integer", true, 0, undefined],
    } as const;
    for (const [key, [type, required, min, max]] of Object.entries(expect)) {
      const spec = byKey[key];
      assert.deepEqual(
        [spec.type, spec.required, spec.min, spec.max],
        [type, required, min, max],
        key,
      );
    }
  });

  it("the total row is checked for exactly the integer count columns of spec §2", () => {
    assert.deepEqual(
      CELLS_COLUMNS.filter(isTotalledColumn).map((c) => c.key),
      [...TOTALLED_KEYS],
    );
  });

  it("numeric inputs are the integer and percent columns", () => {
    assert.deepEqual(
      CELLS_COLUMNS.filter(isNumericColumn).map((c) => c.key),
      [
        "members",
        "targets_pct",
        "regular_meetings",
        "thematic_meetings",
        "attendance_pct",
        "disciplined",
        "disunity_cases",
        "absent_no_reason",
        "members_good",
        "members_failed",
        "new_members",
      ],
    );
  });

  it("outputs and result texts of spec §1", () => {
    assert.deepEqual(
      Object.fromEntries(OUTPUT_COLUMNS.map((o) => [o.key, o.header])),
      SPEC_OUTPUT_HEADERS,
    );
    assert.deepEqual(
      { ...RESULT_TEXT },
      { fourGood: "Đạt 4 tốt", notFourGood: "Chưa đạt", dataError: "Lỗi dữ liệu" },
    );
  });

  it('"Đảng viên" columns of spec §4', () => {
    assert.deepEqual(
      ROSTER_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [...c.aliases] })),
      SPEC_ROSTER_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [...c.aliases] })),
    );
    const req = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, [c.type, c.required]]));
    assert.deepEqual(req, {
      stt: ["ignored", false],
      member_name: ["text", true],
      cell_code: ["text", true],
      member_rating: ["rating", true],
      disciplined_flag: ["flag", false],
      admitted_flag: ["flag", false],
    });
  });

  it("sheets and their aliases of spec §1", () => {
    assert.deepEqual(
      SHEET_ROLES.map((r) => [r.role, r.name, [...r.aliases], r.required]),
      [
        ["info", SHEET.info, ["Thông tin chung"], false],
        ["cells", SHEET.cells, ["Chấm điểm chi bộ", "Đánh giá chi bộ"], true],
        ["roster", SHEET.roster, ["Danh sách đảng viên"], false],
        ["report", SHEET.report, [], false],
      ],
    );
  });

  it('"Thông tin" labels and the year range', () => {
    assert.deepEqual(
      INFO_FIELDS.map((f) => [f.key, f.label, [...f.aliases]]),
      [
        ["organization", "Đảng bộ", ["Tên đảng bộ", "Đơn vị"]],
        ["year", "Năm đánh giá", ["Năm"]],
      ],
    );
    assert.deepEqual({ ...YEAR_RANGE }, { min: 2000, max: 2100 });
  });

  it("finding types: severities of spec §2; only E_STRUCTURE blocks", () => {
    const severity = Object.fromEntries(
      RULE_ORDER.map((code) => [code, FINDING_CATALOG[code].severity]),
    );
    assert.deepEqual(severity, {
      E_STRUCTURE: "error",
      E_REQUIRED: "error",
      E_TYPE: "error",
      E_RANGE: "error",
      E_DUPLICATE: "error",
      E_CONSISTENCY: "error",
      E_CROSS: "error",
      S_SHORTFALL: "shortfall",
      W_NORMALIZED: "warning",
      W_TOTAL: "warning",
      W_SMALL_CELL: "warning",
      W_INFO: "warning",
      W_ROSTER: "warning",
      W_LAYOUT: "warning",
      W_ENCODING: "warning",
      W_RULESET: "warning", // not in the spec: docs/decisions.md, "W_RULESET"
    });
    assert.deepEqual(
      RULE_ORDER.filter((code) => FINDING_CATALOG[code].blocking),
      ["E_STRUCTURE"],
    );
    for (const code of RULE_ORDER) {
      const t = FINDING_CATALOG[code];
      assert.ok(t.title.vi && t.title.en && t.description.vi && t.description.en, code);
    }
  });
});
