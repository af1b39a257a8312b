/**
 * The top of the pane, sticky while the content scrolls: the product and the workbook, whether
 * its results can be trusted (the stamp line), the view's one primary action with the others in
 * a "…" menu, the language, the progress of a run, and the view tabs. Compact, so that at
 * 350×620 the verdict and the counts are visible below it without scrolling.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import type { Lang } from "../../core";
import type { Translate } from "../i18n/translate";
import type { StampLine } from "../model/stampLine";
import { LanguageButton } from "./LanguageButton";
import { ActionMenuButton } from "./lazyMenu";
import type { MenuAction } from "./MenuButton";
import { StampLineText } from "./StampLineText";

const useStyles = makeStyles({
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  workbook: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  language: { flexShrink: 0, minWidth: 0 },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  primary: { minWidth: 0, flexShrink: 1 },
});

export interface PrimaryAction {
  label: string;
  icon: ReactElement;
  onClick(): void;
  disabled?: boolean;
  testId?: string;
}

export interface AppHeaderProps {
  t: Translate;
  /** The workbook: the preview's file name, the organisation and year once scored. */
  workbookLine: string | null;
  stampLine: StampLine | null;
  primary: PrimaryAction | null;
  menu: readonly MenuAction[];
  onLanguageChange(lang: Lang): void;
  /** The progress of a run, shown under the actions. */
  progress?: ReactNode;
  /** The view tabs, at the bottom of the header. */
  tabs?: ReactNode;
}

export function AppHeader(props: AppHeaderProps) {
  const { t } = props;
  const styles = useStyles();
  return (
    <header className={styles.header} data-testid="app-header">
      <div className={styles.titleRow}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          {props.workbookLine && (
            <span
              className={styles.workbook}
              data-testid="workbook-line"
              title={props.workbookLine}
            >
              {props.workbookLine}
            </span>
          )}
        </div>
        <LanguageButton
          className={styles.language}
          t={t}
          onLanguageChange={props.onLanguageChange}
        />
      </div>
      {props.stampLine && <StampLineText t={t} line={props.stampLine} />}
      {(props.primary || props.menu.length > 0) && (
        <div className={styles.actions}>
          {props.primary && (
            <Button
              className={styles.primary}
              appearance="primary"
              icon={props.primary.icon}
              onClick={props.primary.onClick}
              disabledFocusable={props.primary.disabled}
              data-testid={props.primary.testId}
            >
              {props.primary.label}
            </Button>
          )}
          {props.menu.length > 0 && (
            <ActionMenuButton label={t("moreActions")} actions={props.menu} testId="more-actions" />
          )}
        </div>
      )}
      {props.progress}
      {props.tabs}
    </header>
  );
}
