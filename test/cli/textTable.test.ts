import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { displayWidth, padToWidth, truncateToWidth } from "../../src/cli/output/displayWidth";
import { renderTable } from "../../src/cli/output/textTable";

const NFC = "Chi bộ thôn Đông Hà";
const NFD = NFC.normalize("NFD");

describe("displayWidth", () => {
  it("counts what the terminal shows, composed or decomposed alike", () => {
    assert.notEqual(NFD.length, NFC.length, "NFD takes more UTF-16 units");
    assert.equal(displayWidth(NFC), 19);
    assert.equal(displayWidth(NFD), 19);
    assert.equal(displayWidth("ệ"), 1);
    assert.equal(displayWidth("e\u0323\u0302"), 1);
  });

  it("counts every Vietnamese letter as one column, and falls back to graphemes elsewhere", () => {
    const letters = "aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";
    assert.equal(displayWidth(letters), [...letters].length);
    assert.equal(displayWidth(letters.toUpperCase()), [...letters].length);
    assert.equal(displayWidth(letters.normalize("NFD")), [...letters].length);
    assert.equal(displayWidth("Chi bộ 👍🏽 tốt"), 12, "an emoji with a skin tone is one grapheme");
    assert.equal(displayWidth("a\u200db"), 2, "a joiner outside the fast path");
  });

  it("truncates and pads by graphemes", () => {
    assert.equal(truncateToWidth(NFC, 8), "Chi bộ …");
    assert.equal(truncateToWidth(NFD, 8), "Chi bộ …".normalize("NFD"));
    assert.equal(displayWidth(truncateToWidth(NFD, 8)), 8);
    assert.equal(truncateToWidth("ngắn", 8), "ngắn");
    assert.equal(displayWidth(padToWidth(NFD, 25)), 25);
    assert.equal(padToWidth("7", 3, "right"), "  7");
  });
});

describe("renderTable", () => {
  it("aligns columns whatever the normal form of the text", () => {
    const lines = renderTable(
      [{ header: "Mã" }, { header: "Tên chi bộ" }, { header: "Tổng", align: "right" }],
      [
        ["CB01", NFC, "100"],
        ["CB02", NFD, "92"],
      ],
    );
    const totalColumn = lines.slice(2).map((line) => displayWidth(line));
    assert.equal(totalColumn[0], totalColumn[1], "rows of NFC and NFD text end in the same column");
    assert.ok(lines[2].endsWith("100") && lines[3].endsWith(" 92"));
    assert.match(lines[1], /^─+ {2}─+ {2}─+$/);
  });
});
