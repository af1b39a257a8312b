import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError } from "../errors";
import { newReportToken, reportTokenFromCell } from "./reportToken";
import { isoWithOffset, scoredAtText } from "./scoredAt";
import type { Stamp } from "./workbookWritePlan";
import {
  checkStamp,
  STAMP_PROPERTY,
  STAMP_PROPERTY_PREFIX,
  stampFromProperties,
  stampToProperties,
} from "./stamp";

const STAMP: Stamp = {
  product: "chibo4tot",
  productVersion: "0.1.0",
  ruleset: { id: "4tot-default", version: 1, hash: "c0".repeat(32) },
  scoredAt: "2025-12-01T08:00:00+07:00",
  status: "scored",
  summary: {
    cells: 10,
    scored: 8,
    fourGood: 5,
    errors: 3,
    warnings: 3,
    shortfalls: 9,
    orgFourGood: false,
  },
  fingerprint: "ab".repeat(32),
  reportSheet: "Kết quả kiểm tra (2)",
  reportToken: "0123456789abcdef0123456789abcdef",
};

describe("stamp properties", () => {
  it("round-trip, every name with the prefix, every value a text under 255 characters", () => {
    const properties = stampToProperties(STAMP);
    for (const [name, value] of Object.entries(properties)) {
      assert.ok(name.startsWith(STAMP_PROPERTY_PREFIX), name);
      assert.equal(typeof value, "string");
      assert.ok(value.length > 0 && value.length < 255, `${name}: ${value.length}`);
    }
    assert.equal(properties[STAMP_PROPERTY.ruleset], "4tot-default@1");
    assert.equal(properties[STAMP_PROPERTY.rulesetHash], "c0".repeat(32));
    assert.equal(
      properties[STAMP_PROPERTY.summary],
      "cells=10;scored=8;fourGood=5;errors=3;warnings=3;shortfalls=9;orgFourGood=false",
    );
    assert.deepEqual(stampFromProperties(properties), STAMP);
  });

  it("are read among a user's own properties, names without regard to case, values as Excel returns them", () => {
    const properties: Record<string, unknown> = {
      "Người lập": "Nguyễn Thị Lan",
      ...stampToProperties(STAMP),
    };
    const upper = Object.fromEntries(
      Object.entries(properties).map(([k, v]) => [k.toUpperCase(), v]),
    );
    assert.deepEqual(stampFromProperties(upper), STAMP);
    const fromExcel = {
      ...properties,
      [STAMP_PROPERTY.format]: 1,
      [STAMP_PROPERTY.scoredAt]: new Date("2025-12-01T01:00:00Z"),
    };
    assert.equal(stampFromProperties(fromExcel)?.scoredAt, "2025-12-01T01:00:00+00:00");
    assert.equal(
      stampFromProperties({ ...properties, [STAMP_PROPERTY.fingerprint]: "AB".repeat(32) })
        ?.fingerprint,
      "ab".repeat(32),
    );
  });

  it("a missing or malformed property means no stamp", () => {
    const good = stampToProperties(STAMP);
    assert.equal(stampFromProperties({}), null);
    assert.equal(stampFromProperties(null), null);
    const spoil: [string, unknown][] = [
      [STAMP_PROPERTY.format, "2"],
      [STAMP_PROPERTY.fingerprint, "xyz"],
      [STAMP_PROPERTY.fingerprint, undefined],
      [STAMP_PROPERTY.ruleset, "4tot-default"],
      [STAMP_PROPERTY.ruleset, "@1"],
      [STAMP_PROPERTY.ruleset, "4tot-default@v1"],
      [STAMP_PROPERTY.scoredAt, "hôm qua"],
      [STAMP_PROPERTY.scoredAt, "2025-13-45T99:00:00+07:00"],
      [STAMP_PROPERTY.status, "done"],
      [STAMP_PROPERTY.summary, "cells=10"],
      [
        STAMP_PROPERTY.summary,
        "cells=10;scored=8;fourGood=5;errors=3;warnings=3;shortfalls=-1;orgFourGood=false",
      ],
      [
        STAMP_PROPERTY.summary,
        "cells=10;scored=8;fourGood=5;errors=3;warnings=3;shortfalls=9;orgFourGood=maybe",
      ],
      [STAMP_PROPERTY.rulesetHash, "c0".repeat(31)],
      [STAMP_PROPERTY.rulesetHash, "not a hash"],
      [STAMP_PROPERTY.reportToken, "not a token!"],
      [STAMP_PROPERTY.reportSheet, ""],
      [STAMP_PROPERTY.productVersion, 12],
    ];
    for (const [name, value] of spoil) {
      const properties: Record<string, unknown> = { ...good, [name]: value };
      if (value === undefined) delete properties[name];
      const stamp = stampFromProperties(properties);
      if (name === STAMP_PROPERTY.productVersion)
        assert.equal(stamp?.productVersion, "12", "a number reads as its text");
      else assert.equal(stamp, null, `${name} = ${String(value)}`);
    }
  });

  it("a stamp without the ruleset hash (made before it was recorded) is read, and says it has none", () => {
    const older = stampToProperties(STAMP);
    delete older[STAMP_PROPERTY.rulesetHash];
    const stamp = stampFromProperties(older);
    assert.deepEqual(stamp?.ruleset, { id: "4tot-default", version: 1, hash: null });
    assert.equal(checkStamp(stamp, "ab".repeat(32)), "valid");
    const written = stampToProperties({ ...STAMP, ruleset: { ...STAMP.ruleset, hash: null } });
    assert.equal(STAMP_PROPERTY.rulesetHash in written, false);
    const upperHash = { ...stampToProperties(STAMP), [STAMP_PROPERTY.rulesetHash]: "C0".repeat(32) };
    assert.equal(stampFromProperties(upperHash)?.ruleset.hash, "c0".repeat(32));
  });

  it("refuses a value Office could not keep", () => {
    assert.throws(
      () =>
        stampToProperties({ ...STAMP, ruleset: { id: "x".repeat(300), version: 1, hash: null } }),
      EngineError,
    );
  });
});

