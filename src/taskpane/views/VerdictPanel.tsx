/** The organisation's verdict ("Đảng bộ cơ sở 4 tốt" / "Chưa đạt 4 tốt") and why not. */
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { CheckmarkCircle24Filled, DismissCircle24Filled } from "@fluentui/react-icons";
import { formatCount, formatPercent } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import type { VerdictReason } from "../../core";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid`,
    borderLeftWidth: "4px",
  },
  good: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorderActive),
  },
  notGood: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorderActive),
  },
  label: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  verdict: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  goodIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  notGoodIcon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
});

export function verdictReasonText(reason: VerdictReason, t: Translate): string {
  switch (reason.kind) {
    case "unusable":
      return t("verdictReasonUnusable");
    case "tooFewScored":
      return reason.minimum <= 1
        ? t("verdictReasonNoneScored")
        : t("verdictReasonTooFewScored", {
            scored: formatCount(reason.scored, t.lang),
            minimum: formatCount(reason.minimum, t.lang),
          });
    case "shareBelow":
      return t("verdictReasonShareBelow", {
        share: formatPercent(reason.share, t.lang),
        fourGood: formatCount(reason.fourGood, t.lang),
        scored: formatCount(reason.scored, t.lang),
        minimum: formatPercent(reason.minimumShare, t.lang),
      });
    case "errors":
      return t("verdictReasonErrors", { errors: formatCount(reason.errors, t.lang) });
    case "forbiddenRating":
      return t("verdictReasonForbiddenRating", { ratings: reason.ratings.join(", ") });
  }
}

export function VerdictPanel({
  fourGood,
  reasons,
  t,
}: {
  fourGood: boolean;
  reasons: VerdictReason[];
  t: Translate;
}) {
  const styles = useStyles();
  return (
    <section
      className={mergeClasses(styles.panel, fourGood ? styles.good : styles.notGood)}
      aria-labelledby="verdict-heading"
      data-testid="verdict"
    >
      <h2 id="verdict-heading" className={styles.label}>
        {t("verdictHeading")}
      </h2>
      <p className={styles.verdict} data-testid="verdict-text">
        {fourGood ? (
          <CheckmarkCircle24Filled className={styles.goodIcon} aria-hidden="true" />
        ) : (
          <DismissCircle24Filled className={styles.notGoodIcon} aria-hidden="true" />
        )}
        <span>{fourGood ? t("verdictFourGood") : t("verdictNotFourGood")}</span>
      </p>
      {reasons.length > 0 && (
        <ul className={styles.reasons} aria-label={t("verdictReasonsLabel")}>
          {reasons.map((reason) => (
            <li key={reason.kind}>{verdictReasonText(reason, t)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
