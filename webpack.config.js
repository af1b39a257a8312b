/**
 * The add-in's web build: three pages (task pane, ribbon function file, outcome dialog) into dist/.
 *
 *   npm run build       production: minified, content-hashed chunks, source maps
 *   npm run build:dev   development
 *   npm run dev-server  development, served on https://localhost:3000 (scripts/dev-server.mjs)
 *
 * Environment:
 *   ADDIN_HOST_URL  production only: the HTTPS folder dist/ is served from; dist/manifest.xml
 *                   points there instead of https://localhost:3000/ (scripts/manifest-host.mjs).
 *   OFFICE_JS       "local" (default): office.js from @microsoft/office-js, copied to dist/office-js/,
 *                   so an intranet needs no CDN; "cdn": Microsoft's hosted office.js, the source
 *                   Microsoft supports and the one Marketplace requires. Which to use when:
 *                   docs/addin.md, "office.js: local copy or CDN" (both built in CI:
 *                   test/excel/officeJsSource.test.ts).
 *   RULESET         a province's ruleset file (tinh-x.v1.json) to bake into the add-in: the ribbon
 *                   and the task pane score with it instead of 4tot-default. Validated here with
 *                   the engine's own checks; any problem stops the build, each one listed
 *                   (scripts/deployed-ruleset.mjs, src/excel/deployedRuleset.ts, docs/rulesets.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import {
  DEV_HOST_URL,
  hostUrlFromEnvironment,
  rewriteManifestUrls,
} from "./scripts/manifest-host.mjs";
import {
  DEPLOYED_RULESET_NAME,
  deployedRulesetFromEnvironment,
} from "./scripts/deployed-ruleset.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_PACKAGE = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the local copy of office.js goes in dist/. */
export const OFFICE_JS_DIR = "office-js";

/**
 * The files of @microsoft/office-js that Excel needs: office.js loads the host's script
 * (excel-web-16.00.js, excel-win32-16.01.js, excel-mac-16.00.js, …) from its own folder, with its
 * strings (<locale>/office_strings.js), the host-to-file table and telemetry helpers. Other hosts'
 * scripts and the .debug.js variants stay out (about 13 of 86 MB are copied).
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "es6-promise.js",
  "excel*.js",
  "*/office_strings.js",
  "telemetry/*.js",
  "ariatelemetry/*.js",
  "webauth/*.js",
];

function officeJsMode() {
  const mode = (process.env.OFFICE_JS ?? "local").trim().toLowerCase() || "local";
  if (mode !== "local" && mode !== "cdn") {
    throw new Error(`OFFICE_JS must be "local" or "cdn", not "${process.env.OFFICE_JS}"`);
  }
  return mode;
}

/**
 * Prints where the manifest points, where office.js comes from, and the JavaScript each page loads
 * at start, raw and gzip (the task pane has a budget: docs/taskpane.md, "Bundle budget").
 */
class BuildReport {
  constructor({ production, hostUrl, officeJs, ruleset }) {
    this.lines = [
      ruleset
        ? `ruleset: ${ruleset.id}@${ruleset.version} (SHA-256 ${ruleset.hash}) from ${ruleset.file}`
        : "ruleset: 4tot-default@1 (set RULESET=path/to/ruleset.json to bake in a province's own)",
      production && !hostUrl
        ? `manifest.xml: URLs stay on ${DEV_HOST_URL} (set ADDIN_HOST_URL=https://… to build for a web server)`
        : `manifest.xml: URLs on ${hostUrl ?? DEV_HOST_URL}`,
      officeJs === "cdn"
        ? `office.js: ${OFFICE_JS_CDN_URL}`
        : `office.js: local copy in ${OFFICE_JS_DIR}/ (OFFICE_JS=cdn for Microsoft's CDN)`,
    ];
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildReport", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "BuildReport",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const logger = compilation.getLogger("chibo4tot");
          for (const line of this.lines) logger.info(line);
          for (const [name, entrypoint] of compilation.entrypoints) {
            let raw = 0;
            let gzip = 0;
            for (const file of entrypoint.getFiles()) {
              if (!file.endsWith(".js")) continue;
              const source = compilation.getAsset(file).source.buffer();
              raw += source.length;
              gzip += gzipSync(source, { level: 9 }).length;
            }
            logger.info(
              `${name}: initial JavaScript ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`,
            );
          }
        },
      );
    });
  }
}

