/** What a built page loads by itself, read from its HTML (dist/taskpane.html), and what is in the chunks. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The attribute of a tag, quoted or not (html-minifier drops quotes where it can). */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

/** Every <script> element: its attributes and its inline code (strings in the code stay inside). */
function scriptElements(html: string): { attributes: string; code: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(
    ([, attributes, code]) => ({
      attributes: ` ${attributes}`,
      code,
    }),
  );
}

/** The script files taskpane.html loads itself, in order: <script src> and preloaded scripts. */
export function startScripts(html: string): string[] {
  const files: string[] = [];
  for (const { attributes } of scriptElements(html)) {
    const src = attribute(attributes, "src");
    if (src) files.push(src);
  }
  const outsideScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  for (const [tag] of outsideScripts.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, "rel") ?? "").toLowerCase();
    const as = (attribute(tag, "as") ?? "").toLowerCase();
    const href = attribute(tag, "href");
    if (href && (rel === "modulepreload" || (rel === "preload" && as === "script"))) {
      files.push(href);
    }
  }
  return files;
}

/** The code of the page's inline scripts (the Office probe, the old-webview check). */
export function inlineScripts(html: string): string[] {
  return scriptElements(html)
    .filter(({ attributes }) => attribute(attributes, "src") === null)
    .map(({ code }) => code.trim())
    .filter((code) => code.length > 0);
}

/** The built .js files whose source maps list a source matching `pattern` (e.g. exceljs). */
export function filesWithSources(dist: string, pattern: RegExp): string[] {
  return readdirSync(dist)
    .filter((name) => name.endsWith(".js") && existsSync(join(dist, `${name}.map`)))
    .filter((name) => {
      const map = JSON.parse(readFileSync(join(dist, `${name}.map`), "utf8")) as {
        sources: string[];
      };
      return map.sources.some((source) => pattern.test(source));
    });
}
