/**
 * The default ruleset, for the criteria view before any result: always loaded with import(), so
 * the ruleset and its schema (valibot) are not part of the pane Excel opens.
 */
export { DEFAULT_RULESET } from "../../core";
