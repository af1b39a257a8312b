/**
 * The corpus of hostile and broken files, each made by code (nothing binary is committed), with
 * the outcome the command line must give for it: the one table of "file → expected outcome"
 * (exit status, message fragment, findings) that CI runs through `chibo4tot score` in
 * corpus.test.ts. Entries marked `child` are also run through the real `bin/chibo4tot.cjs` in a
 * child process (exit status, no stack trace without --debug, peak memory where `maxRssMb` says).
 *
 * What inspectPackage.test.ts, readWorkbook.test.ts and cli.test.ts already assert about single
 * checks (PDF, CSV, .xls, .xlsb, .ods, zip-level encryption, rows beyond Excel's limits …) is not
 * repeated here; this table is about the trust promises end to end: a refused file writes nothing,
 * an accepted one is scored and its marked copy is sound.
 */
import JSZip from "jszip";
import { constants, deflateRawSync } from "node:zlib";
import type { Report } from "../../src/core";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/readLimits";
import { compoundFile, concat, handMadeZip } from "../cli/badFiles";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import {
  cellsWorkbookFixture,
  fourGoodRow,
  rosterFor,
  type FixtureRow,
  type XlsxFixture,
} from "../support/xlsxFixtures";

const MIB = 1024 * 1024;

/** What a run of `chibo4tot score <file> --json <file>.json --out <file>.marked.xlsx` must give. */
export interface Expected {
  exit: 0 | 1 | 2;
  /** A fragment of what is printed: stderr when the file is refused (exit 2), the summary otherwise. */
  message: RegExp;
  /**
   * Findings the JSON report must contain, as "RULE sheet!cell" or just "RULE"; a cell may be given
   * as `{key:i}`, the cell of input `key` in the i-th data row of the fixture ("E_TYPE Chi bộ!{members:1}").
   */
  findings?: readonly string[];
  /** Rules that must not appear in the JSON report. */
  noFindings?: readonly string[];
  /** Further checks on the report and the marked copy (read back from disk). */
  check?: (outcome: {
    report: Report;
    markedCopy: Uint8Array;
    fixture: XlsxFixture | null;
  }) => Promise<void> | void;
}

