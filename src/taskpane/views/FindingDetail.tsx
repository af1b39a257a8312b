/**
 * The detail a chosen finding opens right under itself: the value as read from the file (the
 * preview, where nothing can be selected), what is expected, and what to do. A shortfall says it
 * is no data error. The rule code is there as secondary text for whoever supports the clerk.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { DetailedFinding, Ruleset } from "../../core";
import type { Translate } from "../i18n/translate";
import { expectedText, fixText } from "../model/findingText";
import { revealUnder } from "./revealUnder";

const useStyles = makeStyles({
  detail: {
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(84px, auto) 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  name: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  code: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** The value as a clerk reads it: “8”, (ô trống), or why it is not known. */
export function shownValue(value: string | null | undefined, t: Translate): string {
  if (value === undefined) return t("detailValueLoading");
  if (value === null) return t("detailValueUnknown");
  if (value === "") return t("detailValueEmpty");
  return `“${value}”`;
}

export function FindingDetail(props: {
  id: string;
  finding: DetailedFinding;
  ruleset: Ruleset;
  /** The sheet cell's value; absent where the host selects the cell instead (Excel). */
  value: string | null | undefined;
  selectsCells: boolean;
  t: Translate;
}) {
  const { finding, t } = props;
  const styles = useStyles();
  const expected = expectedText(finding, props.ruleset, t);
  const ref = useRef<HTMLDivElement>(null);
  // Opened under the finding (the element before it): in view, the finding kept in view too.
  useEffect(() => {
    if (ref.current) revealUnder(ref.current, ref.current.previousElementSibling);
  }, []);
  return (
    <div
      ref={ref}
      id={props.id}
      className={styles.detail}
      role="region"
      aria-label={t("detailHeading")}
      data-testid="finding-detail"
    >
      <dl className={styles.facts}>
        <dt className={styles.name}>{t("detailValue")}</dt>
        <dd className={styles.value} data-testid="detail-value">
          {props.selectsCells ? t("detailValueInExcel") : shownValue(props.value, t)}
        </dd>
        {expected && (
          <>
            <dt className={styles.name}>{t("detailExpected")}</dt>
            <dd className={styles.value}>{expected}</dd>
          </>
        )}
        <dt className={styles.name}>{t("detailFix")}</dt>
        <dd className={styles.value}>{fixText(finding.rule, t)}</dd>
      </dl>
      <p className={styles.code}>{t("detailCode", { rule: finding.rule })}</p>
    </div>
  );
}
