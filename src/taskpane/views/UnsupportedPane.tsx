/**
 * The whole pane when the host cannot run the product (an Excel too old for the features it
 * needs): what is missing and what to use instead, never a half-working pane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle24Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import type { HostError } from "../../host";
import type { Translate } from "../i18n/translate";
import { LanguageButton } from "./LanguageButton";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
  icon: { color: tokens.colorPaletteRedForeground1, fontSize: "40px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  code: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  language: { alignSelf: "flex-start" },
});

export function UnsupportedPane(props: {
  error: HostError;
  hostKind: "excel" | "preview";
  t: Translate;
  onLanguageChange(lang: Lang): void;
}) {
  const { t, error } = props;
  const styles = useStyles();
  return (
    <main className={styles.pane} role="alert" data-testid="unsupported">
      <ErrorCircle24Regular className={styles.icon} aria-hidden="true" />
      <h1 className={styles.title}>
        {t(props.hostKind === "excel" ? "unsupportedTitle" : "unsupportedTitlePreview")}
      </h1>
      <p className={styles.message}>{error.messages[t.lang]}</p>
      <p className={styles.hint}>
        {t(props.hostKind === "excel" ? "unsupportedHint" : "unsupportedHintPreview")}
      </p>
      <p className={styles.code}>{t("errorCode", { code: error.code })}</p>
      <LanguageButton
        className={styles.language}
        t={t}
        onLanguageChange={props.onLanguageChange}
      />
    </main>
  );
}
