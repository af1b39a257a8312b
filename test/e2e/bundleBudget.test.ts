/**
 * The task pane's bundle budget (docs/taskpane.md, "Bundle budget"): the JavaScript Excel loads
 * when the pane opens, gzip-compressed, is at most 125 KB. "What Excel loads at start" is read
 * from the built dist/taskpane.html: its script tags (module scripts, and preloaded chunks if
 * any) and its inline scripts. office.js is Microsoft's and written in only inside Office: it is
 * printed, not counted. Lazy chunks (result views, the engine, the preview and its xlsx reader)
 * are not loaded at start and not counted; the test checks from the source maps that the start
 * files hold none of them.
 *
 * Sizes are deterministic for a given build: gzip level 9 (node:zlib gzipSync), each file
 * compressed on its own as a web server sends it.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { DIST, distUnavailable } from "./support/distServer";
import { inlineScripts, startScripts } from "./support/startFiles";

const BUDGET_GZIP_BYTES = 125 * 1024;

interface StartFile {
  name: string;
  raw: number;
  gzip: number;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe("bundle budget of the task pane in Excel", { skip: distUnavailable() }, () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = startScripts(html);
  const ours = scripts.filter((file) => !file.startsWith("office-js/"));
  const files: StartFile[] = ours.map((name) => {
    const bytes = readFileSync(join(DIST, name));
    return { name, raw: bytes.length, gzip: gzip(bytes) };
  });
  const inline = inlineScripts(html).join("\n");
  files.push({
    name: "taskpane.html (inline scripts)",
    raw: Buffer.byteLength(inline),
    gzip: gzip(inline),
  });
  const total = {
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };

  it(`loads at most ${kb(BUDGET_GZIP_BYTES)} gzip of JavaScript at start`, () => {
    const width = Math.max(...files.map((file) => file.name.length));
    const lines = [
      "task pane, JavaScript loaded at start (gzip level 9, each file on its own):",
      ...files.map(
        (file) =>
          `  ${file.name.padEnd(width)}  ${kb(file.raw).padStart(9)}  ${kb(file.gzip).padStart(9)} gzip`,
      ),
      `  ${"total".padEnd(width)}  ${kb(total.raw).padStart(9)}  ${kb(total.gzip).padStart(9)} gzip (budget ${kb(BUDGET_GZIP_BYTES)})`,
    ];
    const officeJs = scripts.find((file) => file.startsWith("office-js/"));
    const probeUrl = /document\.write\([^)]*?src="([^"]+office\.js)"/.exec(inline)?.[1];
    const office = officeJs ?? probeUrl;
    if (office && !/^https?:/.test(office)) {
      const bytes = readFileSync(join(DIST, office));
      lines.push(
        `  not counted: ${office} (Microsoft's, inside Office only) ${kb(bytes.length)}, ${kb(gzip(bytes))} gzip`,
      );
    }
    console.log(lines.join("\n"));
    assert.ok(ours.length > 0, "taskpane.html loads the bundle");
    assert.ok(
      total.gzip <= BUDGET_GZIP_BYTES,
      `${kb(total.gzip)} gzip is over the ${kb(BUDGET_GZIP_BYTES)} budget`,
    );
  });

  it("loads office.js only from the Office probe, never as a plain script tag", () => {
    assert.deepEqual(
      scripts.filter((file) => /office\.js$/.test(file)),
      [],
      "a <script src=office.js> would load it in a plain browser too",
    );
    assert.match(inline, /chibo4totOfficeProbe/);
    assert.match(inline, /document\.write\('<script src="[^"]*office\.js"><\\\/script>'\)/);
  });

  it("holds neither the engine, nor the preview, nor the xlsx library (they load on demand)", () => {
    const sources = new Set<string>();
    for (const name of ours) {
      const map = JSON.parse(readFileSync(join(DIST, `${name}.map`), "utf8")) as {
        sources: string[];
      };
      for (const source of map.sources) sources.add(source.replace(/^webpack:\/\/[^/]*\//, ""));
    }
    const loaded = (pattern: RegExp) => [...sources].filter((source) => pattern.test(source));
    assert.ok(loaded(/node_modules\/react-dom\//).length > 0, "the source maps are read");
    assert.deepEqual(loaded(/node_modules\/(exceljs|jszip)\//), [], "xlsx library");
    assert.deepEqual(loaded(/^src\/(cli|taskpane\/preview)\//), [], "preview host and reader");
    assert.deepEqual(loaded(/node_modules\/valibot\//), [], "ruleset schema");
    assert.deepEqual(
      loaded(/^src\/core\/(evaluate|rules|scoring|ruleset)\//),
      [],
      "the engine (evaluation, rules, scoring, ruleset)",
    );
    assert.deepEqual(
      loaded(/^src\/excel\/(scoreWorkbook|applyWorkbookWrite|clearMarks)\.ts$/),
      [],
      "scoring and writing in Excel",
    );
    assert.deepEqual(
      loaded(/^src\/taskpane\/views\/(PartyCellsTable|FindingsView|CriteriaView)\.tsx$/),
      [],
      "the result views",
    );
  });
});
