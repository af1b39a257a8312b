/**
 * The TCVN3 (ABC) and VNI-for-Windows tables (spec §1 "Legacy Vietnamese encodings", v2): each
 * round-trips every Vietnamese letter (the 134 precomposed letters, đ and Đ among them), in both
 * cases and both font variants, and agrees with the published tables.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  encodeLegacy,
  encodeTcvn3,
  encodeVni,
  LEGACY_ENCODINGS,
  mayBeLegacyText,
  VIETNAMESE_LETTERS,
} from "./legacyEncodings";

const LOWER = VIETNAMESE_LETTERS.slice(0, 67);
const UPPER = VIETNAMESE_LETTERS.slice(67);
/** Letters TCVN3 codes in both cases: Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_CASED_UPPER = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"];

/**
 * The GNU C library's TCVN 5712:1993 table (`iconv -f TCVN5712-1 -t UTF-8`), at the positions
 * the ABC fonts use: the seven capitals with a code of their own and every lower-case letter.
 * (Positions VN1 fills with other capitals or combining marks are not TCVN3's and stay as typed.)
 */
const GLIBC_TCVN5712 =
  "A1=Ă A2=Â A3=Ê A4=Ô A5=Ơ A6=Ư A7=Đ A8=ă A9=â AA=ê AB=ô AC=ơ AD=ư AE=đ B5=à B6=ả B7=ã B8=á " +
  "B9=ạ BB=ằ BC=ẳ BD=ẵ BE=ắ C6=ặ C7=ầ C8=ẩ C9=ẫ CA=ấ CB=ậ CC=è CE=ẻ CF=ẽ D0=é D1=ẹ D2=ề D3=ể " +
  "D4=ễ D5=ế D6=ệ D7=ì D8=ỉ DC=ĩ DD=í DE=ị DF=ò E1=ỏ E2=õ E3=ó E4=ọ E5=ồ E6=ổ E7=ỗ E8=ố E9=ộ " +
  "EA=ờ EB=ở EC=ỡ ED=ớ EE=ợ EF=ù F1=ủ F2=ũ F3=ú F4=ụ F5=ừ F6=ử F7=ữ F8=ứ F9=ự FA=ỳ FB=ỷ FC=ỹ " +
  "FD=ý FE=ỵ";

describe("the Vietnamese letters", () => {
  it("are 134 precomposed letters: 67 lower case (đ included) and their capitals, all NFC and distinct", () => {
    assert.equal(VIETNAMESE_LETTERS.length, 134);
    assert.equal(new Set(VIETNAMESE_LETTERS).size, 134);
    for (const letter of VIETNAMESE_LETTERS) {
      assert.equal(letter.length, 1, letter);
      assert.equal(letter, letter.normalize("NFC"));
    }
    assert.ok(LOWER.includes("đ") && UPPER.includes("Đ"));
    assert.ok(LOWER.includes("ự") && UPPER.includes("Ỵ") && LOWER.includes("ẫ"));
  });
});

