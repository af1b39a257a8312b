/**
 * The add-in manifest: what Office reads (office-addin-manifest's reader), the ribbon it declares,
 * the files it names, and — when ../shared is beside the repository — validity against the Office
 * manifest schemas, for manifest.xml, for the manifest a production build writes for another host
 * (through the very transform webpack.config.js hands to CopyWebpackPlugin), and for
 * dist/manifest.xml when a build made one. Only the schema check depends on ../shared.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration } from "webpack";
import {
  ROOT,
  SCHEMA_DIR,
  manifestUrls,
  readWithOfficeAddinManifest,
  schemaAvailable,
  validateAgainstSchema,
} from "../scripts/manifest-checks.mjs";
import { DEV_HOST_URL, normaliseHostUrl, rewriteManifestUrls } from "../scripts/manifest-host.mjs";

const ADDIN_ID = "cb896a01-f8a2-40f3-8a7e-df6a32b3bc5e";
const OTHER_HOST = "https://tinhuy.example.vn/tien-ich/chi-bo-4-tot";
const MANIFEST = path.join(ROOT, "manifest.xml");
const XML = readFileSync(MANIFEST, "utf8");
const temp = mkdtempSync(path.join(os.tmpdir(), "chibo4tot-manifest-test-"));
after(() => rmSync(temp, { recursive: true, force: true }));

type MakeConfig = (env: unknown, argv: { mode: string }) => Promise<Configuration>;
type CopyPattern = { to?: unknown; transform?: (content: Buffer, file: string) => string | Buffer };

/** webpack.config.js for `mode`, with ADDIN_HOST_URL set to hostUrl (or unset) while it is made. */
async function webpackConfig(mode: string, hostUrl?: string): Promise<Configuration> {
  const { default: makeConfig } = (await import(
    pathToFileURL(path.join(ROOT, "webpack.config.js")).href
  )) as { default: MakeConfig };
  const saved = process.env.ADDIN_HOST_URL;
  if (hostUrl === undefined) delete process.env.ADDIN_HOST_URL;
  else process.env.ADDIN_HOST_URL = hostUrl;
  try {
    return await makeConfig({}, { mode });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_HOST_URL;
    else process.env.ADDIN_HOST_URL = saved;
  }
}

function copyPatterns(config: Configuration): CopyPattern[] {
  const plugin = config.plugins?.find((p) => p instanceof CopyWebpackPlugin) as unknown as
    | { patterns: CopyPattern[] }
    | undefined;
  assert.ok(plugin, "webpack.config.js copies files with CopyWebpackPlugin");
  return plugin.patterns;
}

/** dist/manifest.xml as the production build writes it, from webpack.config.js's own transform. */
async function builtManifest(hostUrl?: string): Promise<string> {
  const pattern = copyPatterns(await webpackConfig("production", hostUrl)).find(
    (p) => p.to === "manifest.xml",
  );
  assert.ok(pattern, "webpack.config.js copies manifest.xml");
  return pattern.transform ? String(pattern.transform(Buffer.from(XML), MANIFEST)) : XML;
}

/** A string, URL or image resource: its default value and its en-US override. */
function resource(xml: string, id: string): { value: string; en?: string } {
  const match = xml.match(
    new RegExp(
      `<bt:(?:String|Url|Image) id="${id.replace(".", "\\.")}" DefaultValue="([^"]*)"\\s*(/>|>([\\s\\S]*?)</bt:)`,
    ),
  );
  assert.ok(match, `resource ${id} exists`);
  const en = match[3]?.match(/<bt:Override Locale="en-US" Value="([^"]*)"/)?.[1];
  return { value: match[1], en };
}

interface Button {
  id: string;
  label: string;
  labelEn?: string;
  action: string;
  functionName?: string;
  source?: string;
  icons: { size: number; url: string }[];
}

