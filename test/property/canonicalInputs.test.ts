/**
 * Property: `evaluation.canonicalInputs` — what the stamp's fingerprint hashes (spec §6) — covers
 * the input values and nothing else. Formatting, merges outside the header (under it, across a
 * row: v2 fills the cells of a merge down a column), output cells, the
 * users' own columns, sheet order and visibility, and a report sheet never change it; neither do
 * reordering the columns or inserting rows above the table (which also leave the scores alone),
 * nor typing a value another way that reads the same (12 / "12", 92 / 0.92 in a "0%" cell /
 * "92%", NFC / NFD, NBSP). Changing any input to a value that reads differently always changes it.
 * When the sharing part exports `fingerprintOf`, the same holds for the fingerprint itself.
 *
 * Seeds are fixed; on failure fast-check prints the seed, path and shrunk counterexample.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import * as core from "../../src/core";
import {
  DEFAULT_RULESET,
  evaluateWorkbook,
  RATING_CODES,
  RATING_WORDS,
  type CellsInputKey,
  type CellValue,
  type Evaluation,
  type MergeArea,
  type RatingCode,
  type RosterKey,
  type WorkbookGrid,
} from "../../src/core";
import {
  clone,
  dataCells,
  dataModelRows,
  editSheet,
  evaluationModelArb,
  harmlessFormats,
  ratingOf,
  render,
  typeOf,
  withFormat,
  withMerge,
  withValue,
  type EvaluationModel,
  type InputCell,
  type Rendered,
} from "./evaluationModel";

fc.configureGlobal({ includeErrorInReport: true });

const SEED = 20251202;
const RUNS = 200;
const evaluate = (grid: WorkbookGrid): Evaluation =>
  evaluateWorkbook(grid, { ruleset: DEFAULT_RULESET });

/** The sharing part's fingerprint, once it has landed (src/core/index.ts exports it). */
const fingerprintOf = (core as Record<string, unknown>).fingerprintOf as
  | ((e: Evaluation) => Promise<string>)
  | undefined;
const SHARING =
  typeof fingerprintOf === "function"
    ? {}
    : { skip: "fingerprintOf is not exported yet (sharing part)" };

/** What scoring says about each Party cell, without where it is. */
function scoresOf(evaluation: Evaluation) {
  return evaluation.report.cells.map(
    ({ code, name, status, scores, total, fourGood, failedCriteria }) => ({
      code,
      name,
      status,
      scores,
      total,
      fourGood,
      failedCriteria,
    }),
  );
}

/** Findings without addresses: rule, sheet, column and the row counted from the header. */
function findingsOf(evaluation: Evaluation, headerRowOf: (sheet: string) => number) {
  return evaluation.findings
    .map((f) => `${f.rule}|${f.sheet}|${f.key}|${f.row - headerRowOf(f.sheet)}|${f.cellCode}`)
    .sort();
}

const usable = (r: Rendered, e: Evaluation) =>
  r.grid.sheetNames.length > 0 && e.report.status === "scored";

// ---------------------------------------------------------------------------------------------
// Changes that are not input changes

type Edit = (r: Rendered) => WorkbookGrid;

/** A number format that reads the same in a chosen cell: inputs of non-percent columns, or any other cell. */
const formatEdit: fc.Arbitrary<Edit> = fc
  .tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean())
  .map(([pick, formatPick, otherPick, onInput]) => (r) => {
    const inputs = dataCells(r).filter((c) => typeOf(c.key) !== "percent");
    if (onInput && inputs.length > 0) {
      const cell = inputs[pick % inputs.length];
      const formats = harmlessFormats(typeOf(cell.key));
      return withFormat(r.grid, cell.at, formats[formatPick % formats.length]);
    }
    // not an input: title, header, notes, output cells, total row, signature, beyond the table
    const candidates = [
      { row: r.titleRow, col: 0 },
      { row: r.headerRow, col: otherPick % Math.max(1, r.width) },
      ...r.userCols.flatMap((col) => r.modelRowAt.map((row) => ({ row, col }))),
      ...r.outputCols.flatMap((col) => r.modelRowAt.map((row) => ({ row, col }))),
      ...(r.totalRow !== null ? [{ row: r.totalRow, col: otherPick % Math.max(1, r.width) }] : []),
      { row: r.height + (otherPick % 5), col: otherPick % 30 },
    ];
    const at = candidates[pick % candidates.length];
    const formats = harmlessFormats("other");
    return withFormat(r.grid, { sheet: r.cellsSheet, ...at }, formats[formatPick % formats.length]);
  });

