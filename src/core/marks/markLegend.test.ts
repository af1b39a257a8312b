import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MARK_LEGEND, markLegendEntry, severityRank } from "./markLegend";
import { isProductMarkFormula } from "./productMarkFormula";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("MARK_LEGEND", () => {
  it("has one entry per severity, in the order marks win: errors, shortfalls, warnings", () => {
    assert.deepEqual(
      MARK_LEGEND.map((e) => e.severity),
      ["error", "shortfall", "warning"],
    );
    assert.deepEqual(
      ["error", "shortfall", "warning"].map((s) => severityRank(s as "error")),
      [0, 1, 2],
    );
    assert.equal(markLegendEntry("shortfall").label.vi, "Chưa đạt chỉ tiêu");
  });

  it("uses three distinct fills, each readable under its font (WCAG AA, 4.5:1)", () => {
    const fills = MARK_LEGEND.map((e) => e.colour.fill.toUpperCase());
    assert.equal(new Set(fills).size, 3);
    for (const entry of MARK_LEGEND) {
      assert.match(entry.colour.fill, /^#[0-9A-F]{6}$/);
      assert.match(entry.colour.font, /^#[0-9A-F]{6}$/);
      assert.ok(
        contrast(entry.colour.fill, entry.colour.font) >= 4.5,
        `${entry.severity}: ${contrast(entry.colour.fill, entry.colour.font)}`,
      );
    }
  });

  it("keeps the colours the xlsx tests and the documentation name", () => {
    assert.deepEqual(markLegendEntry("error").colour, { fill: "#FFC7CE", font: "#9C0006" });
    assert.deepEqual(markLegendEntry("shortfall").colour, { fill: "#FFEB9C", font: "#9C5700" });
    assert.deepEqual(markLegendEntry("warning").colour, { fill: "#DDEBF7", font: "#1F4E78" });
  });

  it("is written in both languages, in NFC", () => {
    for (const entry of MARK_LEGEND) {
      for (const text of [
        entry.label.vi,
        entry.label.en,
        entry.description.vi,
        entry.description.en,
      ]) {
        assert.ok(text.length > 0);
        assert.equal(text, text.normalize("NFC"));
      }
    }
  });
});

describe("isProductMarkFormula", () => {
  it("recognises the owner tag and nothing else", () => {
    assert.ok(isProductMarkFormula('=ISTEXT("chibo4tot-mark")'));
    assert.ok(isProductMarkFormula('AND(G10<>12,ISTEXT("chibo4tot-mark"))'));
    assert.equal(isProductMarkFormula('=LEFT(B6,2)="CB"'), false);
    assert.equal(isProductMarkFormula(""), false);
    assert.equal(isProductMarkFormula(null), false);
  });
});
