#!/usr/bin/env node
// `npm run dev-server [-- --mode production]`: the add-in on https://localhost:3000 with
// webpack-dev-server (in memory, live reload), the certificate from office-addin-dev-certs
// (scripts/dev-certs.mjs). Stops on Ctrl+C or SIGTERM (`npm stop` when `npm start` started it).
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import makeConfig from "../webpack.config.js";
import { devCertificates } from "./dev-certs.mjs";
import { COMPILED_MARK, DEV_URL } from "./dev-session.mjs";

const modeIndex = process.argv.indexOf("--mode");
const mode = modeIndex > 0 ? process.argv[modeIndex + 1] : "development";
if (mode !== "development" && mode !== "production") {
  console.error(`dev-server: --mode must be development or production, not "${mode}"`);
  process.exit(64);
}

const { ca, cert, key } = await devCertificates();
const config = makeConfig({}, { mode });
const compiler = webpack(config);
compiler.hooks.done.tap("chibo4tot-dev-server", (stats) => {
  const { errors, warnings, time } = stats.toJson({
    all: false,
    errors: true,
    warnings: true,
    timings: true,
  });
  console.log(
    `${COMPILED_MARK} (${mode}) in ${time} ms: ${errors.length} errors, ${warnings.length} warnings`,
  );
});

const server = new WebpackDevServer(
  {
    ...config.devServer,
    server: { type: "https", options: { ca, cert, key } },
    devMiddleware: { stats: "errors-warnings" },
  },
  compiler,
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().finally(() => process.exit(0));
  });
}

try {
  await server.start();
} catch (error) {
  console.error(
    error?.code === "EADDRINUSE"
      ? "dev-server: port 3000 is in use. Is the dev server already running? (`npm stop` ends the one `npm start` started.)"
      : `dev-server: ${error?.stack ?? error}`,
  );
  process.exit(1);
}
console.log(`dev-server: serving ${DEV_URL} (task pane: ${DEV_URL}taskpane.html)`);
