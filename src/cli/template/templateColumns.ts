/**
 * The columns of the template's "Chi bộ" table, in print order, with their group header: the
 * engine's catalogues give every word (CELLS_COLUMNS, OUTPUT_COLUMNS, the default ruleset's
 * criterion titles), so the template and the checks can never disagree on a header.
 */
import {
  CELLS_COLUMNS,
  columnLetter,
  DEFAULT_RULESET,
  OUTPUT_COLUMNS,
  type ColumnSpec,
  type OutputKey,
} from "../../core";

export const OUTPUT_GROUP_TITLE = "Kết quả chấm điểm";
export const NOTE_HEADER = "Ghi chú";

export type TemplateColumn =
  | {
      kind: "input";
      letter: string;
      header: string;
      spec: ColumnSpec;
      group: string | null;
      width: number;
    }
  | { kind: "output"; letter: string; header: string; key: OutputKey; group: string; width: number }
  | { kind: "note"; letter: string; header: string; group: null; width: number };

/**
 * Identity columns first (STT, code, name, members), then the inputs of criteria I–IV in the
 * ruleset's order, then the outputs, then a "Ghi chú" column for the clerk's own notes.
 */
export function templateColumns(): TemplateColumn[] {
  const criteria = DEFAULT_RULESET.criteria;
  const identity = CELLS_COLUMNS.filter((spec) => spec.criterion === undefined);
  const byCriterion = criteria.flatMap((criterion) =>
    CELLS_COLUMNS.filter((spec) => spec.criterion === criterion.id).map((spec) => ({
      spec,
      group: `${criterion.id}. ${criterion.title.vi}`,
    })),
  );
  const columns: TemplateColumn[] = [];
  const next = (): string => columnLetter(columns.length);
  for (const spec of identity) {
    columns.push({
      kind: "input",
      letter: next(),
      header: spec.header,
      spec,
      group: null,
      width: inputWidth(spec),
    });
  }
  for (const { spec, group } of byCriterion) {
    columns.push({
      kind: "input",
      letter: next(),
      header: spec.header,
      spec,
      group,
      width: inputWidth(spec),
    });
  }
  for (const output of OUTPUT_COLUMNS) {
    columns.push({
      kind: "output",
      letter: next(),
      header: output.header,
      key: output.key,
      group: OUTPUT_GROUP_TITLE,
      width: OUTPUT_WIDTHS[output.key],
    });
  }
  columns.push({ kind: "note", letter: next(), header: NOTE_HEADER, group: null, width: 16 });
  return columns;
}

const OUTPUT_WIDTHS: Record<OutputKey, number> = {
  score_1: 7,
  score_2: 7,
  score_3: 7,
  score_4: 7,
  score_total: 8,
  result: 12,
  failed_criteria: 11,
};

function inputWidth(spec: ColumnSpec): number {
  switch (spec.key) {
    case "stt":
      return 5;
    case "code":
      return 9;
    case "name":
      return 28;
    default:
      return spec.type === "rating" ? 11 : 10.5;
  }
}

/**
 * Columns summed in the total row: the counts of people and cases (members, disciplined, …), the
 * integer columns without an upper bound. Meetings (0–12 per cell) are not summed: their sum
 * means nothing, and the engine checks the total row on exactly these columns (spec §2).
 */
export function isSummedColumn(spec: ColumnSpec): boolean {
  return spec.type === "integer" && spec.max === undefined;
}
