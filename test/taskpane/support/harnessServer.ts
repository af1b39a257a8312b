/**
 * Bundles a browser entry with esbuild into a temporary folder and serves it on 127.0.0.1, so
 * tests open it in real Chromium over HTTP (module scripts and fetch need an origin, not file://).
 */
import { build } from "esbuild";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

export interface HarnessServer {
  /** http://127.0.0.1:port/ */
  url: string;
  /** Bytes of each JavaScript chunk written, by file name. */
  chunks: Map<string, number>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface HarnessOptions {
  /** Entry file, relative to the repository root. */
  entry: string;
  /** More entries bundled beside it (e.g. a Web Worker): output name → file. */
  extraEntries?: Record<string, string>;
  /** Extra files to serve: URL path (no leading slash) → absolute file path. */
  files?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions): Promise<HarnessServer> {
  const dir = await mkdtemp(join(tmpdir(), "chibo4tot-taskpane-"));
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: { harness: options.entry, ...options.extraEntries },
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2020",
    outdir: dir,
    jsx: "automatic",
    minify: false,
    sourcemap: false,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    metafile: true,
  });
  const chunks = new Map<string, number>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    chunks.set(file.split("/").pop() ?? file, output.bytes);
  }
  await writeFile(
    join(dir, "index.html"),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<link rel="icon" href="data:,"><title>Chi bộ 4 tốt</title><style>body{margin:0}</style></head><body><div id="root"></div><script type="module" src="harness.js"></script></body></html>',
  );

  const server: Server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(
        new URL(request.url ?? "/", "http://localhost").pathname,
      ).replace(/^\/+/, "");
      const extra = options.files?.[path];
      const file = extra ?? join(dir, normalize(path === "" ? "index.html" : path));
      if (!extra && !file.startsWith(dir)) throw new Error("outside the harness folder");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    chunks,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