function buttons(xml: string): Button[] {
  return [...xml.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)].map(
    ([, id, body]) => {
      const label = resource(xml, body.match(/<Label resid="([^"]+)"/)![1]);
      const source = body.match(/<SourceLocation resid="([^"]+)"/)?.[1];
      return {
        id,
        label: label.value,
        labelEn: label.en,
        action: body.match(/<Action xsi:type="([^"]+)"/)![1],
        functionName: body.match(/<FunctionName>([^<]+)<\/FunctionName>/)?.[1],
        source: source === undefined ? undefined : resource(xml, source).value,
        icons: [...body.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map(
          ([, size, id]) => ({
            size: Number(size),
            url: resource(xml, id).value,
          }),
        ),
      };
    },
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is what office-addin-manifest reads: the fixed id, the package version, Vietnamese first", async () => {
    const info = await readWithOfficeAddinManifest(MANIFEST);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    assert.equal(info.id, ADDIN_ID);
    assert.equal(info.version, `${version}.0`);
    assert.equal(info.defaultLocale, "vi-VN");
    assert.equal(info.displayName, "Chi bộ 4 tốt");
    assert.equal(info.officeAppType, "TaskPaneApp");
    assert.deepEqual(info.hosts, ["Workbook"]);
    assert.equal(info.permissions, "ReadWriteDocument");
    assert.equal(info.defaultSettings?.sourceLocation, `${DEV_HOST_URL}taskpane.html`);
    assert.match(
      XML,
      /<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/,
    );
    assert.match(
      XML,
      /<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/,
    );
  });

  it('declares the tab "4 tốt" with Chấm điểm, Xóa đánh dấu and Chi tiết', () => {
    assert.equal(resource(XML, XML.match(/<\/Group>\s*<Label resid="([^"]+)"/)![1]).value, "4 tốt");
    assert.deepEqual(
      buttons(XML).map(({ label, labelEn, action, functionName, source }) => ({
        label,
        labelEn,
        action,
        functionName,
        source,
      })),
      [
        {
          label: "Chấm điểm",
          labelEn: "Score",
          action: "ExecuteFunction",
          functionName: "score",
          source: undefined,
        },
        {
          label: "Xóa đánh dấu",
          labelEn: "Clear marks",
          action: "ExecuteFunction",
          functionName: "clearMarks",
          source: undefined,
        },
        {
          label: "Chi tiết",
          labelEn: "Details",
          action: "ShowTaskpane",
          functionName: undefined,
          source: `${DEV_HOST_URL}taskpane.html`,
        },
      ],
    );
    assert.equal(
      resource(XML, XML.match(/<FunctionFile resid="([^"]+)"/)![1]).value,
      `${DEV_HOST_URL}commands.html`,
    );
  });

  it("names exactly the functions the function file associates", () => {
    const commands = readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const associated = [...commands.matchAll(/Office\.actions\.associate\(\s*"([^"]+)"/g)].map(
      (m) => m[1],
    );
    const named = buttons(XML).flatMap((button) =>
      button.functionName ? [button.functionName] : [],
    );
    assert.deepEqual([...named].sort(), [...associated].sort());
  });

  it("has no shared runtime and asks only for ExcelApi 1.7 (docs/addin.md)", () => {
    assert.doesNotMatch(XML, /<Runtimes\b/);
    const sets = [...XML.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    assert.deepEqual(sets, ["ExcelApi 1.7"]);
    assert.match(
      readFileSync(path.join(ROOT, "docs", "addin.md"), "utf8"),
      /manifest asks only for\s+ExcelApi 1\.7/,
    );
  });

  it("gives every string an en-US override", () => {
    const strings = [...XML.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(strings.length >= 10);
    assert.deepEqual(
      strings.filter((id) => !resource(XML, id).en),
      [],
    );
  });

  it("points every URL at the dev server, at a file the build writes", async () => {
    const config = await webpackConfig("development");
    const pages = (config.plugins ?? [])
      .filter((p) => p instanceof HtmlWebpackPlugin)
      .map((p) => (p as unknown as { userOptions: { filename: string } }).userOptions.filename);
    const copied = copyPatterns(config).flatMap((p) => (typeof p.to === "string" ? [p.to] : []));
    const urls = manifestUrls(XML);
    assert.ok(urls.length >= 15, `${urls.length} URLs`);
    const missing: string[] = [];
    for (const url of urls) {
      assert.ok(url.startsWith(DEV_HOST_URL), `${url} is on ${DEV_HOST_URL}`);
      const file = url.slice(DEV_HOST_URL.length);
      const written = file.startsWith("assets/")
        ? existsSync(path.join(ROOT, file))
        : pages.includes(file) || copied.includes(file);
      if (!written) missing.push(file);
    }
    assert.deepEqual(missing, []);
  });

  it("uses PNG icons of the sizes it declares", () => {
    const declared = [
      { size: 32, url: XML.match(/<IconUrl DefaultValue="([^"]+)"/)![1] },
      { size: 64, url: XML.match(/<HighResolutionIconUrl DefaultValue="([^"]+)"/)![1] },
      ...[...XML.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map(([, size, id]) => ({
        size: Number(size),
        url: resource(XML, id).value,
      })),
    ];
    assert.equal(
      declared.length,
      2 + 4 * 3,
      "the add-in icons, the group's and three buttons' 16/32/80",
    );
    for (const { size, url } of declared) {
      assert.deepEqual(
        pngSize(path.join(ROOT, url.slice(DEV_HOST_URL.length))),
        { width: size, height: size },
        url,
      );
    }
    assert.equal(
      new Set(buttons(XML).map((b) => b.icons[0].url)).size,
      3,
      "each button has its own icon",
    );
  });
});

describe("manifest for another host", () => {
  it("normalises ADDIN_HOST_URL and refuses what Office cannot load", () => {
    assert.equal(
      normaliseHostUrl("https://tinhuy.example.vn/addin"),
      "https://tinhuy.example.vn/addin/",
    );
    assert.equal(normaliseHostUrl(" https://tinhuy.example.vn/ "), "https://tinhuy.example.vn/");
    assert.throws(() => normaliseHostUrl("http://tinhuy.example.vn/"), /https:\/\//);
    assert.throws(() => normaliseHostUrl("https://tinhuy.example.vn/?a=1"), /plain folder URL/);
    assert.throws(() => normaliseHostUrl("tinhuy.example.vn"), /not a URL/);
  });

  it("a production build with ADDIN_HOST_URL moves every URL there, with the same function", async () => {
    const built = await builtManifest(OTHER_HOST);
    assert.equal(built, rewriteManifestUrls(XML, OTHER_HOST));
    assert.doesNotMatch(built, /localhost/);
    assert.equal(manifestUrls(built).filter((url) => !url.startsWith(`${OTHER_HOST}/`)).length, 0);
    assert.equal(manifestUrls(built).length, manifestUrls(XML).length);
  });

  it("a production build without ADDIN_HOST_URL and a development build keep the dev server", async () => {
    assert.equal(await builtManifest(undefined), XML);
    const devPattern = copyPatterns(await webpackConfig("development", OTHER_HOST)).find(
      (p) => p.to === "manifest.xml",
    );
    assert.equal(devPattern?.transform, undefined);
  });
});

describe("manifest schemas", () => {
  const skip = schemaAvailable()
    ? false
    : `${SCHEMA_DIR} is absent: the Office manifest schemas are kept beside the repository in ../shared`;

  it(
    "manifest.xml, the manifest built for another host and dist/manifest.xml validate; one with a shared runtime does not",
    { skip },
    async () => {
      const built = path.join(temp, "manifest.xml");
      writeFileSync(built, await builtManifest(OTHER_HOST));
      const dist = path.join(ROOT, "dist", "manifest.xml");
      for (const file of [MANIFEST, built, ...(existsSync(dist) ? [dist] : [])]) {
        const { valid, output } = validateAgainstSchema(file);
        assert.ok(valid, `${path.relative(ROOT, file) || file}:\n${output}`);
      }

      // The check can fail: <Runtimes> (shared runtime) is not in these schemas.
      const broken = path.join(temp, "runtimes.xml");
      writeFileSync(
        broken,
        XML.replace(
          '<Hosts>\n      <Host xsi:type="Workbook">',
          '<Hosts>\n      <Host xsi:type="Workbook">\n        <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
        ),
      );
      assert.notEqual(readFileSync(broken, "utf8"), XML);
      assert.equal(validateAgainstSchema(broken).valid, false);
    },
  );
});
