/** "Không chấm được": no verdict, no score tiles; what to fix first, and where to start from. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentError24Regular } from "@fluentui/react-icons";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `4px solid ${tokens.colorNeutralForeground3}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
  text: { margin: 0 },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  template: { alignSelf: "flex-start" },
});

export function UnscorablePanel(props: {
  reasons: readonly string[];
  hint: string;
  templateUrl?: string;
  t: Translate;
}) {
  const { t } = props;
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby="unscorable-heading" data-testid="unscorable">
      <h2 id="unscorable-heading" className={styles.heading}>
        <DocumentError24Regular className={styles.icon} aria-hidden="true" />
        {t("unscorableTitle")}
      </h2>
      <p className={styles.text}>{t("unscorableIntro")}</p>
      <ol className={styles.reasons}>
        {props.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ol>
      <p className={styles.hint}>{props.hint}</p>
      {props.templateUrl && (
        <Button
          as="a"
          className={styles.template}
          href={props.templateUrl}
          download
          icon={<ArrowDownload20Regular />}
        >
          {t("previewTemplate")}
        </Button>
      )}
    </section>
  );
}
