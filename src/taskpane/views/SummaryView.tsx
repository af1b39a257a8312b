/**
 * The first view: the organisation's verdict with its reasons, the summary numbers, and the colour
 * legend. Before scoring it shows the results stored in the workbook's stamp, if any; for a
 * workbook that cannot be scored, "Không chấm được" and what to fix first instead of a verdict.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportSummary, VerdictReason } from "../../core";
import type { Translate } from "../i18n/translate";
import { ColourLegend } from "./ColourLegend";
import {
  LazySummaryCards,
  LazyUnscorablePanel,
  LazyVerdictPanel,
  ViewLoading,
} from "./lazyViews";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2 },
});

export type SummarySource =
  /** The summary of this session's scoring, or the one stored in the workbook's valid stamp. */
  | { kind: "report" | "stamp"; summary: ReportSummary; reasons: VerdictReason[] }
  /** Scored, but nothing could be: what to fix first. */
  | { kind: "unscorable"; reasons: string[]; hint: string; templateUrl?: string }
  /** Preview: a file is being read. */
  | { kind: "opening"; fileName: string }
  | { kind: "none"; canScore: boolean };

export function SummaryView({ source, t }: { source: SummarySource; t: Translate }) {
  const styles = useStyles();
  switch (source.kind) {
    case "none":
      return (
        <div className={styles.box}>
          <Text className={styles.hint}>
            {source.canScore ? t("summaryNotScoredHint") : t("summaryNotScored")}
          </Text>
          <ColourLegend t={t} />
        </div>
      );
    case "opening":
      return (
        <div className={styles.box}>
          <Text className={styles.hint}>{t("summaryOpening", { fileName: source.fileName })}</Text>
        </div>
      );
    case "unscorable":
      return (
        <div className={styles.box}>
          <ViewLoading label={t("viewLoading")}>
            <LazyUnscorablePanel
              reasons={source.reasons}
              hint={source.hint}
              templateUrl={source.templateUrl}
              t={t}
            />
          </ViewLoading>
        </div>
      );
    case "report":
    case "stamp":
      return (
        <div className={styles.box}>
          {source.kind === "stamp" && <Text className={styles.hint}>{t("summaryFromStamp")}</Text>}
          <ViewLoading label={t("viewLoading")}>
            <LazyVerdictPanel fourGood={source.summary.orgFourGood} reasons={source.reasons} t={t} />
            <LazySummaryCards summary={source.summary} t={t} />
          </ViewLoading>
          <ColourLegend t={t} />
        </div>
      );
  }
}
