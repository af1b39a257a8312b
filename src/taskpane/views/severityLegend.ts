/**
 * The marks' colours and names by severity, from the engine's MARK_LEGEND: the task pane shows
 * the very colours the workbook's cells are marked with.
 */
import { MARK_LEGEND, type Severity } from "../../core";

export type LegendEntry = (typeof MARK_LEGEND)[number];

const BY_SEVERITY = new Map<Severity, LegendEntry>(
  MARK_LEGEND.map((entry) => [entry.severity, entry]),
);

export const SEVERITY_ORDER: readonly Severity[] = ["error", "shortfall", "warning"];

export function legendEntry(severity: Severity): LegendEntry {
  const entry = BY_SEVERITY.get(severity);
  if (!entry) throw new Error(`MARK_LEGEND has no entry for severity ${severity}`);
  return entry;
}
