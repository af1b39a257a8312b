/**
 * The downloaded copy's name: the original's stem with "-da-cham", so it sorts beside the original
 * and never replaces it. ASCII suffix: it survives old zip tools and mail gateways. A macro-enabled
 * workbook keeps its .xlsm extension (the patcher keeps its macros, and Excel refuses an .xlsm
 * package named .xlsx).
 */
export function markedCopyName(fileName: string, format: string): string {
  const extension = format === "xlsm" || format === "xltm" ? ".xlsm" : ".xlsx";
  const stem = fileName.replace(/\.(xlsx|xlsm|xltx|xltm|xls)$/i, "").trim() || "chi-bo-4-tot";
  return `${stem}-da-cham${extension}`;
}
