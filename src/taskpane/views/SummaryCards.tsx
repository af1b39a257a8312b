/** The summary numbers of the report (the same as the command line prints) as a grid of tiles. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReportSummary } from "../../core";
import { formatCount, formatPercent } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import { fourGoodShare } from "../../core";
import { legendEntry } from "./severityLegend";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(100px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    // The label comes first for screen readers (dt, dd); the number shows on top.
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  good: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
});

interface Tile {
  id: keyof ReportSummary;
  label: string;
  value: number;
  detail?: string;
  accent?: string;
}

export function SummaryCards({ summary, t }: { summary: ReportSummary; t: Translate }) {
  const styles = useStyles();
  const share = fourGoodShare(summary);
  const tiles: Tile[] = [
    { id: "cells", label: t("summaryCells"), value: summary.cells },
    { id: "scored", label: t("summaryScored"), value: summary.scored },
    {
      id: "fourGood",
      label: t("summaryFourGood"),
      value: summary.fourGood,
      detail: share === null ? undefined : formatPercent(share, t.lang),
    },
    {
      id: "errors",
      label: t("summaryErrors"),
      value: summary.errors,
      accent: legendEntry("error").colour.font,
    },
    {
      id: "shortfalls",
      label: t("summaryShortfalls"),
      value: summary.shortfalls,
      accent: legendEntry("shortfall").colour.font,
    },
    {
      id: "warnings",
      label: t("summaryWarnings"),
      value: summary.warnings,
      accent: legendEntry("warning").colour.font,
    },
  ];
  return (
    <dl className={styles.grid} aria-label={t("summaryHeading")}>
      {tiles.map((tile) => (
        <div
          key={tile.id}
          className={mergeClasses(styles.tile, tile.id === "fourGood" && styles.good)}
          style={tile.accent ? { borderLeftColor: tile.accent } : undefined}
          data-testid={`summary-${tile.id}`}
        >
          <dt className={styles.label}>{tile.label}</dt>
          <dd className={styles.value}>
            <span data-testid={`summary-${tile.id}-value`}>{formatCount(tile.value, t.lang)}</span>
            {tile.detail && <span className={styles.detail}> ({tile.detail})</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
