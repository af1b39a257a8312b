/**
 * The preview's first view: open an .xlsx (file picker or drag and drop), the sample with data or
 * the blank template, and the plain promise that the file never leaves the computer. Loaded with
 * the preview only (lazyPreview.tsx): the pane in Excel never shows it.
 */
import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  DocumentTable20Regular,
  FolderOpen20Regular,
  LockClosed20Regular,
} from "@fluentui/react-icons";
import { useState, type DragEvent } from "react";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  secondary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  secondaryButton: { justifyContent: "flex-start" },
  templateHint: {
    margin: `-${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, lineHeight: tokens.lineHeightBase300 },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  zoneActive: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  zoneHint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  privacy: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  privacyIcon: { flexShrink: 0 },
  hidden: { display: "none" },
});

export function PrivacyNote({ t }: { t: Translate }) {
  const styles = useStyles();
  return (
    <p className={styles.privacy} data-testid="privacy-note">
      <LockClosed20Regular className={styles.privacyIcon} aria-hidden="true" />
      <span>{t("previewPrivacy")}</span>
    </p>
  );
}

export function PreviewStart(props: {
  t: Translate;
  busy: boolean;
  /** Opens the system's file chooser (the page's one file input). */
  onChooseFile(): void;
  onOpenSample(): void;
  templateUrl?: string;
}) {
  const { t } = props;
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);

  // The drop itself is handled for the whole page (useWindowFileDrop); the zone only shows it.
  const onDragEnter = (event: DragEvent<HTMLDivElement>) => {
    if (event.dataTransfer.types.includes("Files")) setDragging(true);
  };

  return (
    <div className={styles.box} data-testid="preview-start">
      <h2 id="preview-heading" className={styles.heading}>
        {t("previewHeading")}
      </h2>
      <p className={styles.text}>{t("previewIntro")}</p>
      <div
        className={mergeClasses(styles.zone, dragging && styles.zoneActive)}
        onDragEnter={onDragEnter}
        onDragOver={onDragEnter}
        onDragLeave={() => setDragging(false)}
        onDrop={() => setDragging(false)}
        data-testid="drop-zone"
      >
        <Button
          appearance="primary"
          size="large"
          icon={<FolderOpen20Regular />}
          onClick={props.onChooseFile}
          disabledFocusable={props.busy}
        >
          {t("previewChooseFile")}
        </Button>
        <span className={styles.zoneHint}>{t("previewDropHint")}</span>
      </div>
      <div className={styles.secondary}>
        <Button
          className={styles.secondaryButton}
          appearance="subtle"
          icon={<DocumentTable20Regular />}
          onClick={props.onOpenSample}
          disabledFocusable={props.busy}
        >
          {t("previewOpenSample")}
        </Button>
        {props.templateUrl && (
          <>
            <Button
              as="a"
              className={styles.secondaryButton}
              appearance="subtle"
              icon={<ArrowDownload20Regular />}
              href={props.templateUrl}
              download
              data-testid="template-link"
            >
              {t("previewTemplate")}
            </Button>
            <p className={styles.templateHint}>{t("previewTemplateHint")}</p>
          </>
        )}
      </div>
      <PrivacyNote t={t} />
    </div>
  );
}