export interface CorpusEntry {
  /** File name, also the test's name. */
  file: string;
  /** What the file is, for the table. */
  what: string;
  build: () => Promise<{ bytes: Uint8Array; fixture?: XlsxFixture }>;
  expected: Expected;
  /** Also run through bin/chibo4tot.cjs in a child process. */
  child?: boolean;
  /** The child's peak resident memory must stay under this (MB). */
  maxRssMb?: number;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Rewrites parts of a package (to make what exceljs refuses to write). */
export async function patchPackage(
  bytes: Uint8Array,
  edit: (parts: {
    read(name: string): Promise<string>;
    write(name: string, content: string | Uint8Array): void;
    remove(name: string): void;
  }) => Promise<void>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit({
    async read(name) {
      const file = zip.file(name);
      if (!file) throw new Error(`no part ${name}`);
      return file.async("string");
    },
    write(name, content) {
      zip.file(name, content);
    },
    remove(name) {
      zip.remove(name);
    },
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const xmlAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Adds a worksheet by editing the package, where Excel's own rules do not hold (exceljs refuses
 * "[" and "]" in a sheet name; other software writes them). The part is named
 * xl/worksheets/sheetN.xml, the only names exceljs reads.
 */
async function addSheetPart(
  bytes: Uint8Array,
  name: string,
  cellsXml: string,
): Promise<Uint8Array> {
  return patchPackage(bytes, async (parts) => {
    const workbook = await parts.read("xl/workbook.xml");
    const count = [...workbook.matchAll(/<sheet /g)].length;
    const part = `sheet${count + 1}.xml`;
    const id = `rIdTrust${count + 1}`;
    parts.write(
      "xl/workbook.xml",
      workbook.replace(
        "</sheets>",
        `<sheet name="${xmlAttribute(name)}" sheetId="${count + 1}" r:id="${id}"/></sheets>`,
      ),
    );
    const rels = await parts.read("xl/_rels/workbook.xml.rels");
    parts.write(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${part}"/></Relationships>`,
      ),
    );
    const types = await parts.read("[Content_Types].xml");
    parts.write(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/worksheets/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    );
    parts.write(
      `xl/worksheets/${part}`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cellsXml}</sheetData></worksheet>`,
    );
  });
}

/**
 * Raw deflate data that inflates to `megabytes` MiB of zeros, made from one compressed MiB
 * repeated (each copy ends with a sync flush, a final empty block closes the stream): a gigabyte
 * costs a millisecond and a megabyte of memory to make.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(MIB), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  return concat([
    ...Array.from({ length: megabytes }, () => new Uint8Array(block)),
    new Uint8Array([0x03, 0x00]),
  ]);
}

const WORKBOOK_XML = new TextEncoder().encode("<workbook/>");
const workbookPart = () => ({
  name: "xl/workbook.xml",
  deflated: new Uint8Array(deflateRawSync(WORKBOOK_XML)),
  declaredSize: WORKBOOK_XML.length,
});

/** One MiB that compresses about 100:1 (zeros with a pseudo-random byte every 256): an honest part. */
/** A workbook part and `count` honest parts of 1 MiB each, named by their number from 1. */
function honestMegabyteParts(count: number, name: (n: number) => string): { bytes: Uint8Array } {
  const part = honestMegabyte();
  const parts = Array.from({ length: count }, (_, i) => ({
    name: name(i + 1),
    deflated: part.deflated,
    declaredSize: part.size,
  }));
  return { bytes: handMadeZip([workbookPart(), ...parts]) };
}

function viNumber(value: number): string {
  return value.toLocaleString("vi-VN");
}

function honestMegabyte(): { deflated: Uint8Array; size: number } {
  const data = new Uint8Array(MIB);
  let x = 12345;
  for (let i = 0; i < data.length; i += 256) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  return { deflated: new Uint8Array(deflateRawSync(data, { level: 9 })), size: data.length };
}

/** A clean evaluation workbook of a few Party cells, with its roster. */
function cleanRows(): FixtureRow[] {
  return [
    fourGoodRow("CB01", "Chi bộ thôn Bắc"),
    fourGoodRow("CB02", "Chi bộ thôn Nam", { regular_meetings: 11 }),
  ];
}

// ---------------------------------------------------------------------------------------------
// The corpus

const FORMULA_CODES = ["=cmd|' /C calc'!A0", "+CB02", "-CB03", "@SUM(1,2)"];
const FORMULA_NAMES = [
  '=HYPERLINK("http://example.invalid","Bấm vào đây")',
  "+84 912 345 678",
  "-",
  "@Lan",
];
export const FORMULA_TEXTS = [...FORMULA_CODES, ...FORMULA_NAMES];
export const FORMULA_ORGANIZATION = "=cmd|' /C notepad'!A0";

export const LONG_TEXT = "Đ".repeat(32_767);
/** Stand-in bytes of a VBA project (an OLE file header and a recognisable body). */
export const VBA_PROJECT = concat([
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  new TextEncoder().encode('Sub Auto_Open(): Shell "calc.exe": End Sub '.repeat(40)),
]);
export const LONG_SHEET_NAME = "Chấm điểm chi bộ (bản nộp huyện tháng 12 năm 2025)";

export const CORPUS: readonly CorpusEntry[] = [
  {
    file: "not-a-zip.xlsx",
    what: "64 KiB of random bytes named .xlsx",
    build: async () => {
      const bytes = new Uint8Array(64 * 1024);
      let x = 7;
      for (let i = 0; i < bytes.length; i++) {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        bytes[i] = x >>> 24;
      }
      bytes[0] = 0x8f; // not "PK", not any known signature
      return { bytes };
    },
    expected: {
      exit: 2,
      message: /không phải sổ làm việc Excel \.xlsx \(không nhận ra định dạng\)/,
    },
    child: true,
  },
  {
    file: "truncated.xlsx",
    what: "a real evaluation workbook cut at 60% (an interrupted download)",
    build: async () => {
      const { bytes } = await cellsWorkbookFixture(cleanRows(), {
        roster: [...rosterFor("CB01"), ...rosterFor("CB02")],
      });
      return { bytes: bytes.subarray(0, Math.floor(bytes.length * 0.6)) };
    },
    expected: { exit: 2, message: /bị hỏng hoặc không đầy đủ/ },
    child: true,
  },
  {
    file: "encrypted.xlsx",
    what: "a password-protected workbook (OLE file with EncryptionInfo and EncryptedPackage)",
    build: async () => ({ bytes: compoundFile(["EncryptionInfo", "EncryptedPackage"]) }),
    expected: { exit: 2, message: /Lưu lại dưới dạng \.xlsx không đặt mật khẩu/ },
  },
  {
    file: "bomb-ratio.xlsx",
    what: "zip bomb: one part declaring 1 GiB of zeros honestly (ratio about 1000:1), 1 MB on disk",
    build: async () => {
      const zeros = deflatedZeros(1024);
      return {
        bytes: handMadeZip([
          workbookPart(),
          { name: "xl/worksheets/sheet1.xml", deflated: zeros, declaredSize: 1024 * MIB },
        ]),
      };
    },
    expected: { exit: 2, message: /tỉ lệ [\d.]+:1, giới hạn 300:1[\s\S]*bom nén/ },
    child: true,
    maxRssMb: 300,
  },
  {
    file: "bomb-total.xlsx",
    what: `zip bomb: 1,100 honest parts of 1 MiB each (ratio ~100:1, under the ratio limit), 1,100 MiB in all`,
    build: async () => honestMegabyteParts(1_100, (n) => `xl/worksheets/sheet${n}.xml`),
    expected: {
      exit: 2,
      message: new RegExp(
        `tới ${viNumber(1_100)} MB dữ liệu, vượt giới hạn ${viNumber(DEFAULT_READ_LIMITS.maxUncompressedBytes / MIB)} MB[\\s\\S]*bom nén`,
      ),
    },
    child: true,
    maxRssMb: 300,
  },
  {
    file: "bomb-parsed.xlsx",
    what: "250 honest parts of 1 MiB each that exceljs would parse (themes): under the package limit, over the parsed-size limit",
    build: async () => honestMegabyteParts(250, (n) => `xl/theme/theme${n}.xml`),
    expected: {
      exit: 2,
      message: new RegExp(
        `tới ${viNumber(250)} MB dữ liệu khi giải nén, vượt giới hạn ${viNumber(DEFAULT_READ_LIMITS.maxParsedBytes / MIB)} MB`,
      ),
    },
    child: true,
    maxRssMb: 300,
  },
  {
    file: "bomb-lying.xlsx",
    what: "zip bomb: a part declaring 100 bytes that inflates to 1 GiB of zeros",
    build: async () => ({
      bytes: handMadeZip([
        workbookPart(),
        { name: "xl/worksheets/sheet1.xml", deflated: deflatedZeros(1024), declaredSize: 100 },
      ]),
    }),
    expected: {
      exit: 2,
      message: /xl\/worksheets\/sheet1\.xml của tệp bị hỏng: giải nén ra không đúng kích thước/,
    },
    child: true,
    maxRssMb: 300,
  },
  {
    file: "200k-rows.xlsx",
    what: "10,000 Party cells and a roster of 200,000 members (about 6 MB, the documented largest real workbook)",
    build: async () => ({
      bytes: await syntheticWorkbook({ cells: 10_000, membersPerCell: 20, seed: 11 }),
    }),
    expected: {
      exit: 0,
      message: /Số chi bộ: 10000[\s\S]*Đã ghi bản đánh dấu/,
      noFindings: ["E_STRUCTURE", "W_ROSTER"],
      check: ({ report }) => {
        if (report.cells.length !== 10_000)
          throw new Error(`10,000 Party cells expected, got ${report.cells.length}`);
      },
    },
  },
  {
    file: "long-cell.xlsx",
    what: "a Party cell code and name of 32,767 characters (Excel's maximum) and a members count of 32,767 letters",
    build: async () => {
      const fixture = await cellsWorkbookFixture([
        fourGoodRow(LONG_TEXT, LONG_TEXT, { regular_meetings: 11 }),
        fourGoodRow("CB02", "Chi bộ thôn Nam", { members: "x".repeat(32_767) }),
      ]);
      return { bytes: fixture.bytes, fixture };
    },
    expected: {
      exit: 1,
      message: /LỖI DỮ LIỆU \(1\)/,
      findings: ["E_TYPE Chi bộ!{members:1}", "S_SHORTFALL Chi bộ!{regular_meetings:0}"],
    },
  },
  {
    file: "formula-text.xlsx",
    what: "codes, names and the organisation typed as text beginning with =, +, - and @ (formula injection)",
    build: async () => {
      const rows = FORMULA_CODES.map((code, i) =>
        fourGoodRow(code, FORMULA_NAMES[i], { regular_meetings: 10 + (i % 2) }),
      );
      const fixture = await cellsWorkbookFixture(rows, {
        info: { organization: FORMULA_ORGANIZATION, year: 2025 },
      });
      return { bytes: fixture.bytes, fixture };
    },
    expected: { exit: 0, message: /Số chi bộ: 4/, findings: ["S_SHORTFALL"] },
  },
  {
    file: "user-sheet-quotes-brackets.xlsx",
    what: 'sheets "Chi bộ", a user\'s "O\'Brien [2]" and "History" (names Excel itself forbids, other software writes), a roster with an unknown code',
    build: async () => {
      const roster = [
        ...rosterFor("CB01"),
        ...rosterFor("CB02", fourGoodRow("CB02", "", { regular_meetings: 11 })),
        { name: "Người lạ", code: "CB99", rating: "HTTNV" },
      ];
      const fixture = await cellsWorkbookFixture(cleanRows(), { roster });
      const withBrackets = await addSheetPart(
        fixture.bytes,
        "O'Brien [2]",
        '<row r="1"><c r="A1" t="inlineStr"><is><t>=ghi chú riêng</t></is></c></row>',
      );
      const bytes = await addSheetPart(
        withBrackets,
        "History",
        '<row r="1"><c r="A1"><v>1</v></c></row>',
      );
      return { bytes, fixture };
    },
    expected: {
      exit: 1,
      message: /E_CROSS/,
      findings: ["E_CROSS Đảng viên!C63", "S_SHORTFALL Chi bộ!{regular_meetings:1}"],
    },
  },
  {
    file: "cells-sheet-apostrophe.xlsx",
    what: `the "Chi bộ" sheet named "Chi bộ (O'Brien)" (an alias by its bracket group, with an apostrophe)`,
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows(), {
        cellsSheetName: "Chi bộ (O'Brien)",
        totalRow: true,
      });
      return { bytes: fixture.bytes, fixture };
    },
    expected: {
      exit: 0,
      message: /Số chi bộ: 2/,
      findings: ["S_SHORTFALL Chi bộ (O'Brien)!{regular_meetings:1}"],
    },
  },
  {
    file: "long-sheet-name.xlsx",
    what: `the "Chi bộ" sheet named "${LONG_SHEET_NAME}" (an alias, ${LONG_SHEET_NAME.length} characters: more than Excel's 31)`,
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows(), { cellsSheetName: "Chi bộ" });
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        const xml = await parts.read("xl/workbook.xml");
        parts.write("xl/workbook.xml", xml.replace('name="Chi bộ"', `name="${LONG_SHEET_NAME}"`));
      });
      return { bytes, fixture: { ...fixture, at: { ...fixture.at, sheet: LONG_SHEET_NAME } } };
    },
    expected: {
      exit: 0,
      message: /Số chi bộ: 2/,
      findings: [`S_SHORTFALL ${LONG_SHEET_NAME}!{regular_meetings:1}`],
    },
  },
  {
    file: "odd-part-names.xlsx",
    what: 'the "Chi bộ" sheet stored as xl/worksheets/chi-bo.xml (a valid part name other software uses)',
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows());
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        parts.write("xl/worksheets/chi-bo.xml", await parts.read("xl/worksheets/sheet2.xml"));
        parts.remove("xl/worksheets/sheet2.xml");
        const rels = await parts.read("xl/_rels/workbook.xml.rels");
        parts.write(
          "xl/_rels/workbook.xml.rels",
          rels.replace('Target="worksheets/sheet2.xml"', 'Target="/xl/worksheets/chi-bo.xml"'),
        );
        const types = await parts.read("[Content_Types].xml");
        parts.write(
          "[Content_Types].xml",
          types.replace(
            'PartName="/xl/worksheets/sheet2.xml"',
            'PartName="/xl/worksheets/chi-bo.xml"',
          ),
        );
      });
      return { bytes, fixture };
    },
    expected: {
      exit: 0,
      message: /Số chi bộ: 2/,
      findings: ["S_SHORTFALL Chi bộ!{regular_meetings:1}"],
    },
  },
  {
    file: "macro-enabled.xlsm",
    what: "a macro-enabled workbook (.xlsm) with a VBA project: read as data, macros never run, kept byte for byte in the copy",
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows());
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        const types = await parts.read("[Content_Types].xml");
        parts.write(
          "[Content_Types].xml",
          types
            .replace(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
              "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            )
            .replace(
              "<Default ",
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
            ),
        );
        const rels = await parts.read("xl/_rels/workbook.xml.rels");
        parts.write(
          "xl/_rels/workbook.xml.rels",
          rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
          ),
        );
        parts.write("xl/vbaProject.bin", VBA_PROJECT);
      });
      return { bytes, fixture };
    },
    expected: {
      exit: 0,
      message: /Số chi bộ: 2/,
      findings: ["S_SHORTFALL Chi bộ!{regular_meetings:1}"],
    },
  },
  {
    file: "cached-errors.xlsx",
    what: "formulas whose cached results are #DIV/0!, #N/A, #REF!, #VALUE! and #NAME? in input cells and in the total row",
    build: async () => {
      const fixture = await cellsWorkbookFixture(
        [
          fourGoodRow("CB01", "Chi bộ thôn Bắc", {
            attendance_pct: { formula: "E9/0", result: { error: "#DIV/0!" } },
          }),
          fourGoodRow("CB02", "Chi bộ thôn Nam", {
            members: { formula: "VLOOKUP(B10,X:Y,2,0)", result: { error: "#N/A" } },
          }),
          fourGoodRow("CB03", "", {
            name: { formula: "#REF!", result: { error: "#REF!" } },
            cell_rating: { formula: "A1+B1", result: { error: "#VALUE!" } },
            new_members: { formula: "KETNAP()", result: { error: "#NAME?" } },
          }),
        ],
        { totalRow: true },
      );
      return { bytes: fixture.bytes, fixture };
    },
    expected: {
      exit: 1,
      message: /LỖI DỮ LIỆU \(5\)/,
      findings: [
        "E_TYPE Chi bộ!{attendance_pct:0}",
        "E_TYPE Chi bộ!{members:1}",
        "E_TYPE Chi bộ!{name:2}",
        "E_TYPE Chi bộ!{cell_rating:2}",
        "E_TYPE Chi bộ!{new_members:2}",
      ],
    },
  },
  {
    file: "hidden-sheets.xlsx",
    what: '"Thông tin" and "Chi bộ" hidden, "Đảng viên" very hidden: read like any other',
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows(), {
        roster: [...rosterFor("CB01"), ...rosterFor("CB02")],
      });
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        const xml = await parts.read("xl/workbook.xml");
        let n = 0;
        const hidden = xml.replace(/<sheet [^>]*>/g, (sheet) => {
          const state = n++ === 2 ? "veryHidden" : "hidden";
          return / state="[^"]*"/.test(sheet)
            ? sheet.replace(/ state="[^"]*"/, ` state="${state}"`)
            : sheet.replace("<sheet ", `<sheet state="${state}" `);
        });
        if (n !== 3) throw new Error(`three sheets expected, got ${n}`);
        parts.write("xl/workbook.xml", hidden);
      });
      return { bytes, fixture };
    },
    expected: {
      exit: 0,
      message: /Số chi bộ: 2/,
      findings: ["S_SHORTFALL Chi bộ!{regular_meetings:1}"],
      noFindings: ["W_INFO", "E_STRUCTURE", "W_ROSTER", "E_CROSS"],
    },
  },
  {
    file: "dates-for-numbers.xlsx",
    what: "dates typed where numbers are expected (members, meetings, attendance)",
    build: async () => {
      const date = new Date(Date.UTC(2025, 0, 12));
      const fixture = await cellsWorkbookFixture([
        fourGoodRow("CB01", "Chi bộ thôn Bắc", { members: date, regular_meetings: date }),
        fourGoodRow("CB02", "Chi bộ thôn Nam", { attendance_pct: date }),
      ]);
      return { bytes: fixture.bytes, fixture };
    },
    expected: {
      exit: 1,
      message: /hiện ngày tháng “01-12-25”, không phải số/, // mm-dd-yy, as exceljs formats a Date
      findings: [
        "E_TYPE Chi bộ!{members:0}",
        "E_TYPE Chi bộ!{regular_meetings:0}",
        "E_TYPE Chi bộ!{attendance_pct:1}",
      ],
    },
  },
  {
    file: "zip-slip.xlsx",
    what: 'a workbook carrying parts named "../../chibo4tot-zip-slip.txt" and "/tmp/chibo4tot-zip-slip.txt"',
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows());
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        parts.write("../../chibo4tot-zip-slip.txt", "escaped");
        parts.write("/tmp/chibo4tot-zip-slip.txt", "escaped");
      });
      return { bytes, fixture };
    },
    expected: { exit: 0, message: /Số chi bộ: 2/ },
  },
  {
    file: "entity-expansion.xlsx",
    what: 'a "billion laughs" DOCTYPE in the "Chi bộ" sheet XML',
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows());
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        const xml = await parts.read("xl/worksheets/sheet2.xml");
        parts.write(
          "xl/worksheets/sheet2.xml",
          xml
            .replace(/^<\?xml[^>]*>/, `<?xml version="1.0"?>${BILLION_LAUGHS}`)
            .replace("<v>30</v>", "<v>&lol9;</v>"),
        );
      });
      return { bytes };
    },
    expected: { exit: 2, message: /Không đọc được nội dung sổ làm việc/ },
    child: true,
    maxRssMb: 300,
  },
  {
    file: "entity-expansion-properties.xlsx",
    what: 'a "billion laughs" DOCTYPE in docProps/custom.xml (where the stamp lives)',
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows());
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        parts.write(
          "docProps/custom.xml",
          `<?xml version="1.0"?>${BILLION_LAUGHS}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Chibo4tot.Fingerprint"><vt:lpwstr>&lol9;</vt:lpwstr></property></Properties>`,
        );
      });
      return { bytes };
    },
    expected: { exit: 0, message: /Số chi bộ: 2/ },
  },
  {
    file: "far-cell.xlsx",
    what: 'a stray value in the last cell Excel allows (XFD1048576) of "Chi bộ"',
    build: async () => {
      const fixture = await cellsWorkbookFixture(cleanRows());
      const bytes = await patchPackage(fixture.bytes, async (parts) => {
        const xml = await parts.read("xl/worksheets/sheet2.xml");
        parts.write(
          "xl/worksheets/sheet2.xml",
          xml.replace(
            "</sheetData>",
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>cuối</t></is></c></row></sheetData>',
          ),
        );
      });
      return { bytes };
    },
    expected: { exit: 0, message: /Số chi bộ: 2/, noFindings: ["E_STRUCTURE"] },
  },
];

const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from(
    { length: 8 },
    (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i === 0 ? "" : i + 1};`.repeat(10)}">`,
  ).join("") +
  "]>";
