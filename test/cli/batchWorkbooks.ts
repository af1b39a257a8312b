/**
 * Many small evaluation workbooks for the batch commands' tests, as a district receives them: one
 * per grassroots organisation, 3–8 Party cells each with their own codes, values varied by a seed
 * (shortfalls, now and then a rating typo or a number typed as text), some with a member roster.
 */
import { seededRandom } from "../../src/cli/template/sampleData";
import {
  cellsWorkbookFixture,
  fourGoodRow,
  rosterFor,
  type FixtureRow,
} from "../support/xlsxFixtures";

export interface BatchWorkbookOptions {
  /** Overrides of the first Party cell (a shared code, a name starting with "="). */
  firstCell?: Partial<FixtureRow>;
  organization?: string;
}

export async function batchWorkbook(
  index: number,
  options: BatchWorkbookOptions = {},
): Promise<Uint8Array> {
  const random = seededRandom(1_000 + index);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)];
  const count = 3 + Math.floor(random() * 6);
  const rows: FixtureRow[] = Array.from({ length: count }, (_, i) => {
    const code = `X${String(index).padStart(3, "0")}-${i + 1}`;
    const members = pick([2, 12, 20, 30]);
    const good = Math.min(members, pick([members, members - 1, Math.floor(members * 0.8)]));
    return fourGoodRow(code, `Chi bộ ${i + 1} của đơn vị ${index}`, {
      members,
      members_good: good,
      targets_pct: pick([85, 95, 100, 105, "100%"]),
      cell_rating: pick(["HTXSNV", "HTTNV", "HTTNV", "HTNV", "HTTVN"]),
      regular_meetings: pick([12, 12, 11, " 12 ", 10]),
      thematic_meetings: pick([4, 5, 3]),
      attendance_pct: pick([96, 92, 88]),
      absent_no_reason: pick([0, 0, 1, 3]),
      new_members: pick([0, 1, 2]),
      ...(i === 0 ? options.firstCell : {}),
    });
  });
  const withRoster = random() < 0.3;
  const fixture = await cellsWorkbookFixture(rows, {
    info: { organization: options.organization ?? `Đảng bộ xã số ${index}`, year: 2025 },
    totalRow: random() < 0.5,
    signature: random() < 0.5,
    roster: withRoster ? rows.flatMap((row) => rosterFor(String(row.code), row)) : null,
  });
  return fixture.bytes;
}
