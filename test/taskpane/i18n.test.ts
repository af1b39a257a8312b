/** The two dictionaries say the same things: same keys, same placeholders, nothing empty. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { en } from "../../src/taskpane/i18n/en";
import { DICTIONARIES } from "../../src/taskpane/i18n/allLanguages";
import { fillPlaceholders, translatorFor } from "../../src/taskpane/i18n/translate";
import { vi } from "../../src/taskpane/i18n/vi";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]).sort();
}

describe("task pane dictionaries", () => {
  it("have exactly the same keys in Vietnamese and English", () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(vi).sort());
  });

  it("use the same placeholders for each key", () => {
    const mismatched = Object.keys(vi).filter(
      (key) =>
        placeholders(vi[key as keyof typeof vi]).join() !==
        placeholders(en[key as keyof typeof en]).join(),
    );
    assert.deepEqual(mismatched, []);
  });

  it("have no empty or untrimmed text", () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) {
        assert.ok(text.length > 0 && text === text.trim(), `${lang}.${key}`);
      }
    }
  });

  it("are in Unicode NFC, so Vietnamese renders and compares the same everywhere", () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) {
        assert.equal(text, text.normalize("NFC"), `${lang}.${key}`);
      }
    }
  });

  it("carry the required Vietnamese wordings", () => {
    assert.equal(vi.stampScored, "Đã chấm điểm lúc {time} · dữ liệu không đổi");
    assert.equal(vi.stampChanged, "Dữ liệu đã thay đổi sau khi chấm · cần chấm lại");
    assert.equal(vi.stampNone, "Chưa chấm điểm");
    assert.equal(vi.verdictFourGood, "Đảng bộ cơ sở 4 tốt");
    assert.equal(vi.previewDownload, "Tải bản đã đánh dấu");
  });
});

describe("translatorFor", () => {
  it("fills placeholders and knows its language", () => {
    const t = translatorFor("vi");
    assert.equal(t.lang, "vi");
    assert.equal(
      t("stampScored", { time: "14:05 24/11/2026" }),
      "Đã chấm điểm lúc 14:05 24/11/2026 · dữ liệu không đổi",
    );
    assert.equal(translatorFor("en")("headerYear", { year: 2025 }), "Year 2025");
  });

  it("leaves a placeholder visible when its value is missing, rather than dropping words", () => {
    assert.equal(fillPlaceholders("Năm {year} · {org}", { year: 2025 }), "Năm 2025 · {org}");
    assert.equal(fillPlaceholders("{a}{a}", { a: "x" }), "xx");
  });
});
