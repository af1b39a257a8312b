/** fakeOfficeJs.ts bundled with esbuild into one classic script, to serve as office.js. */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "../../taskpane/support/harnessServer";

export async function fakeOfficeScript(): Promise<string> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [fileURLToPath(new URL("./fakeOfficeJs.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    alias: { "node:buffer": fileURLToPath(new URL("./bufferShim.ts", import.meta.url)) },
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
