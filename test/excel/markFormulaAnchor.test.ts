import { test } from "node:test";
import assert from "node:assert/strict";
import { shiftFormula } from "../../src/excel/markFormulaAnchor";

test("a formula anchored at the plan's first cell moves with the chunk's first cell", () => {
  assert.equal(
    shiftFormula('=AND(N("chibo4tot-mark")=0,ISNUMBER(F9),F9<12)', "F9", "F1009"),
    '=AND(N("chibo4tot-mark")=0,ISNUMBER(F1009),F1009<12)',
  );
});

test("absolute parts stay, relative parts move, by row and by column", () => {
  assert.equal(shiftFormula("=M9*10<$D9*9", "M9", "M20"), "=M20*10<$D20*9");
  assert.equal(
    shiftFormula("=COUNTIF($C$9:$C$500,C9)>1", "C9", "C12"),
    "=COUNTIF($C$9:$C$500,C12)>1",
  );
  assert.equal(shiftFormula("=D$9+$D9+D9", "D9", "F11"), "=F$9+$D11+F11");
});

test("text in quotes, quoted sheet names and function names are not references", () => {
  assert.equal(
    shiftFormula('=AND(N("F9 A1")=0,LOG10(B2)>0)', "B2", "B3"),
    '=AND(N("F9 A1")=0,LOG10(B3)>0)',
  );
  assert.equal(shiftFormula("='Sheet A1'!B2=1", "B2", "B4"), "='Sheet A1'!B4=1");
  assert.equal(shiftFormula('=ISTEXT("say ""A1""")', "A1", "A9"), '=ISTEXT("say ""A1""")');
});

test("whole-column references move by columns only", () => {
  assert.equal(shiftFormula("=COUNTIF(C:C,C9)>1", "C9", "D12"), "=COUNTIF(D:D,D12)>1");
  assert.equal(shiftFormula("=COUNTIF($C:$C,C9)>1", "C9", "C12"), "=COUNTIF($C:$C,C12)>1");
});

test("the same anchor leaves the formula untouched", () => {
  const formula = '=AND(N("chibo4tot-mark")=0,LEN(TRIM(C9))=0)';
  assert.equal(shiftFormula(formula, "C9", "C9"), formula);
});

test("a move that would leave the sheet is refused", () => {
  assert.throws(() => shiftFormula("=A9>0", "B9", "A9"), RangeError);
});
