/**
 * Rulesets are data (spec §3): the default ruleset `4tot-default` v1 is the spec's table, loaded
 * from JSON through the same door as a province's own; loadRuleset rejects a bad ruleset with
 * readable problems naming where each one is.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixtureRuleset } from "../../../test/taskpane/fixtures/defaultRuleset";
import strictJson from "../../../test/fixtures/rulesets/tinh-mau-nghiem.v1.json";
import { EngineError, RulesetError } from "../errors";
import defaultJson from "./rulesets/4tot-default.v1.json";
import { assertRuleset, DEFAULT_RULESET, loadRuleset, parseRuleset } from "./loadRuleset";
import type { Ruleset } from "./ruleset";
import { indicatorMaxPoints } from "./schema";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = (): Json => structuredClone(defaultJson) as Json;

function problemsOf(json: unknown): string[] {
  try {
    loadRuleset(json);
  } catch (error) {
    assert.ok(error instanceof RulesetError, String(error));
    assert.ok(error instanceof EngineError);
    assert.ok(error.issues.length > 0);
    for (const issue of error.issues) assert.equal(typeof issue, "string");
    assert.ok(error.message.includes(error.issues[0]), "the message lists the problems");
    return [...error.issues];
  }
  assert.fail("the ruleset was accepted");
}

/** What scores: everything but titles and source; "in" targets as sets. */
function scoringPart(ruleset: Ruleset): unknown {
  return {
    id: ruleset.id,
    version: ruleset.version,
    fourGood: ruleset.fourGood,
    organization: ruleset.organization,
    criteria: ruleset.criteria.map((c) => ({
      id: c.id,
      maxPoints: c.maxPoints,
      goodAtLeast: c.goodAtLeast,
      indicators: c.indicators.map(({ title: _title, ...indicator }) =>
        indicator.target.op === "in"
          ? { ...indicator, target: { op: "in", values: [...indicator.target.values].sort() } }
          : indicator,
      ),
    })),
  };
}

describe("the default ruleset", () => {
  it("deep-equals the hand-written fixture (test/taskpane/fixtures/defaultRuleset.ts)", () => {
    assert.deepEqual(DEFAULT_RULESET, fixtureRuleset);
  });

  it("scores exactly as the fixture: every id, band, point, target, veto and organisation rule", () => {
    assert.deepEqual(scoringPart(DEFAULT_RULESET), scoringPart(fixtureRuleset));
  });

  it("is the spec's table (§3), written out here once more", () => {
    const table = DEFAULT_RULESET.criteria.map((c) => [
      c.id,
      c.maxPoints,
      c.goodAtLeast,
      c.indicators.map((i) => [i.key, i.kind, i.veto, i.target]),
    ]);
    assert.deepEqual(table, [
      [
        "I",
        25,
        20,
        [
          ["targets_pct", "number", false, { op: ">=", value: 100 }],
          ["cell_rating", "rating", true, { op: "in", values: ["HTTNV", "HTXSNV"] }],
        ],
      ],
      [
        "II",
        25,
        20,
        [
          ["regular_meetings", "number", false, { op: "=", value: 12 }],
          ["thematic_meetings", "number", false, { op: ">=", value: 4 }],
          ["attendance_pct", "number", true, { op: ">=", value: 90 }],
        ],
      ],
      [
        "III",
        25,
        20,
        [
          ["disciplined", "number", true, { op: "=", value: 0 }],
          ["disunity_cases", "number", true, { op: "=", value: 0 }],
          ["absent_no_reason", "number", false, { op: "=", value: 0 }],
        ],
      ],
      [
        "IV",
        25,
        20,
        [
          ["members_good", "rate", false, { op: ">=", value: 90 }],
          ["members_failed", "number", true, { op: "=", value: 0 }],
          ["new_members", "number", false, { op: ">=", value: 1 }],
        ],
      ],
    ]);
    assert.deepEqual(DEFAULT_RULESET.organization, {
      minFourGoodShare: 70,
      minScoredCells: 1,
      forbiddenCellRatings: ["KHTNV"],
      noErrors: true,
    });
  });

  it("each criterion is worth 25, the total 100; maxima are what the indicators can earn", () => {
    for (const c of DEFAULT_RULESET.criteria) {
      assert.equal(
        c.indicators.reduce((sum, i) => sum + indicatorMaxPoints(i), 0),
        25,
        c.id,
      );
    }
  });

  it("is frozen: nobody changes the thresholds at run time", () => {
    assert.ok(Object.isFrozen(DEFAULT_RULESET));
    assert.ok(Object.isFrozen(DEFAULT_RULESET.criteria[1].indicators[2]));
    assert.throws(() => {
      (DEFAULT_RULESET.organization as { minFourGoodShare: number }).minFourGoodShare = 0;
    }, TypeError);
  });

  it("loads from its JSON text and from a copy; the loaded copy is independent of its source", () => {
    assert.deepEqual(parseRuleset(JSON.stringify(defaultJson)), DEFAULT_RULESET);
    const source = clone();
    const loaded = loadRuleset(source);
    source.criteria[0].maxPoints = 99;
    assert.equal(loaded.criteria[0].maxPoints, 25);
  });

  it("accepts a $schema key", () => {
    assert.doesNotThrow(() => loadRuleset({ $schema: "./ruleset.schema.json", ...clone() }));
  });
});

