import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { listCompoundFileStreams } from "../../src/xlsx/compoundFile";
import { inspectPackage } from "../../src/xlsx/inspectPackage";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/readLimits";
import { readZipDirectory, ZipFormatError } from "../../src/xlsx/zipDirectory";
import {
  compoundFile,
  concat,
  handMadeZip,
  markEntriesEncrypted,
  zipBomb,
  zipOf,
} from "./badFiles";

async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Chi bộ").getCell("A1").value = "Mã chi bộ";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function problemOf(
  bytes: Uint8Array,
  limits?: Parameters<typeof inspectPackage>[1],
): Promise<string> {
  const inspection = await inspectPackage(bytes, limits);
  assert.equal(inspection.ok, false, "the file should have been refused");
  if (inspection.ok) return "";
  assert.match(inspection.problem.vi, /\S/);
  assert.match(inspection.problem.en, /\S/);
  return inspection.problem.code;
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe("inspectPackage: files that are not .xlsx say what they are", () => {
  it("accepts a real workbook and names its format", async () => {
    const inspection = await inspectPackage(await plainWorkbook());
    assert.equal(inspection.ok, true);
    if (!inspection.ok) return;
    assert.equal(inspection.info.format, "xlsx");
    assert.ok(inspection.info.entries > 5);
    assert.equal(inspection.info.inflationVerified, false, "a small file needs no inflation check");
  });

  it("refuses an empty file", async () => {
    assert.equal(await problemOf(new Uint8Array()), "empty-file");
  });

  it("refuses random bytes as an unknown format", async () => {
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    assert.equal(await problemOf(random), "unknown-file");
  });

  it("recognises a PDF", async () => {
    assert.equal(
      await problemOf(text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")),
      "pdf-file",
    );
  });

  it("recognises a CSV renamed .xlsx", async () => {
    assert.equal(
      await problemOf(text("Mã chi bộ;Tên chi bộ;Tổng số đảng viên\nCB01;Thôn Bắc;32\n")),
      "text-file",
    );
  });

  it("recognises a web page saved as .xls (as some software exports)", async () => {
    assert.equal(
      await problemOf(text("<html><body><table><tr><td>Mã chi bộ</td></tr></table></body></html>")),
      "html-file",
    );
  });

  it("recognises an XML Spreadsheet 2003", async () => {
    const xml =
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    assert.equal(await problemOf(text(xml)), "spreadsheetml-2003-file");
  });

  it("recognises a password-protected .xlsx (an OLE file holding EncryptedPackage)", async () => {
    const file = compoundFile(["EncryptionInfo", "EncryptedPackage"]);
    assert.deepEqual(listCompoundFileStreams(file), ["EncryptionInfo", "EncryptedPackage"]);
    const inspection = await inspectPackage(file);
    assert.equal(inspection.ok, false);
    if (inspection.ok) return;
    assert.equal(inspection.problem.code, "encrypted-workbook");
    assert.match(inspection.problem.vi, /Lưu lại dưới dạng \.xlsx không đặt mật khẩu/);
  });

  it("recognises an Excel 97–2003 .xls and a Word .doc", async () => {
    assert.equal(
      await problemOf(compoundFile(["Workbook", "\u0005SummaryInformation"])),
      "legacy-xls",
    );
    assert.equal(await problemOf(compoundFile(["WordDocument"])), "other-compound-file");
  });

  it("still refuses a compound file whose directory is broken", async () => {
    const broken = compoundFile(["Workbook"]);
    new DataView(broken.buffer).setUint32(0x30, 9999, true); // directory sector beyond the file
    assert.equal(listCompoundFileStreams(broken), null);
    assert.equal(await problemOf(broken), "other-compound-file");
  });
});

describe("inspectPackage: damaged and foreign zips", () => {
  it("refuses a truncated workbook (a download cut short)", async () => {
    const whole = await plainWorkbook();
    assert.equal(await problemOf(whole.subarray(0, Math.floor(whole.length / 2))), "corrupt-zip");
    assert.throws(() => readZipDirectory(whole.subarray(0, whole.length - 30)), ZipFormatError);
  });

  it("refuses a workbook whose central directory points nowhere", async () => {
    const tampered = (await plainWorkbook()).slice();
    const view = new DataView(tampered.buffer);
    const end = tampered.length - 22;
    assert.equal(view.getUint32(end, true), 0x06054b50);
    view.setUint32(end + 16, 7, true); // central directory offset
    assert.equal(await problemOf(tampered), "corrupt-zip");
  });

  it("refuses a zip that is not a workbook, naming Word and OpenDocument files", async () => {
    assert.equal(await problemOf(await zipOf({ "readme.txt": "hello" })), "not-a-workbook-package");
    assert.equal(
      await problemOf(await zipOf({ "word/document.xml": "<w:document/>" })),
      "not-a-workbook-package",
    );
    const ods = await zipOf(
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" },
      true,
    );
    assert.equal(await problemOf(ods), "opendocument-spreadsheet");
  });

  it("tells an .xlsb apart", async () => {
    assert.equal(
      await problemOf(await zipOf({ "xl/workbook.bin": new Uint8Array(10) })),
      "xlsb-workbook",
    );
  });

  it("names the macro-enabled format from the content types", async () => {
    const zip = await JSZip.loadAsync(await plainWorkbook());
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      ),
    );
    const inspection = await inspectPackage(
      await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    );
    assert.equal(inspection.ok && inspection.info.format, "xlsm");
  });

  it("refuses zip-level encryption", async () => {
    assert.equal(
      await problemOf(markEntriesEncrypted(await plainWorkbook())),
      "zip-encrypted-entries",
    );
  });

  it("refuses more parts than the limit", async () => {
    assert.equal(await problemOf(await plainWorkbook(), { maxEntries: 3 }), "too-many-entries");
  });
});

