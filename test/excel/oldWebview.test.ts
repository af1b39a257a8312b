/**
 * The ribbon on a webview too old for the bundle (IE11 in Office 2016/2019, EdgeHTML): the module
 * script never runs there, so commands.html's ES5 script gives each button a function that opens
 * dialog.html, whose own ES5 script shows the task pane's "Excel too old" message word for word.
 * The inline scripts run here as written in the templates, in a window like IE11's and in a modern
 * one (where they do nothing).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import vm from "node:vm";

const ROOT = path.join(import.meta.dirname, "..", "..");
const page = (file: string) => readFileSync(path.join(ROOT, "src", file), "utf8");

/** The inline scripts of a template (not the ones with a src). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
}

interface Run {
  sandbox: Record<string, unknown>;
  dialogs: { url: string; handlers: Map<string, () => void>; closed: boolean }[];
  body: { innerHTML: string };
}

/** Runs a template's inline scripts in a window like IE11's (old) or Chromium's (modern). */
function run(html: string, old: boolean): Run {
  const dialogs: Run["dialogs"] = [];
  const body = { innerHTML: "" };
  const elements = new Map<string, { onclick?: () => void }>();
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    context: {
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
          const handlers = new Map<string, () => void>();
          const dialog = { url, handlers, closed: false };
          dialogs.push(dialog);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
              close: () => (dialog.closed = true),
            },
          });
        },
        messageParent: () => undefined,
      },
    },
    actions: { associate: () => undefined },
  };
  const sandbox: Record<string, unknown> = {
    Office: office,
    location: { href: "https://intranet.example.vn/chi-bo-4-tot/commands.html?_host_Info=x" },
    document: {
      body,
      createElement: () => (old ? {} : { noModule: false }),
      getElementById: (id: string) => {
        if (!elements.has(id)) elements.set(id, {});
        return elements.get(id);
      },
    },
    setTimeout: () => 0,
  };
  if (!old) {
    Object.assign(sandbox, { Promise, Symbol, fetch: () => undefined });
  }
  sandbox.window = sandbox;
  for (const code of inlineScripts(html)) {
    if (code.includes("htmlWebpackPlugin")) continue;
    vm.runInNewContext(code, sandbox);
  }
  return { sandbox, dialogs, body };
}

/** The "Excel too old" paragraphs of taskpane.html's message. */
function paneMessage(): string[] {
  const code = inlineScripts(page("taskpane/taskpane.html")).find((c) => c.includes("old-browser"));
  assert.ok(code);
  return [...code.matchAll(/<p(?: lang=\\?"en\\?")?>([^<]+)<\/p>/g)].map(([, text]) => text);
}

describe("the ribbon on an old webview", () => {
  it("each button opens the too-old dialog and completes its event when it closes", () => {
    const { sandbox, dialogs } = run(page("commands/commands.html"), true);
    for (const name of ["score", "clearMarks"]) {
      const fn = sandbox[name] as ((event: { completed(): void }) => void) | undefined;
      assert.equal(typeof fn, "function", `${name} is a global function`);
      let completed = 0;
      fn?.({ completed: () => (completed += 1) });
      const dialog = dialogs[dialogs.length - 1];
      assert.equal(dialog.url, "https://intranet.example.vn/chi-bo-4-tot/dialog.html");
      assert.equal(completed, 0, "not before the clerk has read it");
      dialog.handlers.get("dialogEventReceived")?.();
      dialog.handlers.get("dialogEventReceived")?.();
      assert.equal(completed, 1, "completed once, when the dialog closed");
    }
    assert.equal(typeof (sandbox.Office as { initialize?: unknown }).initialize, "function");
  });

  it("the dialog shows the task pane's message word for word, with a button to close it", () => {
    const { body } = run(page("commands/dialog.html"), true);
    const message = paneMessage();
    assert.equal(message.length, 2);
    for (const text of message) assert.ok(body.innerHTML.includes(text), text);
    assert.match(body.innerHTML, /old-browser-close/);
  });

  it("the scripts are ES5, as the old webviews need", () => {
    for (const file of ["commands/commands.html", "commands/dialog.html"]) {
      for (const code of inlineScripts(page(file))) {
        const outsideStrings = code.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
        assert.doesNotMatch(outsideStrings, /=>|\b(let|const|class)\s|`|\?\.|\?\?/, file);
        assert.doesNotThrow(() => new vm.Script(code), file);
      }
    }
  });

  it("a modern webview runs the bundle: the scripts change nothing", () => {
    const commands = run(page("commands/commands.html"), false);
    assert.equal(commands.sandbox.score, undefined);
    assert.equal(run(page("commands/dialog.html"), false).body.innerHTML, "");
  });
});
