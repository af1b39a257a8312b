/**
 * The layers of DEVELOPERS.md, checked on the import statements of every .ts/.tsx file (parsed
 * with TypeScript, so comments and strings never count):
 *   - src/core is the pure engine: it imports nothing from Office, exceljs, jszip, React, Fluent or
 *     Node, and names neither `Office` nor `Excel` (its own *.test.ts files may use node:test);
 *   - src/core/index.ts is the one front door: no file outside src/core imports a path inside it;
 *   - inside src/core the folders form layers: no two folders import each other (nor through a
 *     longer cycle), and the files at its root (vocabulary.ts, errors.ts, version.ts: the shared
 *     words and error classes) import no folder;
 *   - `/* global Excel *\/` appears only in src/excel; `/* global Office *\/` only in src/excel and
 *     src/commands (the ribbon's function file and dialog);
 *   - task pane components never import src/excel: only the bootstrap, src/taskpane/index.tsx;
 *   - the edges point inward: taskpane → host ← excel, commands; cli → xlsx → core;
 *     preview → xlsx → core. Nothing imports the task pane or the command line from another
 *     layer, src/host and src/xlsx import no edge, and each is entered through its index.ts;
 *   - only src/xlsx and src/cli know exceljs and jszip, and the task pane reaches src/xlsx only
 *     through preview/xlsxLoader.ts, which only the preview's Web Worker
 *     (preview/previewWorker.ts, its own bundle) imports; no file imports the worker, which only
 *     `new Worker(new URL(…))` starts (the page, and Excel, never load exceljs).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const CORE = path.join(ROOT, "src", "core");
const CORE_INDEX = path.join(CORE, "index.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const FILES = ["src", "test", "bench"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

type ImportKind = "static" | "type" | "dynamic" | "require";
interface ImportRef {
  specifier: string;
  kind: ImportKind;
  line: number;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

function importsOf(source: ts.SourceFile): ImportRef[] {
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined, kind: ImportKind) => {
    if (literal && ts.isStringLiteralLike(literal)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      refs.push({ specifier: literal.text, kind, line });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      add(node, node.moduleSpecifier, typeOnly ? "type" : "static");
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.isTypeOnly ? "type" : "static");
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node, node.moduleReference.expression, "require");
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword)
        add(node, node.arguments[0], "dynamic");
      else if (ts.isIdentifier(node.expression) && node.expression.text === "require") {
        add(node, node.arguments[0], "require");
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, "type");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

const PARSED = new Map(FILES.map((file) => [file, parse(file)]));
const IMPORTS = new Map([...PARSED].map(([file, source]) => [file, importsOf(source)]));

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const inside = (file: string, dir: string) => !path.relative(dir, file).startsWith("..");
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const where = (file: string, ref: ImportRef) =>
  `${rel(file)}:${ref.line} imports "${ref.specifier}"`;

/** The file or folder a relative specifier points at, without extension (null for packages). */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return path.resolve(path.dirname(file), specifier).replace(/\.(tsx?|jsx?|mjs)$/, "");
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
const FORBIDDEN_IN_CORE = [
  "exceljs",
  "jszip",
  "react",
  "react-dom",
  "@fluentui/react-components",
  "@fluentui/react-icons",
  "@microsoft/office-js",
  "@types/office-js",
  "office-addin-mock",
  "playwright-core",
];

/** Line numbers of the identifier `name` used as code (not in comments or strings). */
function identifierLines(source: ts.SourceFile, name: string): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent;
      // `{ Excel: … }` or `x.Excel` name a property, not the global.
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node);
      if (!isPropertyName)
        lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

/** Files whose comments declare `/* global … name … *\/` (eslint's globals comment). */
function filesDeclaringGlobal(name: string): string[] {
  const pattern = new RegExp(`/\\*\\s*global\\s[^*]*\\b${name}\\b`);
  return FILES.filter(
    (file) => inside(file, path.join(ROOT, "src")) && pattern.test(readFileSync(file, "utf8")),
  );
}

