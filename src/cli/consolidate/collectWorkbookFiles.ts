/**
 * The workbooks a batch command reads: files named on the command line as they are, folders
 * searched recursively for .xlsx and .xlsm files. Skipped while searching: Excel's "~$" lock files
 * (left beside every open workbook), hidden folders, links, and the files the command itself writes
 * (the summary, the JSON). A path that does not exist is reported, not fatal.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { BilingualText } from "../cliError";

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

export interface WorkbookFile {
  /** How the file is named in the output: relative to the working directory when inside it. */
  readonly display: string;
  /** The path to read, as the commands resolve it against the working directory. */
  readonly path: string;
}

export interface MissingInput {
  readonly display: string;
  readonly reason: BilingualText;
}

export interface CollectedWorkbooks {
  readonly files: WorkbookFile[];
  readonly missing: MissingInput[];
}

export function isWorkbookFileName(name: string): boolean {
  return !name.startsWith("~$") && WORKBOOK_EXTENSIONS.has(path.extname(name).toLowerCase());
}

function displayName(fullPath: string, cwd: string): string {
  const relative = path.relative(cwd, fullPath);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative)
    ? relative
    : fullPath;
}

async function searchFolder(folder: string, found: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".")) await searchFolder(full, found);
    } else if (entry.isFile() && isWorkbookFileName(entry.name)) {
      found.push(full);
    }
  }
}

const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

export async function collectWorkbookFiles(
  inputs: readonly string[],
  cwd: string,
  options: { exclude?: readonly string[] } = {},
): Promise<CollectedWorkbooks> {
  const excluded = new Set<string>();
  for (const file of options.exclude ?? []) {
    const full = path.resolve(cwd, file);
    excluded.add(full);
    excluded.add(await realpath(full).catch(() => full));
  }
  const files: WorkbookFile[] = [];
  const missing: MissingInput[] = [];
  const seen = new Set<string>();
  const add = async (full: string): Promise<void> => {
    const real = await realpath(full).catch(() => full);
    if (seen.has(real) || excluded.has(full) || excluded.has(real)) return;
    seen.add(real);
    files.push({ display: displayName(full, cwd), path: full });
  };

  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(full)).isDirectory();
    } catch {
      missing.push({
        display: input,
        reason: {
          vi: `không tìm thấy "${input}"; hãy kiểm tra tên và đường dẫn`,
          en: `"${input}" not found; check its name and path`,
        },
      });
      continue;
    }
    if (!isDirectory) {
      await add(full);
      continue;
    }
    const found: string[] = [];
    await searchFolder(full, found);
    found.sort((a, b) => collator.compare(a, b));
    for (const file of found) await add(file);
  }
  return { files, missing };
}
