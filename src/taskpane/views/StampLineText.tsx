/** The stamp line: "Đã chấm điểm lúc 14:05 24/11/2026 · dữ liệu không đổi", and its two siblings. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatDateTime } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import type { StampLine } from "../model/stampLine";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  dot: { width: "8px", height: "8px", borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  ok: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  changed: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
  neutral: { backgroundColor: tokens.colorNeutralForeground3 },
  changedText: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function stampLineText(line: StampLine, t: Translate): string {
  switch (line.kind) {
    case "checking":
      return t("stampChecking");
    case "scored":
      return t("stampScored", { time: formatDateTime(line.scoredAt) });
    case "scoredNotSaved":
      return t("stampScoredNotSaved", { time: formatDateTime(line.scoredAt) });
    case "changedSinceStamp":
      return t("stampChangedSinceStamp");
    case "changed":
      return t("stampChanged");
    case "unscorable":
      return t("stampUnscorable");
    case "opening":
      return t("stampOpening");
    case "none":
      return t("stampNone");
  }
}

export function StampLineText({ line, t }: { line: StampLine; t: Translate }) {
  const styles = useStyles();
  const tone =
    line.kind === "changed" || line.kind === "unscorable"
      ? styles.changed
      : line.kind === "scored" || line.kind === "scoredNotSaved"
        ? styles.ok
        : styles.neutral;
  return (
    <div className={styles.line} data-testid="stamp-line">
      <span className={mergeClasses(styles.dot, tone)} aria-hidden="true" />
      <Text
        size={200}
        className={
          line.kind === "changed" || line.kind === "changedSinceStamp" || line.kind === "unscorable"
            ? styles.changedText
            : undefined
        }
      >
        {stampLineText(line, t)}
      </Text>
    </div>
  );
}