describe("checkStamp", () => {
  it("is valid for the same fingerprint, stale for another, none without a stamp", () => {
    assert.equal(checkStamp(STAMP, "ab".repeat(32)), "valid");
    assert.equal(checkStamp(STAMP, "AB".repeat(32)), "valid");
    assert.equal(checkStamp(STAMP, "cd".repeat(32)), "stale");
    assert.equal(checkStamp(null, "ab".repeat(32)), "none");
  });
});

describe("report token", () => {
  it("is 32 random hex digits, read back from its cell", () => {
    const a = newReportToken();
    const b = newReportToken();
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, b);
    assert.equal(reportTokenFromCell(a), a);
    assert.equal(reportTokenFromCell(`  ${a} `), a);
    for (const value of [null, "", 12, true, { error: "#N/A" }, "Ghi chép của tôi", undefined]) {
      assert.equal(reportTokenFromCell(value), null, JSON.stringify(value));
    }
  });
});

describe("time of scoring", () => {
  it("is ISO 8601 with the scorer's offset, and shown as it was written", () => {
    const at = new Date("2025-12-01T08:00:00+07:00");
    assert.equal(isoWithOffset(at, 420), "2025-12-01T08:00:00+07:00");
    assert.equal(isoWithOffset(at, 0), "2025-12-01T01:00:00+00:00");
    assert.equal(isoWithOffset(at, -210), "2025-11-30T21:30:00-03:30");
    assert.equal(
      new Date(isoWithOffset(at)).getTime(),
      at.getTime(),
      "the machine's own offset names the same instant",
    );
    assert.equal(
      scoredAtText("2025-12-01T08:00:00+07:00", "vi"),
      "08:00 ngày 01/12/2025 (UTC+07:00)",
    );
    assert.equal(scoredAtText("2025-12-01T01:00:00Z", "en"), "01:00, 01/12/2025 (UTC)");
    assert.throws(() => isoWithOffset(new Date("nope")), RangeError);
  });
});
