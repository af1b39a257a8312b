/**
 * The "Đảng viên" roster as found in a sheet (spec §4): header, structure problems, and the
 * member rows read (also when a column is missing: they are still inputs the fingerprint covers,
 * though a roster with structure problems is not checked). A roster with a header and no member
 * rows counts as absent.
 *
 * v2: the sheet is read decoded when it is typed in TCVN3 or VNI (`encoding`, W_ENCODING); merges
 * down a column fill their cells silently ("Mã chi bộ" merged over each Party cell's members);
 * signature rows no longer end the list.
 */
import { ROSTER_COLUMNS } from "../catalog/rosterColumns";
import { columnNames } from "../catalog/columnSpec";
import type { SheetGrid } from "../grid/grid";
import { classifyMemberRows, type RowCell } from "./classifyRows";
import { fillMergesDown, type FilledCell } from "./fillMerges";
import {
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  type FoundHeader,
  type HeaderOptions,
} from "./findHeaderRow";
import type { RosterKey } from "../vocabulary";
import { chooseSheetEncoding } from "./legacySheet";
import { tableStructureProblems, type StructureProblem } from "./tableStructure";
import { NameMatcher, normalizeHeader } from "../text/normalizeText";
import { valueAt } from "../values/cellValue";
import { ReadRows, readRows } from "../values/readRows";
import { readRating } from "../values/readValue";
import { firstRecognisedCell, type SheetEncoding } from "./partyCellsTable";

const ROSTER_MATCHER = new NameMatcher<RosterKey>(
  ROSTER_COLUMNS.map((spec) => ({ key: spec.key, names: columnNames(spec) })),
  normalizeHeader,
);
const REQUIRED_KEYS = ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.key);

export function rosterHeaderOf(key: RosterKey): string {
  return ROSTER_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

export interface RosterTable {
  /** The sheet read: the given one, decoded when typed in a legacy encoding, merges filled. */
  readonly sheet: SheetGrid;
  readonly header: FoundHeader<RosterKey> | null;
  readonly problems: readonly StructureProblem<RosterKey>[];
  /** Member rows, made when iterated (see ReadRows): a roster can hold hundreds of thousands. */
  readonly members: ReadRows<RosterKey>;
  /** 0-based row of the first signature row, or null. */
  readonly signatureRow: number | null;
  /** 0-based rows of every signature row (v2: skipped, the list goes on). */
  readonly signatureRows: readonly number[];
  /** Member rows after a signature row, with their code cell (v2). */
  readonly belowSignature: readonly RowCell[];
  /** The legacy encoding the sheet was read in (v2, W_ENCODING), or null for Unicode. */
  readonly encoding: SheetEncoding | null;
  /** Cells filled from a merge above them, read silently (v2). */
  readonly filledCells: readonly FilledCell[];
}

function headerOptions(decodeUnmatched: boolean, year: number | null): HeaderOptions<RosterKey> {
  return { matcher: ROSTER_MATCHER, counts: (key) => key !== "stt", decodeUnmatched, year };
}

export interface RosterOptions {
  /** The evaluation year ("Thông tin"), to choose among columns for different years. */
  readonly year?: number | null;
}

export function discoverRoster(given: SheetGrid, options: RosterOptions = {}): RosterTable {
  const year = options.year ?? null;
  const { sheet: read, encoding } = chooseSheetEncoding(given, HEADER_SEARCH_ROWS, (candidate) => {
    const found = findHeaderRow(candidate, headerOptions(false, year));
    return {
      complete: tableStructureProblems(found, REQUIRED_KEYS).every((p) => p.kind === "repeat"),
      recognised: found?.columns.size ?? 0,
    };
  });
  const header = findHeaderRow(read, headerOptions(encoding === null, year));
  const problems = tableStructureProblems(header, REQUIRED_KEYS);
  const sheetEncoding: SheetEncoding | null =
    encoding !== null && header !== null
      ? { encoding, ...firstRecognisedCell(header) }
      : null;
  if (header === null)
    return {
      sheet: read,
      header,
      problems,
      members: readRows(read, [], new Map(), ROSTER_COLUMNS),
      signatureRow: null,
      signatureRows: [],
      belowSignature: [],
      encoding: sheetEncoding,
      filledCells: [],
    };
  const { sheet, filled } = fillMergesDown(read, header.row);
  const ratingCol = header.columns.get("member_rating") ?? null;
  const rows = classifyMemberRows(sheet, header.row, {
    codeCol: header.columns.get("cell_code") ?? null,
    ratingCol,
    readsRating: (row) =>
      ratingCol !== null && readRating(valueAt(sheet, row, ratingCol)).status === "ok",
  });
  const members = readRows(sheet, rows.dataRows, header.columns, ROSTER_COLUMNS);
  return {
    sheet,
    header,
    problems,
    members,
    signatureRow: rows.signatureRow,
    signatureRows: rows.signatureRows,
    belowSignature: rows.belowSignature,
    encoding: sheetEncoding,
    filledCells: filled,
  };
}

/** Whether a roster sheet is the one to read among several: its header recognised, a member row under it. */
export function rosterHasMembers(roster: RosterTable): boolean {
  return roster.header !== null && roster.members.length > 0;
}

export interface RosterChoice {
  readonly roster: RosterTable;
  /** The other sheets of the role, in workbook order (W_INFO names the sheet read). */
  readonly others: readonly string[];
}

/**
 * Among the sheets matching "Đảng viên" (workbook order), the one to read: the first whose
 * header is recognised and that holds a member row, else the first (spec §1 "Sheets", v2).
 */
export function chooseRoster(
  sheets: readonly SheetGrid[],
  options: RosterOptions = {},
): RosterChoice | null {
  if (sheets.length === 0) return null;
  let chosen: RosterTable | null = null;
  let first: RosterTable | null = null;
  for (const sheet of sheets) {
    const roster = discoverRoster(sheet, options);
    first ??= roster;
    if (sheets.length === 1 || rosterHasMembers(roster)) {
      chosen = roster;
      break;
    }
  }
  const roster = chosen ?? (first as RosterTable);
  const name = roster.sheet.name;
  return { roster, others: sheets.map((s) => s.name).filter((other) => other !== name) };
}
