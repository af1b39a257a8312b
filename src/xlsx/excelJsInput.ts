/**
 * A package exceljs can load, and the sheet names it really has. exceljs checks sheet names while
 * loading as if a user were typing them: it throws on "[", "]", "*", "?", ":", "/", "\", a leading
 * or trailing apostrophe, the name "History" or two names that differ only in case, and it cuts
 * names longer than 31 characters (with a console warning); it also reads a worksheet only from a
 * part named like xl/worksheets/sheetN.xml and drops any other silently. Excel never writes such
 * files, other software does; one odd sheet would make the whole workbook unreadable, or make
 * "Chi bộ" vanish. Such a package goes to exceljs with placeholder names and standard part names
 * (only the workbook part, its relationships and the moved parts are rewritten; every other part
 * is copied still compressed), and `realName` gives each sheet its name back.
 *
 * Given the sheets the engine will read (`keepSheets`), the package is also pruned before exceljs
 * sees it: every other worksheet reaches it empty (its name, order and visibility kept, its cells
 * not), and the parts the grid never uses (worksheet relationships, comments, drawings, images,
 * tables) are left out. A 190 MiB sheet the engine never reads then costs nothing, and the read
 * limit can be a limit on what is really parsed (`parsedParts`, see readLimits.ts).
 */
import { readWorkbookParts } from "./patch/workbookSheets";
import { parseRelationships } from "./patch/relationships";
import { relativeTarget } from "./patch/partPaths";
import { setAttribute, splice } from "./patch/xmlElements";
import { XlsxPackage } from "./patch/xlsxPackage";

export interface ExcelJsInputOptions {
  /** Of the worksheets' names (as in the file), those whose cells are needed; default: all. */
  readonly keepSheets?: (worksheetNames: readonly string[]) => ReadonlySet<string>;
}

export interface ExcelJsInput {
  /** The bytes to hand to exceljs: the file itself when nothing needed changing. */
  readonly bytes: Uint8Array;
  /** The sheet's name in the file, from the name exceljs knows it by. */
  realName(loadedName: string): string;
  /** Worksheets (names as in the file) given to exceljs without their cells. */
  readonly emptiedSheets: ReadonlySet<string>;
  /** The parts of the file exceljs parses, by their names in the file; null: all of them. */
  readonly parsedParts: readonly string[] | null;
}

/** What an emptied worksheet becomes: a valid sheet with no cells. */
const EMPTY_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** Parts the grid never needs and exceljs would parse (or hold in memory) all the same. */
const UNUSED_PART =
  /^xl\/(?:worksheets\/_rels\/|drawings\/|media\/|tables\/|charts\/|printerSettings\/|threadedComments\/|persons\/|comments[^/]*\.xml$)/;

const EXCELJS_FORBIDDEN = /[*?:/\\[\]]|^'|'$/;
const EXCELJS_MAX_NAME = 31;
/** The only worksheet part names exceljs reads (its own pattern, anchored). */
const EXCELJS_SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** What exceljs loads as a worksheet, wherever the name is (its own pattern, unanchored). */
const EXCELJS_LOADS_AS_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

const identity: ExcelJsInput["realName"] = (name) => name;
const NOTHING_EMPTIED: ReadonlySet<string> = new Set();

function unchanged(bytes: Uint8Array): ExcelJsInput {
  return { bytes, realName: identity, emptiedSheets: NOTHING_EMPTIED, parsedParts: null };
}

/** True when exceljs would refuse or change the name (given the names it has seen, lower-cased). */
function exceljsRejects(name: string, seen: ReadonlySet<string>): boolean {
  return (
    name === "" ||
    name === "History" ||
    name.length > EXCELJS_MAX_NAME ||
    EXCELJS_FORBIDDEN.test(name) ||
    seen.has(name.toLowerCase())
  );
}

/** How exceljs finds a worksheet's part from its relationship target (xlsx.js, reconcile). */
function exceljsPartOf(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
}