describe("TCVN3 (ABC)", () => {
  it("agrees with the published TCVN 5712:1993 table at every position the ABC fonts use", () => {
    for (const entry of GLIBC_TCVN5712.split(" ")) {
      const [hex, letter] = entry.split("=");
      const code = String.fromCharCode(parseInt(hex, 16));
      assert.equal(decodeTcvn3(code, "normal"), letter, hex);
      assert.equal(encodeTcvn3(letter), code, letter);
    }
  });

  it("round-trips every lower-case letter and Ă Â Ê Ô Ơ Ư Đ (the normal font, .VnTime)", () => {
    for (const letter of [...LOWER, ...TCVN3_CASED_UPPER]) {
      const code = encodeTcvn3(letter);
      assert.equal(code.length, 1, letter);
      assert.ok(code.charCodeAt(0) >= 0xa1 && code.charCodeAt(0) <= 0xfe, letter);
      assert.equal(decodeTcvn3(code, "normal"), letter, letter);
    }
  });

  it("round-trips every capital (the upper-case font, .VnTimeH: a toned capital takes the lower-case code)", () => {
    for (const letter of UPPER) {
      const code = encodeTcvn3(letter);
      assert.equal(code.length, 1, letter);
      assert.equal(decodeTcvn3(code, "upper"), letter, letter);
    }
    assert.equal(encodeTcvn3("Ấ"), encodeTcvn3("ấ"));
  });

  it("auto: every letter round-trips in a word of its case", () => {
    for (const letter of LOWER) {
      const word = `ng${letter}n`;
      assert.equal(decodeTcvn3(encodeTcvn3(word)), word, letter);
    }
    for (const letter of UPPER) {
      const word = `NG${letter}N`;
      assert.equal(decodeTcvn3(encodeTcvn3(word)), word, letter);
    }
  });

  it('decodes the spec\'s example and headers as clerks type them: "Tªn chi bé" is "Tên chi bộ"', () => {
    assert.equal(decodeTcvn3("Tªn chi bé"), "Tên chi bộ");
    assert.equal(decodeTcvn3("M· chi bé"), "Mã chi bộ");
    assert.equal(decodeTcvn3("Tæng sè ®¶ng viªn"), "Tổng số đảng viên");
    assert.equal(decodeTcvn3("XÕp lo¹i chÊt l\u00adîng chi bé"), "Xếp loại chất lượng chi bộ");
    assert.equal(decodeTcvn3("Hoµn thµnh tèt nhiÖm vô"), "Hoàn thành tốt nhiệm vụ");
  });

  it("auto: a text typed for an upper-case font (all its cased letters capitals) reads in capitals", () => {
    assert.equal(decodeTcvn3(encodeTcvn3("TÊN CHI BỘ")), "TÊN CHI BỘ");
    assert.equal(decodeTcvn3(encodeTcvn3("ĐẢNG BỘ XÃ THẠCH HÀ")), "ĐẢNG BỘ XÃ THẠCH HÀ");
    assert.equal(decodeTcvn3(encodeTcvn3("Chi Bộ Thôn Đông")), "Chi Bộ Thôn Đông");
    // one cased letter is not enough to tell: the normal font
    assert.equal(decodeTcvn3(encodeTcvn3("Tổ")), "Tổ");
    assert.equal(decodeTcvn3(encodeTcvn3("ấp")), "ấp");
  });

  it("keeps what the table does not hold: ASCII, digits, punctuation, Unicode letters", () => {
    assert.equal(decodeTcvn3("CB01 (2025): 92%"), "CB01 (2025): 92%");
    // A Unicode text is no TCVN3 text: its ê (0xEA) is TCVN3's ờ. This is why the engine decodes
    // only what the Unicode read cannot recognise.
    assert.equal(decodeTcvn3("Tên"), "Tờn");
  });
});

describe("VNI for Windows", () => {
  it("round-trips every letter, both cases, alone and inside words", () => {
    for (const letter of VIETNAMESE_LETTERS) {
      const code = encodeVni(letter);
      assert.ok(code.length >= 1 && code.length <= 2, letter);
      assert.equal(decodeVni(code), letter, letter);
      const word = letter === letter.toUpperCase() ? `NG${letter}N` : `ng${letter}n`;
      assert.equal(decodeVni(encodeVni(word)), word, letter);
    }
  });

  it("agrees with the published table on words", () => {
    assert.equal(decodeVni("Xin chaøo caùc baïn"), "Xin chào các bạn");
    assert.equal(decodeVni("Teân chi boä"), "Tên chi bộ");
    assert.equal(decodeVni("Toång soá ñaûng vieân"), "Tổng số đảng viên");
    assert.equal(decodeVni("Xeáp loaïi chaát löôïng chi boä"), "Xếp loại chất lượng chi bộ");
    assert.equal(decodeVni("TEÂN CHI BOÄ"), "TÊN CHI BỘ");
    assert.equal(decodeVni("ÑAÛNG VIEÂN"), "ĐẢNG VIÊN");
    assert.equal(decodeVni("Hoaøn thaønh toát nhieäm vuï"), "Hoàn thành tốt nhiệm vụ");
  });

  it("a mark in the other case than its base still decodes (fonts draw both); the base gives the case", () => {
    assert.equal(decodeVni("AØ"), "À");
    assert.equal(decodeVni("Aø"), "À");
    assert.equal(decodeVni("aØ"), "à");
  });

  it("a mark byte with no base before it is kept as typed", () => {
    assert.equal(decodeVni("ø 5"), "ø 5");
  });
});

describe("decodeLegacy / encodeLegacy / mayBeLegacyText", () => {
  it("the two encodings, TCVN3 first", () => {
    assert.deepEqual(LEGACY_ENCODINGS, ["tcvn3", "vni"]);
    for (const encoding of LEGACY_ENCODINGS) {
      for (const text of ["Mã chi bộ", "Số buổi sinh hoạt thường kỳ", "Kết nạp trong năm"]) {
        assert.equal(
          decodeLegacy(encodeLegacy(text, encoding), encoding),
          text,
          `${encoding}: ${text}`,
        );
      }
    }
  });

  it("only texts with a character above 0xA0 (Latin-1) can change", () => {
    assert.ok(!mayBeLegacyText("CB01 Chi bo thon 3"));
    assert.ok(!mayBeLegacyText("Chi bộ"), "ộ is U+1ED9, outside the tables");
    assert.ok(mayBeLegacyText("Tªn"));
    assert.ok(mayBeLegacyText("Teân"));
    assert.equal(decodeTcvn3("CB01"), "CB01");
    assert.equal(decodeVni("CB01"), "CB01");
  });
});
