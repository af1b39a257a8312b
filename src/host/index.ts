/**
 * What the task pane, the Office edge (src/excel, src/commands) and the browser preview share:
 * the host interface the pane is driven through, its outcomes and its error. Arrows point here:
 * taskpane → host ← excel, commands; this folder imports only the engine's types.
 */
export { HostError } from "./hostError";
export { OPEN_CANCELLED } from "./taskpaneHost";
export type {
  HostCapabilities,
  OpenOptions,
  ScoreOutcome,
  ScoredWorkbook,
  ScorePhase,
  ScoreProgress,
  StampState,
  TaskpaneHost,
} from "./taskpaneHost";
