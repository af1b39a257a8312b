/**
 * A cell as the clerk sees it (spec §1, v2): a number in a date format shows as that date in its
 * format, for the messages of E_TYPE ("a date, not a number") and of the year on "Thông tin"; a
 * number in a format made only of zeros is padded (codes).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  dateAsShown,
  displayText,
  numberAsShown,
  serialDateParts,
  zeroPadWidth,
} from "./displayText";

describe("dates as Excel shows them", () => {
  const cases: [number, string, string][] = [
    [46006, "dd/mm/yyyy", "15/12/2025"],
    [46006, "d/m/yyyy", "15/12/2025"],
    [45658, "d/m/yyyy", "1/1/2025"],
    [45658, "dd/mm/yy", "01/01/25"],
    [45658, "mm/dd/yyyy", "01/01/2025"],
    [45658, "m/d/yy", "1/1/25"],
    [45658, "yyyy-mm-dd", "2025-01-01"],
    [45658, "d-mmm-yy", "1-Jan-25"],
    [45658, "[$-409]d-mmm-yy;@", "1-Jan-25"],
    [46006, "dd mmmm yyyy", "15 December 2025"],
    [46006, "mmm-yy", "Dec-25"],
    [46006, "mmmmm", "D"],
    [46006, "dddd, dd/mm/yyyy", "Monday, 15/12/2025"],
    [46006, "ddd d", "Mon 15"],
    [46006, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", "Monday, December 15, 2025"],
    [46006, '"Ngày "dd" tháng "mm" năm "yyyy', "Ngày 15 tháng 12 năm 2025"],
    [46006.5, "dd/mm/yyyy hh:mm", "15/12/2025 12:00"],
    [0.75, "h:mm", "18:00"],
    [0.75, "h:mm AM/PM", "6:00 PM"],
    [0.3125, "hh:mm:ss", "07:30:00"],
    [0.3125, "h:mm:ss A/P", "7:30:00 A"],
    [1.5, "[h]:mm", "36:00"],
    [0.0208333333, "mm:ss", "30:00"],
    [2025, "dd/mm/yyyy", "17/07/1905"],
    [60, "dd/mm/yyyy", "29/02/1900"],
    [61, "dd/mm/yyyy", "01/03/1900"],
    [1, "dd/mm/yyyy", "01/01/1900"],
    [59, "d/m/yyyy", "28/2/1900"],
    [45000, "dd/mm/yyyy", "15/03/2023"],
  ];
  for (const [serial, format, shown] of cases) {
    it(`${serial} in "${format}" shows "${shown}"`, () => {
      assert.equal(dateAsShown(serial, format), shown);
    });
  }

  it("weekdays as Excel counts them (1900-01-01 a Sunday, right from March 1900)", () => {
    assert.equal(serialDateParts(1)?.weekday, 0);
    assert.equal(serialDateParts(61)?.weekday, 4);
    assert.equal(serialDateParts(46006)?.weekday, 1);
  });

  it("a serial out of Excel's range shows its digits", () => {
    assert.equal(dateAsShown(-1, "dd/mm/yyyy"), "-1");
    assert.equal(dateAsShown(3e6, "dd/mm/yyyy"), "3000000");
  });
});

describe("displayText", () => {
  it("a number in a date format: the date; in a zeros format: padded; else its digits", () => {
    assert.equal(displayText(46006, "dd/mm/yyyy"), "15/12/2025");
    assert.equal(displayText(45000, "General"), "45000");
    assert.equal(displayText(1, "00"), "01");
    assert.equal(displayText(0.92, "0%"), "0.92");
    assert.equal(displayText("2025", "dd/mm/yyyy"), "2025");
    assert.equal(displayText({ error: "#N/A" }), "#N/A");
    assert.equal(displayText(null), "");
  });
});

describe("codes in a format made only of zeros", () => {
  it("zeroPadWidth: only formats of zeros", () => {
    assert.equal(zeroPadWidth("00"), 2);
    assert.equal(zeroPadWidth("0000"), 4);
    for (const format of ["0", "General", "#,##0", "0.00", '"CB"00', "00;-00", "@"]) {
      assert.equal(zeroPadWidth(format), format === "0" ? 1 : null, format);
    }
  });

  it("numberAsShown pads integers to the width, keeps longer ones and fractions", () => {
    assert.equal(numberAsShown(1, "00"), "01");
    assert.equal(numberAsShown(7, "000"), "007");
    assert.equal(numberAsShown(123, "00"), "123");
    assert.equal(numberAsShown(-1, "00"), "-01");
    assert.equal(numberAsShown(1.5, "00"), "1.5");
    assert.equal(numberAsShown(1, "General"), "1");
  });
});
