/**
 * The "Thông tin" sheet read (spec §1): where its fields are (findInfoFields) and what the
 * organisation and the year read, each with the reason it has no value. The report takes the
 * values; the W_INFO rule reports the reasons. v2: the sheet is read as `discoverInfoSheet` found
 * it, decoded when it is typed in TCVN3 or VNI (`encoding`, W_ENCODING).
 */
import { YEAR_RANGE, type InfoFieldKey } from "../catalog/infoFields";
import type { CellIndex } from "../grid/address";
import type { SheetGrid } from "../grid/grid";
import { numberFormatAt, valueAt } from "../values/cellValue";
import { readInteger, readText } from "../values/readValue";
import { discoverInfoSheet, type InfoSheetDiscovery } from "./findInfoFields";

/** One field: its value cell, its value, or why it has none. */
export type InfoFieldReading<T> =
  | { readonly problem: "no-label" }
  | { readonly problem: "empty" | "invalid"; readonly at: CellIndex }
  | { readonly problem: null; readonly at: CellIndex; readonly value: T };

export interface InfoSheet {
  /** The sheet read: the workbook's, decoded when it is typed in a legacy encoding. */
  readonly sheet: SheetGrid;
  /** The legacy encoding the sheet is read in, and its first label cell (W_ENCODING), or null. */
  readonly encoding: InfoSheetDiscovery["encoding"];
  /** The value cell of each field whose label was found. */
  readonly fields: ReadonlyMap<InfoFieldKey, CellIndex>;
  readonly organization: InfoFieldReading<string>;
  /** A whole number in YEAR_RANGE, else "invalid". */
  readonly year: InfoFieldReading<number>;
}

/** Reads a "Thông tin" sheet: the one given, or as `discoverInfoSheet` (or its chooser) found it. */
export function readInfoSheet(given: SheetGrid | InfoSheetDiscovery): InfoSheet {
  const { sheet, fields, encoding } = "fields" in given ? given : discoverInfoSheet(given);
  return {
    sheet,
    encoding,
    fields,
    organization: readField(fields.get("organization"), (at) => {
      const read = readText(valueAt(sheet, at.row, at.col));
      return read.status === "ok" ? { value: String(read.value) } : "empty";
    }),
    year: readField(fields.get("year"), (at) => {
      const read = readInteger(
        valueAt(sheet, at.row, at.col),
        numberFormatAt(sheet, at.row, at.col),
      );
      if (read.status === "empty") return "empty";
      if (read.status !== "ok" || typeof read.value !== "number") return "invalid";
      const inRange = read.value >= YEAR_RANGE.min && read.value <= YEAR_RANGE.max;
      return inRange ? { value: read.value } : "invalid";
    }),
  };
}

function readField<T>(
  at: CellIndex | undefined,
  read: (at: CellIndex) => { value: T } | "empty" | "invalid",
): InfoFieldReading<T> {
  if (at === undefined) return { problem: "no-label" };
  const outcome = read(at);
  return typeof outcome === "string"
    ? { problem: outcome, at }
    : { problem: null, at, value: outcome.value };
}

/** The value of a field, or null. */
export function infoValue<T>(reading: InfoFieldReading<T>): T | null {
  return reading.problem === null ? reading.value : null;
}
