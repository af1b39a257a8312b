#!/usr/bin/env node
// `node scripts/make-icons.mjs`: draws the add-in's icons as SVG and renders them to the PNGs in
// assets/ with Debian's chromium (playwright-core, headless, transparent background). The PNGs
// are committed; run this again only after changing a drawing below.
//
//   icon-{16,32,64,80,128}.png         the add-in (manifest icons, ribbon group): a gold star on red
//                                       with a check mark
//   score-{16,32,80}.png               "Chấm điểm": a sheet with a check mark
//   clear-marks-{16,32,80}.png         "Xóa đánh dấu": an eraser over a marked cell
//   details-{16,32,80}.png             "Chi tiết": a window with its side pane and list
//   favicon.ico                        the add-in icon at 16 and 32 pixels (PNG inside ICO), for the
//                                       browser preview's tab
//
// Each drawing is on a 32-unit grid; the 16-pixel variants drop small details and use thicker
// strokes so they stay legible on the ribbon.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, "assets");
const CHROMIUM = "/usr/bin/chromium";

const RED = "#da251d";
const DARK_RED = "#a4161a";
const GOLD = "#ffcd00";
const INK = "#424242";
const PAPER = "#ffffff";
const GREEN = "#107c41";
const MARK = "#fde7e9";

/** A five-pointed star centred at (cx, cy) with outer radius r. */
function star(cx, cy, r, fill) {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.42;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`,
    );
  }
  return `<polygon points="${points.join(" ")}" fill="${fill}"/>`;
}

const drawings = {
  icon(size) {
    const small = size <= 16;
    return `
      <rect x="1" y="1" width="30" height="30" rx="${small ? 5 : 6}" fill="${RED}"/>
      ${small ? star(16, 16.5, 13, GOLD) : star(14, 14.5, 11.5, GOLD)}
      ${
        small
          ? ""
          : `<circle cx="23.5" cy="23.5" r="7" fill="${PAPER}" stroke="${DARK_RED}" stroke-width="1"/>
             <path d="M19.8 23.6 l2.6 2.6 l4.9 -5.4" fill="none" stroke="${GREEN}" stroke-width="2.2"
                   stroke-linecap="round" stroke-linejoin="round"/>`
      }`;
  },

  score(size) {
    const small = size <= 16;
    return `
      <path d="M6 2.5 h14 l6 6 v21 h-20 z" fill="${PAPER}" stroke="${INK}" stroke-width="${small ? 2 : 1.5}"
            stroke-linejoin="round"/>
      ${
        small
          ? ""
          : `<path d="M20 2.5 v6 h6" fill="none" stroke="${INK}" stroke-width="1.5" stroke-linejoin="round"/>
      <path d="M10 12 h12 M10 16 h12" stroke="#bdbdbd" stroke-width="1.2"/>`
      }
      <path d="${small ? "M8.5 17.5 l4.5 4.5 l9 -10" : "M9.5 20 l4.5 4.5 l9 -10"}" fill="none" stroke="${RED}"
            stroke-width="${small ? 4.2 : 3.4}" stroke-linecap="round" stroke-linejoin="round"/>
      ${small ? "" : star(25.5, 25.5, 5.5, GOLD)}`;
  },

  "clear-marks"(size) {
    const small = size <= 16;
    return `
      ${small ? "" : `<rect x="3" y="19" width="14" height="9" fill="${MARK}" stroke="${RED}" stroke-width="1.3"/>`}
      <g transform="rotate(-40 18 15)">
        <rect x="6" y="10" width="24" height="11" rx="2.5" fill="#f48fb1" stroke="${INK}" stroke-width="${small ? 2 : 1.5}"/>
        <rect x="6" y="10" width="9" height="11" rx="2.5" fill="${PAPER}" stroke="${INK}" stroke-width="${small ? 2 : 1.5}"/>
      </g>
      <path d="M${small ? 4 : 13} 29.5 h${small ? 24 : 16}" stroke="${INK}" stroke-width="${small ? 2.2 : 1.5}"
            stroke-linecap="round"/>`;
  },

  details(size) {
    const small = size <= 16;
    return `
      <rect x="2.5" y="4.5" width="27" height="23" rx="2" fill="${PAPER}" stroke="${INK}" stroke-width="${small ? 2 : 1.5}"/>
      <rect x="18" y="5.25" width="10.75" height="21.5" fill="${RED}"/>
      <path d="M18 4.5 v23" stroke="${INK}" stroke-width="${small ? 2 : 1.5}"/>
      ${
        small
          ? `<path d="M6 11 h8 M6 16 h8 M6 21 h8" stroke="${INK}" stroke-width="2"/>`
          : `<path d="M6 10 h8.5 M6 14 h8.5 M6 18 h8.5 M6 22 h6" stroke="${INK}" stroke-width="1.5"/>
             <path d="M20.5 10.5 h6 M20.5 14.5 h6 M20.5 18.5 h4" stroke="${PAPER}" stroke-width="1.6"
                   stroke-linecap="round"/>`
      }`;
  },
};

const sizes = {
  icon: [16, 32, 64, 80, 128],
  score: [16, 32, 80],
  "clear-marks": [16, 32, 80],
  details: [16, 32, 80],
};

/** An .ico holding PNG images (supported by every browser that runs the add-in). */
function icoOf(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // width (0 means 256)
    header.writeUInt8(size % 256, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
}

if (!existsSync(CHROMIUM)) {
  console.error(`make-icons: ${CHROMIUM} is missing (apt-get install chromium).`);
  process.exit(1);
}
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const favicon = [];
  for (const [name, list] of Object.entries(sizes)) {
    for (const size of list) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${drawings[name](size)}</svg>`;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
      );
      const png = await page.locator("svg").screenshot({ omitBackground: true, type: "png" });
      await writeFile(path.join(out, `${name}-${size}.png`), png);
      console.log(`assets/${name}-${size}.png (${png.length} bytes)`);
      if (name === "icon" && size <= 32) favicon.push({ size, png });
    }
  }
  const ico = icoOf(favicon);
  await writeFile(path.join(out, "favicon.ico"), ico);
  console.log(`assets/favicon.ico (${ico.length} bytes)`);
} finally {
  await browser.close();
}