describe("architecture", () => {
  it("finds the source files it checks", () => {
    const counts = ["core", "excel", "taskpane", "commands", "cli", "host", "xlsx"].map(
      (layer) => FILES.filter((file) => inside(file, path.join(ROOT, "src", layer))).length,
    );
    assert.ok(
      counts.every((count) => count > 0),
      `files per layer: ${counts.join(", ")}`,
    );
    assert.ok(IMPORTS.get(CORE_INDEX)!.length > 0, "src/core/index.ts re-exports the engine");
  });

  it("src/core imports nothing from Office, exceljs, jszip, React, Fluent or Node", () => {
    const violations: string[] = [];
    for (const [file, refs] of IMPORTS) {
      if (!inside(file, CORE) || isTest(file)) continue;
      for (const ref of refs) {
        const resolved = target(file, ref.specifier);
        if (resolved !== null) {
          if (!inside(resolved, CORE)) violations.push(`${where(file, ref)} (outside src/core)`);
        } else if (NODE_BUILTINS.has(ref.specifier) || ref.specifier.startsWith("node:")) {
          violations.push(`${where(file, ref)} (Node built-in)`);
        } else if (
          FORBIDDEN_IN_CORE.includes(packageName(ref.specifier)) ||
          /^office-addin-/.test(ref.specifier)
        ) {
          violations.push(`${where(file, ref)} (edge library)`);
        }
      }
    }
    assert.deepEqual(violations, []);
  });

  /** Folder (or root file) of src/core a file belongs to: "rules", "vocabulary.ts", … */
  const coreUnit = (file: string) => path.relative(CORE, file).split(path.sep)[0];
  const coreUnitOfTarget = (resolved: string) => {
    const unit = coreUnit(resolved);
    return unit.includes(".") || !readdirSync(CORE).includes(unit)
      ? `${unit.replace(/\.tsx?$/, "")}.ts`
      : unit;
  };

  /** Imports between core folders (type imports included): "rules" → "catalog" with the lines. */
  function coreFolderImports(): Map<string, Map<string, string[]>> {
    const graph = new Map<string, Map<string, string[]>>();
    for (const [file, refs] of IMPORTS) {
      if (!inside(file, CORE) || isTest(file) || file === CORE_INDEX) continue;
      const from = coreUnitOfTarget(file.replace(/\.tsx?$/, ""));
      for (const ref of refs) {
        const resolved = target(file, ref.specifier);
        if (resolved === null || !inside(resolved, CORE) || resolved === CORE) continue;
        const to = coreUnitOfTarget(resolved);
        if (to === from) continue;
        const edges = graph.get(from) ?? new Map<string, string[]>();
        graph.set(from, edges);
        edges.set(to, [...(edges.get(to) ?? []), where(file, ref)]);
      }
    }
    return graph;
  }

  it("no two core folders import each other, and the folders of src/core have no cycle", () => {
    const graph = coreFolderImports();
    const pairs: string[] = [];
    for (const [from, edges] of graph) {
      for (const [to, lines] of edges) {
        const back = graph.get(to)?.get(from);
        if (back && from < to) pairs.push(`${from} ↔ ${to}: ${lines[0]}; ${back[0]}`);
      }
    }
    assert.deepEqual(pairs, []);
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (unit: string, trail: string[]): void => {
      if (state.get(unit) === "done") return;
      if (state.get(unit) === "open") {
        cycles.push([...trail.slice(trail.indexOf(unit)), unit].join(" → "));
        return;
      }
      state.set(unit, "open");
      for (const next of graph.get(unit)?.keys() ?? []) visit(next, [...trail, unit]);
      state.set(unit, "done");
    };
    for (const unit of [...graph.keys()].sort()) visit(unit, []);
    assert.deepEqual(cycles, []);
  });

  it("the shared words and error classes at the root of src/core import no core folder", () => {
    const graph = coreFolderImports();
    const violations: string[] = [];
    for (const root of ["vocabulary.ts", "errors.ts", "version.ts"]) {
      for (const lines of graph.get(root)?.values() ?? []) violations.push(...lines);
    }
    assert.deepEqual(violations, []);
    assert.ok(
      existsSync(path.join(CORE, "vocabulary.ts")),
      "src/core/vocabulary.ts holds the shared words",
    );
  });

  it("src/core names neither the Office nor the Excel global", () => {
    const violations: string[] = [];
    for (const [file, source] of PARSED) {
      if (!inside(file, CORE) || isTest(file)) continue;
      for (const name of ["Office", "Excel", "OfficeExtension"]) {
        for (const line of identifierLines(source, name))
          violations.push(`${rel(file)}:${line} uses ${name}`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it("nothing outside src/core imports a path inside it except src/core/index.ts", () => {
    const violations: string[] = [];
    for (const [file, refs] of IMPORTS) {
      if (inside(file, CORE)) continue;
      for (const ref of refs) {
        const resolved = target(file, ref.specifier);
        if (resolved === null || !inside(resolved, CORE)) continue;
        if (resolved !== CORE && resolved !== CORE_INDEX.replace(/\.ts$/, "")) {
          violations.push(where(file, ref));
        }
      }
    }
    assert.deepEqual(violations, []);
  });

  it("/* global Excel */ appears only in src/excel", () => {
    const outside = filesDeclaringGlobal("Excel").filter(
      (file) => !inside(file, path.join(ROOT, "src", "excel")),
    );
    assert.deepEqual(outside.map(rel), []);
    assert.ok(filesDeclaringGlobal("Excel").length > 0, "src/excel declares the Excel global");
  });

  it("/* global Office */ appears only in src/excel and src/commands", () => {
    const allowed = [path.join(ROOT, "src", "excel"), path.join(ROOT, "src", "commands")];
    const outside = filesDeclaringGlobal("Office").filter(
      (file) => !allowed.some((dir) => inside(file, dir)),
    );
    assert.deepEqual(outside.map(rel), []);
  });

  it("task pane components never import src/excel: only the bootstrap does", () => {
    const taskpane = path.join(ROOT, "src", "taskpane");
    const bootstrap = path.join(taskpane, "index.tsx");
    const violations: string[] = [];
    for (const [file, refs] of IMPORTS) {
      if (!inside(file, taskpane) || file === bootstrap) continue;
      for (const ref of refs) {
        const resolved = target(file, ref.specifier);
        if (resolved !== null && inside(resolved, path.join(ROOT, "src", "excel")))
          violations.push(where(file, ref));
      }
    }
    assert.deepEqual(violations, []);
  });

  it("only src/xlsx and src/cli import exceljs and jszip; the task pane reaches src/xlsx only through xlsxLoader, in the preview's Web Worker", () => {
    const xlsx = path.join(ROOT, "src", "xlsx");
    const cli = path.join(ROOT, "src", "cli");
    const taskpane = path.join(ROOT, "src", "taskpane");
    const loader = path.join(taskpane, "preview", "xlsxLoader");
    const worker = path.join(taskpane, "preview", "previewWorker");
    const violations: string[] = [];
    for (const [file, refs] of IMPORTS) {
      if (!inside(file, path.join(ROOT, "src"))) continue;
      for (const ref of refs) {
        const name = packageName(ref.specifier);
        if (
          (name === "exceljs" || name === "jszip") &&
          ref.kind !== "type" &&
          !inside(file, xlsx) &&
          !inside(file, cli)
        ) {
          violations.push(`${where(file, ref)} (only src/xlsx and src/cli may)`);
        }
        const resolved = target(file, ref.specifier);
        if (resolved === null || ref.kind === "type") continue;
        if (
          inside(file, taskpane) &&
          inside(resolved, xlsx) &&
          file.replace(/\.tsx?$/, "") !== loader
        ) {
          violations.push(`${where(file, ref)} (only preview/xlsxLoader.ts may)`);
        }
        if (resolved === loader && file.replace(/\.tsx?$/, "") !== worker) {
          violations.push(`${where(file, ref)} (only preview/previewWorker.ts may import xlsxLoader)`);
        }
        if (resolved === worker) {
          violations.push(`${where(file, ref)} (the preview worker is started, never imported)`);
        }
      }
    }
    assert.deepEqual(violations, []);
    // The one way the worker's bundle is loaded: webpack's worker syntax, in the preview's host.
    const host = readFileSync(path.join(taskpane, "preview", "previewHost.ts"), "utf8");
    assert.match(host, /new Worker\(new URL\("\.\/previewWorker\.ts", import\.meta\.url\)/);
  });

  /** Which src folders each layer may import (besides itself); everything else points back up. */
  const ALLOWED_ARROWS: Record<string, readonly string[]> = {
    core: [],
    host: ["core"],
    xlsx: ["core"],
    excel: ["core", "host"],
    commands: ["core", "host", "excel"],
    cli: ["core", "xlsx"],
    taskpane: ["core", "host", "xlsx", "excel"],
  };

  function layerOf(file: string): string | null {
    const relative = path.relative(path.join(ROOT, "src"), file);
    if (relative.startsWith("..")) return null;
    const first = relative.split(path.sep)[0];
    return first in ALLOWED_ARROWS ? first : null;
  }

  it("the layers know every src folder", () => {
    const folders = readdirSync(path.join(ROOT, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    assert.deepEqual(folders, Object.keys(ALLOWED_ARROWS).sort());
  });

  it("arrows point inward: taskpane → host ← excel, commands; cli → xlsx → core; preview → xlsx → core", () => {
    const violations: string[] = [];
    for (const [file, refs] of IMPORTS) {
      const from = layerOf(file);
      if (from === null) continue;
      for (const ref of refs) {
        const resolved = target(file, ref.specifier);
        if (resolved === null) continue;
        const to = layerOf(resolved);
        if (to === null || to === from) continue;
        if (!ALLOWED_ARROWS[from].includes(to))
          violations.push(`${where(file, ref)} (${from} → ${to})`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it("in the task pane only the preview reaches src/xlsx", () => {
    const taskpane = path.join(ROOT, "src", "taskpane");
    const preview = path.join(taskpane, "preview");
    const violations: string[] = [];
    for (const [file, refs] of IMPORTS) {
      if (!inside(file, taskpane)) continue;
      for (const ref of refs) {
        const resolved = target(file, ref.specifier);
        if (resolved === null) continue;
        if (inside(resolved, path.join(ROOT, "src", "xlsx")) && !inside(file, preview))
          violations.push(`${where(file, ref)} (only the preview reads .xlsx files)`);
      }
    }
    assert.deepEqual(violations, []);
  });

  for (const layer of ["host", "xlsx"]) {
    it(`src/${layer} is entered through its index.ts from every other src folder`, () => {
      const dir = path.join(ROOT, "src", layer);
      const violations: string[] = [];
      for (const [file, refs] of IMPORTS) {
        if (inside(file, dir) || !inside(file, path.join(ROOT, "src"))) continue;
        for (const ref of refs) {
          const resolved = target(file, ref.specifier);
          if (resolved === null || !inside(resolved, dir)) continue;
          if (resolved !== dir && resolved !== path.join(dir, "index"))
            violations.push(where(file, ref));
        }
      }
      assert.deepEqual(violations, []);
    });
  }
});
