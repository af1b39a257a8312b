/**
 * The first view: the summary tiles, the organisation's verdict with its reasons, and the colour
 * legend. Before scoring it shows the results stored in the workbook's stamp, if any.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportSummary } from "../../core";
import type { Translate } from "../i18n/translate";
import type { VerdictReason } from "../../core";
import { ColourLegend } from "./ColourLegend";
import { SummaryCards } from "./SummaryCards";
import { VerdictPanel } from "./VerdictPanel";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
});

export type SummarySource =
  /** The summary of this session's scoring, or the one stored in the workbook's valid stamp. */
  | { kind: "report" | "stamp"; summary: ReportSummary; reasons: VerdictReason[] }
  | { kind: "none"; canScore: boolean };

export function SummaryView({ source, t }: { source: SummarySource; t: Translate }) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      {source.kind === "none" ? (
        <Text className={styles.hint}>
          {source.canScore ? t("summaryNotScoredHint") : t("summaryNotScored")}
        </Text>
      ) : (
        <>
          {source.kind === "stamp" && <Text className={styles.hint}>{t("summaryFromStamp")}</Text>}
          <h2 className={styles.heading}>{t("summaryHeading")}</h2>
          <SummaryCards summary={source.summary} t={t} />
          <VerdictPanel fourGood={source.summary.orgFourGood} reasons={source.reasons} t={t} />
        </>
      )}
      <ColourLegend t={t} />
    </div>
  );
}
