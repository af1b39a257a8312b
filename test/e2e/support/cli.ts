/** The command line in process (runCli), its output captured: what a district clerk's script sees. */
import { runCli } from "../../../src/cli/runCli";
import type { Report } from "../../../src/core";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function chibo4tot(args: readonly string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    args,
    { out: (text) => (stdout += text), err: (text) => (stderr += text) },
    cwd,
  );
  return { code, stdout, stderr };
}

/** `chibo4tot score <file> --json - [--lang en]`: the JSON report. */
export async function scoreJson(file: string, lang: "vi" | "en" = "vi"): Promise<Report> {
  const run = await chibo4tot(["score", file, "--json", "-", "--lang", lang]);
  if (run.stdout === "") throw new Error(`chibo4tot score ${file} printed no JSON: ${run.stderr}`);
  return JSON.parse(run.stdout) as Report;
}
