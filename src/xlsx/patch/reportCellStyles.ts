/** The cell style of each kind of report cell, appended to the workbook's stylesheet once per distinct look. */
import type { FilledReportSheetCell } from "./reportSheetXml";
import type { CellStyleSpec, StyleSheetEditor } from "./styleSheet";

/** The colour Excel's built-in "Hyperlink" style uses. */
const LINK_COLOUR = "#0563C1";

function specOf(cell: FilledReportSheetCell): CellStyleSpec | null {
  switch (cell.kind) {
    case "text": {
      const spec: CellStyleSpec = {
        font: cell.bold || cell.size !== undefined || cell.font ? { bold: cell.bold, size: cell.size, colour: cell.font } : undefined,
        fill: cell.fill,
        wrap: cell.wrap,
      };
      return spec.font || spec.fill || spec.wrap ? spec : null;
    }
    case "number":
      return cell.format || cell.bold ? { numberFormat: cell.format, font: cell.bold ? { bold: true } : undefined } : null;
    case "link":
      return { font: { underline: true, colour: LINK_COLOUR } };
  }
}

/** A style lookup for report cells: undefined keeps the workbook's default style. */
export function reportCellStyles(styles: StyleSheetEditor): (cell: FilledReportSheetCell) => number | undefined {
  const cache = new Map<string, number>();
  return (cell) => {
    const spec = specOf(cell);
    if (!spec) return undefined;
    const key = JSON.stringify(spec);
    let index = cache.get(key);
    if (index === undefined) {
      index = styles.ensureCellStyle(spec);
      cache.set(key, index);
    }
    return index;
  };
}
