// The ruleset baked into the add-in (`RULESET=path/to/tinh-x.v1.json npm run build`): read the
// file, validate it with the engine's own loader (src/core/ruleset/loadRuleset.ts, bundled here by
// esbuild so the build runs the very checks the command line runs), and hand webpack the text to
// define as CHIBO4TOT_DEPLOYED_RULESET (src/excel/deployedRuleset.ts). A file that cannot be read
// or has any problem is an error listing every problem, and the build stops.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The name webpack's DefinePlugin replaces by the ruleset's JSON text. */
export const DEPLOYED_RULESET_NAME = "CHIBO4TOT_DEPLOYED_RULESET";

/**
 * Why the build stopped. Its stack is its message: webpack-cli prints the error whole, and the
 * clerk building the add-in needs the file and the problems, not the loader's frames.
 */
export class DeployedRulesetError extends Error {
  constructor(message, problems = []) {
    super(message);
    this.name = "DeployedRulesetError";
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
    this.stack = `${this.name}: ${message}`;
  }
}

let engine;

/** parseRuleset and rulesetHash of src/core, bundled once (esbuild, in memory). */
async function rulesetEngine() {
  if (engine) return engine;
  const { build } = await import("esbuild");
  const result = await build({
    stdin: {
      contents: [
        'export { parseRuleset } from "./src/core/ruleset/loadRuleset.ts";',
        'export { RulesetError } from "./src/core/errors.ts";',
        'export { rulesetHash } from "./src/core/share/rulesetHash.ts";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "node20",
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  engine = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return engine;
}

/**
 * The ruleset named by `RULESET` in `env`, validated: `{ file, text, id, version, hash }` with
 * `text` the JSON to bake in; null when RULESET is not set (the default ruleset stays). Throws
 * DeployedRulesetError naming the file and every problem.
 */
export async function deployedRulesetFromEnvironment(env = process.env, cwd = process.cwd()) {
  const setting = (env.RULESET ?? "").trim();
  if (setting === "") return null;
  const file = path.resolve(cwd, setting);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new DeployedRulesetError(
      `RULESET=${setting}: the ruleset file cannot be read (${cause.code ?? cause.message})`,
    );
  }
  const { parseRuleset, RulesetError, rulesetHash } = await rulesetEngine();
  let ruleset;
  try {
    ruleset = parseRuleset(text);
  } catch (cause) {
    if (!(cause instanceof RulesetError)) throw cause;
    const problems = cause.issues;
    throw new DeployedRulesetError(
      `RULESET=${setting}: the ruleset is not valid, the add-in was not built:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      problems,
    );
  }
  return {
    file,
    text: JSON.stringify(ruleset),
    id: ruleset.id,
    version: ruleset.version,
    hash: await rulesetHash(ruleset),
  };
}
