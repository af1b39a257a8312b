/**
 * The marked copy: the input xlsx package patched with a WorkbookWritePlan. The product writes
 * only its output cells, its conditional formats (marks), its report sheet and its stamp; every
 * other part keeps its exact bytes, and the parts it edits change only where it writes (a library
 * round trip would lose parts of real workbooks). The same code runs in the command line and in
 * the browser preview: Uint8Array in, Uint8Array out, jszip only.
 *
 * See docs/xlsx-patching.md for what is written where, and the choices made.
 */
import { STAMP_PROPERTY_PREFIX, type WorkbookWritePlan } from "../../core";
import { applyMarks } from "./applyMarks";
import { setActiveTab } from "./bookViews";
import { updateCalcChain, type CalcChainDrops } from "./calcChain";
import { setPrintTitles } from "./definedNames";
import { writeOutputCells } from "./outputCells";
import { badPlanError } from "./patchError";
import { reportCellStyles } from "./reportCellStyles";
import { buildReportSheetXml, printTitleRows } from "./reportSheetXml";
import { writeStampProperties } from "./stampProperties";
import { StyleSheetEditor } from "./styleSheet";
import { openStylesPart } from "./stylesPart";
import { addWorksheet, removeSheet } from "./workbookSheetEdits";
import { findSheet, readWorkbookParts, requireWorksheet } from "./workbookSheets";
import { XlsxPackage } from "./xlsxPackage";

export async function writeMarkedCopy(input: Uint8Array, plan: WorkbookWritePlan): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(input);
  let parts = await readWorkbookParts(pkg);
  const calcChainDrops: CalcChainDrops = new Map();
  if (plan.outputs) requireWorksheet(parts, plan.outputs.sheet);

  // The product's previous report sheet (proved by its token when the plan was made), and only it.
  let reportWasActive = false;
  const previousReport = plan.replaceReportSheet === null ? null : findSheet(parts, plan.replaceReportSheet);
  if (previousReport) {
    if (plan.outputs && findSheet(parts, plan.outputs.sheet) === previousReport) {
      throw badPlanError("the report sheet to replace is the scored sheet");
    }
    calcChainDrops.set(previousReport.sheetId, "all");
    reportWasActive = (await removeSheet(pkg, parts, previousReport)).wasActive;
    parts = await readWorkbookParts(pkg);
  }

  if (plan.outputs) {
    const sheet = requireWorksheet(parts, plan.outputs.sheet);
    const written = writeOutputCells(await pkg.readText(sheet.part), plan.outputs);
    pkg.writeText(sheet.part, written.xml);
    if (written.removedFormulaCells.length > 0) calcChainDrops.set(sheet.sheetId, new Set(written.removedFormulaCells));
  }

  const stylesPart = await openStylesPart(pkg, parts);
  const styles = new StyleSheetEditor(stylesPart.xml);
  await applyMarks(pkg, parts, plan.marks, styles);

  const reportXml = buildReportSheetXml(plan.reportSheet, { styleOf: reportCellStyles(styles), selected: reportWasActive });
  pkg.writeText(stylesPart.part, styles.text);
  parts = await readWorkbookParts(pkg);
  const reportIndex = await addWorksheet(pkg, parts, plan.reportSheet.name, reportXml);
  let workbookXml = await pkg.readText(parts.workbookPart);
  if (plan.reportSheet.print.titleRows) {
    workbookXml = setPrintTitles(workbookXml, reportIndex, plan.reportSheet.name, printTitleRows(plan.reportSheet.print.titleRows));
  }
  if (reportWasActive) workbookXml = setActiveTab(workbookXml, reportIndex);
  pkg.writeText(parts.workbookPart, workbookXml);

  await updateCalcChain(pkg, parts, calcChainDrops);
  await writeStampProperties(pkg, plan.stampProperties, STAMP_PROPERTY_PREFIX);
  return pkg.toBytes();
}
