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
