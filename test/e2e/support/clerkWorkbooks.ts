/**
 * Workbooks a clerk brings to the preview, made by code: a province-sized one (thousands of Party
 * cells, most with something to fix) and an empty one (nothing the engine can score).
 */
import ExcelJS from "exceljs";
import { cellsWorkbookFixture, fourGoodRow, type FixtureRow } from "../../support/xlsxFixtures";

/** The code of the n-th Party cell (1-based) of bigWorkbook: CB0001 … CB3000. */
export function bigCellCode(n: number): string {
  return `CB${String(n).padStart(4, "0")}`;
}

/**
 * `count` Party cells, five findings or so each (numbers typed as text, a typo in a rating,
 * meetings and targets short), as large files are filled in practice.
 */
export async function bigWorkbook(count: number): Promise<Uint8Array> {
  const rows: FixtureRow[] = [];
  for (let n = 1; n <= count; n++) {
    const code = bigCellCode(n);
    const name = `Chi bộ thôn ${n}`;
    switch (n % 4) {
      case 0:
        rows.push(fourGoodRow(code, name));
        break;
      case 1:
        rows.push(
          fourGoodRow(code, name, {
            members: "28",
            regular_meetings: "8",
            absent_no_reason: 3,
            targets_pct: 85,
          }),
        );
        break;
      case 2:
        rows.push(
          fourGoodRow(code, name, {
            cell_rating: "HTXNSV",
            attendance_pct: 78,
            members: "30",
            thematic_meetings: "4",
          }),
        );
        break;
      default:
        rows.push(
          fourGoodRow(code, name, {
            members_good: "20",
            new_members: "0",
            disunity_cases: "0",
            members_failed: 2,
            regular_meetings: 11,
          }),
        );
    }
  }
  const fixture = await cellsWorkbookFixture(rows, {
    info: { organization: "Đảng bộ huyện Thạch Hà", year: 2025 },
  });
  return fixture.bytes;
}

/** A workbook with one empty sheet, as a new file in Excel is. */
export async function emptyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
