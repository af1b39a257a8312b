/**
 * Progress of a run, from its first moment: the stage in words with a percentage when the host
 * can count ("Đang đọc tệp… 40%", "Đang chấm điểm…"), a bar (moving without a count), and, for
 * a file being read in the preview, its name and "Hủy".
 */
import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { formatPercent } from "../format/formatNumber";
import type { ScoreProgress } from "../../host";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  line: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "24px",
  },
  text: {
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase300,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  file: { color: tokens.colorNeutralForeground2 },
});

/** The fraction done, when the host counts this stage. */
export function progressFraction(progress: ScoreProgress): number | null {
  if (progress.done === undefined || !progress.total) return null;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

export function progressText(
  progress: ScoreProgress,
  t: Translate,
  hostKind: "excel" | "preview" = "preview",
): string {
  const phase =
    progress.phase === "loading"
      ? t("progressLoading")
      : progress.phase === "reading"
        ? t(hostKind === "excel" ? "progressReadingWorkbook" : "progressReadingFile")
        : progress.phase === "checking"
          ? t("progressChecking")
          : progress.phase === "writing"
            ? t("progressWriting")
            : t("progressDone");
  const fraction = progressFraction(progress);
  if (fraction === null || progress.phase === "done") return phase;
  return t("progressPercent", {
    phase,
    percent: formatPercent(Math.floor(fraction * 100), t.lang),
  });
}

export function ScoreProgressBar(props: {
  progress: ScoreProgress;
  t: Translate;
  hostKind: "excel" | "preview";
  /** The file being read (preview). */
  fileName?: string | null;
  onCancel?: () => void;
}) {
  const { progress, t } = props;
  const styles = useStyles();
  const text = progressText(progress, t, props.hostKind);
  const fraction = progressFraction(progress);
  return (
    <div className={styles.box} data-testid="score-progress">
      <div className={styles.line}>
        <span className={styles.text} data-testid="progress-text">
          {text}
          {props.fileName && (
            <span className={styles.file}>
              {" "}
              {t("progressOpening", { fileName: props.fileName })}
            </span>
          )}
        </span>
        {props.onCancel && (
          <Button
            size="small"
            appearance="secondary"
            icon={<Dismiss20Regular />}
            onClick={props.onCancel}
            aria-label={
              props.fileName ? t("cancelOpeningLabel", { fileName: props.fileName }) : undefined
            }
            data-testid="cancel-opening"
          >
            {t("cancelOpening")}
          </Button>
        )}
      </div>
      <ProgressBar
        thickness="large"
        value={fraction ?? undefined}
        aria-label={t("progressLabel")}
        aria-valuetext={text}
      />
    </div>
  );
}
