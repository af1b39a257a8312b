/**
 * Serves the built add-in (dist/) on 127.0.0.1 over HTTP, as a web server would: the browser tests
 * open the very files Excel and the preview load. Records every request it answers.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { DIST, distStaleReason } from "../../../scripts/dist-state.mjs";

export { DIST };

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface DistServer {
  /** http://127.0.0.1:port/ */
  url: string;
  origin: string;
  /** Paths requested so far, in order ("/taskpane.html", "/602.32daaa76.js", …). */
  served: string[];
  close(): Promise<void>;
}

/** Why the built add-in cannot be tested (no build, or older than the sources), else false. */
export function distUnavailable(): string | false {
  const stale = distStaleReason();
  return stale ? `${stale}: run \`npm run build\` (npm test builds dist/ when it is stale)` : false;
}

export async function startDistServer(): Promise<DistServer> {
  const served: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    served.push(pathname);
    try {
      if (request.method !== "GET" && request.method !== "HEAD") throw new Error("read-only");
      const file = normalize(join(DIST, pathname === "/" ? "taskpane.html" : pathname));
      if (!file.startsWith(DIST + sep)) throw new Error("outside dist/");
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end("not found");
    }
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    served,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