/** Percent cells whose format says "%": another percent format shows the same stored fraction. */
const percentFormatEdit: fc.Arbitrary<Edit> = fc
  .tuple(fc.nat(), fc.constantFrom("0%", "0.0%", "0.00%", "#,##0.0%", "[Red]0%"))
  .map(([pick, format]) => (r) => {
    const cells = dataCells(r).filter((c) => {
      if (typeOf(c.key) !== "percent") return false;
      const row = r.model.cells.rows[c.modelRow];
      return row.kind === "data" && (row.inputs[c.key]?.format ?? "").includes("%");
    });
    if (cells.length === 0) return r.grid;
    return withFormat(r.grid, cells[pick % cells.length].at, format);
  });

/**
 * A merged area outside the header: in the title block, or under the header across one row (v2:
 * a merge down a column under the header fills its cells with the top-left value, which is an
 * input change; see src/core/layout/partyCellsTable.test.ts).
 */
const mergeEdit: fc.Arbitrary<Edit> = fc
  .tuple(fc.nat(), fc.nat(20), fc.nat(4), fc.nat(6), fc.boolean())
  .map(([rowPick, left, height, width, above]) => (r) => {
    const firstHeaderRow = r.groupRow ?? r.headerRow;
    let merge: MergeArea;
    if (above && firstHeaderRow > 0) {
      const top = rowPick % firstHeaderRow;
      merge = {
        top,
        left,
        bottom: Math.min(firstHeaderRow - 1, top + height),
        right: left + width,
      };
    } else {
      const top = r.headerRow + 1 + (rowPick % Math.max(1, r.height - r.headerRow + 3));
      merge = { top, left, bottom: top, right: left + width + (height > 0 ? 1 : 0) };
    }
    return withMerge(r.grid, r.cellsSheet, merge);
  });

/** The sheets in another order, the "Chi bộ" sheet hidden or very hidden, an unrelated sheet added. */
const sheetEdit: fc.Arbitrary<Edit> = fc
  .tuple(fc.nat(), fc.constantFrom("hidden", "veryHidden", "visible"), fc.boolean())
  .map(([seed, visibility, addSheet]) => (r) => {
    const order = [...r.grid.sheetNames];
    for (let i = order.length - 1; i > 0; i--) {
      const j = (seed + i * 7) % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    let grid = editSheet({ ...r.grid, sheetNames: order }, r.cellsSheet, (s) => ({
      ...s,
      visibility: visibility as "hidden",
    }));
    if (addSheet) {
      grid = {
        sheetNames: [...grid.sheetNames, "O'Brien [2]"],
        sheets: [...grid.sheets, { name: "O'Brien [2]", values: [["=SUM(A1)", "Tổng cộng", 5]] }],
      };
    }
    return grid;
  });

/** The rows a user-column or output-cell edit may touch without changing what a row is. */
function editableRows(r: Rendered): number[] {
  const rows = dataModelRows(r.model).map((i) => r.modelRowAt[i]);
  // Without a row of column numbers, the first row under the header is skipped when all its cells
  // are column labels (numbers, single letters): a note there decides whether the row is data.
  if (r.model.cells.numberRow) return rows;
  const first = r.grid.sheets
    .find((s) => s.name === r.cellsSheet)
    ?.values.findIndex(
      (v, i) =>
        i > r.headerRow &&
        (v ?? []).some(
          (x) => x !== null && x !== "" && !(typeof x === "string" && x.trim() === ""),
        ),
    );
  return rows.filter((row) => row !== first);
}

/** Output cells and users' notes: any value a user or an earlier scoring may have left there. */
const outputEdit: fc.Arbitrary<Edit> = fc
  .tuple(
    fc.nat(),
    fc.nat(),
    fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom<CellValue>(
        "Đạt 4 tốt",
        "Lỗi dữ liệu",
        "=1/0",
        "+ghi chú",
        null,
        { error: "#REF!" },
        true,
      ),
    ),
  )
  .map(([rowPick, colPick, value]) => (r) => {
    const cols = [...r.outputCols, ...r.userCols];
    const rows = editableRows(r);
    if (cols.length === 0 || rows.length === 0) return r.grid;
    return withValue(
      r.grid,
      { sheet: r.cellsSheet, row: rows[rowPick % rows.length], col: cols[colPick % cols.length] },
      value,
    );
  });

