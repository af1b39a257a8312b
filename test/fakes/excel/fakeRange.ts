/**
 * Range, RangeAreas and range formatting proxies of the fake, with Excel's behaviour where the
 * edge depends on it: values coerced as Excel coerces typed text (unless the cell is formatted
 * "@"), strings starting with "=" become formulas, reads limited in cells, writes refused on a
 * protected sheet or a read-only workbook.
 */
import {
  areaA1,
  areaCells,
  intersects,
  parseArea,
  qualify,
  splitAreaList,
  type Area,
} from "./fakeAddress";
import {
  assertWorkbookActive,
  assertWritable,
  FakeContext,
  FakeOfficeError,
  FakeProxy,
  itemNotFound,
  type AreasTarget,
  type RangeTarget,
} from "./fakeContext";
import { FakeSheet, type FakeHyperlink, type FakeValue } from "./fakeModel";
import { FakeConditionalFormatCollection } from "./fakeConditionalFormats";

/** Range.getMergedAreasOrNullObject fails above this many merged areas (see below). */
export const MAX_MERGED_AREAS_PER_CALL = 512;

function assertReadable(context: FakeContext, target: RangeTarget): void {
  if (areaCells(target.area) > context.env.limits.cellsPerRead) {
    throw new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      "The range is too large to be read in one request.",
    );
  }
}

/** What Office.js shows for a stored value. */
export function officeValue(value: FakeValue | undefined): string | number | boolean {
  if (value === undefined) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function valueType(value: FakeValue | undefined): string {
  if (value === undefined) return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "Double";
  return "Boolean";
}

function matrix<T>(area: Area, cell: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: T[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(cell(r, c));
    out.push(line);
  }
  return out;
}

/** Applies a scalar or a 2D array of the area's exact size, as Office.js requires. */
function eachInput(
  area: Area,
  input: unknown,
  apply: (row: number, col: number, value: unknown) => void,
): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) apply(area.top + r, area.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  input.forEach((line: unknown[], r) =>
    line.forEach((value, c) => apply(area.top + r, area.left + c, value)),
  );
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Stores a written value the way Excel interprets it. null leaves the cell unchanged. */
function storeValue(sheet: FakeSheet, row: number, col: number, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "boolean") {
    sheet.setValue(row, col, value);
    return;
  }
  if (typeof value !== "string")
    throw new FakeOfficeError("InvalidArgument", "Unsupported cell value.");
  if (sheet.getFormat(row, col) === "@") {
    sheet.setValue(row, col, value);
  } else if (value.startsWith("=") && value.length > 1) {
    sheet.setFormula(row, col, value, undefined);
  } else if (NUMERIC_TEXT.test(value.trim())) {
    sheet.setValue(row, col, Number(value.trim()));
  } else if (/^(true|false)$/i.test(value.trim())) {
    sheet.setValue(row, col, value.trim().toLowerCase() === "true");
  } else {
    sheet.setValue(row, col, value);
  }
}

