/**
 * Misuse of the engine is an exception (problems inside cells are findings, never exceptions).
 * `EngineError` is thrown when a caller hands the engine something that is not a workbook grid or
 * a valid ruleset; `RulesetError` says which parts of a ruleset are wrong.
 */
export class EngineError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "EngineError";
  }
}

export class RulesetError extends EngineError {
  /** One line per problem, each naming the path inside the ruleset ("criteria.0.indicators.1.bands"). */
  readonly issues: readonly string[];

  constructor(issues: readonly string[], options?: ErrorOptions) {
    super(`invalid ruleset: ${issues.join("; ")}`, options);
    this.name = "RulesetError";
    this.issues = issues;
  }
}
