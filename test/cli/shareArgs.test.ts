/** The grammar of `verify` and `consolidate`, and their help. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCommandLine } from "../../src/cli/args";
import { UsageError } from "../../src/cli/cliError";
import { usageText } from "../../src/cli/usage";

function usageErrorOf(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    assert.ok(error instanceof UsageError, `expected a UsageError, got ${String(error)}`);
    assert.equal(error.exitCode, 64);
    return error;
  }
  assert.fail(`no usage error for ${argv.join(" ")}`);
}

describe("verify and consolidate on the command line", () => {
  it("reads verify with many files and folders", () => {
    assert.deepEqual(
      parseCommandLine(["verify", "a.xlsx", "ho-so/", "b.xlsm", "--json", "-", "--lang", "en"]),
      {
        lang: "en",
        debug: false,
        args: { command: "verify", inputs: ["a.xlsx", "ho-so/", "b.xlsm"], json: "-", ruleset: null },
      },
    );
  });

  it("reads consolidate with --out, --json and --force", () => {
    assert.deepEqual(
      parseCommandLine(["consolidate", "ho-so", "--out", "tong-hop.xlsx", "--force"]).args,
      {
        command: "consolidate",
        inputs: ["ho-so"],
        out: "tong-hop.xlsx",
        json: null,
        force: true,
        ruleset: null,
      },
    );
    assert.deepEqual(parseCommandLine(["consolidate", "a.xlsx", "b.xlsx", "--json=-"]).args, {
      command: "consolidate",
      inputs: ["a.xlsx", "b.xlsx"],
      out: null,
      json: "-",
      force: false,
      ruleset: null,
    });
  });

  it("refuses a missing path, a missing output, unknown options, in the language asked", () => {
    assert.match(usageErrorOf(["verify"]).messages.vi, /Thiếu tên tệp hoặc thư mục/);
    assert.equal(usageErrorOf(["verify"]).command, "verify");
    assert.match(usageErrorOf(["consolidate", "ho-so"]).messages.en, /--out <summary.xlsx>/);
    assert.match(
      usageErrorOf(["verify", "a.xlsx", "--out", "x.xlsx"]).messages.vi,
      /Không có tùy chọn "--out"/,
    );
    assert.match(
      usageErrorOf(["consolidate", "a.xlsx", "--out", " "]).messages.vi,
      /--out cần một tên tệp/,
    );
    assert.match(
      usageErrorOf(["frobnicate"]).messages.en,
      /Commands: score, verify, consolidate, template/,
    );
  });

  it("answers help for both commands, in both languages", () => {
    assert.deepEqual(parseCommandLine(["help", "verify"]).args, {
      command: "help",
      topic: "verify",
    });
    assert.deepEqual(parseCommandLine(["consolidate", "--help"]).args, {
      command: "help",
      topic: "consolidate",
    });
    for (const lang of ["vi", "en"] as const) {
      const all = usageText(lang);
      assert.match(all, /chibo4tot verify /);
      assert.match(all, /chibo4tot consolidate /);
      const verify = usageText(lang, "verify");
      assert.match(verify, /--json/);
      assert.doesNotMatch(verify, /chibo4tot score/);
      assert.match(usageText(lang, "consolidate"), /--out/);
    }
    assert.match(usageText("vi", "consolidate"), /Mã thoát của consolidate/);
    assert.match(usageText("en", "verify"), /Exit status of verify/);
  });
});
