/**
 * The sample workbook's content: a commune Party committee, "Đảng bộ xã Thạch Hà", year 2025, with
 * ten Party cells chosen to show every outcome (docs/template.md lists the expected results):
 * four "Đạt 4 tốt" (one with a shortfall it can afford), four "Chưa đạt" failing different
 * criteria, two data errors (a rating typo; members_good + members_failed > members, which the
 * roster also contradicts), and one number typed as text (a warning). The roster agrees with the
 * table for every other cell. Member names come from a fixed seed: regenerating gives the same file.
 */
import type { CellsInputKey, RatingCode } from "../../core";

export type SampleValue = number | string;

export interface SampleCell {
  readonly values: Partial<Record<CellsInputKey, SampleValue>>;
  /** Roster of the cell: ratings in order; disciplined/admitted members are the first ones. */
  readonly roster: {
    ratings: Partial<Record<RatingCode, number>>;
    disciplined: number;
    admitted: number;
  };
}

export const SAMPLE_INFO = {
  organization: "Đảng bộ xã Thạch Hà",
  year: 2025,
  parent: "Đảng bộ tỉnh Hà Tĩnh",
  preparedBy: "Nguyễn Thị Hồng Nhung",
  phone: "0239 3845 123",
  place: "Thạch Hà",
  /** Date of the form: 15 December 2025. */
  day: { day: 15, month: 12 },
} as const;

const FULL_MARKS = {
  targets_pct: 100,
  cell_rating: "HTXSNV",
  regular_meetings: 12,
  thematic_meetings: 4,
  attendance_pct: 96,
  disciplined: 0,
  disunity_cases: 0,
  absent_no_reason: 0,
  members_failed: 0,
  new_members: 1,
} as const;

function cell(
  code: string,
  name: string,
  members: number,
  membersGood: number,
  overrides: Partial<Record<CellsInputKey, SampleValue>>,
  roster: SampleCell["roster"],
): SampleCell {
  return {
    values: { code, name, members, ...FULL_MARKS, members_good: membersGood, ...overrides },
    roster,
  };
}

export const SAMPLE_CELLS: readonly SampleCell[] = [
  // 100 points: every indicator at its best.
  cell(
    "CB01",
    "Chi bộ thôn Bắc Sơn",
    32,
    31,
    { targets_pct: 105, attendance_pct: 96.5, new_members: 2 },
    {
      ratings: { HTXSNV: 6, HTTNV: 25, HTNV: 1 },
      disciplined: 0,
      admitted: 2,
    },
  ),
  // Four good with a shortfall it can afford (one absence without reason); meetings typed as text.
  cell(
    "CB02",
    "Chi bộ thôn Đông Hà",
    28,
    26,
    {
      cell_rating: "HTTNV",
      regular_meetings: "12",
      attendance_pct: 93,
      absent_no_reason: 1,
    },
    { ratings: { HTXSNV: 4, HTTNV: 22, HTNV: 2 }, disciplined: 0, admitted: 1 },
  ),
  cell(
    "CB03",
    "Chi bộ Trường THCS Thạch Hà",
    18,
    17,
    { thematic_meetings: 5, attendance_pct: 98 },
    {
      ratings: { HTXSNV: 5, HTTNV: 12, HTNV: 1 },
      disciplined: 0,
      admitted: 1,
    },
  ),
  // Four good although only 8 of 9 members (88.9%) are rated good: criterion IV still has 21 points.
  cell(
    "CB04",
    "Chi bộ Trạm Y tế xã",
    9,
    8,
    { cell_rating: "HTTNV", attendance_pct: 95 },
    {
      ratings: { HTXSNV: 2, HTTNV: 6, HTNV: 1 },
      disciplined: 0,
      admitted: 1,
    },
  ),
  // Not four good: no member admitted this year, criterion IV has 17 points.
  cell(
    "CB05",
    "Chi bộ Công an xã",
    12,
    12,
    { targets_pct: 110, attendance_pct: 100, new_members: 0 },
    {
      ratings: { HTXSNV: 4, HTTNV: 8 },
      disciplined: 0,
      admitted: 0,
    },
  ),
  // Not four good on II: only 10 regular meetings.
  cell(
    "CB06",
    "Chi bộ thôn Nam Hà",
    41,
    38,
    { cell_rating: "HTTNV", regular_meetings: 10, attendance_pct: 91 },
    {
      ratings: { HTXSNV: 3, HTTNV: 35, HTNV: 3 },
      disciplined: 0,
      admitted: 1,
    },
  ),
  // Not four good on III and IV: a member disciplined, and one who did not complete their tasks.
  cell(
    "CB07",
    "Chi bộ thôn Trung Tiến",
    35,
    32,
    { cell_rating: "HTTNV", disciplined: 1, members_failed: 1, attendance_pct: 92 },
    {
      ratings: { HTXSNV: 2, HTTNV: 30, HTNV: 2, KHTNV: 1 },
      disciplined: 1,
      admitted: 1,
    },
  ),
  // Not four good on I: the cell itself rated only "completed" (HTNV), 95% of its targets.
  cell(
    "CB08",
    "Chi bộ Quân sự xã",
    5,
    5,
    { targets_pct: 95, cell_rating: "HTNV" },
    {
      ratings: { HTTNV: 5 },
      disciplined: 0,
      admitted: 1,
    },
  ),
  // Data error: the rating is mistyped.
  cell(
    "CB09",
    "Chi bộ thôn Tân Phú",
    24,
    22,
    { cell_rating: "HTTVN", attendance_pct: 94 },
    {
      ratings: { HTXSNV: 2, HTTNV: 20, HTNV: 2 },
      disciplined: 0,
      admitted: 1,
    },
  ),
  // Data error: 14 good + 2 failed members > 15 members; the roster lists only one failed member.
  cell(
    "CB10",
    "Chi bộ Trường Mầm non Thạch Hà",
    15,
    14,
    { cell_rating: "HTTNV", members_failed: 2 },
    {
      ratings: { HTXSNV: 3, HTTNV: 11, KHTNV: 1 },
      disciplined: 0,
      admitted: 1,
    },
  ),
];

