/**
 * The preview's first view: open an .xlsx (file picker or drag and drop) or the bundled sample,
 * and the plain promise that the file never leaves the computer.
 */
import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import {
  DocumentTable20Regular,
  FolderOpen20Regular,
  LockClosed20Regular,
} from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, lineHeight: tokens.lineHeightBase300 },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
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

export const XLSX_ACCEPT =
  ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function PrivacyNote({ t }: { t: Translate }) {
  const styles = useStyles();
  return (
    <p className={styles.privacy} data-testid="privacy-note">
      <LockClosed20Regular className={styles.privacyIcon} aria-hidden="true" />
      <span>{t("previewPrivacy")}</span>
    </p>
  );
}

/** A hidden file input driven by a visible Fluent button, so the picker opens from the keyboard too. */
export function useFilePicker(onFile: (file: File) => void) {
  const inputRef = useRef<HTMLInputElement>(null);
  const open = () => inputRef.current?.click();
  const input = (
    <input
      ref={inputRef}
      type="file"
      accept={XLSX_ACCEPT}
      hidden
      tabIndex={-1}
      aria-hidden="true"
      data-testid="file-input"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = "";
        if (file) onFile(file);
      }}
    />
  );
  return { open, input };
}

export function PreviewStart(props: {
  t: Translate;
  busy: boolean;
  onOpen(source: File | "sample"): void;
}) {
  const { t } = props;
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const picker = useFilePicker((file) => props.onOpen(file));

  // The drop itself is handled for the whole page (useWindowFileDrop); the zone only shows it.
  const onDragEnter = (event: DragEvent<HTMLDivElement>) => {
    if (event.dataTransfer.types.includes("Files")) setDragging(true);
  };

  return (
    <main className={styles.box} aria-labelledby="preview-heading" data-testid="preview-start">
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
          icon={<FolderOpen20Regular />}
          onClick={picker.open}
          disabledFocusable={props.busy}
        >
          {t("previewChooseFile")}
        </Button>
        <span className={styles.zoneHint}>{t("previewDropHint")}</span>
        {picker.input}
      </div>
      <Button
        icon={<DocumentTable20Regular />}
        onClick={() => props.onOpen("sample")}
        disabledFocusable={props.busy}
      >
        {t("previewOpenSample")}
      </Button>
      <PrivacyNote t={t} />
    </main>
  );
}
