/**
 * What the task pane shows on opening: does the workbook carry the product's stamp, have its
 * inputs changed since it was scored, and was it scored with the rules the add-in has? The stamp is read from the document properties (1 sync);
 * only when there is one is the workbook read and its fingerprint recomputed from fresh data.
 */
/* global Excel */
import {
  checkStamp,
  evaluateWorkbook,
  fingerprintOf,
  rulesetReference,
  rulesetMatch,
  stampFromProperties,
  type Stamp,
  type WorkbookLayout,
} from "../core";
import type { StampState } from "../host";
import { deployedRuleset } from "./deployedRuleset";
import { readWorkbookGrid } from "./readWorkbookGrid";
import { runInExcel } from "./runInExcel";
import { readSheetListing, type SheetListing } from "./sheetListing";

export interface StampReading extends StampState {
  /** The layout found while recomputing the fingerprint (null when there was no stamp). */
  layout: WorkbookLayout | null;
}

/**
 * The check of a stamp found in the listing (sync 1 already done): the workbook is read and
 * evaluated again, and its fingerprint compared with the stamp's.
 */
export async function checkStampIn(
  context: Excel.RequestContext,
  listing: SheetListing,
  stamp: Stamp,
): Promise<StampReading> {
  const read = await readWorkbookGrid(context, undefined, listing);
  const ruleset = deployedRuleset();
  const evaluation = evaluateWorkbook(read.grid, { ruleset });
  const fingerprint = await fingerprintOf(evaluation);
  return {
    status: checkStamp(stamp, fingerprint),
    stamp,
    ruleset,
    rulesetMatch: rulesetMatch(stamp.ruleset, await rulesetReference(ruleset)),
    layout: evaluation.layout,
  };
}

export async function readStampStateIn(context: Excel.RequestContext): Promise<StampReading> {
  const listing = await readSheetListing(context);
  const stamp = stampFromProperties(listing.properties);
  if (!stamp) return { status: "none", stamp: null, layout: null };
  return checkStampIn(context, listing, stamp);
}

export function readStampState(): Promise<StampReading> {
  return runInExcel(readStampStateIn);
}
