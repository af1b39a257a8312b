/** The command line run in this process (runCli), its output captured: fast, same code as the bin. */
import { runCli } from "../../src/cli/runCli";

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function chibo4totInProcess(
  args: readonly string[],
  cwd: string,
  options: { errIsTerminal?: boolean } = {},
): Promise<CapturedRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    args,
    {
      out: (text) => void (stdout += text),
      err: (text) => void (stderr += text),
      errIsTerminal: options.errIsTerminal ?? false,
    },
    cwd,
  );
  return { code, stdout, stderr };
}
