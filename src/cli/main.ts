/**
 * Entry of the bundled command line (build/cli/chibo4tot.cjs, made by scripts/build-cli.mjs and
 * loaded by bin/chibo4tot.cjs): runs the command and sets the exit status without cutting off
 * output still being written to a pipe.
 */
import { runCli } from "./runCli";
import type { CliOutput } from "./cliContext";

export async function main(argv: readonly string[]): Promise<number> {
  // `chibo4tot score x.xlsx | head` closes the pipe early: stop quietly, not with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const output: CliOutput = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
  };
  const code = await runCli(argv, output, process.cwd());
  process.exitCode = code;
  return code;
}