export default async (_env, argv) => {
  const production = argv.mode === "production";
  // The environment is read before the first await: a caller may change it right after the call.
  const officeJs = officeJsMode();
  const hostUrl = production ? hostUrlFromEnvironment() : null;
  const ruleset = await deployedRulesetFromEnvironment(process.env, root);
  const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN_URL : `${OFFICE_JS_DIR}/office.js`;

  const page = (name, template, chunk) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [chunk],
      // Module scripts: an IE11 webview never runs them, and taskpane.html's inline check shows
      // its plain "Excel is too old" message instead.
      scriptLoading: "module",
      officeJsUrl,
    });

  return {
    mode: production ? "production" : "development",
    context: root,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.tsx",
    },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks load relative to the page: dist/ can be served from any folder of any host.
      publicPath: "",
      clean: true,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
    },
    module: {
      rules: [
        {
          // The engine has no import-time side effects (its modules only declare; the default
          // ruleset is validated when its module loads, which matters only where it is used): an
          // import of the stamp reader from the front door must not bring the whole engine, with
          // the ruleset schema (valibot), into the pane Excel opens.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript to JavaScript, then Griffel's build-time
          // transform, which turns every makeStyles into precomputed CSS classes (__styles), so the
          // pane ships no CSS-in-JS compiler (stylis, rtl-css-js) and no style work at start.
          use: [
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              options: {
                // The build never waits for (or fails on) type checking: `npm run lint` does that.
                transpileOnly: true,
                onlyCompileBundledFiles: true,
                compilerOptions: { target: "ES2020", noEmit: false, sourceMap: true },
              },
            },
          ],
        },
      ],
      // exceljs and jszip come as prebuilt browser bundles (their package "browser" field):
      // nothing in them for webpack to resolve.
      noParse: [
        /[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
        /[\\/]jszip[\\/]dist[\\/]jszip(\.min)?\.js$/,
      ],
    },
    optimization: {
      splitChunks: {
        // React and Fluent shared by the task pane and the dialog come as one cached chunk; the
        // preview (exceljs, jszip) and the result views stay lazy chunks the task pane loads only
        // when needed.
        chunks: "all",
      },
    },
    performance: false,
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", "taskpane"),
      page("commands", "./src/commands/commands.html", "commands"),
      page("dialog", "./src/commands/dialog.html", "dialog"),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: hostUrl
              ? (content) => rewriteManifestUrls(content.toString("utf8"), hostUrl)
              : undefined,
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          { from: "assets/favicon.ico", to: "favicon.ico" },
          // The browser preview fetches ./sample.xlsx next to taskpane.html (previewHost.ts).
          { from: "assets/templates/sample.xlsx", to: "sample.xlsx", noErrorOnMissing: true },
          // The blank official template the preview offers for download (TEMPLATE_FILE_NAME).
          {
            from: "assets/templates/mau-danh-gia-chi-bo-4-tot.xlsx",
            to: "mau-danh-gia-chi-bo-4-tot.xlsx",
          },
          ...(officeJs === "local"
            ? OFFICE_JS_FILES.map((pattern) => ({
                from: pattern,
                context: OFFICE_JS_PACKAGE,
                to: OFFICE_JS_DIR,
                globOptions: { ignore: ["**/*.debug.js"] },
                // Microsoft ships them minified: the minimizer leaves them as they are.
                info: { minimized: true },
              }))
            : []),
          {
            // What was built, and when: scripts/dist-state.mjs compares this file's time with the
            // sources' (builtAt makes webpack write it on every build, though nothing else changed).
            from: "package.json",
            to: "build-info.json",
            transform: () =>
              `${JSON.stringify({ version, mode: production ? "production" : "development", officeJs, hostUrl, builtAt: new Date().toISOString() }, null, 2)}\n`,
          },
        ],
      }),
      ...(ruleset
        ? [new webpack.DefinePlugin({ [DEPLOYED_RULESET_NAME]: JSON.stringify(ruleset.text) })]
        : []),
      new BuildReport({ production, hostUrl, officeJs, ruleset }),
    ],
    devServer: {
      // scripts/dev-server.mjs supplies the HTTPS certificate.
      host: "localhost",
      port: 3000,
      hot: false,
      liveReload: true,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
