/**
 * The engine's one front door. Everything outside src/core imports from here, never from a file
 * inside. The engine is pure: grid in, findings and scores out; it imports nothing from Office,
 * exceljs, React or Node (test/architecture.test.ts checks this).
 */

// --- the shared words and the shapes every edge reads and writes ---
export * from "./vocabulary";
export * from "./grid/grid";
export * from "./grid/address";
export * from "./report/report";
export * from "./report/evaluation";
export * from "./layout/workbookLayout";
export * from "./ruleset/ruleset";
export * from "./marks/markPlan";
export * from "./share/workbookWritePlan";
export { PRODUCT_VERSION } from "./version";

// --- evaluation: the entry points, the catalogues (columns, sheets, finding types), rulesets,
// values, the verdict ---
export {
  discoverLayout,
  evaluateWorkbook,
  type EvaluateOptions,
} from "./evaluate/evaluateWorkbook";
export { EngineError, RulesetError } from "./errors";
export {
  selectSheetsToRead,
  sheetsToRead,
  sheetRoleOf,
  type SheetSelection,
  type DataSheetRole,
} from "./layout/selectSheets";
export { DEFAULT_RULESET, loadRuleset, parseRuleset, assertRuleset } from "./ruleset/loadRuleset";
export { indicatorMaxPoints } from "./ruleset/schema";
export { canonicalJson } from "./ruleset/canonicalJson";
export {
  rulesetMatch,
  rulesetLabel,
  parseRulesetLabel,
  isRulesetHash,
  OTHER_RULES,
  isOtherRules,
  type RulesetReference,
  type RulesetMatch,
} from "./ruleset/rulesetReference";
export { CELLS_COLUMNS } from "./catalog/cellsColumns";
export { ROSTER_COLUMNS } from "./catalog/rosterColumns";
export { OUTPUT_COLUMNS, RESULT_TEXT, type OutputColumnSpec } from "./catalog/outputColumns";
export {
  INFO_FIELDS,
  YEAR_RANGE,
  type InfoFieldKey,
  type InfoFieldSpec,
} from "./catalog/infoFields";
export { SHEET_ROLES, type SheetRoleSpec } from "./catalog/sheetRoles";
export { FINDING_CATALOG, RULE_ORDER, type FindingType } from "./findings/findingCatalog";
export {
  columnNames,
  isNumericColumn,
  isTotalledColumn,
  type ColumnSpec,
  type ColumnType,
} from "./catalog/columnSpec";
export { normalizeText, cleanText, textsMatch } from "./text/normalizeText";
export {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  encodeLegacy,
  encodeTcvn3,
  encodeVni,
  LEGACY_ENCODINGS,
  VIETNAMESE_LETTERS,
  type LegacyEncoding,
} from "./text/legacyEncodings";
export { codeKey } from "./values/codeKey";
export { displayText } from "./values/displayText";
export { RATING_CODES, RATING_WORDS, fractionToPoints } from "./values/readValue";
export { isPercentFormat, isDateFormat, isEmptyValue, cellText } from "./values/cellValue";
export { MIN_CELL_MEMBERS } from "./rules/smallCell";
export { CANONICAL_INPUTS_VERSION } from "./evaluate/canonicalInputs";
export {
  verdictReasons,
  fourGoodShare,
  type VerdictReason,
  type VerdictBasis,
} from "./report/verdictReasons";

// --- sharing: marks, fingerprint, stamp, report sheet, the write plan, consolidation ---
export {
  MARK_LEGEND,
  markLegendEntry,
  severityRank,
  type MarkLegendEntry,
} from "./marks/markLegend";
export { isProductMarkFormula, OWNER_TAG_TERM } from "./marks/productMarkFormula";
export { addressChunks, columnRuns, MAX_ADDRESS_CHARS } from "./marks/addressChunks";
export { planMarks, sameSheetName, type PlanMarksOptions } from "./marks/planMarks";
export { STATIC_MARK_FORMULA, MAX_FORMULA_CHARS } from "./marks/markCondition";
export { fingerprintOf, sha256Hex } from "./share/fingerprint";
export { rulesetHash, rulesetReference } from "./share/rulesetHash";
export {
  TEMPLATE_PROPERTY_PREFIX,
  TEMPLATE_PROPERTY,
  expectedRulesetToProperties,
  expectedRulesetFromProperties,
} from "./share/templateProperties";
export {
  STAMP_PROPERTY_PREFIX,
  STAMP_PROPERTY,
  STAMP_FORMAT,
  stampToProperties,
  stampFromProperties,
  checkStamp,
} from "./share/stamp";
export { REPORT_TOKEN_CELL, reportTokenFromCell, newReportToken } from "./share/reportToken";
export { isoWithOffset, scoredAtText } from "./share/scoredAt";
export {
  isValidSheetName,
  ownReportSheet,
  reportSheetName,
  type PreviousReport,
} from "./share/reportSheetName";
export {
  planReportSheet,
  FINDINGS_HEADER_ROW,
  type ReportSheetRequest,
} from "./share/reportSheetPlan";
export {
  orgVerdictText,
  orgVerdictReasons,
  orgVerdictShort,
  percentText,
} from "./share/orgVerdict";
export { planWorkbookWrite } from "./share/planWorkbookWrite";
export {
  consolidateReports,
  scoredWithOtherRules,
  type Consolidation,
  type ConsolidationInput,
  type ConsolidatedWorkbook,
  type ConsolidatedPartyCell,
  type ConsolidationTotals,
  type CodeDuplicate,
  type PartyCellResult,
  type WorkbookStatus,
} from "./share/consolidation";
