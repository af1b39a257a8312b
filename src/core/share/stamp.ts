/**
 * The stamp (spec §6) as custom document properties: docProps/custom.xml in the file, Office.js
 * `workbook.properties.custom` in Excel. Why there: the properties travel with the file through
 * Save As, e-mail and Excel on the web, LibreOffice keeps them, a clerk can see them (File ›
 * Info › Properties › Advanced Properties › Custom) but does not overwrite them by typing in a
 * cell, and no sheet or cell of the template is used.
 *
 * One property per field, every value a text under 255 characters (Office's limit for a text
 * property), names starting with `STAMP_PROPERTY_PREFIX`:
 *
 * | property | value |
 * |---|---|
 * | chibo4tot.stampFormat | 1 (the layout of these properties) |
 * | chibo4tot.productVersion | the product's version, "0.1.0" |
 * | chibo4tot.ruleset | ruleset id and version, "4tot-default@1" |
 * | chibo4tot.rulesetHash | 64 lower-case hex digits: SHA-256 of the ruleset's canonical JSON |
 * | chibo4tot.scoredAt | ISO 8601 with offset, "2025-12-01T08:00:00+07:00" |
 * | chibo4tot.status | "scored" or "unusable" |
 * | chibo4tot.summary | "cells=10;scored=8;fourGood=5;errors=3;warnings=3;shortfalls=9;orgFourGood=false" |
 * | chibo4tot.fingerprint | 64 lower-case hex digits (SHA-256 of the canonical inputs) |
 * | chibo4tot.reportSheet | the name of the report sheet the product wrote |
 * | chibo4tot.reportToken | the token also written in that sheet's `REPORT_TOKEN_CELL` |
 *
 * `rulesetHash` came after the others, within the same stamp format: a stamp without it is still
 * read (its `ruleset.hash` is null: it cannot prove which copy of the rules scored it); a stamp
 * whose hash is not 64 hex digits is malformed.
 */
import { EngineError } from "../errors";
import type { ReportSummary } from "../report/report";
import {
  isRulesetHash,
  parseRulesetLabel,
  rulesetLabel,
} from "../ruleset/rulesetReference";
import { isReportToken } from "./reportToken";
import { isIsoDateTime, isoWithOffset } from "./scoredAt";
import type { Stamp, StampStatus } from "./workbookWritePlan";

export const STAMP_PROPERTY_PREFIX = "chibo4tot.";

/** The layout of the stamp's properties; a stamp of another format is not read. */
export const STAMP_FORMAT = 1;

/** Office keeps a text property's value to 255 characters. */
export const MAX_PROPERTY_VALUE_CHARS = 254;

export const STAMP_PROPERTY = {
  format: `${STAMP_PROPERTY_PREFIX}stampFormat`,
  productVersion: `${STAMP_PROPERTY_PREFIX}productVersion`,
  ruleset: `${STAMP_PROPERTY_PREFIX}ruleset`,
  rulesetHash: `${STAMP_PROPERTY_PREFIX}rulesetHash`,
  scoredAt: `${STAMP_PROPERTY_PREFIX}scoredAt`,
  status: `${STAMP_PROPERTY_PREFIX}status`,
  summary: `${STAMP_PROPERTY_PREFIX}summary`,
  fingerprint: `${STAMP_PROPERTY_PREFIX}fingerprint`,
  reportSheet: `${STAMP_PROPERTY_PREFIX}reportSheet`,
  reportToken: `${STAMP_PROPERTY_PREFIX}reportToken`,
} as const;

const SUMMARY_COUNTS = ["cells", "scored", "fourGood", "errors", "warnings", "shortfalls"] as const;

function summaryText(summary: ReportSummary): string {
  const counts = SUMMARY_COUNTS.map((key) => `${key}=${summary[key]}`);
  return [...counts, `orgFourGood=${summary.orgFourGood}`].join(";");
}

function parseSummary(text: string): ReportSummary | null {
  const fields = new Map<string, string>();
  for (const part of text.split(";")) {
    const [key, value, ...rest] = part.split("=");
    if (rest.length > 0 || key === undefined || value === undefined) return null;
    fields.set(key.trim(), value.trim());
  }
  const counts: Partial<Record<(typeof SUMMARY_COUNTS)[number], number>> = {};
  for (const key of SUMMARY_COUNTS) {
    const value = fields.get(key);
    if (value === undefined || !/^[0-9]{1,15}$/.test(value)) return null;
    counts[key] = Number(value);
  }
  const orgFourGood = fields.get("orgFourGood");
  if (orgFourGood !== "true" && orgFourGood !== "false") return null;
  return {
    ...(counts as Record<(typeof SUMMARY_COUNTS)[number], number>),
    orgFourGood: orgFourGood === "true",
  };
}

