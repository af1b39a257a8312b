/**
 * Where the built pages load office.js from. By default (OFFICE_JS unset or "local") from the
 * copy of @microsoft/office-js built into dist/office-js/, so an intranet without internet access
 * works; with OFFICE_JS=cdn from Microsoft's CDN, the source Microsoft supports (the package's
 * README: "The NPM package associated with this repo is no longer officially supported. Your add-in
 * should get the JavaScript library from the Office content delivery network"; add-ins published to
 * Marketplace must use it). The CDN build is made here for real, with webpack.config.js and stub
 * bundles (the pages, the copied files and the manifest are what differ), and its manifest
 * validated; docs/addin.md ("office.js: local copy or CDN") says when to use which.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack, { type Configuration } from "webpack";
import {
  readWithOfficeAddinManifest,
  schemaAvailable,
  SCHEMA_DIR,
  validateAgainstSchema,
} from "../../scripts/manifest-checks.mjs";

const ROOT = path.join(import.meta.dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PAGES = ["taskpane.html", "commands.html", "dialog.html"];

type MakeConfig = (env: unknown, argv: { mode: string }) => Promise<Configuration>;

async function configWith(officeJs: string | undefined, out: string): Promise<Configuration> {
  const { default: make } = (await import(
    pathToFileURL(path.join(ROOT, "webpack.config.js")).href
  )) as { default: MakeConfig };
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    const config = await make({}, { mode: "production" });
    // The bundles are not what differs between the two sources: stub them, keep everything else.
    const stub = path.join(out, "stub.js");
    writeFileSync(stub, "export {};\n");
    return {
      ...config,
      entry: { taskpane: stub, commands: stub, dialog: stub },
      output: { ...config.output, path: path.join(out, "dist") },
      devtool: false,
      optimization: { minimize: false },
      infrastructureLogging: { level: "error" },
    };
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

function build(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

const temp = mkdtempSync(path.join(os.tmpdir(), "chibo4tot-officejs-"));
after(() => rmSync(temp, { recursive: true, force: true }));

describe("OFFICE_JS=cdn: a build whose pages load office.js from Microsoft's CDN", () => {
  const dist = path.join(temp, "dist");
  before(async () => build(await configWith("cdn", temp)));

  it("every page references the CDN, in its head, and none the local copy", () => {
    for (const page of PAGES) {
      const html = readFileSync(path.join(dist, page), "utf8");
      const head = html.slice(0, html.indexOf("</head>"));
      assert.ok(head.includes(JSON.stringify(CDN)) || head.includes(`src="${CDN}"`), page);
      assert.doesNotMatch(html, /office-js\/office\.js/, page);
    }
  });

  it("copies no office.js and says so in build-info.json", () => {
    assert.equal(existsSync(path.join(dist, "office-js")), false);
    const info = JSON.parse(readFileSync(path.join(dist, "build-info.json"), "utf8")) as {
      officeJs: string;
    };
    assert.equal(info.officeJs, "cdn");
  });

  it("writes a manifest Office reads, valid against the Office manifest schemas", async (t) => {
    const manifest = path.join(dist, "manifest.xml");
    const read = await readWithOfficeAddinManifest(manifest);
    assert.equal(read.defaultLocale, "vi-VN");
    if (!schemaAvailable()) {
      t.skip(`${SCHEMA_DIR} is absent`);
      return;
    }
    const { valid, output } = validateAgainstSchema(manifest);
    assert.ok(valid, output);
  });
});

describe("the default: the local copy, for networks that cannot reach Microsoft", () => {
  it("pages reference office-js/office.js and the build copies Excel's office.js files there", async () => {
    const config = await configWith(undefined, temp);
    const pages = (config.plugins ?? []).filter(
      (p) => p instanceof HtmlWebpackPlugin,
    ) as unknown as { userOptions: { filename: string; officeJsUrl: string } }[];
    assert.deepEqual(
      pages.map((p) => [p.userOptions.filename, p.userOptions.officeJsUrl]),
      PAGES.map((page) => [page, "office-js/office.js"]),
    );
    const copy = (config.plugins ?? []).find((p) => p instanceof CopyWebpackPlugin) as unknown as {
      patterns: { from: string; to?: string }[];
    };
    const officeFiles = copy.patterns.filter((p) => p.to === "office-js").map((p) => p.from);
    assert.ok(
      officeFiles.includes("office.js") && officeFiles.includes("excel*.js"),
      `${officeFiles}`,
    );
    await assert.rejects(configWith("elsewhere", temp), /OFFICE_JS must be "local" or "cdn"/);
  });
});
