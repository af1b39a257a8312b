/**
 * Appending to xl/styles.xml without disturbing it: every existing index (cell styles, fonts,
 * fills, number formats, dxfs) keeps its meaning, because the patcher only appends, and it reuses
 * an entry it wrote before (same XML) so re-running does not grow the file.
 */
import { findRootChild, insertRootChild, STYLESHEET_CHILD_ORDER } from "./childOrder";
import { badPlanError } from "./patchError";
import { escapeXmlAttribute } from "./xmlText";
import { childElements, findElements, getAttribute, prefixOf, rootElement, setAttribute, splice } from "./xmlElements";

export const STYLES_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The stylesheet Excel writes for a new workbook: what a package without styles.xml gets. */
export function defaultStyleSheetXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet xmlns="${STYLES_NAMESPACE}">` +
    '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}

/** "#RRGGBB" → "FFRRGGBB" (opaque ARGB, as SpreadsheetML wants). */
export function argbOf(colour: string): string {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(colour);
  if (!m) throw badPlanError(`not a colour: ${colour}`);
  return `FF${m[1].toUpperCase()}`;
}

/** Number formats Excel knows by id in every locale. */
const BUILT_IN_NUMBER_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** Empty containers the stylesheet must have before a cell style can be appended (Excel's defaults). */
const BASELINE_CONTAINERS: Record<string, string> = {
  fonts: '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>',
  fills: '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  borders: '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  cellStyleXfs: '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  cellXfs: '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
};

export interface FontSpec {
  bold?: boolean;
  underline?: boolean;
  size?: number;
  /** "#RRGGBB" */
  colour?: string;
}

export interface CellStyleSpec {
  font?: FontSpec;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
}

export class StyleSheetEditor {
  private xml: string;
  private readonly prefix: string;

  constructor(xml: string) {
    this.xml = xml;
    this.prefix = prefixOf(rootElement(xml).qname);
  }

  get text(): string {
    return this.xml;
  }

  private withPrefix(xml: string): string {
    return this.prefix === "" ? xml : xml.replace(/<(\/?)([A-Za-z])/g, `<$1${this.prefix}$2`);
  }

  private withoutPrefix(xml: string): string {
    return this.prefix === "" ? xml : xml.split(`<${this.prefix}`).join("<").split(`</${this.prefix}`).join("</");
  }

  /**
   * The index of `childXml` among the children of `container`, appended (and the container's
   * count fixed) when no identical child exists. The container is created when absent.
   */
  private ensureChild(container: string, childXml: string): number {
    const child = this.withPrefix(childXml);
    const span = findRootChild(this.xml, container);
    if (!span) {
      this.xml = insertRootChild(this.xml, STYLESHEET_CHILD_ORDER, container, `<${this.prefix}${container} count="1">${child}</${this.prefix}${container}>`);
      return 0;
    }
    const children = span.selfClosing ? [] : childElements(this.xml, span);
    const same = children.findIndex((c) => this.xml.slice(c.start, c.end) === child);
    if (same !== -1) return same;
    const startTag = setAttribute(span.startTag, "count", String(children.length + 1));
    const replacement = span.selfClosing
      ? `${startTag.slice(0, -2).trimEnd()}>${child}</${span.qname}>`
      : `${startTag}${this.xml.slice(span.contentStart, span.contentEnd)}${child}</${span.qname}>`;
    this.xml = splice(this.xml, span.start, span.end, replacement);
    return children.length;
  }

  /** A differential format (fill and font colour) for a conditional format. */
  ensureDxf(style: { fill: string; font: string }): number {
    const xml = `<dxf><font><color rgb="${argbOf(style.font)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argbOf(style.fill)}"/><bgColor rgb="${argbOf(style.fill)}"/></patternFill></fill></dxf>`;
    return this.ensureChild("dxfs", xml);
  }

  private ensureBaseline(): void {
    for (const [container, xml] of Object.entries(BASELINE_CONTAINERS)) {
      if (!findRootChild(this.xml, container)) this.xml = insertRootChild(this.xml, STYLESHEET_CHILD_ORDER, container, this.withPrefix(xml));
    }
  }

  /** The workbook's default font (fonts[0]) with bold, underline, size or colour changed. */
  private ensureFont(spec: FontSpec): number {
    const fonts = findRootChild(this.xml, "fonts");
    const base = fonts && !fonts.selfClosing ? childElements(this.xml, fonts)[0] : undefined;
    const baseChild = (name: string) => {
      if (!base || base.selfClosing) return undefined;
      const found = findElements(this.xml, `${this.prefix}${name}`, base.contentStart, base.contentEnd)[0];
      return found ? { xml: this.xml.slice(found.start, found.end), val: getAttribute(found.startTag, "val") } : undefined;
    };
    const size = spec.size ?? Number(baseChild("sz")?.val ?? 11);
    const colour = spec.colour ? `<color rgb="${argbOf(spec.colour)}"/>` : this.withoutPrefix(baseChild("color")?.xml ?? "");
    const name = baseChild("name")?.val ?? "Calibri";
    const family = baseChild("family")?.val;
    const charset = baseChild("charset")?.val;
    const scheme = baseChild("scheme")?.val;
    const xml =
      "<font>" +
      (spec.bold ? "<b/>" : "") +
      (spec.underline ? "<u/>" : "") +
      `<sz val="${size}"/>${colour}<name val="${escapeXmlAttribute(name)}"/>` +
      (family ? `<family val="${escapeXmlAttribute(family)}"/>` : "") +
      (charset ? `<charset val="${escapeXmlAttribute(charset)}"/>` : "") +
      (scheme ? `<scheme val="${escapeXmlAttribute(scheme)}"/>` : "") +
      "</font>";
    return this.ensureChild("fonts", xml);
  }

  private ensureFill(colour: string): number {
    return this.ensureChild("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(colour)}"/><bgColor indexed="64"/></patternFill></fill>`);
  }

  private ensureNumberFormat(code: string): number {
    const builtIn = BUILT_IN_NUMBER_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const numFmts = findRootChild(this.xml, "numFmts");
    const existing = numFmts && !numFmts.selfClosing ? findElements(this.xml, `${this.prefix}numFmt`, numFmts.contentStart, numFmts.contentEnd) : [];
    const same = existing.find((f) => getAttribute(f.startTag, "formatCode") === code);
    if (same) return Number(getAttribute(same.startTag, "numFmtId"));
    const id = Math.max(163, ...existing.map((f) => Number(getAttribute(f.startTag, "numFmtId")))) + 1;
    this.ensureChild("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    return id;
  }

  /** A cell format (index into cellXfs, the cell's "s") for a report cell. */
  ensureCellStyle(spec: CellStyleSpec): number {
    this.ensureBaseline();
    const hasFont = spec.font !== undefined && (spec.font.bold || spec.font.underline || spec.font.size !== undefined || spec.font.colour !== undefined);
    const fontId = hasFont ? this.ensureFont(spec.font!) : 0;
    const fillId = spec.fill ? this.ensureFill(spec.fill) : 0;
    const numFmtId = spec.numberFormat ? this.ensureNumberFormat(spec.numberFormat) : 0;
    const xml =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (spec.wrap ? ' applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' : "/>");
    return this.ensureChild("cellXfs", xml);
  }
}
