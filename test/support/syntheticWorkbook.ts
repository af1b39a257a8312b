/**
 * Large, realistic evaluation workbooks for the benchmark and for tests that need volume: the
 * template's layout (title, merged two-row header, column numbers), `cells` Party cells with
 * varied values, and a roster of `membersPerCell` members each that agrees with them. Written
 * with exceljs's streaming writer and shared strings, as Excel writes files, so 10,000 cells with
 * 200,000 members take seconds, not minutes. Same seed, same workbook.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import {
  INFO_FIELDS,
  ROSTER_COLUMNS,
  type CellsInputKey,
  type RatingCode,
  type RosterKey,
} from "../../src/core";
import { seededRandom } from "../../src/cli/template/sampleData";
import { templateColumns } from "../../src/cli/template/templateColumns";
import { sheetName } from "./xlsxFixtures";

export interface SyntheticOptions {
  cells: number;
  /** Members listed per cell on "Đảng viên"; 0 leaves the roster sheet out. */
  membersPerCell: number;
  seed?: number;
}

/** Rows of the "Chi bộ" sheet: the title at 1, group header 3, header 4, numbers 5, data from 6. */
export const SYNTHETIC_LAYOUT = {
  groupRow: 3,
  headerRow: 4,
  numberRow: 5,
  firstDataRow: 6,
} as const;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ"];
const GIVEN = [
  "Văn An",
  "Thị Bình",
  "Hữu Cường",
  "Thị Dung",
  "Đức Em",
  "Thị Giang",
  "Minh Hải",
  "Thị Lan",
  "Quang Long",
  "Thị Mai",
];

export async function syntheticWorkbook(options: SyntheticOptions): Promise<Uint8Array> {
  const random = seededRandom(options.seed ?? 1);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });

  const info = writer.addWorksheet(sheetName("info"));
  const label = (key: "organization" | "year"): string =>
    INFO_FIELDS.find((field) => field.key === key)?.label ?? key;
  info.getRow(1).values = [label("organization"), `Đảng bộ tổng hợp ${options.cells} chi bộ`];
  info.getRow(2).values = [label("year"), 2025];
  info.getRow(1).commit();
  info.getRow(2).commit();
  info.commit();

  const cells = Array.from({ length: options.cells }, (_, i) =>
    syntheticCell(i, options.membersPerCell, random),
  );
  writeCellsSheet(writer, cells);
  if (options.membersPerCell > 0) writeRosterSheet(writer, cells);

  await writer.commit();
  await done;
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface SyntheticCell {
  values: Partial<Record<CellsInputKey, number | string>>;
  members: { name: string; rating: RatingCode; disciplined: boolean; admitted: boolean }[];
}

function syntheticCell(index: number, membersPerCell: number, random: () => number): SyntheticCell {
  const code = `CB${String(index + 1).padStart(5, "0")}`;
  const memberCount = membersPerCell > 0 ? membersPerCell : 5 + Math.floor(random() * 40);
  const members = Array.from({ length: memberCount }, (_, m) => {
    const roll = random();
    const rating: RatingCode =
      roll < 0.2 ? "HTXSNV" : roll < 0.9 ? "HTTNV" : roll < 0.98 ? "HTNV" : "KHTNV";
    return {
      name: `${FAMILY[(index + m) % FAMILY.length]} ${GIVEN[Math.floor(random() * GIVEN.length)]}`,
      rating,
      disciplined: random() < 0.005,
      admitted: random() < 0.05,
    };
  });
  const count = (test: (member: SyntheticCell["members"][number]) => boolean): number =>
    members.filter(test).length;
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)];
  return {
    values: {
      stt: index + 1,
      code,
      name: `Chi bộ số ${index + 1}`,
      members: memberCount,
      targets_pct: pick([85, 92, 100, 100, 100, 105, 110]),
      cell_rating: pick<RatingCode>(["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"]),
      regular_meetings: pick([10, 11, 12, 12, 12, 12]),
      thematic_meetings: pick([2, 3, 4, 4, 5]),
      attendance_pct: Math.round((86 + random() * 14) * 10) / 10,
      disciplined: count((member) => member.disciplined),
      disunity_cases: random() < 0.03 ? 1 : 0,
      absent_no_reason: pick([0, 0, 0, 1, 2, 3]),
      members_good: count((member) => member.rating === "HTXSNV" || member.rating === "HTTNV"),
      members_failed: count((member) => member.rating === "KHTNV"),
      new_members: count((member) => member.admitted),
    },
    members: membersPerCell > 0 ? members : [],
  };
}

function writeCellsSheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, cells: SyntheticCell[]): void {
  const columns = templateColumns();
  const sheet = writer.addWorksheet(sheetName("cells"), {
    views: [{ state: "frozen", ySplit: SYNTHETIC_LAYOUT.numberRow }],
  });
  const { groupRow, headerRow, numberRow } = SYNTHETIC_LAYOUT;
  const last = columns[columns.length - 1].letter;

  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell("A1").value = "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CHI BỘ 4 TỐT NĂM 2025";
  let i = 0;
  while (i < columns.length) {
    const column = columns[i];
    if (column.group === null) {
      sheet.mergeCells(`${column.letter}${groupRow}:${column.letter}${headerRow}`);
      sheet.getCell(`${column.letter}${groupRow}`).value = column.header;
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < columns.length && columns[end + 1].group === column.group) end++;
    if (end > i) sheet.mergeCells(`${column.letter}${groupRow}:${columns[end].letter}${groupRow}`);
    sheet.getCell(`${column.letter}${groupRow}`).value = column.group;
    for (let k = i; k <= end; k++)
      sheet.getCell(`${columns[k].letter}${headerRow}`).value = columns[k].header;
    i = end + 1;
  }
  sheet.getRow(numberRow).values = columns.map((_, index) => `(${index + 1})`);
  for (let row = 1; row <= numberRow; row++) sheet.getRow(row).commit();

  cells.forEach((cell, index) => {
    const row = sheet.getRow(SYNTHETIC_LAYOUT.firstDataRow + index);
    columns.forEach((column, c) => {
      if (column.kind !== "input") return;
      const value = cell.values[column.spec.key as CellsInputKey];
      if (value !== undefined) row.getCell(c + 1).value = value;
    });
    row.commit();
  });
  sheet.commit();
}

function writeRosterSheet(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  cells: SyntheticCell[],
): void {
  const sheet = writer.addWorksheet(sheetName("roster"));
  const keys = ROSTER_COLUMNS.map((spec) => spec.key as RosterKey);
  sheet.getRow(1).values = ["DANH SÁCH ĐẢNG VIÊN"];
  sheet.getRow(1).commit();
  sheet.getRow(2).values = ROSTER_COLUMNS.map((spec) => spec.header);
  sheet.getRow(2).commit();
  let rowNumber = 3;
  let ordinal = 1;
  for (const cell of cells) {
    for (const member of cell.members) {
      const values: Record<RosterKey, string | number | null> = {
        stt: ordinal++,
        member_name: member.name,
        cell_code: String(cell.values.code),
        member_rating: member.rating,
        disciplined_flag: member.disciplined ? "x" : null,
        admitted_flag: member.admitted ? "x" : null,
      };
      const row = sheet.getRow(rowNumber++);
      row.values = keys.map((key) => values[key]);
      row.commit();
    }
  }
  sheet.commit();
}
