/** The task pane rendered with a recorded host, for the browser tests (see support/harnessServer.ts). */
import { createRoot } from "react-dom/client";
import "../../../src/taskpane/i18n/allLanguages";
import { App } from "../../../src/taskpane/App";
import { fixtureRuleset } from "../fixtures/defaultRuleset";
import { createFakeHost, type Scenario } from "./fakeHost";

const params = new URLSearchParams(location.search);
const host = createFakeHost((params.get("scenario") ?? "excel") as Scenario, {
  hold: params.get("hold") === "1",
  lang: params.get("lang") === "en" ? "en" : "vi",
});
const root = document.getElementById("root");
if (!root) throw new Error("harness.html has no #root");
createRoot(root).render(<App host={host} ruleset={fixtureRuleset} />);