export interface SampleMember {
  readonly name: string;
  readonly cellCode: string;
  readonly rating: RatingCode;
  readonly disciplined: boolean;
  readonly admitted: boolean;
}

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Phan",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Quang", "Minh", "Xuân", "Đình", "Công"];
const MIDDLE_FEMALE = ["Thị", "Thị Thu", "Thị Hồng", "Thị Thanh", "Ngọc", "Thị Minh"];
const GIVEN_MALE = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Hải",
  "Sơn",
  "Thắng",
  "Long",
  "Cường",
  "Nam",
  "Quý",
  "Bình",
  "Tài",
];
const GIVEN_FEMALE = [
  "Lan",
  "Hương",
  "Hà",
  "Mai",
  "Trang",
  "Huyền",
  "Nga",
  "Thảo",
  "Linh",
  "Oanh",
  "Hoa",
  "Yến",
];
const RATING_ORDER: readonly RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/** Every member of every sample cell, in cell order; the same list on every run (fixed seed). */
export function sampleMembers(): SampleMember[] {
  const random = seededRandom(20251215);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const members: SampleMember[] = [];
  for (const { values, roster } of SAMPLE_CELLS) {
    const ratings = RATING_ORDER.flatMap((rating) =>
      Array<RatingCode>(roster.ratings[rating] ?? 0).fill(rating),
    );
    ratings.forEach((rating, i) => {
      const female = random() < 0.45;
      const name = female
        ? `${pick(FAMILY)} ${pick(MIDDLE_FEMALE)} ${pick(GIVEN_FEMALE)}`
        : `${pick(FAMILY)} ${pick(MIDDLE_MALE)} ${pick(GIVEN_MALE)}`;
      members.push({
        name,
        cellCode: String(values.code),
        rating,
        // The disciplined member is the one rated KHTNV when there is one, else the last.
        disciplined: i >= ratings.length - roster.disciplined,
        admitted: i < roster.admitted && rating !== "KHTNV",
      });
    });
  }
  return members;
}

/** mulberry32: a tiny deterministic generator, so the sample never changes between runs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
