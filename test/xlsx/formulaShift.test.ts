/** Moving a formula as Excel fills it: relative parts shift, absolute parts and literals stay. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { shiftFormulaReferences } from "../../src/xlsx/patch/formulaShift";

describe("shiftFormulaReferences", () => {
  it("shifts relative rows and columns, keeps absolute ones", () => {
    assert.equal(shiftFormulaReferences("SUM(Q7:T7)", 3, 0), "SUM(Q10:T10)");
    assert.equal(shiftFormulaReferences("$A$1+A$1+$A1+A1", 2, 1), "$A$1+B$1+$A3+B3");
  });

  it("shifts whole-column and whole-row ranges and sheet-qualified references", () => {
    assert.equal(shiftFormulaReferences("SUM(B:C)+SUM(2:3)+SUM($D:$D)", 1, 1), "SUM(C:D)+SUM(3:4)+SUM($D:$D)");
    assert.equal(shiftFormulaReferences("'Đảng viên'!C2+Sheet2!A1", 1, 0), "'Đảng viên'!C3+Sheet2!A2");
  });

  it("leaves strings, quoted sheet names, functions and structured references alone", () => {
    assert.equal(shiftFormulaReferences('IF(A1="B2",LOG10(C3),"x""A1")', 1, 0), 'IF(A2="B2",LOG10(C4),"x""A1")');
    assert.equal(shiftFormulaReferences("'A1'!B1+Bang1[[#This Row],[C1]]", 1, 0), "'A1'!B2+Bang1[[#This Row],[C1]]");
    assert.equal(shiftFormulaReferences("ATAN2(1,2)+1.5E3+TRUE", 4, 4), "ATAN2(1,2)+1.5E3+TRUE");
  });

  it("turns a reference pushed off the sheet into #REF!", () => {
    assert.equal(shiftFormulaReferences("A1+B2", -1, 0), "#REF!+B1");
    assert.equal(shiftFormulaReferences("SUM(A1:B2)", 0, -1), "SUM(#REF!:A2)");
  });

  it("returns the formula unchanged for a zero move", () => {
    assert.equal(shiftFormulaReferences("SUM(A1:A3)", 0, 0), "SUM(A1:A3)");
  });
});
