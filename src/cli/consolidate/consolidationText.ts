/** What `consolidate` prints: a table of the workbooks, the totals, shared codes and unreadable files. */
import {
  percentText,
  rulesetLabel,
  scoredWithOtherRules,
  type Consolidation,
  type Lang,
} from "../../core";
import { otherRulesLine, RULESET_MATCH_TEXT } from "../output/rulesetMatchText";
import { renderTable, type TableColumn } from "../output/textTable";
import { CONSOLIDATION_WORDS } from "./consolidationWords";

function share(value: number | null, lang: Lang): string {
  return value === null ? "" : percentText(value * 100, lang);
}

/** The consolidation as printed; `ruleset` ("id@version") is the ruleset of the run. */
export function formatConsolidation(
  consolidation: Consolidation,
  lang: Lang,
  ruleset: string,
): string {
  const words = CONSOLIDATION_WORDS[lang];
  const w = words.workbookColumns;
  const columns: TableColumn[] = [
    { header: w.file, maxWidth: 40 },
    { header: w.organization, maxWidth: 28 },
    { header: w.cells, align: "right" },
    { header: w.fourGood, align: "right" },
    { header: w.share, align: "right" },
    { header: w.errors, align: "right" },
    { header: w.shortfalls, align: "right" },
    { header: w.warnings, align: "right" },
    { header: w.stamp },
    { header: w.verdict },
  ];
  const rows = consolidation.workbooks.map((book) => {
    const read = book.status !== "unreadable";
    return [
      book.file,
      book.organization ?? "",
      read ? String(book.cells) : "",
      read ? String(book.fourGood) : "",
      share(book.share, lang),
      read ? String(book.errors) : "",
      read ? String(book.shortfalls) : "",
      read ? String(book.warnings) : "",
      book.stamp === null ? words.status.unreadable : words.stamp[book.stamp],
      !read
        ? ""
        : book.status === "unusable"
          ? words.verdict.unusable
          : book.orgFourGood
            ? words.verdict.yes
            : words.verdict.no,
    ];
  });
  const t = consolidation.totals;
  const lines = [
    words.printed.heading(t.workbooks),
    ...renderTable(columns, rows, "  "),
    "",
    words.printed.totals({ ...t, share: t.share === null ? "—" : share(t.share, lang) }),
    words.printed.orgTotals(t.orgFourGood, t.read),
    words.stampTotals(t.stamps),
  ];
  if (consolidation.duplicates.length > 0) {
    lines.push("", words.printed.duplicates);
    for (const duplicate of consolidation.duplicates) {
      const places = duplicate.occurrences.map((o) => `${o.file} (${o.name})`).join("; ");
      lines.push(words.printed.duplicate(duplicate.code, places));
    }
  }
  const other = consolidation.workbooks.filter(scoredWithOtherRules);
  if (other.length > 0) {
    lines.push("", otherRulesLine(other.length, ruleset, lang));
    for (const book of other) {
      const named = book.stampRuleset ? rulesetLabel(book.stampRuleset) : "";
      lines.push(`  ${book.file}: ${named} (${RULESET_MATCH_TEXT[lang][book.rulesetMatch ?? "same"]})`);
    }
  }
  const unreadable = consolidation.workbooks.filter((book) => book.status === "unreadable");
  if (unreadable.length > 0) {
    lines.push(
      "",
      words.printed.unreadable,
      ...unreadable.map((book) => `  ${book.file}: ${book.error ?? ""}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
