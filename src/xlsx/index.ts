/**
 * The xlsx package code, shared by the command line (src/cli) and the browser preview
 * (src/taskpane/preview): reading a workbook file into the engine's grid (with its limits and
 * the problems it refuses), and writing the marked copy by patching the original package.
 * Browser-safe: bytes in, bytes out, no fs and no Buffer. Arrows: cli → xlsx → core and
 * preview → xlsx → core; this folder imports nothing from either of its users.
 */
export {
  readWorkbook,
  sheetsWithReportSheet,
  type ReadWorkbookOptions,
  type ReadWorkbookResult,
} from "./readWorkbook";
export {
  readWorkbookToScore,
  reportTokenInSheet,
  type WorkbookToScore,
} from "./readWorkbookToScore";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./readLimits";
export { packageProblem, WorkbookReadError, type PackageProblem } from "./packageProblem";
export type { PackageInfo, WorkbookFormat } from "./inspectPackage";
export { writeMarkedCopy } from "./patch/writeMarkedCopy";
export { withCustomProperties } from "./patch/stampProperties";
export { XlsxPatchError } from "./patch/patchError";
