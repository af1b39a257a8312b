/**
 * The top of the pane: what workbook this is, whether its results can be trusted (the stamp
 * line), and the actions: score, clear marks, language.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, Eraser20Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import type { Translate } from "../i18n/translate";
import type { StampLine } from "../model/stampLine";
import { LanguageButton } from "./LanguageButton";
import { StampLineText } from "./StampLineText";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  titleRow: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  workbook: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AppHeaderProps {
  t: Translate;
  organization: string | null;
  year: number | null;
  stampLine: StampLine | null;
  showScore: boolean;
  canScore: boolean;
  scoring: boolean;
  onScore(): void;
  showClearMarks: boolean;
  canClearMarks: boolean;
  onClearMarks(): void;
  onLanguageChange(lang: Lang): void;
}

export function AppHeader(props: AppHeaderProps) {
  const { t } = props;
  const styles = useStyles();
  const workbookLine = [
    props.organization,
    props.year !== null ? t("headerYear", { year: props.year }) : null,
  ].filter((part): part is string => Boolean(part));

  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          {workbookLine.length > 0 && (
            <Text size={300} className={styles.workbook} data-testid="workbook-line">
              {workbookLine.join(" · ")}
            </Text>
          )}
        </div>
        <LanguageButton t={t} onLanguageChange={props.onLanguageChange} />
      </div>
      {props.stampLine && <StampLineText t={t} line={props.stampLine} />}
      {(props.showScore || props.showClearMarks) && (
        <div className={styles.actions}>
          {props.showScore && (
            <Button
              appearance="primary"
              icon={<CheckmarkCircle20Regular />}
              onClick={props.onScore}
              disabledFocusable={!props.canScore}
              data-testid="score-button"
            >
              {props.scoring ? t("scoreButtonBusy") : t("scoreButton")}
            </Button>
          )}
          {props.showClearMarks && (
            <Button
              icon={<Eraser20Regular />}
              onClick={props.onClearMarks}
              disabledFocusable={!props.canClearMarks}
            >
              {t("clearMarksButton")}
            </Button>
          )}
        </div>
      )}
    </header>
  );
}
