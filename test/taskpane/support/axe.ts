/**
 * axe-core (through @axe-core/playwright) on what the page shows now: the serious and critical
 * violations, each as "rule: targets", so a failing assertion names what to fix.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export async function seriousViolations(page: Page): Promise<string[]> {
  // Tabster's focus guards (<i data-tabster-dummy>) are aria-hidden by design; not content.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

/**
 * The violations a page must not have: every serious or critical one, and the moderate ones
 * about landmarks and headings (content outside a landmark, no main, no h1, skipped heading
 * levels), which tell a screen reader user where they are.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const structural = /^(region|landmark-.*|page-has-heading-one|heading-order|empty-heading)$/;
  return results.violations
    .filter(
      (violation) =>
        violation.impact === "serious" ||
        violation.impact === "critical" ||
        structural.test(violation.id),
    )
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
