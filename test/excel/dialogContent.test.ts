import { test } from "node:test";
import assert from "node:assert/strict";
import { dialogContent, formatShare } from "../../src/commands/dialogContent";
import {
  dialogQuery,
  dialogUrl,
  readDialogData,
  type DialogData,
} from "../../src/commands/dialogData";

const scored: DialogData = {
  kind: "scored",
  lang: "vi",
  status: "scored",
  organization: "Đảng bộ xã Thạch Hà",
  year: 2025,
  summary: {
    cells: 10,
    scored: 8,
    fourGood: 5,
    errors: 3,
    warnings: 1,
    shortfalls: 7,
    orgFourGood: false,
  },
  reportSheet: "Kết quả kiểm tra",
};

test("the data survives the URL round trip, Vietnamese included", () => {
  const url = dialogUrl(scored, "https://localhost:3000/commands.html");
  assert.ok(url.startsWith("https://localhost:3000/dialog.html?d="));
  assert.deepEqual(readDialogData(new URL(url).search), scored);
});

test("malformed or missing data reads as null", () => {
  assert.equal(readDialogData(""), null);
  assert.equal(readDialogData("?d=%7Bnot-json"), null);
  assert.equal(
    readDialogData(`?d=${encodeURIComponent(JSON.stringify({ kind: "scored", lang: "fr" }))}`),
    null,
  );
});

test("a long error message is shortened to keep the URL small", () => {
  const long: DialogData = { kind: "error", lang: "vi", code: "X", message: "ạ".repeat(5000) };
  const back = readDialogData(dialogQuery(long));
  assert.ok(back && back.kind === "error" && back.message.length <= 700);
});

test("the scored summary in Vietnamese: cells, 4 tốt with share, findings, verdict, where Chi tiết is", () => {
  const c = dialogContent(scored);
  assert.equal(c.title, "Đã chấm điểm xong");
  assert.ok(c.lines.includes("Đảng bộ xã Thạch Hà · năm 2025"));
  assert.ok(c.lines.includes("Số chi bộ: 10 (đã chấm điểm: 8)"));
  assert.ok(c.lines.includes("Đạt 4 tốt: 5 chi bộ (62,5%)"));
  assert.ok(c.lines.includes("Lỗi dữ liệu: 3 · Chưa đạt chỉ tiêu: 7 · Cảnh báo: 1"));
  assert.deepEqual(c.verdict, { text: "Chưa đạt Đảng bộ cơ sở 4 tốt", good: false });
  assert.match(c.hint ?? "", /"Chi tiết" trên thẻ "4 tốt"/);
  assert.deepEqual(c.primary, { label: "Mở trang báo cáo", message: "openReport" });
});

test("English, an unusable workbook, cleared marks and errors", () => {
  const en = dialogContent(scored, "en");
  assert.ok(en.lines.includes('"4 Good": 5 cells (62.5%)'));
  const unusable = dialogContent({ ...scored, status: "unusable" } as DialogData);
  assert.equal(unusable.tone, "error");
  assert.equal(unusable.verdict, null);
  assert.match(
    dialogContent({ kind: "cleared", lang: "vi", removed: 4 }).lines[0],
    /Đã xóa 4 định dạng/,
  );
  assert.match(dialogContent({ kind: "cleared", lang: "en", removed: 0 }).lines[0], /no marks/);
  const error = dialogContent({
    kind: "error",
    lang: "vi",
    code: "CELL_EDIT_MODE",
    message: "Hãy nhấn Enter.",
  });
  assert.deepEqual(
    [error.title, error.lines, error.primary],
    ["Chưa thực hiện được", ["Hãy nhấn Enter."], null],
  );
});

test("shares: decimal comma in Vietnamese, dash when nothing was scored", () => {
  assert.equal(formatShare(2, 3, "vi"), "66,7%");
  assert.equal(formatShare(2, 3, "en"), "66.7%");
  assert.equal(formatShare(7, 7, "vi"), "100%");
  assert.equal(formatShare(0, 0, "vi"), "—");
});
