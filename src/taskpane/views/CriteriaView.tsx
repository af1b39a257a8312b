/**
 * The ruleset as a clerk reads it: its title, source and version; per criterion its maximum and
 * "met" threshold, and per indicator its target and a small table of points ("12 buổi → 10
 * điểm", "11 buổi → 5 điểm", "còn lại → 0 điểm"); then the organisation's thresholds. Generated
 * from the ruleset data, so a province's own ruleset shows its own title, source and numbers.
 */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Criterion, Indicator, Ruleset } from "../../core";
import { formatCount, formatPercent } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import { pointsRows, targetText } from "../model/rulesetText";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  ruleset: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  rulesetTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  rulesetLine: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  fourGoodRule: { margin: 0 },
  criterion: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rule: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  indicators: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  indicator: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  indicatorTitle: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  target: { margin: 0, fontSize: tokens.fontSizeBase300 },
  targetName: { color: tokens.colorNeutralForeground2 },
  points: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    alignSelf: "flex-start",
  },
  pointsHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: `0 ${tokens.spacingHorizontalM} 0 0`,
  },
  level: { padding: `1px ${tokens.spacingHorizontalM} 1px 0`, textAlign: "left" },
  arrow: { color: tokens.colorNeutralForeground2, padding: `0 ${tokens.spacingHorizontalS} 0 0` },
  pointsValue: { fontVariantNumeric: "tabular-nums", textAlign: "right", whiteSpace: "nowrap" },
  orgList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

function IndicatorItem({ indicator, t }: { indicator: Indicator; t: Translate }) {
  const styles = useStyles();
  const title = indicator.title[t.lang];
  return (
    <li className={styles.indicator} data-indicator={indicator.key}>
      <h4 className={styles.indicatorTitle}>
        <span>{title}</span>
        {indicator.veto && (
          <Badge appearance="outline" color="danger" shape="rounded" size="medium">
            {t("criteriaVeto")}
          </Badge>
        )}
      </h4>
      <p className={styles.target}>
        <span className={styles.targetName}>{t("criteriaTarget")}: </span>
        {targetText(indicator.target, indicator, t)}
        {indicator.kind === "rate" ? ` (${t("criteriaRateOfMembers")})` : ""}
      </p>
      <table className={styles.points} data-testid="points-table">
        <caption className={styles.hidden}>
          {t("criteriaPointsCaption", { indicator: title })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.pointsHead}>
              {t("criteriaLevel")}
            </th>
            <td aria-hidden="true" />
            <th scope="col" className={styles.pointsHead}>
              {t("criteriaPoints")}
            </th>
          </tr>
        </thead>
        <tbody>
          {pointsRows(indicator, t).map((row) => (
            <tr key={row.level}>
              <th scope="row" className={styles.level}>
                {row.level}
              </th>
              <td className={styles.arrow} aria-hidden="true">
                →
              </td>
              <td className={styles.pointsValue}>
                {t("criteriaPointsValue", { points: formatCount(row.points, t.lang) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

function CriterionSection({ criterion, t }: { criterion: Criterion; t: Translate }) {
  const styles = useStyles();
  const hasVeto = criterion.indicators.some((indicator) => indicator.veto);
  return (
    <section
      className={styles.criterion}
      aria-labelledby={`criterion-${criterion.id}`}
      data-criterion={criterion.id}
    >
      <h3 id={`criterion-${criterion.id}`} className={styles.heading}>
        {criterion.id}. {criterion.title[t.lang]}
      </h3>
      <p className={styles.rule}>
        {t(hasVeto ? "criteriaGoodRuleVeto" : "criteriaGoodRule", {
          max: formatCount(criterion.maxPoints, t.lang),
          good: formatCount(criterion.goodAtLeast, t.lang),
        })}
      </p>
      <ul className={styles.indicators}>
        {criterion.indicators.map((indicator) => (
          <IndicatorItem key={indicator.key} indicator={indicator} t={t} />
        ))}
      </ul>
    </section>
  );
}

export function CriteriaView({ ruleset, t }: { ruleset: Ruleset; t: Translate }) {
  const styles = useStyles();
  const org = ruleset.organization;
  return (
    <div className={styles.box} data-testid="criteria">
      <section className={styles.ruleset} aria-labelledby="ruleset-title" data-testid="ruleset">
        <h2 id="ruleset-title" className={styles.rulesetTitle}>
          {ruleset.title[t.lang]}
        </h2>
        {ruleset.source && (
          <p className={styles.rulesetLine} data-testid="ruleset-source">
            {t("criteriaSource", { source: ruleset.source[t.lang] })}
          </p>
        )}
        <p className={styles.rulesetLine} data-testid="ruleset-version">
          {t("criteriaVersion", { id: ruleset.id, version: ruleset.version })}
        </p>
      </section>
      <p className={styles.fourGoodRule}>
        {t("criteriaFourGoodRule", { count: formatCount(ruleset.criteria.length, t.lang) })}
      </p>
      {ruleset.criteria.map((criterion) => (
        <CriterionSection key={criterion.id} criterion={criterion} t={t} />
      ))}
      <section className={styles.criterion} aria-labelledby="criteria-org">
        <h3 id="criteria-org" className={styles.heading}>
          {t("criteriaOrgHeading")}
        </h3>
        <ul className={styles.orgList}>
          <li>{t("criteriaOrgShare", { share: formatPercent(org.minFourGoodShare, t.lang) })}</li>
          <li>
            {t("criteriaOrgMinScored", {
              count: formatCount(Math.max(1, org.minScoredCells), t.lang),
            })}
          </li>
          {org.forbiddenCellRatings.length > 0 && (
            <li>{t("criteriaOrgForbidden", { ratings: org.forbiddenCellRatings.join(", ") })}</li>
          )}
          {org.noErrors && <li>{t("criteriaOrgNoErrors")}</li>}
        </ul>
      </section>
    </div>
  );
}
