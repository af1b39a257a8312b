/**
 * How the product recognises its own conditional formats in any workbook, without a list of ids:
 * every mark formula carries the owner tag (`MARK_OWNER_TAG`) as a text literal,
 * `ISTEXT("chibo4tot-mark")`, which is always TRUE and so never changes what the formula says.
 * The Office.js edge, the xlsx patcher and "clear marks" all use this one test.
 */
import { MARK_OWNER_TAG } from "./markPlan";

/** `ISTEXT("chibo4tot-mark")`: the part of every mark formula that says it is the product's. */
export const OWNER_TAG_TERM = `ISTEXT("${MARK_OWNER_TAG}")`;

/** True when a conditional format's formula belongs to the product (it carries the owner tag). */
export function isProductMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(MARK_OWNER_TAG);
}
