/**
 * Text matching, spec §1: NFC; white space runs (NBSP included) → one space; trim; lower case;
 * strip Vietnamese diacritics (đ → d); drop one trailing "(…)" group and a trailing ":" or "*";
 * trim again. Two texts match when their normalised forms are equal. The only prefix matches are
 * the total-row and signature keywords (followed by the end, a space or punctuation).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cleanText,
  normalizeText,
  startsWithKeyword,
  textsMatch,
  NameMatcher,
  normalizeHeader,
} from "./normalizeText";

describe("normalizeText (spec §1, in order)", () => {
  it("composes NFD text, so text typed on a Mac matches", () => {
    const nfd = "Tổng số đảng viên".normalize("NFD");
    assert.notEqual(nfd, "Tổng số đảng viên");
    assert.equal(normalizeText(nfd), "tong so dang vien");
    assert.ok(textsMatch(nfd, "Tổng số đảng viên"));
  });

  it("collapses every run of white space, NBSP included, and trims", () => {
    assert.equal(normalizeText("  Mã\u00a0\u00a0chi \t bộ \n"), "ma chi bo");
    assert.equal(normalizeText("Tên\u00a0chi\u00a0bộ"), "ten chi bo");
    assert.ok(textsMatch("Số  đảng   viên", "Số đảng viên"));
  });

  it("lower-cases and strips the diacritics, đ and Đ included", () => {
    assert.equal(normalizeText("ĐẢNG VIÊN"), "dang vien");
    assert.equal(normalizeText("Đánh giá chi bộ"), "danh gia chi bo");
    assert.equal(
      normalizeText("Số lượt vắng sinh hoạt không lý do"),
      "so luot vang sinh hoat khong ly do",
    );
    assert.equal(normalizeText("Kỷ luật, ưu tú, ở, ợ"), "ky luat, uu tu, o, o");
    assert.ok(textsMatch("Xep loai chat luong chi bo", "Xếp loại chất lượng chi bộ"));
  });

  it('drops one trailing group in round brackets such as "(%)" or "(người)"', () => {
    assert.equal(normalizeText("Tỷ lệ dự sinh hoạt (%)"), "ty le du sinh hoat");
    assert.equal(normalizeText("Tổng số đảng viên (người)"), "tong so dang vien");
    assert.equal(normalizeText("Tổng số đảng viên(người)"), "tong so dang vien");
    assert.ok(
      textsMatch("Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành", "Tỷ lệ chỉ tiêu nhiệm vụ hoàn thành (%)"),
    );
  });

  it("drops only ONE trailing bracket group", () => {
    assert.equal(normalizeText("Tổng số đảng viên (người) (%)"), "tong so dang vien (nguoi)");
  });

  it("keeps a bracket group that is not at the end", () => {
    assert.equal(normalizeText("Tỷ lệ (%) dự sinh hoạt"), "ty le (%) du sinh hoat");
  });

  it('drops a trailing ":" or "*" (labels, required marks)', () => {
    assert.equal(normalizeText("Đảng bộ:"), "dang bo");
    assert.equal(normalizeText("Mã chi bộ *"), "ma chi bo");
    assert.equal(normalizeText("Mã chi bộ*"), "ma chi bo");
    assert.equal(normalizeText("Năm đánh giá :"), "nam danh gia");
  });

  it('drops a bracket group and a ":" or "*" together, trimming again', () => {
    assert.equal(normalizeText("Tổng số đảng viên (người):"), "tong so dang vien");
    assert.equal(normalizeText("Tỷ lệ dự sinh hoạt (%) *"), "ty le du sinh hoat");
    assert.equal(normalizeText("  Tỷ lệ dự sinh hoạt  (%)  "), "ty le du sinh hoat");
  });

  it("keeps ':' and '*' inside the text", () => {
    assert.equal(normalizeText("T/M: Ban thường vụ"), "t/m: ban thuong vu");
  });

  it("is idempotent and the empty text stays empty", () => {
    for (const text of ["", "   ", "\u00a0", "Mã chi bộ (%):", "Đ"]) {
      assert.equal(normalizeText(normalizeText(text)), normalizeText(text));
    }
    assert.equal(normalizeText("\u00a0 \u00a0"), "");
  });

  it("does not make different words match", () => {
    assert.ok(!textsMatch("Mã chi bộ", "Tên chi bộ"));
    assert.ok(!textsMatch("HTNV", "HTTNV"));
    assert.ok(!textsMatch("Tổng số", "Tổng số đảng viên"), "a prefix is not a match");
  });
});

describe("cleanText: the text as a person reads it", () => {
  it("composes, collapses spaces and trims, but keeps case and accents", () => {
    assert.equal(cleanText(" Chi\u00a0bộ  Thôn\tĐông ".normalize("NFD")), "Chi bộ Thôn Đông");
  });
});

describe("startsWithKeyword (total and signature keywords only)", () => {
  const kw = normalizeText("Cộng");
  it("matches the keyword followed by the end, a space or punctuation", () => {
    assert.ok(startsWithKeyword(normalizeText("Cộng"), kw));
    assert.ok(startsWithKeyword(normalizeText("Cộng khối A"), kw));
    assert.ok(startsWithKeyword(normalizeText("Cộng:"), kw) || normalizeText("Cộng:") === kw);
    assert.ok(startsWithKeyword(normalizeText("Cộng, khối B"), kw));
    assert.ok(startsWithKeyword(normalizeText("T/M BAN THƯỜNG VỤ"), normalizeText("T/M")));
  });
  it("does not match a longer word", () => {
    assert.ok(!startsWithKeyword(normalizeText("Cộngđồng"), kw));
    assert.ok(!startsWithKeyword(normalizeText("Tổngkết"), normalizeText("Tổng")));
  });
});

describe("NameMatcher", () => {
  it("finds a key by any of its names, as normalised text", () => {
    const matcher = new NameMatcher([
      { key: "members", names: ["Tổng số đảng viên", "Số đảng viên", "Tổng số ĐV"] },
      { key: "code", names: ["Mã chi bộ", "Mã CB"] },
    ]);
    assert.equal(matcher.match("TONG SO DV"), "members");
    assert.equal(matcher.match("Số đảng viên (người)"), "members");
    assert.equal(matcher.match("ma cb:"), "code");
    assert.equal(matcher.match("Mã"), null);
  });
});

describe("normalizeHeader (v2: headers only)", () => {
  it('a trailing "%" after spaces or a comma counts like "(%)"', () => {
    const official = normalizeText("Tỷ lệ đảng viên dự sinh hoạt bình quân (%)");
    for (const typed of [
      "Tỷ lệ đảng viên dự sinh hoạt bình quân %",
      "Tỷ lệ đảng viên dự sinh hoạt bình quân  %",
      "Tỷ lệ đảng viên dự sinh hoạt bình quân, %",
      "Tỷ lệ đảng viên dự sinh hoạt bình quân ,%:",
      "Tỷ lệ đảng viên dự sinh hoạt bình quân\u00a0%",
    ]) {
      assert.equal(normalizeHeader(typed), official, typed);
    }
    assert.notEqual(normalizeHeader("Tỷ lệ %hoàn thành"), normalizeText("Tỷ lệ hoàn thành"));
  });

  it('the whole words "ĐV" and "CB" read as "đảng viên" and "chi bộ"', () => {
    assert.equal(
      normalizeHeader("Tỷ lệ ĐV dự sinh hoạt bình quân %"),
      normalizeText("Tỷ lệ đảng viên dự sinh hoạt bình quân (%)"),
    );
    assert.equal(normalizeHeader("Mã CB"), normalizeText("Mã chi bộ"));
    assert.equal(normalizeHeader("Xếp loại CB"), normalizeText("Xếp loại chi bộ"));
    assert.equal(normalizeHeader("Số đv bị kỷ luật"), normalizeText("Số đảng viên bị kỷ luật"));
    assert.equal(normalizeHeader("ĐV KHTNV"), "dang vien khtnv");
  });

  it('only whole words: "CB01", "DVD", "cbx" stay as they are', () => {
    assert.equal(normalizeHeader("CB01"), "cb01");
    assert.equal(normalizeHeader("DVD"), "dvd");
    assert.equal(normalizeHeader("Số cbx"), "so cbx");
  });

  it("is not text matching: labels, sheet names and codes keep normalizeText", () => {
    assert.notEqual(normalizeText("Mã CB"), normalizeText("Mã chi bộ"));
    assert.notEqual(normalizeText("Tỷ lệ %"), normalizeText("Tỷ lệ"));
  });

  it("a NameMatcher built with it normalises names and texts alike", () => {
    const matcher = new NameMatcher([{ key: "attendance", names: ["Tỷ lệ đảng viên dự sinh hoạt bình quân (%)"] }], normalizeHeader);
    assert.equal(matcher.match("TỶ LỆ ĐV DỰ SINH HOẠT BÌNH QUÂN %"), "attendance");
    assert.equal(new NameMatcher([{ key: "a", names: ["Tỷ lệ (%)"] }]).match("Tỷ lệ %"), null);
  });
});

describe("cleanText's fast path", () => {
  /** What cleanText means, without its shortcut. */
  const slowClean = (text: string): string =>
    text.normalize("NFC").replace(/[\s\u200b]+/g, " ").trim();
  const pool = [
    ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    " ",
    "  ",
    "\u00a0",
    "\u200b",
    "\t",
    "\n",
    "\u0301",
    "\u0323",
    "\u0302",
    "1",
    "-",
    "ﬁ",
    "Ω",
  ];

  it("gives what NFC, white-space collapsing and trimming give, for every mix of letters, marks and spaces", () => {
    let seed = 20261202;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 20_000; i++) {
      let text = "";
      const length = next(12);
      for (let j = 0; j < length; j++) text += pool[next(pool.length)];
      assert.equal(cleanText(text), slowClean(text), JSON.stringify(text));
    }
  });

  it("returns clean Vietnamese text as it is and composes NFD text from a Mac", () => {
    const name = "Nguyễn Thị Hương";
    assert.equal(cleanText(name), name);
    assert.equal(cleanText(name.normalize("NFD")), name);
    assert.equal(cleanText(` ${name}\u00a0`), name);
  });
});