describe("loadRuleset rejects bad rulesets with readable problems", () => {
  it("a wrong kind of indicator", () => {
    const json = clone();
    json.criteria[0].indicators[0].kind = "numbr";
    const problems = problemsOf(json);
    assert.ok(
      problems.some((p) => p.startsWith("criteria.0.indicators.0")),
      problems.join("\n"),
    );
  });

  it("a missing field", () => {
    const json = clone();
    delete json.criteria[1].goodAtLeast;
    assert.ok(problemsOf(json).some((p) => p.includes("criteria.1.goodAtLeast")));
    const noId = clone();
    delete noId.id;
    assert.ok(problemsOf(noId).some((p) => p.startsWith("id")));
  });

  it("a criterion id used twice", () => {
    const json = clone();
    json.criteria[3].id = "I";
    const problems = problemsOf(json);
    assert.ok(
      problems.some((p) => p.includes("criteria.3.id") && p.includes('"I"')),
      problems.join("\n"),
    );
  });

  it("an indicator scored twice", () => {
    const json = clone();
    json.criteria[1].indicators.push(structuredClone(json.criteria[0].indicators[0]));
    json.criteria[1].maxPoints = 40;
    assert.ok(problemsOf(json).some((p) => p.includes("targets_pct")));
  });

  it("indicator maxima not summing to maxPoints", () => {
    const json = clone();
    json.criteria[2].indicators[0].bands[0].points = 12;
    const problems = problemsOf(json);
    assert.ok(
      problems.some((p) => p.includes("criteria.2.maxPoints") && p.includes("27")),
      problems.join("\n"),
    );
  });

  it("goodAtLeast above maxPoints", () => {
    const json = clone();
    json.criteria[0].goodAtLeast = 26;
    assert.ok(problemsOf(json).some((p) => p.includes("criteria.0.goodAtLeast")));
  });

  it("an unknown key, at the top or deep inside", () => {
    const top = clone();
    top.weights = [1, 1, 1, 1];
    assert.ok(
      problemsOf(top).some((p) => /weights/.test(p)),
      problemsOf(top).join("\n"),
    );
    const deep = clone();
    deep.criteria[0].indicators[1].bonus = 2;
    assert.ok(problemsOf(deep).some((p) => p.startsWith("criteria.0.indicators.1")));
  });

  it("an indicator on a column that does not exist, or of the wrong type", () => {
    const json = clone();
    json.criteria[0].indicators[0].key = "targets";
    assert.ok(problemsOf(json).some((p) => p.includes("criteria.0.indicators.0.key")));
    const rating = clone();
    rating.criteria[0].indicators[1].points.HTTT = 3;
    assert.ok(problemsOf(rating).length > 0);
  });

  it("negative points, an empty criteria list, a bad version, a bad organisation share", () => {
    const negative = clone();
    negative.criteria[0].indicators[0].otherwise = -1;
    assert.ok(problemsOf(negative).length > 0);
    const empty = clone();
    empty.criteria = [];
    assert.ok(problemsOf(empty).some((p) => p.startsWith("criteria")));
    const version = clone();
    version.version = 1.5;
    assert.ok(problemsOf(version).some((p) => p.startsWith("version")));
    const share = clone();
    share.organization.minFourGoodShare = 170;
    assert.ok(problemsOf(share).some((p) => p.includes("organization.minFourGoodShare")));
  });

  it("not an object at all; not JSON text", () => {
    for (const bad of [null, 42, "4tot-default", []]) problemsOf(bad);
    assert.throws(() => parseRuleset("{ not json"), RulesetError);
  });

  it("every problem at once, not only the first", () => {
    const json = clone();
    json.criteria[0].id = "II";
    json.criteria[2].indicators[0].bands[0].points = 12;
    assert.ok(problemsOf(json).length >= 2);
  });

  it("assertRuleset checks a ruleset built in code", () => {
    const good = structuredClone(DEFAULT_RULESET) as Ruleset;
    assert.doesNotThrow(() => assertRuleset(good));
    const bad = structuredClone(DEFAULT_RULESET) as Ruleset;
    bad.criteria[0].maxPoints = 1;
    assert.throws(() => assertRuleset(bad), RulesetError);
  });
});

describe("a province's own ruleset file", () => {
  it("loads: test/fixtures/rulesets/tinh-mau-nghiem.v1.json", () => {
    const strict = loadRuleset(strictJson);
    assert.equal(strict.id, "tinh-mau-nghiem");
    assert.deepEqual(
      strict.criteria.map((c) => [c.id, c.maxPoints, c.goodAtLeast]),
      [
        ["I", 30, 24],
        ["II", 25, 20],
        ["III", 25, 20],
        ["IV", 20, 16],
      ],
    );
  });
});
