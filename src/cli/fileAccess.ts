/**
 * The command line's file access, with the user's mistakes turned into clear messages: a missing
 * file, a directory, no permission (exit 2 for input); an existing output file is never
 * overwritten without --force (exit 73), and the input is never overwritten at all.
 */
import type { Stats } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./cliError";
import { EXIT } from "./exitCodes";
import { packageProblem } from "../xlsx";

/** Reads the input whole; a file above `maxBytes` is refused from its size, before reading it. */
export async function readInputFile(file: string, cwd: string, maxBytes: number): Promise<Uint8Array> {
  const fullPath = path.resolve(cwd, file);
  let info: Stats;
  try {
    info = await stat(fullPath);
  } catch (cause) {
    throw inputError(file, cause);
  }
  if (info.isDirectory()) {
    throw new CliError(
      {
        vi: `"${file}" là một thư mục, không phải tệp .xlsx.`,
        en: `"${file}" is a directory, not an .xlsx file.`,
      },
      EXIT.unusable,
    );
  }
  if (info.size > maxBytes) {
    const { vi, en } = packageProblem("file-too-large", { size: info.size, limit: maxBytes });
    throw new CliError({ vi, en }, EXIT.unusable);
  }
  try {
    const buffer = await readFile(fullPath);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (cause) {
    throw inputError(file, cause);
  }
}

function inputError(file: string, cause: unknown): CliError {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new CliError(
      {
        vi: `Không tìm thấy tệp "${file}". Hãy kiểm tra tên và đường dẫn.`,
        en: `File "${file}" not found. Check its name and path.`,
      },
      EXIT.unusable,
      { cause },
    );
  }
  if (code === "EACCES" || code === "EPERM") {
    return new CliError(
      { vi: `Không có quyền đọc tệp "${file}".`, en: `No permission to read "${file}".` },
      EXIT.unusable,
      { cause },
    );
  }
  return new CliError(
    {
      vi: `Không đọc được tệp "${file}" (${code ?? String(cause)}).`,
      en: `Cannot read "${file}" (${code ?? String(cause)}).`,
    },
    EXIT.unusable,
    { cause },
  );
}

export interface OutputFileOptions {
  /** Overwrite an existing file (never the input). */
  readonly overwrite: boolean;
  /** The input file, which is never overwritten. */
  readonly input?: string;
}

/** Fails before any work is done when the output could not be written anyway. */
export async function checkOutputPath(
  file: string,
  cwd: string,
  options: OutputFileOptions,
): Promise<void> {
  const fullPath = path.resolve(cwd, file);
  if (options.input !== undefined && (await sameFile(fullPath, path.resolve(cwd, options.input)))) {
    throw new CliError(
      {
        vi: `Không ghi đè tệp gốc "${file}": hãy đặt tên khác cho bản đánh dấu (--out).`,
        en: `The original "${file}" is never overwritten: give the marked copy another name (--out).`,
      },
      EXIT.usage,
    );
  }
  if (!options.overwrite && (await exists(fullPath))) throw existsError(file);
}

export async function writeOutputFile(
  file: string,
  cwd: string,
  data: Uint8Array | string,
  options: OutputFileOptions,
): Promise<void> {
  await checkOutputPath(file, cwd, options);
  try {
    await writeFile(path.resolve(cwd, file), data, { flag: options.overwrite ? "w" : "wx" });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw existsError(file);
    throw new CliError(
      {
        vi: `Không ghi được tệp "${file}" (${code ?? String(cause)}).`,
        en: `Cannot write "${file}" (${code ?? String(cause)}).`,
      },
      EXIT.cannotWrite,
      { cause },
    );
  }
}

function existsError(file: string): CliError {
  return new CliError(
    {
      vi: `Tệp "${file}" đã có; không ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`,
      en: `"${file}" already exists and was not overwritten. Choose another name, or add --force to overwrite it.`,
    },
    EXIT.cannotWrite,
  );
}

async function exists(fullPath: string): Promise<boolean> {
  try {
    await stat(fullPath);
    return true;
  } catch {
    return false;
  }
}

/** Same path, or the same file reached another way (a link, a different spelling). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
