/**
 * The command line's printed summary at the scale of the largest district workbooks: 50,000 Party
 * cells with 1,000,000 members (inside the limits) give about 157,000 findings.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_RULESET, type Report } from "../../src/core";
import { formatReport } from "../../src/cli/output/printReport";

function reportWith(findings: number): Report {
  return {
    status: "scored",
    ruleset: { id: DEFAULT_RULESET.id, version: DEFAULT_RULESET.version },
    workbook: { organization: "Đảng bộ xã Thử Nghiệm", year: 2025 },
    summary: {
      cells: 0,
      scored: 0,
      fourGood: 0,
      errors: 0,
      warnings: 0,
      shortfalls: findings,
      orgFourGood: false,
    },
    cells: [],
    findings: Array.from({ length: findings }, (_, i) => ({
      severity: "shortfall" as const,
      rule: "S_SHORTFALL" as const,
      sheet: "Chi bộ",
      cell: `G${i + 6}`,
      message: "Số buổi sinh hoạt thường kỳ 11, chưa đạt 12.",
    })),
  };
}

describe("formatReport at scale", () => {
  it("prints 100,000 findings", () => {
    const text = formatReport(reportWith(100_000), {
      lang: "vi",
      fileName: "a.xlsx",
      ruleset: DEFAULT_RULESET,
    });
    assert.match(text, /Chi bộ!G100005/);
  });

  it("prints 160,000 findings (before the fix, `chibo4tot score` on 46,000 cells × 920,000 members exited 70)", () => {
    const text = formatReport(reportWith(160_000), {
      lang: "vi",
      fileName: "a.xlsx",
      ruleset: DEFAULT_RULESET,
    });
    assert.match(text, /Chi bộ!G150005/);
  });
});
