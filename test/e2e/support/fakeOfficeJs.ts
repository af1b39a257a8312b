/**
 * Stands in for office.js in the browser tests of the add-in "inside Excel": it installs the
 * recording fake of Excel (test/fakes/recordingExcel.ts) holding a synthetic evaluation workbook,
 * and the fake Office global, as office.js would after its handshake with Excel. Bundled as a
 * classic script by fakeOfficeScript() and served in place of dist/office-js/office.js.
 */
import { FakeOffice } from "../../fakes/fakeOffice";
import { createRecordingExcel } from "../../fakes/recordingExcel";
import { syntheticGrid } from "../../fakes/syntheticGrid";
import { FAKE_WORKBOOK } from "./fakeWorkbook";

declare global {
  interface Window {
    __fakeExcel: { syncs(): number };
  }
}

const excel = createRecordingExcel().loadGrid(syntheticGrid(FAKE_WORKBOOK));
excel.install();
new FakeOffice({ displayLanguage: "vi-VN" }).install();
window.__fakeExcel = { syncs: () => excel.syncCount };
