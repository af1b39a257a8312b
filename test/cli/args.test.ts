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

describe("parseCommandLine", () => {
  it("reads score with every option", () => {
    const parsed = parseCommandLine([
      "score",
      "a.xlsx",
      "--out",
      "b.xlsx",
      "--json",
      "-",
      "--lang",
      "en",
      "--force",
      "--debug",
      "--ruleset",
      "tinh.json",
    ]);
    assert.deepEqual(parsed, {
      lang: "en",
      debug: true,
      args: {
        command: "score",
        workbook: "a.xlsx",
        out: "b.xlsx",
        json: "-",
        force: true,
        ruleset: "tinh.json",
      },
    });
  });

  it("reads --option=value and the defaults", () => {
    assert.deepEqual(parseCommandLine(["score", "--json=r.json", "a.xlsx"]), {
      lang: "vi",
      debug: false,
      args: {
        command: "score",
        workbook: "a.xlsx",
        out: null,
        json: "r.json",
        force: false,
        ruleset: null,
      },
    });
    assert.deepEqual(parseCommandLine(["template", "--sample"]).args, {
      command: "template",
      out: null,
      sample: true,
      force: false,
      ruleset: null,
    });
  });

  it("answers --help, help <command>, --version", () => {
    assert.deepEqual(parseCommandLine(["--help"]).args, { command: "help", topic: null });
    assert.deepEqual(parseCommandLine(["help", "score"]).args, { command: "help", topic: "score" });
    assert.deepEqual(parseCommandLine(["score", "--help"]).args, {
      command: "help",
      topic: "score",
    });
    assert.deepEqual(parseCommandLine(["--version"]).args, { command: "version" });
    assert.deepEqual(parseCommandLine(["--lang", "en", "--help"]).args, {
      command: "help",
      topic: null,
    });
  });

  it("refuses what it does not know, in the language asked for", () => {
    assert.match(usageErrorOf([]).messages.vi, /Thiếu lệnh/);
    assert.match(usageErrorOf(["scroe", "a.xlsx"]).messages.en, /Unknown command "scroe"/);
    const unknown = usageErrorOf(["score", "a.xlsx", "--outt", "b.xlsx"]);
    assert.match(unknown.messages.vi, /Không có tùy chọn "--outt"/);
    assert.equal(unknown.command, "score");
    assert.match(usageErrorOf(["score"]).messages.vi, /Thiếu tên tệp/);
    assert.match(usageErrorOf(["score", "a.xlsx", "--json"]).messages.en, /"--json" needs a value/);
    assert.match(
      usageErrorOf(["score", "a.xlsx", "b.xlsx"]).messages.en,
      /Unexpected argument "b.xlsx"/,
    );
    assert.match(usageErrorOf(["template", "extra"]).messages.en, /Unexpected argument "extra"/);
    assert.match(
      usageErrorOf(["score", "a.xlsx", "--lang", "fr"]).messages.vi,
      /--lang vi hoặc --lang en/,
    );
    assert.match(usageErrorOf(["score", "a.xlsx", "--out", ""]).messages.en, /--out/);
  });
});

describe("usageText", () => {
  it("shows every command in both languages and one command's options on request", () => {
    for (const lang of ["vi", "en"] as const) {
      const text = usageText(lang);
      assert.match(text, /chibo4tot score <workbook\.xlsx>/);
      assert.match(text, /chibo4tot template/);
      assert.match(text, /--json/);
      assert.match(text, /64/);
    }
    assert.doesNotMatch(usageText("en", "template"), /--json/);
    assert.match(usageText("vi", "score"), /Tùy chọn của score/);
  });
});
