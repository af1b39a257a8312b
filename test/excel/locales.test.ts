/**
 * One language rule for everything Office shows of the add-in: the manifest reads Vietnamese by
 * default and English for each English locale it overrides (one Override per locale, as
 * Microsoft's localization guide recommends), and the ribbon's outcome dialog and the task pane's
 * host follow Office's display language the same way, from the same list.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, it } from "node:test";
import { readDialogData } from "../../src/commands/dialogData";
import { ENGLISH_DISPLAY_LOCALES, languageFromLocale } from "../../src/excel/displayLanguage";
import { createExcelHost } from "../../src/excel/excelHost";
import { FakeOffice } from "../fakes/fakeOffice";
import { createRecordingExcel } from "../fakes/recordingExcel";
import { syntheticGrid } from "../fakes/syntheticGrid";

const XML = readFileSync(path.join(import.meta.dirname, "..", "..", "manifest.xml"), "utf8");

/** Every element that has overrides: its default and its overrides by locale. */
function localized(): { element: string; value: string; overrides: Map<string, string> }[] {
  const found = [];
  const pattern = /<((?:bt:)?[A-Za-z]+)(?: id="([^"]+)")? DefaultValue="([^"]*)">([\s\S]*?)<\/\1>/g;
  for (const [, tag, id, value, body] of XML.matchAll(pattern)) {
    const overrides = new Map(
      [...body.matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)"\/>/g)].map(
        ([, locale, text]) => [locale, text] as [string, string],
      ),
    );
    if (overrides.size > 0) found.push({ element: id ?? tag, value, overrides });
  }
  return found;
}

let restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.reverse()) undo();
  restore = [];
});

describe("the manifest's English", () => {
  it("overrides every localized string for exactly the English locales, with one English text each", () => {
    const elements = localized();
    assert.ok(elements.length >= 13, `${elements.length} localized elements`);
    for (const { element, overrides } of elements) {
      assert.deepEqual([...overrides.keys()].sort(), [...ENGLISH_DISPLAY_LOCALES].sort(), element);
      assert.equal(new Set(overrides.values()).size, 1, `${element}: one English text`);
    }
    for (const locale of ["en-US", "en-GB", "en-AU", "en-IN", "en-SG"])
      assert.ok(ENGLISH_DISPLAY_LOCALES.includes(locale), locale);
  });
});

describe("the pane and the dialog follow Office's display language as the manifest does", () => {
  it("English exactly for the manifest's English locales, Vietnamese for its default", () => {
    for (const locale of ENGLISH_DISPLAY_LOCALES) {
      assert.equal(languageFromLocale(locale), "en", locale);
      assert.equal(languageFromLocale(locale.toLowerCase()), "en", locale.toLowerCase());
    }
    // A locale without an Override sees the manifest's default: Vietnamese, here too.
    for (const locale of ["vi-VN", "vi", "fr-FR", "zh-CN", "en-JM", "", null, undefined])
      assert.equal(languageFromLocale(locale), "vi", String(locale));
  });

  for (const [displayLanguage, lang] of [
    ["en-GB", "en"],
    ["en-SG", "en"],
    ["fr-FR", "vi"],
    ["vi-VN", "vi"],
  ] as const) {
    it(`Office in ${displayLanguage}: the ribbon's dialog and the task pane's host speak ${lang}`, async () => {
      const fake = createRecordingExcel().loadGrid(syntheticGrid({ cells: 3, membersPerCell: 2 }));
      const office = new FakeOffice({ displayLanguage });
      restore = [fake.install(), office.install()];
      assert.equal(createExcelHost().suggestedLanguage, lang);
      const { clearMarks } = await import("../../src/commands/commands");
      const run = clearMarks({ completed: () => undefined });
      const dialog = await office.dialog();
      assert.equal(readDialogData(new URL(dialog.url).search)?.lang, lang);
      dialog.sendMessage("close");
      await run;
    });
  }
});
