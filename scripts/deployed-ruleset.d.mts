/** Types of scripts/deployed-ruleset.mjs, for the TypeScript tests that import it. */
export declare const DEPLOYED_RULESET_NAME: string;
export declare class DeployedRulesetError extends Error {
  problems: string[];
}
export interface DeployedRuleset {
  file: string;
  text: string;
  id: string;
  version: number;
  hash: string;
}
export declare function deployedRulesetFromEnvironment(
  env?: Record<string, string | undefined>,
  cwd?: string,
): Promise<DeployedRuleset | null>;
