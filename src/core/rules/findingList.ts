/**
 * Where rules put what they find. A draft knows its rule, sheet, 0-based cell, column key, the
 * Party cell code of its row and both messages; severity comes from the catalogue. The list sorts
 * findings the way they are reported: workbook sheet order, then row, column and the spec's rule
 * order.
 */
import { EngineError } from "../errors";
import { FINDING_CATALOG, RULE_ORDER, type RuleCode } from "../findings/findingCatalog";
import { rowNumber, toA1 } from "../grid/address";
import type { DetailedFinding } from "../report/evaluation";
import type { ColumnKey, Lang, LocalizedText } from "../vocabulary";

export interface FindingDraft {
  readonly rule: RuleCode;
  readonly sheet: string;
  /** 0-based row and column of the cell reported on. */
  readonly row: number;
  readonly col: number;
  readonly key: ColumnKey | null;
  readonly cellCode: string | null;
  readonly messages: LocalizedText;
}

/** What a rule's hooks are given to report into. */
export interface FindingSink {
  add(draft: FindingDraft): void;
}

const RULE_RANK = new Map(RULE_ORDER.map((rule, index) => [rule, index]));

export class FindingList implements FindingSink {
  private readonly drafts: FindingDraft[] = [];

  add(draft: FindingDraft): void {
    this.drafts.push(draft);
  }

  /**
   * A sink for one rule: it takes the codes the rule declares and throws EngineError on any
   * other, so a rule's `codes` are what it reports.
   */
  sinkFor(codes: readonly RuleCode[]): FindingSink {
    return {
      add: (draft) => {
        if (!codes.includes(draft.rule)) {
          throw new EngineError(
            `a rule declaring ${codes.join(", ")} reported ${draft.rule}: declare it in its codes`,
          );
        }
        this.drafts.push(draft);
      },
    };
  }

  get all(): readonly FindingDraft[] {
    return this.drafts;
  }

  /** True when a blocking finding (E_STRUCTURE) was added. */
  get blocked(): boolean {
    return this.drafts.some((d) => FINDING_CATALOG[d.rule].blocking);
  }

  /** 0-based rows of a sheet that carry an error finding. */
  errorRows(sheet: string): Set<number> {
    const rows = new Set<number>();
    for (const d of this.drafts) {
      if (d.sheet === sheet && FINDING_CATALOG[d.rule].severity === "error") rows.add(d.row);
    }
    return rows;
  }

  /** The findings sorted and in their final shape, messages in `lang`. */
  finish(sheetOrder: readonly string[], lang: Lang): DetailedFinding[] {
    const sheetRank = new Map(sheetOrder.map((name, index) => [name, index]));
    const sorted = this.drafts
      .map((draft, index) => ({ draft, index }))
      .sort(
        (a, b) =>
          (sheetRank.get(a.draft.sheet) ?? -1) - (sheetRank.get(b.draft.sheet) ?? -1) ||
          a.draft.row - b.draft.row ||
          a.draft.col - b.draft.col ||
          (RULE_RANK.get(a.draft.rule) ?? 0) - (RULE_RANK.get(b.draft.rule) ?? 0) ||
          a.index - b.index,
      );
    return sorted.map(({ draft }) => ({
      severity: FINDING_CATALOG[draft.rule].severity,
      rule: draft.rule,
      sheet: draft.sheet,
      cell: toA1(draft.row, draft.col),
      message: draft.messages[lang],
      key: draft.key,
      row: rowNumber(draft.row),
      cellCode: draft.cellCode,
      // As the rule made it: a shortfall's texts are made when read (ShortfallMessage).
      messages: draft.messages,
    }));
  }
}
