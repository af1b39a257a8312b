/**
 * The ruleset as a clerk reads it: per criterion its indicators with points, target and veto, the
 * criterion's maximum and "good" threshold, and the organisation's thresholds. Generated from the
 * ruleset data, so a province's own ruleset shows its own numbers.
 */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Criterion, Indicator, Ruleset } from "../../core";
import { formatCount, formatPercent } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import { indicatorMaxPoints, indicatorUnit, pointsSteps, targetText } from "../model/rulesetText";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  rulesetLine: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
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
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  indicatorTitle: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  factName: { color: tokens.colorNeutralForeground2 },
  factValue: { margin: 0 },
  orgList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function IndicatorItem({ indicator, t }: { indicator: Indicator; t: Translate }) {
  const styles = useStyles();
  const unit = indicatorUnit(indicator);
  const steps = pointsSteps(indicator, t)
    .map((step) => `${step.condition}: ${formatCount(step.points, t.lang)}`)
    .join(" · ");
  return (
    <li className={styles.indicator} data-indicator={indicator.key}>
      <div className={styles.indicatorTitle}>
        <span>{indicator.title[t.lang]}</span>
        {indicator.veto && (
          <Badge appearance="outline" color="danger" shape="rounded" size="small">
            {t("criteriaVeto")}
          </Badge>
        )}
      </div>
      <dl className={styles.facts}>
        {indicator.kind === "rate" && (
          <>
            <dt className={styles.factName}>{t("criteriaMeasure")}</dt>
            <dd className={styles.factValue}>{t("criteriaRateOfMembers")}</dd>
          </>
        )}
        <dt className={styles.factName}>{t("criteriaTarget")}</dt>
        <dd className={styles.factValue}>{targetText(indicator.target, unit, t)}</dd>
        <dt className={styles.factName}>{t("criteriaPoints")}</dt>
        <dd className={styles.factValue}>{steps}</dd>
        <dt className={styles.factName}>{t("criteriaMaxPoints")}</dt>
        <dd className={styles.factValue}>{formatCount(indicatorMaxPoints(indicator), t.lang)}</dd>
      </dl>
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
      <p className={styles.rulesetLine}>
        {t("criteriaRuleset", {
          title: ruleset.title[t.lang],
          id: ruleset.id,
          version: ruleset.version,
        })}
        {ruleset.source ? ` · ${ruleset.source[t.lang]}` : ""}
      </p>
      <p className={styles.rulesetLine}>
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
