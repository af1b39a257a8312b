/**
 * Typed reading of one cell (spec §1 "Values"): integers, percents (with the %-format rule and
 * the fraction rule), ratings in codes and words, text, roster flags, Excel errors, empty cells.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isDateFormat, isEmptyValue, isPercentFormat } from "./cellValue";
import {
  fractionToPoints,
  holdsNumber,
  readFlag,
  readInteger,
  readPercent,
  readRating,
  readText,
  readValue,
  type ReadOutcome,
} from "./readValue";

const ok = (value: string | number | boolean, normalized = false): ReadOutcome => ({
  status: "ok",
  value,
  normalized,
});
const EMPTY: ReadOutcome = { status: "empty" };

function assertInvalid(outcome: ReadOutcome, problem?: string, label = ""): void {
  assert.equal(outcome.status, "invalid", `${label}: ${JSON.stringify(outcome)}`);
  if (problem && outcome.status === "invalid") assert.equal(outcome.problem, problem, label);
}

describe('empty cells (spec §1: only spaces, or a formula whose cached result is "", is empty)', () => {
  it("null, '', spaces and NBSP are empty; 0 and FALSE are not", () => {
    for (const value of [null, "", "   ", "\u00a0", " \u00a0\t "])
      assert.ok(isEmptyValue(value), JSON.stringify(value));
    for (const value of [0, false, "0", "x"])
      assert.ok(!isEmptyValue(value), JSON.stringify(value));
    assert.deepEqual(readInteger("  ", "General"), EMPTY);
    assert.deepEqual(readPercent("\u00a0", "General"), EMPTY);
    assert.deepEqual(readRating(""), EMPTY);
    assert.deepEqual(readText(null), EMPTY);
  });
});

describe("integers", () => {
  it("a number with no fraction is read as it is", () => {
    assert.deepEqual(readInteger(12, "General"), ok(12));
    assert.deepEqual(readInteger(0, "General"), ok(0));
    assert.deepEqual(readInteger(12.0, "0.00"), ok(12));
    assert.deepEqual(readInteger(30, "#,##0"), ok(30));
  });

  it("a number with a fraction is E_TYPE (not an integer)", () => {
    assertInvalid(readInteger(12.5, "General"), "not-integer");
    assertInvalid(readInteger(0.1, "General"), "not-integer");
  });

  it('digits typed as text, with an optional sign, are accepted and normalised (" 12 ", "+5")', () => {
    assert.deepEqual(readInteger(" 12 ", "General"), ok(12, true));
    assert.deepEqual(readInteger("+5", "General"), ok(5, true));
    assert.deepEqual(readInteger("\u00a012\u00a0", "@"), ok(12, true));
    assert.deepEqual(readInteger("-3", "General"), ok(-3, true));
    assert.deepEqual(readInteger("0", "General"), ok(0, true));
  });

  it('any other text is E_TYPE ("12.0", "1.000", "mười hai", "1 2", "12 người")', () => {
    for (const text of ["12.0", "1.000", "mười hai", "1 2", "12 người", "12,0", "+", "--1"]) {
      assertInvalid(readInteger(text, "General"), "not-integer", text);
    }
  });

  it("an Excel error value is E_TYPE", () => {
    for (const error of ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?"]) {
      assertInvalid(readInteger({ error }, "General"), "error-value", error);
    }
  });

  it("a formula without a cached result is E_TYPE, in every kind of column (v2)", () => {
    const formula = { formula: "SUM(C5:C9)" };
    assertInvalid(readInteger(formula, "General"), "uncalculated");
    assertInvalid(readPercent(formula, "0%"), "uncalculated");
    assertInvalid(readRating(formula), "uncalculated");
    assertInvalid(readText(formula), "uncalculated");
    assertInvalid(readFlag(formula), "uncalculated");
    assert.deepEqual(readValue("ignored", formula, "General"), { status: "ok", value: "=SUM(C5:C9)", normalized: false });
  });

  it("a boolean is E_TYPE", () => {
    assertInvalid(readInteger(true, "General"));
  });

  it('a number in a date format is E_TYPE "date" (engine decision, docs/decisions.md)', () => {
    assertInvalid(readInteger(45000, "dd/mm/yyyy"), "date");
    assertInvalid(readInteger(45000, "m/d/yy"), "date");
    assertInvalid(readInteger(1, "h:mm"), "date");
    assertInvalid(readInteger(45000, "[$-42A]dd mmmm yyyy"), "date");
  });
});

describe("percents", () => {
  it("a plain number is percent points (92 → 92)", () => {
    assert.deepEqual(readPercent(92, "General"), ok(92));
    assert.deepEqual(readPercent(100, "General"), ok(100));
    assert.deepEqual(readPercent(92.5, "0.0"), ok(92.5));
    assert.deepEqual(readPercent(1.5, "General"), ok(1.5), "above 1 is percent points");
    assert.deepEqual(readPercent(0, "General"), ok(0), "0 is not in (0, 1]");
  });

  it("with a % number format the stored fraction is multiplied by 100, without a warning", () => {
    assert.deepEqual(readPercent(0.92, "0%"), ok(92));
    assert.deepEqual(readPercent(0.925, "0.00%"), ok(92.5));
    assert.deepEqual(readPercent(1, "0%"), ok(100));
    assert.deepEqual(readPercent(1.5, "0%"), ok(150));
    assert.deepEqual(readPercent(0, "0%"), ok(0));
    assert.deepEqual(readPercent(92, "0%"), ok(9200), "92 shown as 9200% is 9200 percent points");
  });

  it("a plain number in (0, 1] is a fraction, read with W_NORMALIZED (0.92 → 92, 1 → 100)", () => {
    assert.deepEqual(readPercent(0.92, "General"), ok(92, true));
    assert.deepEqual(readPercent(1, "General"), ok(100, true));
    assert.deepEqual(readPercent(0.005, "General"), ok(0.5, true));
  });

  it("a fraction turned into percent points is rounded to 6 decimals (0.57 → exactly 57)", () => {
    assert.equal(0.57 * 100 === 57, false, "floating point really does give 56.99999…");
    const formatted = readPercent(0.57, "0%");
    assert.deepEqual(formatted, ok(57));
    assert.ok(formatted.status === "ok" && formatted.value === 57);
    assert.deepEqual(readPercent(0.57, "General"), ok(57, true));
    assert.deepEqual(readPercent(0.29, "0%"), ok(29));
    assert.deepEqual(readPercent(0.1 + 0.2, "0%"), ok(30));
    assert.equal(fractionToPoints(0.57), 57);
    assert.equal(fractionToPoints(0.123456789), 12.345679);
  });

  it('text "92%", "92 %", "92,5%", "92,5" is accepted with W_NORMALIZED (decimal comma)', () => {
    assert.deepEqual(readPercent("92%", "General"), ok(92, true));
    assert.deepEqual(readPercent("92 %", "General"), ok(92, true));
    assert.deepEqual(readPercent("92\u00a0%", "General"), ok(92, true));
    assert.deepEqual(readPercent("92,5%", "General"), ok(92.5, true));
    assert.deepEqual(readPercent("92,5", "General"), ok(92.5, true));
    assert.deepEqual(readPercent(" 92 ", "@"), ok(92, true));
  });

  it('text without "%" follows the plain-number rule ("0,92" → 92)', () => {
    assert.deepEqual(readPercent("0,92", "General"), ok(92, true));
    assert.deepEqual(readPercent("0,57", "General"), ok(57, true));
    assert.deepEqual(readPercent("1", "General"), ok(100, true));
  });

  it('text with "%" is percent points, never a fraction ("0,5%" → 0.5)', () => {
    assert.deepEqual(readPercent("0,5%", "General"), ok(0.5, true));
    assert.deepEqual(readPercent("1%", "General"), ok(1, true));
  });

  it("other text is E_TYPE", () => {
    for (const text of ["chín mươi", "92 phần trăm", "%", "9 2%", "92%%", "~90"]) {
      assertInvalid(readPercent(text, "General"), "not-number", text);
    }
  });

  it("an Excel error value is E_TYPE; a date-formatted number is E_TYPE", () => {
    assertInvalid(readPercent({ error: "#DIV/0!" }, "0%"), "error-value");
    assertInvalid(readPercent(45000, "dd/mm/yyyy"), "date");
  });
});

describe("ratings (codes or full words, normalised)", () => {
  it("codes in any case and spacing", () => {
    assert.deepEqual(readRating("HTXSNV"), ok("HTXSNV"));
    assert.deepEqual(readRating(" httnv "), ok("HTTNV"));
    assert.deepEqual(readRating("Htnv"), ok("HTNV"));
    assert.deepEqual(readRating("KHTNV"), ok("KHTNV"));
  });

  it("the full words, with or without accents, in NFD, in capitals", () => {
    assert.deepEqual(readRating("Hoàn thành xuất sắc nhiệm vụ"), ok("HTXSNV"));
    assert.deepEqual(readRating("Hoàn thành tốt nhiệm vụ".normalize("NFD")), ok("HTTNV"));
    assert.deepEqual(readRating("hoan thanh nhiem vu"), ok("HTNV"));
    assert.deepEqual(readRating("KHÔNG HOÀN THÀNH NHIỆM VỤ"), ok("KHTNV"));
    assert.deepEqual(readRating("Hoàn\u00a0thành  tốt nhiệm vụ"), ok("HTTNV"));
  });

  it("anything else is E_TYPE", () => {
    for (const value of ["HTTV", "Tốt", "Hoàn thành tốt", "Xuất sắc", "A"]) {
      assertInvalid(readRating(value), "not-rating", value);
    }
    assertInvalid(readRating(4), "not-rating");
    assertInvalid(readRating({ error: "#N/A" }), "error-value");
  });
});

describe("text (code, name)", () => {
  it("a number counts as its text; text is cleaned", () => {
    assert.deepEqual(readText(101), ok("101"));
    assert.deepEqual(readText("  CB\u00a001 "), ok("CB 01"));
    assert.deepEqual(readText("Chi bộ".normalize("NFD")), ok("Chi bộ"));
  });
  it("an Excel error value is E_TYPE", () => {
    assertInvalid(readText({ error: "#REF!" }), "error-value");
  });
});

describe("roster flags (spec §4)", () => {
  it('yes for "x", "có", "1", 1, TRUE (normalised text)', () => {
    for (const value of ["x", "X", " x ", "có", "Có".normalize("NFD"), "CÓ", "1", 1, true]) {
      assert.deepEqual(readFlag(value), ok(true), JSON.stringify(value));
    }
  });
  it('no for empty, "không", "0", 0, FALSE', () => {
    for (const value of [null, "", "  ", "không", "Không", "KHONG", "0", 0, false]) {
      assert.deepEqual(readFlag(value), ok(false), JSON.stringify(value));
    }
  });
  it("anything else is E_TYPE", () => {
    for (const value of ["yes", "v", "2", 2, "có kỷ luật"])
      assertInvalid(readFlag(value), "not-flag", String(value));
    assertInvalid(readFlag({ error: "#N/A" }), "error-value");
  });
});

describe("readValue dispatches by column type", () => {
  it("STT (ignored) never fails", () => {
    assert.equal(readValue("ignored", { error: "#N/A" }, "General").status, "ok");
    assert.equal(readValue("ignored", "abc", "General").status, "ok");
  });
});

describe("number formats", () => {
  it("percent formats", () => {
    for (const f of ["0%", "0.0%", "0.00%", "#,##0.0%"]) assert.ok(isPercentFormat(f), f);
    for (const f of ["General", "0", "0.00", "@", "dd/mm/yyyy"]) assert.ok(!isPercentFormat(f), f);
  });
  it("date formats", () => {
    for (const f of [
      "dd/mm/yyyy",
      "d/m/yy",
      "mm-dd-yy",
      "h:mm",
      "yyyy-mm-dd hh:mm:ss",
      "[$-42A]dd mmmm yyyy",
    ]) {
      assert.ok(isDateFormat(f), f);
    }
    for (const f of ["General", "0", "0.00", "#,##0", "0%", "@", "0.00E+00", '0" người"']) {
      assert.ok(!isDateFormat(f), f);
    }
  });
});

describe("v2: ratings typed in an old font on a Unicode sheet", () => {
  it("are recognised decoded, marked with their encoding; codes and Unicode words are not marked", () => {
    assert.deepEqual(readRating("Hoµn thµnh tèt nhiÖm vô"), { status: "ok", value: "HTTNV", normalized: false, encoding: "tcvn3" });
    assert.deepEqual(readRating("Hoaøn thaønh xuaát saéc nhieäm vuï"), {
      status: "ok",
      value: "HTXSNV",
      normalized: false,
      encoding: "vni",
    });
    assert.equal((readRating("HTTNV") as { encoding?: string }).encoding, undefined);
    assert.equal((readRating("Hoàn thành nhiệm vụ") as { encoding?: string }).encoding, undefined);
    assert.deepEqual(readRating("Khaù"), { status: "invalid", problem: "not-rating" });
  });
});

describe("v2: a number in a text column (a code) in a format of zeros", () => {
  it("reads padded as shown: 1 in \"00\" is \"01\"; other formats keep the digits", () => {
    assert.deepEqual(readValue("text", 1, "00"), { status: "ok", value: "01", normalized: false });
    assert.deepEqual(readValue("text", 12, "000"), { status: "ok", value: "012", normalized: false });
    assert.deepEqual(readValue("text", 1, "General"), { status: "ok", value: "1", normalized: false });
    assert.deepEqual(readText(1.5), { status: "ok", value: "1.5", normalized: false });
  });
});

describe("v2: holdsNumber (row classifiers)", () => {
  it("a number, or numeric text; not a number in a date format, not other text", () => {
    assert.ok(holdsNumber(12, "General"));
    assert.ok(holdsNumber(0.92, "0%"));
    assert.ok(holdsNumber("12", "General"));
    assert.ok(holdsNumber("92,5%", "General"));
    assert.ok(!holdsNumber(46006, "dd/mm/yyyy"));
    assert.ok(!holdsNumber("15/12/2025", "General"));
    assert.ok(!holdsNumber("(Ký tên, đóng dấu)", "General"));
    assert.ok(!holdsNumber(null, "General"));
    assert.ok(!holdsNumber({ formula: "SUM(A1:A2)" }, "General"));
  });
});