describe("inspectPackage: size limits and zip bombs", () => {
  it("refuses a file above the size limit before looking inside", async () => {
    const workbook = await plainWorkbook();
    assert.equal(
      await problemOf(workbook, { maxFileBytes: workbook.length - 1 }),
      "file-too-large",
    );
    assert.equal(DEFAULT_READ_LIMITS.maxFileBytes, 100 * 1024 * 1024);
  });

  it("refuses by the declared total uncompressed size", async () => {
    const workbook = await plainWorkbook();
    assert.equal(
      await problemOf(workbook, { maxUncompressedBytes: 1000 }),
      "uncompressed-too-large",
    );
    assert.equal(DEFAULT_READ_LIMITS.maxUncompressedBytes, 1024 * 1024 * 1024);
    assert.equal(DEFAULT_READ_LIMITS.maxParsedBytes, 240 * 1024 * 1024);
  });

  it("refuses an honest zip bomb (made with jszip) by its declared ratio, without inflating it", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(16 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    assert.ok(bomb.length < 100 * 1024, `the bomb is small on disk (${bomb.length} bytes)`);
    assert.equal(await problemOf(bomb), "suspicious-compression");
  });

  it("refuses 250 MB of zeros hiding behind declared sizes of 100 bytes, inflating at most one block", async () => {
    const bomb = zipBomb({ parts: 25, partMegabytes: 10, declare: "lie" });
    assert.ok(bomb.length < 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    assert.equal(await problemOf(bomb), "damaged-part");
    const grown = process.memoryUsage().arrayBuffers - before;
    assert.ok(grown < 64 * 1024 * 1024, `memory stayed bounded (grew ${grown} bytes)`);
  });

  it("refuses an honest bomb of many parts each just under the ratio limit by the total", async () => {
    const bomb = zipBomb({ parts: 110, partMegabytes: 10, declare: "truth" });
    assert.equal(await problemOf(bomb, { maxCompressionRatio: 10_000 }), "uncompressed-too-large");
    const smaller = zipBomb({ parts: 25, partMegabytes: 10, declare: "truth" });
    assert.equal(
      await problemOf(smaller, { maxCompressionRatio: 10_000, maxUncompressedBytes: 200 * 1024 * 1024 }),
      "uncompressed-too-large",
    );
  });

  it("refuses corrupt deflate data found while verifying sizes", async () => {
    // 0xff starts a deflate block of the reserved type 3: invalid from the first byte.
    const garbage = new Uint8Array(300_000).fill(0xff);
    const zip = handMadeZip([
      { name: "xl/workbook.xml", deflated: garbage, declaredSize: 400_000 },
    ]);
    assert.equal(await problemOf(zip), "damaged-part");
  });

  it("reads zip64 sizes from the extra field", () => {
    const name = new TextEncoder().encode("xl/workbook.xml");
    const data = new Uint8Array([3, 0]); // deflate of nothing
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, 8, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length + 20);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, 0xffffffff, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, 12, true);
    central.set(name, 46);
    cv.setUint16(46 + name.length, 0x0001, true);
    cv.setUint16(48 + name.length, 8, true);
    cv.setBigUint64(50 + name.length, 5_000_000_000n, true);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, 1, true);
    ev.setUint16(10, 1, true);
    ev.setUint32(12, 46 + name.length + 12, true);
    ev.setUint32(16, local.length, true);
    const directory = readZipDirectory(
      concat([local, central.subarray(0, 46 + name.length + 12), end]),
    );
    assert.equal(directory.entries[0].uncompressedSize, 5_000_000_000);
  });
});