export async function excelJsInput(
  bytes: Uint8Array,
  options: ExcelJsInputOptions = {},
): Promise<ExcelJsInput> {
  let pkg: XlsxPackage;
  let parts: Awaited<ReturnType<typeof readWorkbookParts>>;
  try {
    pkg = await XlsxPackage.open(bytes);
    parts = await readWorkbookParts(pkg);
  } catch {
    return unchanged(bytes); // exceljs will say what is wrong with it
  }
  if (parts.workbookPart !== "xl/workbook.xml") return unchanged(bytes);
  const originalParts = pkg.partNames();

  const seen = new Set<string>();
  const taken = new Set(parts.sheets.map((sheet) => sheet.name.toLowerCase()));
  const renames = new Map<number, string>();
  for (const sheet of parts.sheets) {
    if (exceljsRejects(sheet.name, seen)) {
      let n = sheet.index + 1;
      while (taken.has(`chibo4tot ${n}`)) n += parts.sheets.length;
      renames.set(sheet.index, `chibo4tot ${n}`);
      taken.add(`chibo4tot ${n}`);
      seen.add(`chibo4tot ${n}`);
    } else {
      seen.add(sheet.name.toLowerCase());
    }
  }

  const relationships = parseRelationships(await pkg.readText(parts.workbookRelsPart));
  const usedNumbers = new Set(
    pkg.partNames().flatMap((name) => {
      const m = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(name);
      return m ? [Number(m[1])] : [];
    }),
  );
  const moves = new Map<string, string>(); // relationship id → new part
  for (const sheet of parts.sheets) {
    if (!sheet.isWorksheet || sheet.part === null || !pkg.has(sheet.part)) continue;
    const rel = relationships.find((r) => r.id === sheet.relationshipId);
    if (!rel) continue;
    if (EXCELJS_SHEET_PART.test(sheet.part) && exceljsPartOf(rel.target) === sheet.part) continue;
    let n = 1;
    while (usedNumbers.has(n)) n++;
    usedNumbers.add(n);
    moves.set(rel.id, `xl/worksheets/sheet${n}.xml`);
  }
  const worksheets = parts.sheets.filter((sheet) => sheet.isWorksheet);
  /** Where exceljs will find a worksheet's cells: its moved part, or its own. */
  const loadedPartOf = (sheet: (typeof worksheets)[number]): string | null => {
    const rel = relationships.find((r) => r.id === sheet.relationshipId);
    return (rel && moves.get(rel.id)) ?? sheet.part;
  };
  const kept = options.keepSheets?.(worksheets.map((sheet) => sheet.name));
  const emptied = new Set(
    kept === undefined
      ? []
      : worksheets.filter((sheet) => !kept.has(sheet.name) && sheet.part !== null).map((sheet) => sheet.name),
  );
  const loadedParts = new Set(worksheets.map(loadedPartOf));
  // Unused parts, and parts exceljs would load as worksheets that no sheet of the workbook names.
  const unused =
    kept === undefined
      ? []
      : originalParts.filter(
          (name) => UNUSED_PART.test(name) || (EXCELJS_LOADS_AS_SHEET.test(name) && !loadedParts.has(name)),
        );
  if (renames.size === 0 && moves.size === 0 && emptied.size === 0 && unused.length === 0) {
    return { ...unchanged(bytes), parsedParts: kept === undefined ? null : originalParts };
  }

  let workbookXml = await pkg.readText(parts.workbookPart);
  for (const sheet of [...parts.sheets].reverse()) {
    const placeholder = renames.get(sheet.index);
    if (placeholder === undefined) continue;
    const element = workbookXml.slice(sheet.start, sheet.end);
    const startTagEnd = element.indexOf(">") + 1;
    const startTag = setAttribute(element.slice(0, startTagEnd), "name", placeholder);
    workbookXml = splice(
      workbookXml,
      sheet.start,
      sheet.end,
      startTag + element.slice(startTagEnd),
    );
  }
  pkg.writeText(parts.workbookPart, workbookXml);

  let relsXml = await pkg.readText(parts.workbookRelsPart);
  for (const rel of [...relationships].reverse()) {
    const part = moves.get(rel.id);
    if (part === undefined) continue;
    const sheet = parts.sheets.find((s) => s.relationshipId === rel.id);
    if (!sheet?.part) continue;
    pkg.writeText(part, await pkg.readText(sheet.part));
    const element = relsXml.slice(rel.start, rel.end);
    const startTagEnd = element.indexOf(">") + 1;
    const startTag = setAttribute(
      element.slice(0, startTagEnd),
      "Target",
      relativeTarget(parts.workbookPart, part),
    );
    relsXml = splice(relsXml, rel.start, rel.end, startTag + element.slice(startTagEnd));
  }
  pkg.writeText(parts.workbookRelsPart, relsXml);

  // Pruning: the emptied sheets' parts (where exceljs will look: moved or not), the unused parts.
  const emptiedParts = new Set<string>();
  for (const sheet of worksheets) {
    if (!emptied.has(sheet.name) || sheet.part === null) continue;
    const loadedPart = loadedPartOf(sheet) ?? sheet.part;
    if (pkg.has(loadedPart)) pkg.writeText(loadedPart, EMPTY_WORKSHEET);
    emptiedParts.add(sheet.part);
  }
  for (const name of unused) pkg.remove(name);
  const skipped = new Set([...emptiedParts, ...unused]);

  const realNames = new Map<string, string>();
  for (const sheet of parts.sheets)
    realNames.set(renames.get(sheet.index) ?? sheet.name, sheet.name);
  return {
    bytes: await pkg.toBytes(),
    realName: (name) => realNames.get(name) ?? name,
    emptiedSheets: emptied,
    parsedParts: kept === undefined ? null : originalParts.filter((name) => !skipped.has(name)),
  };
}
