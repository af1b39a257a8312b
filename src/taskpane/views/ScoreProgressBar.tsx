/** Progress while scoring: the phase in words, and a bar that fills when the host reports counts. */
import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatCount } from "../format/formatNumber";
import type { ScoreProgress } from "../../host";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
});

export function progressText(progress: ScoreProgress, t: Translate): string {
  const phase =
    progress.phase === "reading"
      ? t("progressReading")
      : progress.phase === "checking"
        ? t("progressChecking")
        : progress.phase === "writing"
          ? t("progressWriting")
          : t("progressDone");
  if (progress.done === undefined || !progress.total) return phase;
  return t("progressCounted", {
    phase,
    done: formatCount(progress.done, t.lang),
    total: formatCount(progress.total, t.lang),
  });
}

export function ScoreProgressBar({ progress, t }: { progress: ScoreProgress; t: Translate }) {
  const styles = useStyles();
  const text = progressText(progress, t);
  const known = progress.done !== undefined && progress.total !== undefined && progress.total > 0;
  return (
    <div className={styles.box} data-testid="score-progress">
      <Text size={200}>{text}</Text>
      <ProgressBar
        thickness="large"
        value={known ? Math.min(1, (progress.done ?? 0) / (progress.total ?? 1)) : undefined}
        aria-label={t("progressLabel")}
        aria-valuetext={text}
      />
    </div>
  );
}