/** A report sheet of the product (or a user's sheet of that name) with anything in it. */
const reportSheetEdit: fc.Arbitrary<Edit> = fc
  .array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }), { maxLength: 5 })
  .map((rows) => (r) => {
    const name = "Kết quả kiểm tra";
    const others = r.grid.sheets.filter((s) => s.name !== name);
    return {
      sheetNames: [...others.map((s) => s.name), name],
      sheets: [...others, { name, values: rows }],
    };
  });

const noInputEdit = fc.oneof(
  formatEdit,
  percentFormatEdit,
  mergeEdit,
  sheetEdit,
  outputEdit,
  reportSheetEdit,
);

describe("canonical inputs: what does not change them", () => {
  it("formatting, merges outside the header, output cells, notes, sheet order and visibility, a report sheet", () => {
    fc.assert(
      fc.property(
        evaluationModelArb,
        fc.array(noInputEdit, { minLength: 1, maxLength: 4 }),
        (model, edits) => {
          let rendered = render(model);
          const before = evaluate(rendered.grid);
          for (const edit of edits) rendered = { ...rendered, grid: edit(rendered) };
          const after = evaluate(rendered.grid);
          assert.equal(after.canonicalInputs, before.canonicalInputs);
          assert.deepEqual(scoresOf(after), scoresOf(before), "and the scores stay");
          assert.deepEqual(after.report.summary, before.report.summary);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("reordering the columns and inserting rows above the table change neither the scores nor the inputs", () => {
    fc.assert(
      fc.property(
        evaluationModelArb,
        fc.nat(),
        fc.array(
          fc.oneof(fc.constant(null), fc.constantFrom("Ghi chú: bản gửi huyện", "Mẫu 02-CB")),
          { maxLength: 20 },
        ),
        fc.boolean(),
        (model, shuffleSeed, inserted, shuffleRoster) => {
          const original = render(model);
          const before = evaluate(original.grid);
          const moved = clone(model);
          const columns = moved.cells.columns;
          for (let i = columns.length - 1; i > 0; i--) {
            const j = (shuffleSeed + i * 31) % (i + 1);
            [columns[i], columns[j]] = [columns[j], columns[i]];
          }
          if (shuffleRoster && moved.roster) moved.roster.columns.reverse();
          // the header is looked for in the first 50 rows
          const room = Math.max(0, 49 - original.headerRow);
          moved.cells.rowsAbove = [...inserted.slice(0, room), ...moved.cells.rowsAbove];
          const changed = render(moved);
          const after = evaluate(changed.grid);
          assert.equal(after.canonicalInputs, before.canonicalInputs);
          assert.deepEqual(scoresOf(after), scoresOf(before));
          assert.deepEqual(after.report.summary, before.report.summary);
          assert.deepEqual(
            after.outputs?.rows.map((r) => r.values),
            before.outputs?.rows.map((r) => r.values),
          );
          const headerOf = (r: Rendered) => (sheet: string) =>
            sheet === r.cellsSheet ? r.headerRow + 1 : 0;
          assert.deepEqual(
            findingsOf(after, headerOf(changed)),
            findingsOf(before, headerOf(original)),
            "the same findings, moved",
          );
        },
      ),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('typing a value another way that reads the same: 12 / " 12 ", 92 / 0.92 in "0%" / "92%", NFD, NBSP, rating words', () => {
    fc.assert(
      fc.property(
        evaluationModelArb,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (model, picks) => {
          const before = evaluate(render(model).grid);
          const retyped = clone(model);
          const rows = dataModelRows(retyped);
          fc.pre(rows.length > 0);
          for (const [rowPick, keyPick] of picks) {
            const row = retyped.cells.rows[rows[rowPick % rows.length]];
            if (row.kind !== "data") continue;
            const key = retyped.cells.columns[keyPick % retyped.cells.columns.length];
            const cell = row.inputs[key];
            if (cell) row.inputs[key] = sameReading(key, cell, keyPick);
          }
          const after = evaluate(render(retyped).grid);
          assert.equal(after.canonicalInputs, before.canonicalInputs);
          const points = (e: Evaluation) =>
            scoresOf(e).map((c) => [c.status, c.scores, c.total, c.fourGood, c.failedCriteria]);
          assert.deepEqual(points(after), points(before));
        },
      ),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });
});

/** The same value typed another way (or the cell unchanged when there is none). */
function sameReading(key: CellsInputKey, cell: InputCell, pick: number): InputCell {
  const { value, format } = cell;
  const type = typeOf(key);
  if (
    type === "integer" &&
    typeof value === "number" &&
    Number.isSafeInteger(value) &&
    !(format ?? "").match(/[dmyhs]/)
  ) {
    return [
      { value: String(value) },
      { value: ` ${value}\u00a0` },
      { value, format: "#,##0" },
      { value: value >= 0 ? `+${value}` : String(value) },
    ][pick % 4];
  }
  if (
    type === "percent" &&
    typeof value === "number" &&
    format === undefined &&
    (value === 0 || value > 1) &&
    value <= 200
  ) {
    const fraction = value / 100;
    // only where the fraction comes back exactly (spec: rounded to 6 decimals)
    if (Math.round(fraction * 100 * 1e6) / 1e6 !== value) return cell;
    return [
      { value: fraction, format: "0%" },
      { value: `${value}%` },
      { value: `${String(value).replace(".", ",")} %` },
      { value: String(value) },
    ][pick % 4];
  }
  if (type === "rating" && typeof value === "string") {
    const code = ratingOf(value);
    if (code === null) return cell;
    return [
      { value: code.toLowerCase() },
      { value: RATING_WORDS[code] },
      { value: RATING_WORDS[code].normalize("NFD").toUpperCase() },
      { value: `\u00a0${code} ` },
    ][pick % 4];
  }
  if (type === "text" && typeof value === "string") {
    return [
      { value: value.normalize("NFD") },
      { value: value.normalize("NFC") },
      { value: ` ${value.replace(/ /g, "\u00a0 ")} ` },
    ][pick % 3];
  }
  return cell;
}

// ---------------------------------------------------------------------------------------------
// Input changes

/** A value of a column's type that reads differently from anything the model generates. */
function differentInput(key: CellsInputKey, old: InputCell, n: number): InputCell {
  const type = typeOf(key);
  if (key === "stt") return { value: 1000 + n };
  if (type === "text")
    return key === "code" ? { value: `MÃ MỚI ${n}` } : { value: `Tên mới số ${n}` };
  if (type === "integer") return [{ value: 500 + n }, { value: ` ${500 + n} ` }][n % 2];
  if (type === "percent")
    return [{ value: 300 + n }, { value: (300 + n) / 100, format: "0%" }, { value: `${300 + n}%` }][
      n % 3
    ];
  const current = ratingOf(old.value);
  const others = RATING_CODES.filter((c) => c !== current);
  const code = others[n % others.length];
  return [{ value: code }, { value: RATING_WORDS[code] }][n % 2];
}

function flagOf(value: CellValue): boolean | null {
  if (value === null || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  if (typeof value !== "string") return null;
  const t = core.normalizeText(value);
  if (t === "" || t === "khong" || t === "0") return false;
  if (t === "x" || t === "co" || t === "1") return true;
  return null;
}

function differentMemberValue(key: RosterKey, old: CellValue, n: number): CellValue {
  switch (key) {
    case "stt":
      return 5000 + n;
    case "member_name":
      return `Người mới số ${n}`;
    case "cell_code":
      return `MÃ MỚI ${n}`;
    case "member_rating": {
      const current = ratingOf(old);
      return RATING_CODES.filter((c) => c !== current)[n % 3] as RatingCode;
    }
    default:
      return flagOf(old) === true ? null : "x";
  }
}

type InputChange = (model: EvaluationModel, r: Rendered, e: Evaluation) => WorkbookGrid | null;

/** One input of one data row of "Chi bộ". */
const cellsInputChange: fc.Arbitrary<InputChange> = fc
  .tuple(fc.nat(), fc.nat(), fc.nat(99))
  .map(([rowPick, keyPick, n]) => (model, r, e) => {
    const dataRows = dataModelRows(model).filter((i) =>
      e.layout.cells?.dataRows.includes(r.modelRowAt[i] + 1),
    );
    if (dataRows.length === 0) return null;
    const index = dataRows[rowPick % dataRows.length];
    const changed = clone(model);
    const row = changed.cells.rows[index];
    if (row.kind !== "data") return null;
    const key = changed.cells.columns[keyPick % changed.cells.columns.length];
    row.inputs[key] = differentInput(key, row.inputs[key] ?? { value: null }, n);
    return render(changed).grid;
  });

/** A count on the grand total row. */
const totalChange: fc.Arbitrary<InputChange> = fc
  .tuple(fc.nat(), fc.nat(99))
  .map(([keyPick, n]) => (model, r, e) => {
    if (r.totalRow === null || e.layout.cells?.totalRow !== r.totalRow + 1) return null;
    const keys = model.cells.columns.filter(
      (k) => typeOf(k) === "integer" && !["regular_meetings", "thematic_meetings"].includes(k),
    );
    const key = keys[keyPick % keys.length];
    return withValue(
      r.grid,
      { sheet: r.cellsSheet, row: r.totalRow, col: r.inputCol[key] as number },
      100_000 + n,
    );
  });

/** The organisation or the year on "Thông tin". */
const infoChange: fc.Arbitrary<InputChange> = fc
  .tuple(fc.boolean(), fc.nat(49))
  .map(([organization, n]) => (_model, r) => {
    if (r.infoCells === null) return null;
    return organization
      ? withValue(r.grid, r.infoCells.organization, `Đảng bộ mới số ${n}`)
      : withValue(r.grid, r.infoCells.year, 2050 + n);
  });

/** One value of one member row of "Đảng viên". */
const memberChange: fc.Arbitrary<InputChange> = fc
  .tuple(fc.nat(), fc.nat(), fc.nat(99))
  .map(([memberPick, keyPick, n]) => (model, r, e) => {
    if (!model.roster || r.rosterSheet === null || e.layout.roster === null) return null;
    const members = r.memberRowAt
      .map((row, i) => [row, i] as const)
      .filter(([row]) => e.layout.roster?.dataRows.includes(row + 1));
    if (members.length === 0) return null;
    const [, index] = members[memberPick % members.length];
    const changed = clone(model);
    const roster = changed.roster;
    if (!roster) return null;
    const key = roster.columns[keyPick % roster.columns.length];
    roster.members[index].values[key] = differentMemberValue(
      key,
      roster.members[index].values[key] ?? null,
      n,
    );
    return render(changed).grid;
  });

const inputChange = fc.oneof(
  { arbitrary: cellsInputChange, weight: 6 },
  { arbitrary: totalChange, weight: 1 },
  { arbitrary: infoChange, weight: 1 },
  { arbitrary: memberChange, weight: 2 },
);

describe("canonical inputs: any input change changes them", () => {
  it("one input of a data row, a grand total count, the organisation or year, a member's value", () => {
    let applied = 0;
    fc.assert(
      fc.property(evaluationModelArb, inputChange, (model, change) => {
        const r = render(model);
        const before = evaluate(r.grid);
        fc.pre(usable(r, before));
        const grid = change(model, r, before);
        fc.pre(grid !== null);
        applied++;
        const after = evaluate(grid);
        assert.notEqual(after.canonicalInputs, before.canonicalInputs);
      }),
      { numRuns: RUNS * 2, seed: SEED + 3 },
    );
    assert.ok(applied >= RUNS, `input changes applied: ${applied}`);
  });
});

describe("the fingerprint (fingerprintOf) follows the canonical inputs", () => {
  it("equal for a non-input change, different for an input change", SHARING, async () => {
    const fingerprint = fingerprintOf as (e: Evaluation) => Promise<string>;
    await fc.assert(
      fc.asyncProperty(
        evaluationModelArb,
        noInputEdit,
        inputChange,
        async (model, edit, change) => {
          const r = render(model);
          const before = evaluate(r.grid);
          const same = evaluate(edit(r));
          const original = await fingerprint(before);
          assert.match(original, /^[0-9a-f]{64}$/, "a SHA-256 in lower-case hex");
          assert.equal(await fingerprint(same), original);
          const grid = change(model, r, before);
          if (grid === null || !usable(r, before)) return;
          assert.notEqual(await fingerprint(evaluate(grid)), original);
        },
      ),
      { numRuns: 100, seed: SEED + 4 },
    );
  });
});
