/**
 * The rules the engine runs, each declaring its finding types and its hooks (rule.ts). The
 * runner runs this list and nothing else; every code of the finding catalogue is reported by a
 * rule here (ruleList.test.ts checks).
 */
import { consistencyRule } from "./consistency";
import { duplicateCodeRule } from "./duplicateCode";
import { expectedRulesetRule } from "./expectedRuleset";
import { infoSheetRule } from "./infoSheet";
import { layoutDiffersRule } from "./layoutDiffers";
import { legacyEncodingRule } from "./legacyEncoding";
import { normalizedValueRule } from "./normalizedValue";
import { requiredValueRule } from "./requiredValue";
import { rosterCrossRule } from "./rosterCross";
import type { Rule } from "./rule";
import { shortfallRule } from "./shortfall";
import { smallCellRule } from "./smallCell";
import { tableStructureRule } from "./tableStructure";
import { totalRowRule } from "./totalRow";
import { valueRangeRule } from "./valueRange";
import { valueTypeRule } from "./valueType";

export const RULES: readonly Rule[] = [
  infoSheetRule,
  tableStructureRule,
  requiredValueRule,
  valueTypeRule,
  valueRangeRule,
  normalizedValueRule,
  consistencyRule,
  smallCellRule,
  shortfallRule,
  duplicateCodeRule,
  totalRowRule,
  rosterCrossRule,
  layoutDiffersRule,
  legacyEncodingRule,
  expectedRulesetRule,
];
