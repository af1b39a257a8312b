/**
 * The command line's grammar (node:util parseArgs, strict): which command, which options. Every
 * mistake becomes a UsageError in both languages (exit 64, usage printed).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../core";
import { UsageError } from "./cliError";
import type { CommandName } from "./usage";

export interface ScoreArgs {
  readonly command: "score";
  readonly workbook: string;
  readonly out: string | null;
  /** A file path, "-" for stdout, or null. */
  readonly json: string | null;
  readonly force: boolean;
  /** A ruleset JSON file (`--ruleset`), or null for the default ruleset. */
  readonly ruleset: string | null;
}

export interface TemplateArgs {
  readonly command: "template";
  readonly out: string | null;
  readonly sample: boolean;
  readonly force: boolean;
  /** A ruleset JSON file the template is made for (recorded in its properties), or null. */
  readonly ruleset: string | null;
}

/**
 * `verify <file or folder>… [--ruleset <file.json>] [--json -|<file>]`: whether each workbook's
 * stamp still holds, and (with --ruleset) whether it was made with those rules.
 */
export interface VerifyArgs {
  readonly command: "verify";
  /** Files and folders (searched for .xlsx/.xlsm), as typed. */
  readonly inputs: readonly string[];
  readonly json: string | null;
  /** A ruleset JSON file the stamps are compared with, or null. */
  readonly ruleset: string | null;
}

/** `consolidate <files or folders>… --out <summary.xlsx> [--json -|<file>] [--force]`. */
export interface ConsolidateArgs {
  readonly command: "consolidate";
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly json: string | null;
  readonly force: boolean;
  readonly ruleset: string | null;
}

export type CommandArgs =
  | ScoreArgs
  | TemplateArgs
  | VerifyArgs
  | ConsolidateArgs
  | { readonly command: "help"; readonly topic: CommandName | null }
  | { readonly command: "version" };

export interface ParsedCommandLine {
  readonly lang: Lang;
  readonly debug: boolean;
  readonly args: CommandArgs;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON: Options = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
  debug: { type: "boolean" },
};

const COMMAND_OPTIONS: Record<CommandName, Options> = {
  score: {
    ...COMMON,
    out: { type: "string", short: "o" },
    json: { type: "string" },
    force: { type: "boolean" },
    ruleset: { type: "string" },
  },
  template: {
    ...COMMON,
    out: { type: "string", short: "o" },
    sample: { type: "boolean" },
    force: { type: "boolean" },
    ruleset: { type: "string" },
  },
  verify: {
    ...COMMON,
    json: { type: "string" },
    ruleset: { type: "string" },
  },
  consolidate: {
    ...COMMON,
    out: { type: "string", short: "o" },
    json: { type: "string" },
    force: { type: "boolean" },
    ruleset: { type: "string" },
  },
};

const COMMANDS: readonly CommandName[] = ["score", "verify", "consolidate", "template"];

function isCommandName(value: string | undefined): value is CommandName {
  return value !== undefined && (COMMANDS as readonly string[]).includes(value);
}

/** How many paths a command takes. */
const POSITIONALS: Record<CommandName, number> = {
  score: 1,
  template: 0,
  verify: Number.POSITIVE_INFINITY,
  consolidate: Number.POSITIVE_INFINITY,
};

const MISSING_COMMAND = {
  vi: "Thiếu lệnh (score, verify, consolidate hoặc template).",
  en: "A command is missing (score, verify, consolidate or template).",
};

/**
 * The language asked for, found before strict parsing so that even a usage error is reported in
 * it; anything but "en" means Vietnamese.
 */