export class FakeRange extends FakeProxy<RangeTarget | null> {
  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown) {
    this.queueWrite({ values: input }, (t) => {
      assertWritable(this.context, t.sheet);
      eachInput(t.area, input, (r, c, v) => storeValue(t.sheet, r, c, v));
      this.context.noteWrite(t.sheet, t.area);
    });
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.queueWrite({ numberFormat: input }, (t) => {
      assertWritable(this.context, t.sheet);
      eachInput(t.area, input, (r, c, v) => {
        if (typeof v === "string") t.sheet.setFormat(r, c, v);
      });
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get hyperlink(): FakeHyperlink | null {
    return this.get("hyperlink");
  }
  set hyperlink(link: FakeHyperlink | null) {
    this.queueWrite({ hyperlink: link }, (t) => {
      assertWritable(this.context, t.sheet);
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        for (let c = t.area.left; c <= t.area.right; c++) {
          const key = FakeSheet.key(r, c);
          if (link === null) {
            t.sheet.hyperlinks.delete(key);
          } else {
            t.sheet.hyperlinks.set(key, { ...link });
            if (link.textToDisplay !== undefined) t.sheet.setValue(r, c, link.textToDisplay);
          }
        }
      }
      this.context.noteWrite(t.sheet, t.area);
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.target());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => {
      const t = this.target();
      return t ? { sheet: t.sheet, areas: [t.area] } : null;
    });
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    const { sheet, area } = t;
    switch (name) {
      case "address":
        return qualify(sheet.name, areaA1(area));
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "values":
        assertReadable(this.context, t);
        if (this.context.env.nullValuesOnSheets.has(sheet.name)) return null;
        return matrix(area, (r, c) => officeValue(sheet.getValue(r, c)));
      case "valueTypes":
        assertReadable(this.context, t);
        return matrix(area, (r, c) => valueType(sheet.getValue(r, c)));
      case "numberFormat":
        assertReadable(this.context, t);
        return matrix(area, (r, c) => sheet.getFormat(r, c));
      case "formulas":
        assertReadable(this.context, t);
        return matrix(area, (r, c) => sheet.getFormula(r, c) ?? officeValue(sheet.getValue(r, c)));
      case "hyperlink":
        return sheet.hyperlinks.get(FakeSheet.key(area.top, area.left)) ?? null;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake Range has no property '${name}'.`);
    }
  }

  private derived(make: (t: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.target();
      if (!t) throw itemNotFound("range of a null object");
      return { sheet: t.sheet, area: make(t) };
    });
  }

  getRow(row: number): FakeRange {
    return this.derived(({ area }) => ({ ...area, top: area.top + row, bottom: area.top + row }));
  }

  getLastRow(): FakeRange {
    return this.derived(({ area }) => ({ ...area, top: area.bottom }));
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + row,
      bottom: area.top + row,
      left: area.left + col,
      right: area.left + col,
    }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derived(({ area }) => {
      const out = { ...area, bottom: area.bottom + deltaRows, right: area.right + deltaCols };
      if (out.bottom < out.top || out.right < out.left) {
        throw new FakeOfficeError("InvalidArgument", "The resized range would have no cells.");
      }
      return out;
    });
  }

  /**
   * Excel API reference (Range.getMergedAreasOrNullObject, ExcelApi 1.13): "Note that if the
   * merged areas count in this range is more than 512, then this method will fail to return the
   * result." How it fails is not said: the fake fails the whole sync, the strictest reading.
   * office-js issue 3611 ("GetMergedAreasOrNullObject only works on top left of merge"): only the
   * areas whose top-left cell lies in the range are returned, so the fake returns only those,
   * and an edge that asks for a piece of a merged area misses it unless it asks where it starts.
   * Each call's count is recorded in `env.mergedAreaCalls`.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this.target();
      if (!t) return null;
      const areas = t.sheet.merges.filter(
        (m) =>
          m.top >= t.area.top &&
          m.top <= t.area.bottom &&
          m.left >= t.area.left &&
          m.left <= t.area.right,
      );
      this.context.env.mergedAreaCalls.push(areas.length);
      if (areas.length > MAX_MERGED_AREAS_PER_CALL) {
        throw new FakeOfficeError(
          "GeneralException",
          `The range holds ${areas.length} merged areas; getMergedAreasOrNullObject returns at most ${MAX_MERGED_AREAS_PER_CALL}.`,
        );
      }
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  merge(across = false): void {
    this.queueWrite({ merge: across }, (t) => {
      assertWritable(this.context, t.sheet);
      const pieces: Area[] = across
        ? Array.from({ length: t.area.bottom - t.area.top + 1 }, (_, i) => ({
            ...t.area,
            top: t.area.top + i,
            bottom: t.area.top + i,
          }))
        : [t.area];
      for (const piece of pieces) {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, piece));
        t.sheet.merges.push(piece);
        for (let r = piece.top; r <= piece.bottom; r++) {
          for (let c = piece.left; c <= piece.right; c++) {
            if (r !== piece.top || c !== piece.left) t.sheet.setValue(r, c, undefined);
          }
        }
      }
    });
  }

  copyFrom(source: FakeRange | string, copyType = "All"): void {
    this.queueWrite({ copyFrom: typeof source === "string" ? source : "range", copyType }, (t) => {
      assertWritable(this.context, t.sheet);
      const from =
        typeof source === "string"
          ? resolveAddress(this.context, t.sheet, source)
          : source.target();
      if (!from) throw itemNotFound("copy source");
      const height = from.area.bottom - from.area.top + 1;
      const width = from.area.right - from.area.left + 1;
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        for (let c = t.area.left; c <= t.area.right; c++) {
          const sr = from.area.top + ((r - t.area.top) % height);
          const sc = from.area.left + ((c - t.area.left) % width);
          if (copyType === "Formats" || copyType === "All") {
            t.sheet.setFormat(r, c, from.sheet.getFormat(sr, sc));
            const style = from.sheet.styles.get(FakeSheet.key(sr, sc));
            if (style) t.sheet.styles.set(FakeSheet.key(r, c), { ...style });
            else t.sheet.styles.delete(FakeSheet.key(r, c));
          }
          if (copyType === "Values" || copyType === "All")
            t.sheet.setValue(r, c, from.sheet.getValue(sr, sc));
        }
      }
    });
  }

  select(): void {
    this.queueWrite({ select: true }, (t) => {
      if (!this.context.env.workbook.sheets.includes(t.sheet)) throw itemNotFound("worksheet");
      assertWorkbookActive(this.context);
      this.context.env.workbook.activeSheet = t.sheet.name;
      this.context.env.workbook.selection = { sheet: t.sheet.name, address: areaA1(t.area) };
    });
  }
}

/** Resolves "A1:B2" or "'Sheet'!A1:B2" against a default sheet. */
export function resolveAddress(
  context: FakeContext,
  sheet: FakeSheet,
  address: string,
): RangeTarget {
  const parts = splitAreaList(address);
  if (parts.length !== 1)
    throw new FakeOfficeError("InvalidArgument", `Not a single range: ${address}`);
  const named = parts[0].sheet === null ? sheet : context.env.workbook.findSheet(parts[0].sheet);
  if (!named) throw itemNotFound(`worksheet '${parts[0].sheet}'`);
  return { sheet: named, area: parseArea(parts[0].area) };
}

export class FakeRangeAreas extends FakeProxy<AreasTarget | null> {
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.target());
  }

  protected readProperty(name: string, t: AreasTarget): unknown {
    switch (name) {
      case "address":
        return t.areas.map((a) => qualify(t.sheet.name, areaA1(a))).join(", ");
      case "areaCount":
        return t.areas.length;
      case "cellCount":
        return t.areas.reduce((n, a) => n + areaCells(a), 0);
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `The fake RangeAreas has no property '${name}'.`,
        );
    }
  }
}

const STYLE_DEFAULTS: Record<string, string | number | boolean> = {
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.size": 11,
  "font.name": "Calibri",
  "font.underline": "None",
  "fill.color": "#FFFFFF",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
};

function borderDefault(path: string): string | null {
  if (path.endsWith(".style")) return "None";
  if (path.endsWith(".color")) return "#000000";
  if (path.endsWith(".weight")) return "Thin";
  return null;
}

/** A group of style properties stored per cell under a path prefix ("font", "fill", "borders.EdgeTop"). */
class FakeStyleGroup extends FakeProxy<RangeTarget | null> {
  constructor(
    context: FakeContext,
    resolve: () => RangeTarget | null,
    private readonly prefix: string,
  ) {
    super(context, resolve);
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    const path = this.prefix === "" ? name : `${this.prefix}.${name}`;
    if (path === "columnWidth") return t.sheet.columnWidths.get(t.area.left) ?? 48;
    const style = t.sheet.styles.get(FakeSheet.key(t.area.top, t.area.left));
    return style?.[path] ?? STYLE_DEFAULTS[path] ?? borderDefault(path);
  }

  protected setStyle(name: string, value: string | number | boolean | null): void {
    const path = this.prefix === "" ? name : `${this.prefix}.${name}`;
    this.queueWrite({ [path]: value }, (t) => {
      assertWritable(this.context, t.sheet);
      if (path === "columnWidth") {
        for (let c = t.area.left; c <= t.area.right; c++)
          t.sheet.columnWidths.set(c, value as number);
        return;
      }
      if (areaCells(t.area) > 1_000_000) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The fake refuses to format more than a million cells.",
        );
      }
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        for (let c = t.area.left; c <= t.area.right; c++) t.sheet.style(r, c)[path] = value;
      }
    });
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.setStyle("bold", v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.setStyle("italic", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.setStyle("color", v);
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.setStyle("size", v);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.setStyle("name", v);
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.setStyle("style", v);
  }
  get weight(): string {
    return this.get("weight");
  }
  set weight(v: string) {
    this.setStyle("weight", v);
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.setStyle("underline", v);
  }
}

export class FakeRangeFormat extends FakeStyleGroup {
  constructor(context: FakeContext, resolve: () => RangeTarget | null) {
    super(context, resolve, "");
  }

  get font(): FakeStyleGroup {
    return new FakeStyleGroup(this.context, () => this.target(), "font");
  }
  get fill(): FakeStyleGroup {
    return new FakeStyleGroup(this.context, () => this.target(), "fill");
  }
  get borders(): { getItem(side: string): FakeStyleGroup } {
    return {
      getItem: (side: string) =>
        new FakeStyleGroup(this.context, () => this.target(), `borders.${side}`),
    };
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.setStyle("wrapText", v);
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setStyle("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setStyle("verticalAlignment", v);
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.setStyle("columnWidth", v);
  }
}
