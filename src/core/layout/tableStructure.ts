/**
 * What is wrong with a table's header, if anything: no header row, a required column missing, a
 * recognised column found twice. The "Chi bộ" sheet reports these as E_STRUCTURE (blocking), the
 * roster as W_ROSTER (no cross-checks): one analysis, two rules.
 */
import type { FoundHeader } from "./findHeaderRow";

export type StructureProblem<K> =
  | { readonly kind: "no-header" }
  | { readonly kind: "missing"; readonly key: K }
  | { readonly kind: "repeat"; readonly key: K; readonly firstCol: number; readonly col: number };

export function tableStructureProblems<K>(
  header: FoundHeader<K> | null,
  requiredKeys: readonly K[],
): StructureProblem<K>[] {
  if (header === null) return [{ kind: "no-header" }];
  const problems: StructureProblem<K>[] = [];
  for (const key of requiredKeys) {
    if (!header.columns.has(key)) problems.push({ kind: "missing", key });
  }
  for (const repeat of header.repeats) {
    problems.push({
      kind: "repeat",
      key: repeat.key,
      firstCol: header.columns.get(repeat.key) ?? repeat.col,
      col: repeat.col,
    });
  }
  return problems;
}
