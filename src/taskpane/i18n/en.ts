/**
 * English, the second language: the same keys as vi.ts (the type below makes a missing or extra
 * key a compile error). Vietnamese terms of art stay where clerks use them ("Đạt 4 tốt", HTTNV).
 */
import type { StringKey } from "./vi";

export const en: Record<StringKey, string> = {
  appTitle: "Chi bộ 4 tốt (4 Good Party cells)",
  headerYear: "Year {year}",
  languageSwitchText: "Tiếng Việt",
  languageSwitchLabel: "Switch the interface to Vietnamese (Tiếng Việt)",

  scoreButton: "Score",
  scoreButtonBusy: "Scoring…",
  clearMarksButton: "Clear marks",

  stampChecking: "Checking the scoring stamp…",
  stampScored: "Scored at {time} · data unchanged",
  stampScoredNotSaved: "Scored at {time} · shown in the browser only, not saved in the file",
  stampChanged: "Data changed after scoring · score again",
  stampChangedSinceStamp:
    "The file's data was edited after the scoring stored in it · the results below are fresh",
  stampNone: "Not scored yet",

  progressLabel: "Scoring progress",
  progressReading: "Reading the data…",
  progressChecking: "Checking and scoring…",
  progressWriting: "Writing results and marks into the workbook…",
  progressDone: "Scoring finished.",
  progressCounted: "{phase} ({done}/{total})",
  liveScored:
    "Scoring finished: {cells} Party cells, {fourGood} rated 4 Good, {errors} errors, {shortfalls} shortfalls, {warnings} warnings. {verdict}.",

  errorTitle: "That did not work",
  errorCode: "error code: {code}",
  errorUnexpected:
    "Something unexpected went wrong ({detail}). Try again; if it happens again, send this message to your IT contact.",
  dismiss: "Dismiss message",
  noticeMarksCleared: "Removed {count} marks. The workbook's values and formatting are unchanged.",
  noticeNoMarks: "The workbook has no marks from the add-in.",
  noticeDownloaded: "Downloaded “{fileName}” ({size}). Your original file is unchanged.",

  changedTitle: "The data changed after scoring",
  changedBody: "The results and marks below may be out of date. Score again to update them.",
  changedRescore: "Score again",

  unsupportedTitle: "This Excel cannot run the Chi bộ 4 tốt add-in",
  unsupportedTitlePreview: "This browser cannot run the Chi bộ 4 tốt preview",
  unsupportedHintPreview:
    "You can still score workbooks with the Excel add-in or the chibo4tot command line; both give the same results.",
  unsupportedHint:
    "Meanwhile you can still score workbooks with the browser preview or the chibo4tot command line; both give the same results.",

  viewsLabel: "Result sections",
  viewSummary: "Summary",
  viewCells: "Party cells",
  viewFindings: "Findings",
  viewCriteria: "Criteria",
  viewLoading: "Loading this section…",

  summaryHeading: "Summary",
  summaryCells: "Party cells",
  summaryScored: "Scored",
  summaryFourGood: "Rated 4 Good",
  summaryErrors: "Data errors",
  summaryShortfalls: "Shortfalls",
  summaryWarnings: "Warnings",
  summaryFromStamp:
    "Results stored in the file by the last scoring (the data has not changed since). Score again to see each Party cell.",
  summaryNotScoredHint:
    "Press “Score” to check the evaluation workbook, compute each Party cell's 4 Good score and mark the cells to review.",
  summaryNotScored: "No scoring results yet.",

  verdictFourGood: "Đảng bộ cơ sở 4 tốt (4 Good organisation)",
  verdictNotFourGood: "Not 4 Good",
  verdictReasonsLabel: "Why not",
  verdictReasonUnusable:
    "Nothing could be scored: a required sheet or column is missing. See Findings for what to fix.",
  verdictReasonNoneScored: "No Party cell has been scored.",
  verdictReasonTooFewScored:
    "Only {scored} Party cells were scored; at least {minimum} are needed.",
  verdictReasonShareBelow:
    "{share} of Party cells are rated 4 Good ({fourGood}/{scored}), below the required {minimum}.",
  verdictReasonErrors: "Data errors left in the workbook: {errors}; all must be fixed.",
  verdictReasonForbiddenRating: "A Party cell is rated {ratings}.",

  legendHeading: "What the mark colours mean",

  cellsFilterLabel: "Filter Party cells",
  cellsFilterAll: "All ({count})",
  cellsFilterNotFourGood: "Not 4 Good ({count})",
  cellsFilterErrors: "With errors ({count})",
  cellsCaption: "Results per Party cell. Select a code to select that row in the workbook.",
  cellsCaptionPreview: "Results per Party cell. Select a code to see that cell.",
  cellsColumnCell: "Party cell",
  cellsColumnCriterion: "Criterion {criterion}",
  cellsColumnTotal: "Total",
  cellsColumnResult: "Result",
  cellsOpenRow: "{code}: select row {row} in the workbook",
  cellsEmpty: "No Party cell matches the filter.",
  criterionGood: "Criterion {criterion}: {points} points, good",
  criterionNotGood: "Criterion {criterion}: {points} points, not good",
  criterionNotScored: "Criterion {criterion}: not scored because of a data error",
  resultFourGood: "Đạt 4 tốt (4 Good)",
  resultNotFourGood: "Not 4 Good",
  resultDataError: "Data error",
  showMore: "Show more (showing {shown}/{total})",

  findingsGroupingLabel: "Group findings",
  findingsByCell: "By Party cell",
  findingsByRule: "By kind",
  findingsGroupSheet: "Sheet “{sheet}”",
  findingsNone: "No findings: the data is valid and every target is met.",
  findingLabel: "{severity}, {rule}, cell {address}: {message}",
  selectedCellTitle: "Cell {address}",
  selectedCellValue: "Value: {value}. The preview cannot open Excel; fix this cell in your file.",
  selectedCellEmpty: "(empty)",
  selectedCellUnknown: "(not read)",

  criteriaRuleset: "Ruleset: {title} ({id}, version {version})",
  criteriaFourGoodRule: "A Party cell is 4 Good when all {count} criteria are good.",
  criteriaGoodRule: "At most {max} points. Good from {good} points.",
  criteriaGoodRuleVeto:
    "At most {max} points. Good from {good} points, with no “Veto” target missed.",
  criteriaVeto: "Veto",
  criteriaMeasure: "Measured as",
  criteriaRateOfMembers: "share of the Party cell's members",
  criteriaTarget: "Target",
  criteriaPoints: "Points",
  criteriaMaxPoints: "Maximum",
  criteriaBandAny: "any value",
  criteriaBandOtherwise: "otherwise",
  criteriaOr: "or",
  criteriaOrgHeading: "An organisation is “Đảng bộ cơ sở 4 tốt” when",
  criteriaOrgShare: "at least {share} of its scored Party cells are rated 4 Good;",
  criteriaOrgMinScored: "at least {count} Party cells are scored;",
  criteriaOrgForbidden: "no Party cell is rated {ratings};",
  criteriaOrgNoErrors: "the workbook has no data error left.",

  previewHeading: "Browser preview",
  previewIntro:
    "Open a Chi bộ 4 tốt evaluation workbook (.xlsx) to check its data, score it and download a marked copy, without installing the Excel add-in.",
  previewChooseFile: "Choose an .xlsx file…",
  previewDropHint: "or drop the file here",
  previewOpenSample: "Open the sample",
  previewPrivacy: "The file is read and scored on this computer. No data is sent over the network.",
  previewFileLabel: "Open file: {fileName}",
  previewOpenAnother: "Open another file…",
  previewDownload: "Download marked copy",
  previewErrorInsecure:
    "The preview must be opened from a secure address (https:// or localhost) to compute the data fingerprint. Open it again from the https:// address your administrator gave you.",

  previewErrorNoWorkbook: "No file is open. Choose an .xlsx file or open the sample.",
  previewErrorNotScored:
    "There are no results to write yet. Score first, then download the marked copy.",
  previewErrorSample:
    "The sample could not be loaded ({detail}). Reload the page; if it still fails, open one of your own .xlsx files.",
  previewErrorRead:
    "“{fileName}” could not be read ({detail}). Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
  previewErrorWrite:
    "The marked copy could not be made ({detail}). The results on screen are still right; try again or use the chibo4tot command line.",
  previewErrorNoClearMarks:
    "The preview never writes into your file, so there are no marks to clear.",
};
