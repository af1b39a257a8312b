/** The criteria view's sentences, generated from ruleset data. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Indicator } from "../../src/core";
import { translatorFor } from "../../src/taskpane/i18n/translate";
import "../../src/taskpane/i18n/allLanguages";
import {
  bandLevel,
  indicatorMaxPoints,
  indicatorUnit,
  pointsRows,
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
  pointsRows(indicator(key), t)
    .map((row) => `${row.level} → ${row.points}`)
    .join("; ");

describe("ruleset text", () => {
  it("knows percent, count and rating indicators", () => {
    assert.equal(indicatorUnit(indicator("targets_pct")), "percent");
    assert.equal(indicatorUnit(indicator("attendance_pct")), "percent");
    assert.equal(indicatorUnit(indicator("members_good")), "percent");
    assert.equal(indicatorUnit(indicator("regular_meetings")), "count");
    assert.equal(indicatorUnit(indicator("cell_rating")), "rating");
  });

  it("writes every band in words, with its unit, and the points of any other value", () => {
    assert.equal(steps("targets_pct"), "từ 100% trở lên → 15; từ 90% trở lên → 10; từ 80% trở lên → 5; còn lại → 0");
    assert.equal(steps("regular_meetings"), "12 buổi → 10; 11 buổi → 5; còn lại → 0");
    assert.equal(steps("absent_no_reason"), "0 đảng viên → 7; 1–2 đảng viên → 3; còn lại → 0");
    assert.equal(steps("absent_no_reason", en), "0 members → 7; 1–2 members → 3; otherwise → 0");
    assert.equal(steps("cell_rating"), "HTXSNV → 10; HTTNV → 8; HTNV → 4; KHTNV → 0");
  });

  it("writes open bands and decimals in the UI's language", () => {
    const meetings = indicator("regular_meetings");
    const attendance = indicator("attendance_pct");
    assert.equal(bandLevel({ max: 5, points: 1 }, meetings, vi), "không quá 5 buổi");
    assert.equal(bandLevel({ points: 1 }, meetings, en), "any value");
    assert.equal(bandLevel({ min: 92.5, points: 1 }, attendance, vi), "từ 92,5% trở lên");
    assert.equal(bandLevel({ min: 92.5, points: 1 }, attendance, en), "92.5% or more");
  });

  it("writes targets in words, with the rating set joined", () => {
    assert.equal(targetText(indicator("attendance_pct").target, indicator("attendance_pct"), vi), "từ 90% trở lên");
    assert.equal(targetText(indicator("disciplined").target, indicator("disciplined"), vi), "0 đảng viên");
    assert.equal(targetText(indicator("cell_rating").target, indicator("cell_rating"), vi), "HTTNV hoặc HTXSNV");
    assert.equal(targetText({ op: "<=", value: 2 }, indicator("disunity_cases"), en), "at most 2 cases");
  });

  it("finds each indicator's maximum, and they add up to each criterion's maximum", () => {
    for (const criterion of fixtureRuleset.criteria) {
      const sum = criterion.indicators.reduce((total, item) => total + indicatorMaxPoints(item), 0);
      assert.equal(sum, criterion.maxPoints, criterion.id);
    }
  });
});
