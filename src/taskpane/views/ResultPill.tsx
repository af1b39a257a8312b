/**
 * A Party cell's result at body size: an icon of its own shape and the words, dark text on a
 * light tint (contrast above 4.5:1 for every result), so neither colour nor size carries it alone.
 */
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ErrorCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import type { Translate } from "../i18n/translate";
import type { PartyCellResult } from "../model/cellRows";

const useStyles = makeStyles({
  pill: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "nowrap",
  },
  fourGood: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder2),
  },
  notFourGood: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    ...shorthands.borderColor(tokens.colorPaletteMarigoldBorder2),
  },
  dataError: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
  },
  iconGood: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  iconNotGood: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  iconError: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
});

export function resultLabel(result: PartyCellResult, t: Translate): string {
  return result === "fourGood"
    ? t("resultFourGood")
    : result === "notFourGood"
      ? t("resultNotFourGood")
      : t("resultDataError");
}

export function ResultPill({ result, t }: { result: PartyCellResult; t: Translate }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.pill, styles[result])} data-result={result}>
      {result === "fourGood" ? (
        <CheckmarkCircle16Filled className={styles.iconGood} aria-hidden="true" />
      ) : result === "notFourGood" ? (
        <Warning16Filled className={styles.iconNotGood} aria-hidden="true" />
      ) : (
        <ErrorCircle16Filled className={styles.iconError} aria-hidden="true" />
      )}
      {resultLabel(result, t)}
    </span>
  );
}
