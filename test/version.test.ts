/**
 * One version everywhere: the engine's PRODUCT_VERSION (written into every stamp), package.json,
 * and the manifest's four-part <Version> (Office wants a.b.c.d).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { PRODUCT_VERSION } from "../src/core";

const ROOT = path.resolve(import.meta.dirname, "..");
const packageVersion = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("version", () => {
  it("src/core/version.ts PRODUCT_VERSION equals package.json version", () => {
    assert.match(packageVersion, /^\d+\.\d+\.\d+$/);
    assert.equal(PRODUCT_VERSION, packageVersion);
  });

  it("manifest.xml <Version> is package.json version with a fourth part", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    assert.equal(manifest.match(/<Version>([^<]*)<\/Version>/)?.[1], `${packageVersion}.0`);
  });
});
