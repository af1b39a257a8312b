/**
 * The engine's shared words: the types every stage speaks (languages, texts in both languages,
 * severities, criteria, ratings, the column keys of the three sheets, sheet roles). They live here,
 * below every folder of src/core, so that no two folders need each other for a word
 * (test/architecture.test.ts checks that no two core folders import each other).
 */

/** The languages of every text the product shows: Vietnamese first, English second. */
export type Lang = "vi" | "en";

/** A text in both languages. */
export type LocalizedText = { vi: string; en: string };

/** How bad a finding is (spec §2); each finding type has one (catalog of finding types). */
export type Severity = "error" | "warning" | "shortfall";

/** A criterion of a ruleset: "I" | "II" | "III" | "IV" in the default ruleset. */
export type CriterionId = string;

/** The quality ratings of Party cells and members (spec §1 "Values"). */
export type RatingCode = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";

/** Input columns of the "Chi bộ" sheet an indicator can read (spec §1). */
export type IndicatorKey =
  | "targets_pct"
  | "cell_rating"
  | "regular_meetings"
  | "thematic_meetings"
  | "attendance_pct"
  | "disciplined"
  | "disunity_cases"
  | "absent_no_reason"
  | "members_good"
  | "members_failed"
  | "new_members";

/** Input columns of the "Chi bộ" sheet (spec §1). */
export type CellsInputKey = "stt" | "code" | "name" | "members" | IndicatorKey;

/** Output columns of the "Chi bộ" sheet, written by the product (spec §1). */
export type OutputKey =
  | "score_1"
  | "score_2"
  | "score_3"
  | "score_4"
  | "score_total"
  | "result"
  | "failed_criteria";

export const OUTPUT_KEYS: readonly OutputKey[] = [
  "score_1",
  "score_2",
  "score_3",
  "score_4",
  "score_total",
  "result",
  "failed_criteria",
];

/** Columns of the "Đảng viên" sheet (spec §4). */
export type RosterKey =
  | "stt"
  | "member_name"
  | "cell_code"
  | "member_rating"
  | "disciplined_flag"
  | "admitted_flag";

/** Any recognised column of the workbook. */
export type ColumnKey = CellsInputKey | OutputKey | RosterKey;

/** What a sheet is to the engine (spec §1, "Sheets"). */
export type SheetRole = "info" | "cells" | "roster" | "report";
