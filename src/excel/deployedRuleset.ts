/**
 * The ruleset the add-in scores with: a province's own, baked in when the add-in is built
 * (`RULESET=path/to/tinh-x.v1.json npm run build`), or the default `4tot-default`.
 *
 * The build (webpack.config.js, scripts/deployed-ruleset.mjs) validates the file with the
 * engine's own `loadRuleset` checks, fails listing every problem, and defines
 * `CHIBO4TOT_DEPLOYED_RULESET` as the ruleset's JSON text (webpack's DefinePlugin replaces the
 * name by the string). Without RULESET nothing is defined, and the name is an undeclared global:
 * `typeof` says "undefined" and the default ruleset is used. Tests define the same name on
 * globalThis to score as a province's build does.
 *
 * Only the engine's lazy part (lazyHostTasks.ts, the ribbon's function file) imports this module:
 * the ruleset and its schema stay out of the pane Excel opens.
 */
import { DEFAULT_RULESET, parseRuleset, type Ruleset } from "../core";

declare const CHIBO4TOT_DEPLOYED_RULESET: string | undefined;

let loaded: { text: string | null; ruleset: Ruleset } | null = null;

/** The JSON text baked in by the build, or null for the default ruleset. */
export function deployedRulesetText(): string | null {
  return typeof CHIBO4TOT_DEPLOYED_RULESET === "string" ? CHIBO4TOT_DEPLOYED_RULESET : null;
}

/** The ruleset the add-in scores with (parsed once; the build has validated it already). */
export function deployedRuleset(): Ruleset {
  const text = deployedRulesetText();
  if (loaded === null || loaded.text !== text) {
    loaded = { text, ruleset: text === null ? DEFAULT_RULESET : parseRuleset(text) };
  }
  return loaded.ruleset;
}
