/** The criteria view's sentences, generated from ruleset data. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Indicator } from "../../src/core";
import { translatorFor } from "../../src/taskpane/i18n/translate";
import {
  bandCondition,
  indicatorMaxPoints,
  indicatorUnit,
  pointsSteps,
  targetText,
} from "../../src/taskpane/model/rulesetText";
import { fixtureRuleset } from "./fixtures/defaultRuleset";

const vi = translatorFor("vi");
const en = translatorFor("en");
const indicators = new Map<string, Indicator>(
  fixtureRuleset.criteria.flatMap((criterion) =>
    criterion.indicators.map((indicator) => [indicator.key, indicator]),
  ),
);
const indicator = (key: string) => {
  const found = indicators.get(key);
  if (!found) throw new Error(key);
  return found;
};
const steps = (key: string, t = vi) =>
  pointsSteps(indicator(key), t)
    .map((step) => `${step.condition}: ${step.points}`)
    .join(" · ");

describe("ruleset text", () => {
  it("knows percent, count and rating indicators", () => {
    assert.equal(indicatorUnit(indicator("targets_pct")), "percent");
    assert.equal(indicatorUnit(indicator("attendance_pct")), "percent");
    assert.equal(indicatorUnit(indicator("members_good")), "percent");
    assert.equal(indicatorUnit(indicator("regular_meetings")), "count");
    assert.equal(indicatorUnit(indicator("cell_rating")), "rating");
  });

  it("writes every band and the points of any other value", () => {
    assert.equal(steps("targets_pct"), "≥ 100%: 15 · ≥ 90%: 10 · ≥ 80%: 5 · còn lại: 0");
    assert.equal(steps("regular_meetings"), "= 12: 10 · = 11: 5 · còn lại: 0");
    assert.equal(steps("absent_no_reason", en), "= 0: 7 · 1–2: 3 · otherwise: 0");
    assert.equal(steps("cell_rating"), "HTXSNV: 10 · HTTNV: 8 · HTNV: 4 · KHTNV: 0");
  });

  it("writes open bands and decimals in the UI's language", () => {
    assert.equal(bandCondition({ max: 5, points: 1 }, "count", vi), "≤ 5");
    assert.equal(bandCondition({ points: 1 }, "count", en), "any value");
    assert.equal(bandCondition({ min: 92.5, points: 1 }, "percent", vi), "≥ 92,5%");
    assert.equal(bandCondition({ min: 92.5, points: 1 }, "percent", en), "≥ 92.5%");
  });

  it("writes targets, with the rating set joined in words", () => {
    assert.equal(targetText(indicator("attendance_pct").target, "percent", vi), "≥ 90%");
    assert.equal(targetText(indicator("disciplined").target, "count", vi), "= 0");
    assert.equal(targetText(indicator("cell_rating").target, "rating", vi), "HTTNV hoặc HTXSNV");
    assert.equal(targetText({ op: "<=", value: 2 }, "count", en), "≤ 2");
  });

  it("finds each indicator's maximum, and they add up to each criterion's maximum", () => {
    for (const criterion of fixtureRuleset.criteria) {
      const sum = criterion.indicators.reduce((total, item) => total + indicatorMaxPoints(item), 0);
      assert.equal(sum, criterion.maxPoints, criterion.id);
    }
  });
});