export function requestedLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "vi";
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const lang = requestedLang(argv);
  const debug = argv.includes("--debug");
  const first = argv[0];

  if (first === undefined) throw new UsageError(MISSING_COMMAND, null);
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = isCommandName(argv[1]) ? argv[1] : null;
    return { lang, debug, args: { command: "help", topic } };
  }
  if (first === "--version" || first === "-v" || first === "-V")
    return { lang, debug, args: { command: "version" } };
  if (!isCommandName(first)) {
    if (first.startsWith("-")) {
      const { values } = parseStrict(
        argv,
        { ...COMMON, version: { type: "boolean", short: "v" } },
        null,
        0,
      );
      if (values.help) return { lang, debug, args: { command: "help", topic: null } };
      if (values.version) return { lang, debug, args: { command: "version" } };
      throw new UsageError(MISSING_COMMAND, null);
    }
    throw new UsageError(
      {
        vi: `Không có lệnh "${first}". Các lệnh: ${COMMANDS.join(", ")}.`,
        en: `Unknown command "${first}". Commands: ${COMMANDS.join(", ")}.`,
      },
      null,
    );
  }

  const command: CommandName = first;
  const { values, positionals } = parseStrict(
    argv.slice(1),
    COMMAND_OPTIONS[command],
    command,
    POSITIONALS[command],
  );
  checkLang(values.lang, command);
  if (values.help) return { lang, debug, args: { command: "help", topic: command } };

  if (command === "verify" || command === "consolidate") {
    return { lang, debug, args: sharingArgs(command, values, positionals) };
  }
  const out = fileOption(values.out, "--out", command);
  const force = values.force === true;
  if (command === "template") {
    return {
      lang,
      debug,
      args: {
        command,
        out,
        sample: values.sample === true,
        force,
        ruleset: fileOption(values.ruleset, "--ruleset", command),
      },
    };
  }
  const workbook = positionals[0];
  if (workbook === undefined) {
    throw new UsageError(
      { vi: "Thiếu tên tệp sổ làm việc cần chấm.", en: "The workbook file to score is missing." },
      command,
    );
  }
  return {
    lang,
    debug,
    args: {
      command,
      workbook,
      out,
      json: fileOption(values.json, "--json", command),
      force,
      ruleset: fileOption(values.ruleset, "--ruleset", command),
    },
  };
}

type ParsedValues = Record<string, string | boolean | undefined>;

function sharingArgs(
  command: "verify" | "consolidate",
  values: ParsedValues,
  positionals: readonly string[],
): VerifyArgs | ConsolidateArgs {
  if (positionals.length === 0) {
    throw new UsageError(
      {
        vi: "Thiếu tên tệp hoặc thư mục sổ làm việc (.xlsx).",
        en: "The workbook files or folders (.xlsx) are missing.",
      },
      command,
    );
  }
  const json = fileOption(values.json, "--json", command);
  const ruleset = fileOption(values.ruleset, "--ruleset", command);
  if (command === "verify") return { command, inputs: [...positionals], json, ruleset };
  const out = fileOption(values.out, "--out", command);
  if (out === null && json === null) {
    throw new UsageError(
      {
        vi: "Hãy cho biết nơi ghi bảng tổng hợp: --out <tong-hop.xlsx> (và/hoặc --json).",
        en: "Say where to write the summary: --out <summary.xlsx> (and/or --json).",
      },
      command,
    );
  }
  return {
    command,
    inputs: [...positionals],
    out,
    json,
    force: values.force === true,
    ruleset,
  };
}

function parseStrict(
  args: readonly string[],
  options: Options,
  command: CommandName | null,
  maxPositionals: number,
): { values: ParsedValues; positionals: string[] } {
  let parsed: { values: ParsedValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: true,
    }) as typeof parsed;
  } catch (error) {
    throw usageErrorFrom(error, command);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw new UsageError(
      { vi: `Thừa tham số "${extra}".`, en: `Unexpected argument "${extra}".` },
      command,
    );
  }
  return parsed;
}

function usageErrorFrom(error: unknown, command: CommandName | null): UsageError {
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]*)/.exec(String((error as Error).message))?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new UsageError(
      { vi: `Không có tùy chọn "${option}".`, en: `Unknown option "${option}".` },
      command,
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new UsageError(
      {
        vi: `Tùy chọn "${option}" cần một giá trị, hoặc không nhận giá trị.`,
        en: `Option "${option}" needs a value, or takes none.`,
      },
      command,
    );
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return new UsageError({ vi: "Thừa tham số.", en: "Unexpected argument." }, command);
  }
  throw error;
}

function checkLang(value: string | boolean | undefined, command: CommandName): void {
  if (value === undefined || value === "vi" || value === "en") return;
  throw new UsageError(
    {
      vi: `Ngôn ngữ "${String(value)}" không hỗ trợ: dùng --lang vi hoặc --lang en.`,
      en: `Language "${String(value)}" is not supported: use --lang vi or --lang en.`,
    },
    command,
  );
}

function fileOption(
  value: string | boolean | undefined,
  option: string,
  command: CommandName,
): string | null {
  if (typeof value !== "string") return null;
  if (value.trim() === "") {
    throw new UsageError(
      { vi: `Tùy chọn ${option} cần một tên tệp.`, en: `Option ${option} needs a file name.` },
      command,
    );
  }
  return value;
}
