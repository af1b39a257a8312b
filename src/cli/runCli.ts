/**
 * The command line as a function: arguments in, text out, exit status back. main.ts connects it
 * to the process; tests call it directly. Every failure a user can meet ends here as a message in
 * their language; a stack trace is printed only with --debug.
 */
import { PRODUCT_VERSION } from "../core";
import { parseCommandLine, requestedLang } from "./args";
import type { CliContext, CliOutput } from "./cliContext";
import { CliError, UsageError } from "./cliError";
import { runConsolidate } from "./commands/consolidate";
import { runScore } from "./commands/score";
import { runTemplate } from "./commands/template";
import { runVerify } from "./commands/verify";
import { EXIT, type ExitCode } from "./exitCodes";
import { usageText } from "./usage";

export async function runCli(
  argv: readonly string[],
  output: CliOutput,
  cwd: string,
): Promise<ExitCode> {
  const debug = argv.includes("--debug");
  let lang = requestedLang(argv);
  try {
    const parsed = parseCommandLine(argv);
    lang = parsed.lang;
    const context: CliContext = { lang, debug, output, cwd };
    switch (parsed.args.command) {
      case "help":
        output.out(usageText(lang, parsed.args.topic));
        return EXIT.ok;
      case "version":
        output.out(`chibo4tot ${PRODUCT_VERSION}\n`);
        return EXIT.ok;
      case "score":
        return await runScore(parsed.args, context);
      case "template":
        return await runTemplate(parsed.args, context);
      case "verify":
        return await runVerify(parsed.args, context);
      case "consolidate":
        return await runConsolidate(parsed.args, context);
    }
  } catch (error) {
    return reportFailure(error, lang, debug, output);
  }
}

function reportFailure(
  error: unknown,
  lang: "vi" | "en",
  debug: boolean,
  output: CliOutput,
): ExitCode {
  if (error instanceof UsageError) {
    output.err(`${error.messages[lang]}\n\n${usageText(lang, error.command)}`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    output.err(`${lang === "vi" ? "Lỗi" : "Error"}: ${error.messages[lang]}\n`);
    if (debug) output.err(debugDetails(error));
    return error.exitCode;
  }
  output.err(
    lang === "vi"
      ? "Lỗi trong chương trình chibo4tot (không phải do tệp của bạn). Hãy chạy lại với --debug và gửi nội dung in ra cho người phụ trách kỹ thuật.\n"
      : "An error inside chibo4tot (not caused by your file). Run again with --debug and send what it prints to your technical contact.\n",
  );
  if (debug) output.err(debugDetails(error));
  return EXIT.internal;
}

/** The stack of the error and of its causes. */
function debugDetails(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(
      current instanceof Error
        ? (current.stack ?? `${current.name}: ${current.message}`)
        : String(current),
    );
    current = current instanceof Error ? current.cause : undefined;
  }
  return `${parts.join("\nCaused by: ")}\n`;
}
