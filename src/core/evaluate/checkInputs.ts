/**
 * Misuse is an exception: evaluateWorkbook's grid must have the shape every edge produces
 * (grid/grid.ts), its ruleset must be one, its language one of ours. Problems inside cells are
 * findings, never exceptions; these are the caller's mistakes.
 */
import { EngineError } from "../errors";
import {
  isErrorValue,
  isFormulaWithoutResult,
  type SheetGrid,
  type WorkbookGrid,
} from "../grid/grid";
import { assertRuleset } from "../ruleset/loadRuleset";
import type { Ruleset } from "../ruleset/ruleset";
import { isRulesetHash, type RulesetReference } from "../ruleset/rulesetReference";
import type { Lang } from "../vocabulary";

export interface EvaluateOptions {
  readonly ruleset: Ruleset;
  /** Language of each finding's `message` (both are always in `messages`). Default Vietnamese. */
  readonly lang?: Lang;
  /**
   * The ruleset the workbook expects (`CarriedByWorkbook.expectedRuleset`, from a template made
   * with `chibo4tot template --ruleset`): other rules give W_RULESET. None by default.
   */
  readonly expectedRuleset?: RulesetReference | null;
  /**
   * The hash of `ruleset` (`rulesetHash`), when the caller has it: then W_RULESET also tells an
   * edited copy with the expected id and version. Without it only ids and versions are compared.
   */
  readonly rulesetHash?: string | null;
}

/** The options as the stages use them. */
export interface CheckedOptions {
  readonly ruleset: Ruleset;
  readonly lang: Lang;
  /** The ruleset scored with, and the one the workbook expects (null when it names none). */
  readonly rulesets: { readonly scoring: RulesetReference; readonly expected: RulesetReference | null };
}

/** The options checked, with the language defaulted; throws EngineError on any misuse. */
export function checkInputs(
  grid: WorkbookGrid,
  options: EvaluateOptions,
): CheckedOptions {
  checkGrid(grid);
  if (typeof options !== "object" || options === null) {
    throw new EngineError("evaluateWorkbook: options with a ruleset are required");
  }
  const { ruleset } = options;
  assertRuleset(ruleset);
  const lang: Lang = options.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") {
    throw new EngineError(`evaluateWorkbook: unknown language "${String(lang)}"`);
  }
  const hash = options.rulesetHash ?? null;
  if (hash !== null && (typeof hash !== "string" || !isRulesetHash(hash))) {
    throw new EngineError("evaluateWorkbook: rulesetHash must be 64 hex digits (rulesetHash(ruleset))");
  }
  const expected = options.expectedRuleset ?? null;
  if (
    expected !== null &&
    (typeof expected.id !== "string" ||
      !Number.isInteger(expected.version) ||
      (expected.hash !== null && !isRulesetHash(String(expected.hash))))
  ) {
    throw new EngineError("evaluateWorkbook: expectedRuleset must be { id, version, hash | null }");
  }
  return {
    ruleset,
    lang,
    rulesets: {
      scoring: { id: ruleset.id, version: ruleset.version, hash: hash?.toLowerCase() ?? null },
      expected,
    },
  };
}

function isGridValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return true;
  return (
    (isErrorValue(value) || isFormulaWithoutResult(value)) &&
    Object.keys(value as object).length === 1
  );
}

/** Throws EngineError unless the grid has the shape every edge produces. */
export function checkGrid(grid: WorkbookGrid): void {
  if (typeof grid !== "object" || grid === null) {
    throw new EngineError("evaluateWorkbook: grid must be a WorkbookGrid");
  }
  if (!Array.isArray(grid.sheetNames) || grid.sheetNames.some((name) => typeof name !== "string")) {
    throw new EngineError("evaluateWorkbook: grid.sheetNames must be an array of sheet names");
  }
  if (!Array.isArray(grid.sheets))
    throw new EngineError("evaluateWorkbook: grid.sheets must be an array");
  for (const sheet of grid.sheets) assertSheet(sheet);
}

function assertSheet(sheet: SheetGrid): void {
  if (typeof sheet?.name !== "string" || !Array.isArray(sheet.values)) {
    throw new EngineError("evaluateWorkbook: every sheet needs a name and a values array");
  }
  assertValues(sheet);
  if (sheet.merges !== undefined && !Array.isArray(sheet.merges)) {
    throw new EngineError(`evaluateWorkbook: the merges of sheet "${sheet.name}" must be an array`);
  }
  for (const merge of sheet.merges ?? []) {
    const sides = [merge?.top, merge?.left, merge?.bottom, merge?.right];
    if (!sides.every((n) => Number.isInteger(n) && (n as number) >= 0)) {
      throw new EngineError(
        `evaluateWorkbook: a merge of sheet "${sheet.name}" is not { top, left, bottom, right }`,
      );
    }
  }
  if (sheet.numberFormats !== undefined && !Array.isArray(sheet.numberFormats)) {
    throw new EngineError(
      `evaluateWorkbook: the numberFormats of sheet "${sheet.name}" must be an array`,
    );
  }
}

function assertValues(sheet: SheetGrid): void {
  const where = (row: number) => `sheet "${sheet.name}", row ${row + 1}`;
  for (let r = 0; r < sheet.values.length; r++) {
    const row: unknown = sheet.values[r];
    if (row === undefined || row === null) continue;
    if (!Array.isArray(row)) {
      throw new EngineError(`evaluateWorkbook: ${where(r)} is not an array of cells`);
    }
    for (let c = 0; c < row.length; c++) {
      if (!isGridValue(row[c])) {
        throw new EngineError(
          `evaluateWorkbook: ${where(r)}, column ${c + 1} holds ${Object.prototype.toString.call(row[c])}, not a grid value (text, number, boolean, { error }, { formula } or null; dates as serial numbers)`,
        );
      }
    }
  }
}
