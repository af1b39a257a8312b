/**
 * The "Đảng viên" roster as found in a sheet (spec §4): header, structure problems, and the
 * member rows read (also when a column is missing: they are still inputs the fingerprint covers,
 * though a roster with structure problems is not checked). A roster with a header and no member
 * rows counts as absent.
 */
import { ROSTER_COLUMNS } from "../catalog/rosterColumns";
import { columnNames } from "../catalog/columnSpec";
import type { SheetGrid } from "../grid/grid";
import { classifyMemberRows } from "./classifyRows";
import { findHeaderRow, type FoundHeader } from "./findHeaderRow";
import { tableStructureProblems, type StructureProblem } from "./tableStructure";
import { NameMatcher } from "../text/normalizeText";
import { ReadRows, readRows } from "../values/readRows";
import type { RosterKey } from "../vocabulary";

const ROSTER_MATCHER = new NameMatcher<RosterKey>(
  ROSTER_COLUMNS.map((spec) => ({ key: spec.key, names: columnNames(spec) })),
);
const REQUIRED_KEYS = ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.key);

export function rosterHeaderOf(key: RosterKey): string {
  return ROSTER_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

export interface RosterTable {
  readonly sheet: SheetGrid;
  readonly header: FoundHeader<RosterKey> | null;
  readonly problems: readonly StructureProblem<RosterKey>[];
  /** Member rows, made when iterated (see ReadRows): a roster can hold hundreds of thousands. */
  readonly members: ReadRows<RosterKey>;
  readonly signatureRow: number | null;
}

export function discoverRoster(sheet: SheetGrid): RosterTable {
  const header = findHeaderRow(sheet, { matcher: ROSTER_MATCHER, counts: (key) => key !== "stt" });
  const problems = tableStructureProblems(header, REQUIRED_KEYS);
  if (header === null)
    return {
      sheet,
      header,
      problems,
      members: readRows(sheet, [], new Map(), ROSTER_COLUMNS),
      signatureRow: null,
    };
  const rows = classifyMemberRows(
    sheet,
    header.row,
    header.columns.get("cell_code") ?? null,
    header.columns.get("member_rating") ?? null,
  );
  const members = readRows(sheet, rows.dataRows, header.columns, ROSTER_COLUMNS);
  return { sheet, header, problems, members, signatureRow: rows.signatureRow };
}
