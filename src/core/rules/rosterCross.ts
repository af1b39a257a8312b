/**
 * E_CROSS (spec §4): the roster disagrees with "Chi bộ". For every code present once on "Chi bộ":
 * member rows = members; ratings HTXSNV/HTTNV = members_good; KHTNV = members_failed; disciplined
 * flags = disciplined; admitted flags = new_members — reported on the disagreeing "Chi bộ" cell.
 * Codes compare by codeKey (v2: "01" on the roster is 1 shown "01" on "Chi bộ"); messages show
 * them as the clerk sees them. A comparison is skipped when its column is absent or one of its member values could not be read
 * (or the "Chi bộ" value is not valid). A member whose code is not on "Chi bộ" is reported on that
 * member's code cell.
 */
import { FINDING_CATALOG, type CrossCount } from "../findings/findingCatalog";
import type { RosterTable } from "../layout/rosterTable";
import { codeKey } from "../values/codeKey";
import { validNumber, validValue, type ReadCell } from "../values/readRows";
import type { CellsInputKey, RosterKey } from "../vocabulary";
import type { FindingSink } from "./findingList";
import type { CellsUnderCheck, Rule } from "./rule";

const { messages } = FINDING_CATALOG.E_CROSS;

export const rosterCrossRule: Rule = {
  codes: ["E_CROSS"],
  roster: checkRosterCross,
};

interface Tally {
  members: number;
  good: number;
  failed: number;
  disciplined: number;
  admitted: number;
  ratingUnread: boolean;
  disciplinedUnread: boolean;
  admittedUnread: boolean;
}

function emptyTally(): Tally {
  return {
    members: 0,
    good: 0,
    failed: 0,
    disciplined: 0,
    admitted: 0,
    ratingUnread: false,
    disciplinedUnread: false,
    admittedUnread: false,
  };
}

function checkRosterCross(
  roster: RosterTable,
  cells: CellsUnderCheck,
  findings: FindingSink,
): void {
  const tallies = tallyMembers(roster, cells, findings);
  compareWithCells(tallies, roster, cells, findings);
}

/**
 * The members of every code on "Chi bộ", counted; a member whose code is not there is reported
 * on its code cell.
 */
function tallyMembers(
  roster: RosterTable,
  cells: CellsUnderCheck,
  findings: FindingSink,
): Map<string, Tally> {
  const { members } = roster;
  const tallies = new Map<string, Tally>();
  // A roster lists each cell's members together: the key and tally of the previous member's code
  // serve the next one, and each distinct code text is normalised once.
  const keysOfCodes = new Map<string, string>();
  let lastCode: string | null = null;
  let lastTally: Tally | null = null;
  const codes = members.validValues("cell_code");
  const ratings = members.validValues("member_rating");
  const disciplinedFlags = members.validValues("disciplined_flag");
  const admittedFlags = members.validValues("admitted_flag");
  for (let index = 0; index < members.length; index++) {
    const code = codes(index);
    if (typeof code !== "string") continue;
    let tally: Tally | undefined;
    if (code === lastCode && lastTally !== null) {
      tally = lastTally;
    } else {
      let key = keysOfCodes.get(code);
      if (key === undefined) keysOfCodes.set(code, (key = codeKey(code)));
      if (!cells.byCode.has(key)) {
        reportUnknownCode(roster, index, code, findings);
        continue;
      }
      tally = tallies.get(key);
      if (tally === undefined) tallies.set(key, (tally = emptyTally()));
      lastCode = code;
      lastTally = tally;
    }
    tally.members++;
    const rating = ratings(index);
    if (typeof rating !== "string") tally.ratingUnread = true;
    else if (rating === "HTXSNV" || rating === "HTTNV") tally.good++;
    else if (rating === "KHTNV") tally.failed++;
    const disciplined = disciplinedFlags(index);
    if (disciplined === undefined) tally.disciplinedUnread = true;
    else if (disciplined === true) tally.disciplined++;
    const admitted = admittedFlags(index);
    if (admitted === undefined) tally.admittedUnread = true;
    else if (admitted === true) tally.admitted++;
  }
  return tallies;
}

function reportUnknownCode(
  roster: RosterTable,
  index: number,
  code: string,
  findings: FindingSink,
): void {
  const member = roster.members.at(index);
  const codeCell = member.cells.get("cell_code") as ReadCell<RosterKey>;
  const name = member.cells.validValue("member_name");
  findings.add({
    rule: "E_CROSS",
    sheet: roster.sheet.name,
    row: codeCell.row,
    col: codeCell.col,
    key: "cell_code",
    cellCode: null,
    messages: messages.unknownCode(typeof name === "string" ? name : "", code),
  });
}

/** Each code present once on "Chi bộ": its counts against the roster's, where both read. */
function compareWithCells(
  tallies: ReadonlyMap<string, Tally>,
  roster: RosterTable,
  cells: CellsUnderCheck,
  findings: FindingSink,
): void {
  // Which optional roster columns exist: a comparison needs its column.
  const hasDisciplined = roster.header?.columns.has("disciplined_flag") ?? false;
  const hasAdmitted = roster.header?.columns.has("admitted_flag") ?? false;
  for (const [key, rows] of cells.byCode) {
    if (rows.length !== 1) continue;
    const row = rows[0];
    const tally = tallies.get(key) ?? emptyTally();
    const code = String(validValue(row.cells.get("code")));
    const comparisons: [CellsInputKey, number, boolean][] = [
      ["members", tally.members, true],
      ["members_good", tally.good, !tally.ratingUnread],
      ["members_failed", tally.failed, !tally.ratingUnread],
      ["disciplined", tally.disciplined, hasDisciplined && !tally.disciplinedUnread],
      ["new_members", tally.admitted, hasAdmitted && !tally.admittedUnread],
    ];
    for (const [column, rosterCount, comparable] of comparisons) {
      if (!comparable) continue;
      const cell = row.cells.get(column);
      const value = validNumber(cell);
      if (cell === undefined || value === undefined || value === rosterCount) continue;
      findings.add({
        rule: "E_CROSS",
        sheet: cells.table.sheet.name,
        row: cell.row,
        col: cell.col,
        key: column,
        cellCode: code,
        messages: messages.count(column as CrossCount, code, rosterCount, value),
      });
    }
  }
}
