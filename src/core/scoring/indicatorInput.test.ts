/**
 * Bands and targets (spec §3): comparisons on the normalised value exactly (89.99 is below 90);
 * the members_good rate as an exact fraction (27 of 30 is 90%); first matching band wins.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_RULESET } from "../ruleset/loadRuleset";
import type { Indicator } from "../ruleset/ruleset";
import {
  compareRate,
  indicatorPoints,
  isBelowTarget,
  meetsTarget,
  type IndicatorInput,
} from "./indicatorInput";

const indicator = (key: string): Indicator => {
  for (const c of DEFAULT_RULESET.criteria)
    for (const i of c.indicators) if (i.key === key) return i;
  throw new Error(key);
};
const num = (value: number): IndicatorInput => ({ kind: "number", value });
const rate = (part: number, whole: number): IndicatorInput => ({ kind: "rate", part, whole });

describe("compareRate: exact fractions", () => {
  it("27 of 30 is exactly 90%; 26 of 30 is below; 28 of 30 above", () => {
    assert.equal(compareRate(27, 30, 90), 0);
    assert.equal(compareRate(26, 30, 90), -1);
    assert.equal(compareRate(28, 30, 90), 1);
    assert.equal(compareRate(7, 10, 70), 0);
    assert.equal(compareRate(24, 30, 80), 0);
    assert.equal(compareRate(2, 3, 66.67), -1);
    assert.equal(compareRate(2, 3, 66.66), 1);
    assert.equal(compareRate(0, 5, 0), 0);
  });

  it("whole numbers (compared in doubles) agree with exact big-integer arithmetic, also near 2^53", () => {
    const sign = (n: bigint) => (n === 0n ? 0 : n > 0n ? 1 : -1);
    const cases: [number, number, number][] = [];
    for (let whole = 1; whole <= 40; whole++) {
      for (let part = 0; part <= whole; part++)
        for (const percent of [0, 50, 70, 80, 90, 100]) cases.push([part, whole, percent]);
    }
    // Products past Number.MAX_SAFE_INTEGER take the exact path.
    cases.push([2 ** 50, 2 ** 50, 100], [2 ** 50 + 1, 2 ** 50, 100], [3 ** 30, 3 ** 31, 33]);
    for (const [part, whole, percent] of cases) {
      const exact = sign(100n * BigInt(part) - BigInt(percent) * BigInt(whole));
      assert.equal(compareRate(part, whole, percent), exact, `${part}/${whole} vs ${percent}%`);
    }
  });
});

describe("indicatorPoints and meetsTarget", () => {
  it("attendance: 95 → 8, 94.99 → 6, 90 → 6, 89.99 → 0; target ≥ 90", () => {
    const att = indicator("attendance_pct");
    assert.deepEqual(
      [95, 94.99, 90, 89.99, 0, 100].map((v) => indicatorPoints(att, num(v))),
      [8, 6, 6, 0, 0, 8],
    );
    assert.equal(meetsTarget(att.target, num(90)), true);
    assert.equal(meetsTarget(att.target, num(89.99)), false);
  });

  it("regular meetings: exactly 12 → 10, 11 → 5, else 0; target = 12", () => {
    const reg = indicator("regular_meetings");
    assert.deepEqual(
      [12, 11, 10, 0].map((v) => indicatorPoints(reg, num(v))),
      [10, 5, 0, 0],
    );
    assert.equal(meetsTarget(reg.target, num(12)), true);
    assert.equal(meetsTarget(reg.target, num(11)), false);
    assert.equal(isBelowTarget(reg.target, num(11)), true);
  });

  it("absences: 0 → 7, 1 and 2 → 3, 3 → 0", () => {
    const abs = indicator("absent_no_reason");
    assert.deepEqual(
      [0, 1, 2, 3, 10].map((v) => indicatorPoints(abs, num(v))),
      [7, 3, 3, 0, 0],
    );
  });

  it("members_good rate: 90% → 12, 89.99…% → 8, 80% → 8, 70% → 4, below → 0", () => {
    const good = indicator("members_good");
    assert.deepEqual(
      [rate(27, 30), rate(26, 30), rate(24, 30), rate(21, 30), rate(20, 30), rate(30, 30)].map(
        (v) => indicatorPoints(good, v),
      ),
      [12, 8, 8, 4, 0, 12],
    );
    assert.equal(meetsTarget(good.target, rate(27, 30)), true);
    assert.equal(meetsTarget(good.target, rate(26, 30)), false);
  });

  it("cell rating: the points table; target HTTNV or HTXSNV", () => {
    const rating = indicator("cell_rating");
    const r = (value: "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV"): IndicatorInput => ({
      kind: "rating",
      value,
    });
    assert.deepEqual(
      (["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const).map((v) => indicatorPoints(rating, r(v))),
      [10, 8, 4, 0],
    );
    assert.deepEqual(
      (["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const).map((v) => meetsTarget(rating.target, r(v))),
      [true, true, false, false],
    );
  });
});
