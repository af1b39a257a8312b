/** docProps/custom.xml: every property read as text; the stamp replaced, the user's properties kept. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseCustomProperties, serializeCustomProperties } from "../../src/xlsx/customProperties";

const USER_PROPERTIES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Người lập"><vt:lpwstr>Trần Thị B &amp; cộng sự</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Số bản"><vt:i4>3</vt:i4></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Đã duyệt"><vt:bool>1</vt:bool></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Ngày"><vt:filetime>2024-12-01T00:00:00Z</vt:filetime></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="Tỷ lệ"><vt:r8>0.95</vt:r8></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="7" name="Mã"><vt:lpstr>HT-01</vt:lpstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="9" name="chibo4tot.fingerprint"><vt:lpwstr>old</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="10" name="CHIBO4TOT.legacy"><vt:lpwstr>old</vt:lpwstr></property>' +
  "</Properties>";

describe("parseCustomProperties", () => {
  it("reads every property as text, whatever its type", () => {
    assert.deepEqual(parseCustomProperties(USER_PROPERTIES), {
      "Người lập": "Trần Thị B & cộng sự",
      "Số bản": "3",
      "Đã duyệt": "true",
      Ngày: "2024-12-01T00:00:00Z",
      "Tỷ lệ": "0.95",
      Mã: "HT-01",
      "chibo4tot.fingerprint": "old",
      "CHIBO4TOT.legacy": "old",
    });
  });

  it("reads an empty part and a self-closing value", () => {
    assert.deepEqual(parseCustomProperties('<Properties xmlns="x" xmlns:vt="v"/>'), {});
    assert.deepEqual(parseCustomProperties('<Properties xmlns="x" xmlns:vt="v"><property pid="2" name="a"><vt:lpwstr/></property></Properties>'), { a: "" });
  });
});

describe("serializeCustomProperties", () => {
  const stamp = { "chibo4tot.fingerprint": "f".repeat(64), "chibo4tot.summary": '{"cells":3,"note":"<&>"}' };

  it("creates the part when there is none, pids from 2", () => {
    const xml = serializeCustomProperties(stamp, null, "chibo4tot.");
    assert.deepEqual(parseCustomProperties(xml), stamp);
    assert.deepEqual([...xml.matchAll(/pid="(\d+)"/g)].map((m) => m[1]), ["2", "3"]);
    assert.match(xml, /<vt:lpwstr>\{"cells":3,"note":"&lt;&amp;&gt;"\}<\/vt:lpwstr>/);
  });

  it("replaces only the properties with the prefix (any case), keeps the user's with their bytes and pids", () => {
    const xml = serializeCustomProperties(stamp, USER_PROPERTIES, "chibo4tot.");
    assert.deepEqual(parseCustomProperties(xml), { ...Object.fromEntries(Object.entries(parseCustomProperties(USER_PROPERTIES)).filter(([k]) => !k.toLowerCase().startsWith("chibo4tot."))), ...stamp });
    for (const kept of ["Người lập", "Số bản", "Đã duyệt", "Ngày", "Tỷ lệ", "Mã"]) {
      const element = new RegExp(`<property [^>]*name="${kept}">.*?</property>`).exec(USER_PROPERTIES)![0];
      assert.ok(xml.includes(element), kept);
    }
    const pids = [...xml.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(new Set(pids).size, pids.length, "pids are unique");
    assert.deepEqual(pids.slice(-2), [8, 9], "new pids fill the free numbers");
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'));
  });

  it("replaces a user's property of the same name as a stamp property", () => {
    const xml = serializeCustomProperties({ "Số bản": "4" }, USER_PROPERTIES, "chibo4tot.");
    assert.equal(parseCustomProperties(xml)["Số bản"], "4");
    assert.equal((xml.match(/name="Số bản"/g) ?? []).length, 1);
  });

  it("declares the variant types namespace when the existing part lacks it", () => {
    const xml = serializeCustomProperties({ a: "1" }, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>', "a");
    assert.match(xml, /xmlns:vt="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/docPropsVTypes"/);
    assert.deepEqual(parseCustomProperties(xml), { a: "1" });
  });

  it("drops characters XML cannot carry instead of writing a broken part", () => {
    const xml = serializeCustomProperties({ "chibo4tot.note": "a\u0001b" }, null, "chibo4tot.");
    assert.equal(parseCustomProperties(xml)["chibo4tot.note"], "ab");
  });
});
