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
}

export interface TemplateArgs {
  readonly command: "template";
  readonly out: string | null;
  readonly sample: boolean;
  readonly force: boolean;
}

export type CommandArgs =
  | ScoreArgs
  | TemplateArgs
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
  },
  template: {
    ...COMMON,
    out: { type: "string", short: "o" },
    sample: { type: "boolean" },
    force: { type: "boolean" },
  },
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

  if (first === undefined) {
    throw new UsageError(
      { vi: "Thiếu lệnh (score hoặc template).", en: "A command is missing (score or template)." },
      null,
    );
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = argv[1] === "score" || argv[1] === "template" ? argv[1] : null;
    return { lang, debug, args: { command: "help", topic } };
  }
  if (first === "--version" || first === "-v" || first === "-V")
    return { lang, debug, args: { command: "version" } };
  if (first !== "score" && first !== "template") {
    if (first.startsWith("-")) {
      const { values } = parseStrict(
        argv,
        { ...COMMON, version: { type: "boolean", short: "v" } },
        null,
        0,
      );
      if (values.help) return { lang, debug, args: { command: "help", topic: null } };
      if (values.version) return { lang, debug, args: { command: "version" } };
      throw new UsageError(
        {
          vi: "Thiếu lệnh (score hoặc template).",
          en: "A command is missing (score or template).",
        },
        null,
      );
    }
    throw new UsageError(
      {
        vi: `Không có lệnh "${first}". Các lệnh: score, template.`,
        en: `Unknown command "${first}". Commands: score, template.`,
      },
      null,
    );
  }

  const command: CommandName = first;
  const { values, positionals } = parseStrict(
    argv.slice(1),
    COMMAND_OPTIONS[command],
    command,
    command === "score" ? 1 : 0,
  );
  checkLang(values.lang, command);
  if (values.help) return { lang, debug, args: { command: "help", topic: command } };

  const out = fileOption(values.out, "--out", command);
  const force = values.force === true;
  if (command === "template") {
    return { lang, debug, args: { command, out, sample: values.sample === true, force } };
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
    args: { command, workbook, out, json: fileOption(values.json, "--json", command), force },
  };
}

type ParsedValues = Record<string, string | boolean | undefined>;

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
