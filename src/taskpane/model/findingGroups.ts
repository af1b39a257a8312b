/**
 * Findings grouped for the findings view: by Party cell (what must this cell fix?) or by rule
 * (which kind of problem is most common?). Findings keep the engine's order inside each group.
 */
import {
  FINDING_CATALOG,
  RULE_ORDER as SPEC_RULE_ORDER,
  severityRank,
  type DetailedFinding,
  type ReportPartyCell,
  type RuleCode,
  type Severity,
} from "../../core";

export type FindingGrouping = "cell" | "rule";

export type FindingGroupSubject =
  /** A data row of "Chi bộ": the Party cell with that code. */
  | { kind: "cell"; code: string; name: string | null }
  /** Findings not on a Party cell's row (header, total row, other sheets), by sheet. */
  | { kind: "sheet"; sheet: string }
  | { kind: "rule"; rule: RuleCode };

export interface FindingGroup {
  /** Stable React key and DOM id part. */
  id: string;
  subject: FindingGroupSubject;
  findings: DetailedFinding[];
  counts: Record<Severity, number>;
}

/** Rules listed by severity (errors, shortfalls, warnings), then in the spec's order. */
export const RULE_ORDER: readonly RuleCode[] = [...SPEC_RULE_ORDER].sort(
  (a, b) =>
    severityRank(FINDING_CATALOG[a].severity) - severityRank(FINDING_CATALOG[b].severity) ||
    SPEC_RULE_ORDER.indexOf(a) - SPEC_RULE_ORDER.indexOf(b),
);

function emptyCounts(): Record<Severity, number> {
  return { error: 0, shortfall: 0, warning: 0 };
}

export function countBySeverity(findings: readonly DetailedFinding[]): Record<Severity, number> {
  const counts = emptyCounts();
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function subjectOf(
  finding: DetailedFinding,
  grouping: FindingGrouping,
  cellNames: ReadonlyMap<string, string>,
): { id: string; subject: FindingGroupSubject } {
  if (grouping === "rule")
    return { id: `rule:${finding.rule}`, subject: { kind: "rule", rule: finding.rule } };
  if (finding.cellCode !== null) {
    return {
      id: `cell:${finding.cellCode}`,
      subject: {
        kind: "cell",
        code: finding.cellCode,
        name: cellNames.get(finding.cellCode) ?? null,
      },
    };
  }
  return { id: `sheet:${finding.sheet}`, subject: { kind: "sheet", sheet: finding.sheet } };
}

/**
 * Groups in a clerk's reading order: by cell, in the order the rows appear (findings come sorted
 * by sheet, row and column); by rule, errors first.
 */
export function groupFindings(
  findings: readonly DetailedFinding[],
  cells: readonly ReportPartyCell[],
  grouping: FindingGrouping,
): FindingGroup[] {
  const cellNames = new Map<string, string>();
  for (const cell of cells) if (!cellNames.has(cell.code)) cellNames.set(cell.code, cell.name);

  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const { id, subject } = subjectOf(finding, grouping, cellNames);
    let group = groups.get(id);
    if (!group) {
      group = { id, subject, findings: [], counts: emptyCounts() };
      groups.set(id, group);
    }
    group.findings.push(finding);
    group.counts[finding.severity] += 1;
  }

  const ordered = [...groups.values()];
  if (grouping === "rule") {
    const rank = (group: FindingGroup) =>
      group.subject.kind === "rule" ? RULE_ORDER.indexOf(group.subject.rule) : RULE_ORDER.length;
    ordered.sort((a, b) => rank(a) - rank(b));
  }
  return ordered;
}
