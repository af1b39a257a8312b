/** The preview's opened file: its name, open another, and download the marked copy. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  DocumentTable20Regular,
  FolderOpen20Regular,
} from "@fluentui/react-icons";
import type { Translate } from "../i18n/translate";
import { PrivacyNote, useFilePicker } from "./PreviewStart";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  file: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface PreviewFileBarProps {
  t: Translate;
  fileName: string;
  busy: boolean;
  canDownload: boolean;
  onOpen(source: File | "sample"): void;
  onDownload(): void;
}

export function PreviewFileBar(props: PreviewFileBarProps) {
  const { t } = props;
  const styles = useStyles();
  const picker = useFilePicker((file) => props.onOpen(file));
  return (
    <div className={styles.bar} data-testid="preview-file">
      <div className={styles.file}>
        <DocumentTable20Regular aria-hidden="true" />
        <Text
          className={styles.fileName}
          aria-label={t("previewFileLabel", { fileName: props.fileName })}
        >
          {props.fileName}
        </Text>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ArrowDownload20Regular />}
          onClick={props.onDownload}
          disabledFocusable={!props.canDownload || props.busy}
          data-testid="download-button"
        >
          {t("previewDownload")}
        </Button>
        <Button icon={<FolderOpen20Regular />} onClick={picker.open} disabledFocusable={props.busy}>
          {t("previewOpenAnother")}
        </Button>
        {picker.input}
      </div>
      <PrivacyNote t={t} />
    </div>
  );
}
