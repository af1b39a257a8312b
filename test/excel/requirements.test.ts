import { test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ERROR_CODES } from "../../src/excel/officeErrors";
import {
  checkRequirements,
  FEATURE_REQUIREMENTS,
  REQUIRED_EXCEL_API,
} from "../../src/excel/requirements";
import { FakeOffice } from "../fakes/fakeOffice";

function supporting(version: string) {
  return new FakeOffice({ excelApi: version }).namespace.context as {
    requirements: { isSetSupported(name: string, v?: string): boolean };
  };
}

test("ExcelApi 1.13 and later: nothing is missing", () => {
  assert.equal(checkRequirements(supporting("1.13").requirements), null);
  assert.equal(checkRequirements(supporting("1.17").requirements), null);
  assert.equal(REQUIRED_EXCEL_API, "1.13");
});

test("Office 2019 (ExcelApi 1.8): says what is missing, which Excel works, and what works meanwhile", () => {
  const error = checkRequirements(supporting("1.8").requirements);
  assert.ok(error);
  assert.equal(error.code, HOST_ERROR_CODES.oldExcel);
  assert.match(error.messages.vi, /đánh dấu nhiều ô rời nhau cùng lúc/);
  assert.match(error.messages.vi, /đọc ô gộp trong bảng/);
  assert.doesNotMatch(
    error.messages.vi,
    /dấu xác nhận trong thuộc tính tài liệu/,
    "1.7 features are there",
  );
  assert.match(
    error.messages.vi,
    /Microsoft 365, Excel 2021 trở lên, Excel trên web và Excel cho Mac/,
  );
  assert.match(error.messages.vi, /bản xem trước trên trình duyệt/);
  assert.match(error.messages.vi, /dòng lệnh/);
  assert.match(
    error.messages.en,
    /Microsoft 365, Excel 2021 or later, Excel on the web and Excel for Mac/,
  );
  assert.match(error.messages.en, /browser preview/);
});

test("Office 2016 volume licence (ExcelApi 1.1) lacks every listed feature above 1.1", () => {
  const error = checkRequirements(supporting("1.1").requirements);
  assert.ok(error);
  for (const f of FEATURE_REQUIREMENTS)
    assert.ok(error.messages.en.includes(f.feature.en), f.feature.en);
});

test("no Office at all: a message that the page is not running in Excel", () => {
  const error = checkRequirements(null);
  assert.equal(error?.code, HOST_ERROR_CODES.officeUnavailable);
});

test("the feature list names the documented requirement sets", () => {
  const sets = new Map(FEATURE_REQUIREMENTS.map((f) => [f.feature.en, f.excelApi]));
  assert.equal(sets.get("marking cells with conditional formats"), "1.6");
  assert.equal(sets.get("the stamp in document properties"), "1.7");
  assert.equal(sets.get("links to cells in the report"), "1.7");
  assert.equal(sets.get("noticing changed data"), "1.7");
  assert.equal(sets.get("frozen header rows"), "1.7");
  assert.equal(sets.get("marking many separate cells at once"), "1.9");
  assert.equal(sets.get("A4 landscape printing of the report"), "1.9");
  assert.equal(sets.get("reading merged cells"), "1.13");
});
