/**
 * The XML of a cell the product writes. Numbers are `<v>` numbers; text is always an inline string
 * (t="inlineStr"), so "=SUM(A1)" typed in a report or a result stays text and the shared string
 * table is never touched. Only the style ("s") of a cell is ever carried over.
 */
import type { OutputValue } from "../../core";
import { badPlanError } from "./patchError";
import { encodeCellText } from "./xmlText";

/** Element names with the worksheet's namespace prefix ("" or "x:"). */
export interface SheetNames {
  c: string;
  v: string;
  is: string;
  t: string;
  f: string;
  row: string;
}

export function sheetNames(prefix: string): SheetNames {
  return { c: `${prefix}c`, v: `${prefix}v`, is: `${prefix}is`, t: `${prefix}t`, f: `${prefix}f`, row: `${prefix}row` };
}

/** A number as the xsd:double text Excel reads back to the same value. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw badPlanError(`not a finite number: ${value}`);
  return Object.is(value, -0) ? "0" : String(value);
}

export function inlineStringXml(names: SheetNames, text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${names.is}><${names.t}${preserve}>${encodeCellText(text)}</${names.t}></${names.is}>`;
}

/**
 * A cell at `address` with optional style index. A null value, or an empty text (Excel has no
 * empty-text cell a clerk could tell from a blank one), gives an empty styled cell, or "" (no
 * element at all) when there is no style to keep.
 */
export function sheetCellXml(names: SheetNames, address: string, style: string | undefined, value: OutputValue): string {
  const styleAttribute = style === undefined ? "" : ` s="${style}"`;
  if (value === null || value === "") return style === undefined ? "" : `<${names.c} r="${address}"${styleAttribute}/>`;
  if (typeof value === "number") {
    return `<${names.c} r="${address}"${styleAttribute}><${names.v}>${numberText(value)}</${names.v}></${names.c}>`;
  }
  if (typeof value !== "string") throw badPlanError(`unsupported output value: ${typeof value}`);
  return `<${names.c} r="${address}"${styleAttribute} t="inlineStr">${inlineStringXml(names, value)}</${names.c}>`;
}
