/**
 * The scoring stage: every data row of "Chi bộ" without an error finding is scored; each row
 * gives its line of the report and its output cells.
 */
import { RESULT_TEXT } from "../catalog/outputColumns";
import { columnLetter, rowNumber } from "../grid/address";
import { cellsHeaderOf, type PartyCellsTable } from "../layout/partyCellsTable";
import type { OutputValue, OutputWrite } from "../report/evaluation";
import type { ReportPartyCell } from "../report/report";
import type { Ruleset } from "../ruleset/ruleset";
import { scorePartyCell, type PartyCellScore } from "../scoring/scorePartyCell";
import { cleanText } from "../text/normalizeText";
import { cellText } from "../values/cellValue";
import type { ReadRow } from "../values/readRows";
import type { CellsInputKey, RatingCode } from "../vocabulary";

export interface ScoredRows {
  /** The report's line of each row, in sheet order. */
  readonly cells: ReportPartyCell[];
  /** The cell rating of each row when it read (the organisation's verdict looks at them). */
  readonly ratings: (RatingCode | null)[];
  readonly outputs: OutputWrite;
}

/** Scores every row not in `errorRows` (0-based rows that carry an error finding). */
export function scoreRows(
  table: PartyCellsTable,
  ruleset: Ruleset,
  errorRows: ReadonlySet<number>,
): ScoredRows {
  const sheet = table.sheet.name;
  const cells: ReportPartyCell[] = [];
  const ratings: (RatingCode | null)[] = [];
  const rows: OutputWrite["rows"] = [];
  for (const row of table.rows) {
    const score = errorRows.has(row.row) ? null : scorePartyCell(ruleset, row);
    const rating = row.cells.validValue("cell_rating");
    ratings.push(typeof rating === "string" ? (rating as RatingCode) : null);
    cells.push({
      code: rowText(row, "code"),
      name: rowText(row, "name"),
      sheet,
      row: rowNumber(row.row),
      status: score ? "scored" : "error",
      scores: score ? score.scores : null,
      total: score ? score.total : null,
      fourGood: score ? score.fourGood : null,
      failedCriteria: score ? score.failedCriteria : [],
    });
    rows.push({ row: rowNumber(row.row), values: outputValues(score, ruleset) });
  }
  const headerRow = rowNumber(table.header?.row ?? 0);
  const outputs: OutputWrite = {
    sheet,
    headerRow,
    columns: table.outputColumns.map((o) => ({ key: o.key, column: columnLetter(o.col) })),
    newHeaders: table.outputColumns
      .filter((o) => o.isNew)
      .map((o) => ({ cell: `${columnLetter(o.col)}${headerRow}`, text: cellsHeaderOf(o.key) })),
    rows,
  };
  return { cells, ratings, outputs };
}

/** The text of a row's code or name as typed (cleaned), or "". */
function rowText(row: ReadRow<CellsInputKey>, key: "code" | "name"): string {
  const value = row.cells.validValue(key);
  if (typeof value === "string") return value;
  const cell = row.cells.get(key);
  return cell === undefined ? "" : cleanText(cellText(cell.raw));
}

function outputValues(score: PartyCellScore | null, ruleset: Ruleset): OutputValue[] {
  if (score === null) return [null, null, null, null, null, RESULT_TEXT.dataError, null];
  const byCriterion = ruleset.criteria.map((c) => score.scores[c.id] ?? null);
  return [
    byCriterion[0] ?? null,
    byCriterion[1] ?? null,
    byCriterion[2] ?? null,
    byCriterion[3] ?? null,
    score.total,
    score.fourGood ? RESULT_TEXT.fourGood : RESULT_TEXT.notFourGood,
    score.failedCriteria.length > 0 ? score.failedCriteria.join(", ") : null,
  ];
}