/** The stamp as custom document properties (name → text). */
export function stampToProperties(stamp: Stamp): Record<string, string> {
  const properties: Record<string, string> = {
    [STAMP_PROPERTY.format]: String(STAMP_FORMAT),
    [STAMP_PROPERTY.productVersion]: stamp.productVersion,
    [STAMP_PROPERTY.ruleset]: rulesetLabel(stamp.ruleset),
    ...(stamp.ruleset.hash === null ? {} : { [STAMP_PROPERTY.rulesetHash]: stamp.ruleset.hash }),
    [STAMP_PROPERTY.scoredAt]: stamp.scoredAt,
    [STAMP_PROPERTY.status]: stamp.status,
    [STAMP_PROPERTY.summary]: summaryText(stamp.summary),
    [STAMP_PROPERTY.fingerprint]: stamp.fingerprint,
    [STAMP_PROPERTY.reportSheet]: stamp.reportSheet,
    [STAMP_PROPERTY.reportToken]: stamp.reportToken,
  };
  for (const [name, value] of Object.entries(properties)) {
    if (value.length === 0 || value.length > MAX_PROPERTY_VALUE_CHARS) {
      throw new EngineError(
        `stamp property ${name} must hold 1 to ${MAX_PROPERTY_VALUE_CHARS} characters, not ${value.length}`,
      );
    }
  }
  return properties;
}

/** A property value as text: Excel gives texts, numbers, booleans or dates back. */
function propertyText(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoWithOffset(value, 0);
  return null;
}

/**
 * The stamp stored in a workbook's custom properties, or null when there is none or it cannot be
 * read whole (a missing or malformed property, another stamp format). Property names are compared
 * without regard to case, as Office does.
 */
export function stampFromProperties(
  properties: Readonly<Record<string, unknown>> | null | undefined,
): Stamp | null {
  if (properties === null || typeof properties !== "object") return null;
  const byName = new Map<string, unknown>();
  for (const [name, value] of Object.entries(properties)) {
    const folded = name.toLowerCase();
    if (!byName.has(folded)) byName.set(folded, value);
  }
  const read = (name: string): string | null => propertyText(byName.get(name.toLowerCase()));

  if (read(STAMP_PROPERTY.format) !== String(STAMP_FORMAT)) return null;
  const productVersion = read(STAMP_PROPERTY.productVersion);
  const rulesetText = read(STAMP_PROPERTY.ruleset);
  const rulesetHashText = read(STAMP_PROPERTY.rulesetHash);
  const scoredAt = read(STAMP_PROPERTY.scoredAt);
  const status = read(STAMP_PROPERTY.status);
  const summaryValue = read(STAMP_PROPERTY.summary);
  const fingerprint = read(STAMP_PROPERTY.fingerprint)?.toLowerCase() ?? null;
  const reportSheet = read(STAMP_PROPERTY.reportSheet);
  const reportToken = read(STAMP_PROPERTY.reportToken);

  if (!productVersion || !rulesetText || !scoredAt || !summaryValue || !reportSheet || !reportToken)
    return null;
  const ruleset = parseRulesetLabel(rulesetText);
  if (ruleset === null) return null;
  if (rulesetHashText !== null && !isRulesetHash(rulesetHashText)) return null;
  if (!isIsoDateTime(scoredAt)) return null;
  if (status !== "scored" && status !== "unusable") return null;
  const summary = parseSummary(summaryValue);
  if (summary === null) return null;
  if (fingerprint === null || !/^[0-9a-f]{64}$/.test(fingerprint)) return null;
  if (!isReportToken(reportToken)) return null;

  return {
    product: "chibo4tot",
    productVersion,
    ruleset: { ...ruleset, hash: rulesetHashText?.toLowerCase() ?? null },
    scoredAt,
    status,
    summary,
    fingerprint,
    reportSheet,
    reportToken,
  };
}

/** "valid" when the workbook's inputs are those the stamp was made from, "stale" when they changed. */
export function checkStamp(stamp: Stamp | null, fingerprint: string): StampStatus {
  if (stamp === null) return "none";
  return stamp.fingerprint.toLowerCase() === fingerprint.toLowerCase() ? "valid" : "stale";
}
