/** What the marks' colours in the workbook mean: the same entries as the report sheet's legend. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../i18n/translate";
import { SEVERITY_ORDER, legendEntry } from "./severityLegend";

const useStyles = makeStyles({
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    minWidth: "56px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  description: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function ColourLegend({ t }: { t: Translate }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading" className={styles.heading}>
        {t("legendHeading")}
      </h2>
      <ul className={styles.list}>
        {SEVERITY_ORDER.map((severity) => {
          const entry = legendEntry(severity);
          return (
            <li key={severity} className={styles.item} data-severity={severity}>
              <span
                className={styles.swatch}
                style={{ backgroundColor: entry.colour.fill, color: entry.colour.font }}
              >
                {entry.label[t.lang]}
              </span>
              <span className={styles.description}>{entry.description[t.lang]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
