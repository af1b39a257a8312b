/**
 * evaluateWorkbook: the engine's one entry point. A workbook grid in (as any edge reads it), the
 * report out, with what the edges need to write results back (outputs, layout) and the canonical
 * inputs the fingerprint is made of. Its stages, each in its own module:
 *   checkInputs (misuse throws EngineError) → discoverWorkbook (sheets, tables, layout) →
 *   runRules (the rules of rules/ruleList.ts) → scoreRows → the report.
 * Problems in the data are findings. discoverLayout is the layout alone, for an edge that needs to
 * know where the inputs are without scoring them.
 */
import type { WorkbookGrid } from "../grid/grid";
import { discoverWorkbook } from "../layout/discoverWorkbook";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { infoValue, type InfoFieldReading } from "../layout/infoSheet";
import type { Evaluation } from "../report/evaluation";
import type { Report } from "../report/report";
import { FindingList } from "../rules/findingList";
import { organizationSummary } from "../scoring/organizationSummary";
import { deferredCanonicalInputs } from "./canonicalInputs";
import { checkGrid, checkInputs, type EvaluateOptions } from "./checkInputs";
import { runRules } from "./runRules";
import { scoreRows } from "./scoreRows";

export type { EvaluateOptions };

export function evaluateWorkbook(grid: WorkbookGrid, options: EvaluateOptions): Evaluation {
  const { ruleset, lang, rulesets } = checkInputs(grid, options);
  const workbook = discoverWorkbook(grid);
  const findings = new FindingList();
  const checked = runRules(workbook, ruleset, findings, rulesets);

  const scored =
    checked && scoreRows(checked.table, ruleset, findings.errorRows(checked.table.sheet.name));
  const detailed = findings.finish(grid.sheetNames, lang);
  const reportFindings = detailed.map(({ severity, rule, sheet, cell, message }) => ({
    severity,
    rule,
    sheet,
    cell,
    message,
  }));
  const cells = scored?.cells ?? [];
  const report: Report = {
    status: scored ? "scored" : "unusable",
    ruleset: { id: ruleset.id, version: ruleset.version },
    workbook: {
      organization: valueOf(workbook.info?.organization),
      year: valueOf(workbook.info?.year),
    },
    summary: organizationSummary(ruleset, cells, reportFindings, scored?.ratings ?? []),
    cells,
    findings: reportFindings,
  };
  const canonical = deferredCanonicalInputs({
    infoSheet: workbook.info?.sheet ?? null,
    infoFields: workbook.info?.fields ?? new Map(),
    cells: workbook.cells,
    roster: workbook.roster,
  });
  return withCanonicalInputs(
    {
      report,
      ruleset,
      lang,
      findings: detailed,
      layout: workbook.layout,
      outputs: scored?.outputs ?? null,
    },
    canonical,
  );
}

/** Where the inputs and outputs of a workbook are, without checking or scoring anything. */
export function discoverLayout(grid: WorkbookGrid): WorkbookLayout {
  checkGrid(grid);
  return discoverWorkbook(grid).layout;
}

function valueOf<T>(reading: InfoFieldReading<T> | undefined): T | null {
  return reading === undefined ? null : infoValue(reading);
}

/**
 * The evaluation with `canonicalInputs` as an enumerable getter: it reads like a plain property
 * (JSON, spread and structured clone all see the text) but is serialised on first use.
 */
function withCanonicalInputs(
  evaluation: Omit<Evaluation, "canonicalInputs">,
  canonical: () => string,
): Evaluation {
  return Object.defineProperty(evaluation, "canonicalInputs", {
    get: canonical,
    enumerable: true,
    configurable: false,
  }) as Evaluation;
}
