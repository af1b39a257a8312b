import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { thachHaEvaluation } from "../../../test/taskpane/fixtures/thachHaEvaluation";
import { EngineError } from "../errors";
import { fingerprintOf, sha256Hex } from "./fingerprint";

describe("fingerprintOf", () => {
  it("is the lower-case hex SHA-256 of the canonical inputs, UTF-8", async () => {
    assert.equal(
      await sha256Hex(""),
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    assert.equal(
      await sha256Hex("abc"),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    const text = "Chi bộ thôn Bắc Sơn\t12\u00a0🎉";
    assert.equal(await sha256Hex(text), createHash("sha256").update(text, "utf8").digest("hex"));
    assert.equal(
      await fingerprintOf(thachHaEvaluation),
      createHash("sha256").update("recorded-fixture").digest("hex"),
    );
    assert.match(await fingerprintOf({ canonicalInputs: "x" }), /^[0-9a-f]{64}$/);
  });

  it("changes with any input and is the same for the same inputs", async () => {
    const a = await fingerprintOf({ canonicalInputs: "CB01|12" });
    assert.equal(await fingerprintOf({ canonicalInputs: "CB01|12" }), a);
    assert.notEqual(await fingerprintOf({ canonicalInputs: "CB01|11" }), a);
  });

  it("refuses what is not an evaluation", async () => {
    await assert.rejects(fingerprintOf({} as never), EngineError);
  });
});
