import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError } from "../errors";
import { canonicalJson } from "./canonicalJson";

describe("canonicalJson", () => {
  it("sorts keys by code units, drops white space, keeps array order", () => {
    const text = canonicalJson({ b: [3, 1, { z: 1, a: null }], a: true, B: "x", _: false });
    assert.equal(text, '{"B":"x","_":false,"a":true,"b":[3,1,{"a":null,"z":1}]}');
  });

  it("is the same text whatever the key order and the file's white space", () => {
    const one = JSON.parse('{ "id": "tinh-x", "version": 1,\n  "org": { "min": 70, "max": 100 } }');
    const two = JSON.parse('{"org":{"max":100,"min":70},"version":1,"id":"tinh-x"}');
    assert.equal(canonicalJson(one), canonicalJson(two));
  });

  it("writes strings in NFC: combining accents (macOS) and precomposed letters are one text", () => {
    const decomposed = "Tie\u0302u chi\u0301";
    const precomposed = "Tiêu chí";
    assert.notEqual(decomposed, precomposed);
    assert.equal(canonicalJson({ title: decomposed }), canonicalJson({ title: precomposed }));
    assert.equal(canonicalJson({ ["Tie\u0302u"]: 1 }), canonicalJson({ Tiêu: 1 }));
    assert.equal(canonicalJson("Tiêu"), '"Tiêu"', "non-ASCII stays as itself, not \\u escapes");
  });

  it("writes numbers as JSON.stringify does, escapes as JSON does, leaves undefined members out", () => {
    assert.equal(canonicalJson([1.0, 92.5, -0, 1e21, 0.1]), "[1,92.5,0,1e+21,0.1]");
    assert.equal(canonicalJson('a"b\\c\n\u0001'), '"a\\"b\\\\c\\n\\u0001"');
    assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
    assert.equal(canonicalJson([undefined]), "[null]");
  });

  it("refuses what JSON cannot hold", () => {
    for (const bad of [Number.NaN, Infinity, () => 1, 1n, Symbol("s")]) {
      assert.throws(() => canonicalJson({ value: bad }), EngineError);
    }
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    assert.throws(() => canonicalJson(loop), EngineError);
    assert.throws(() => canonicalJson({ ["e\u0301"]: 1, ["é"]: 2 }), EngineError);
  });
});
