/**
 * The task pane: wires the state hook to the views. Everything the pane knows about Excel or the
 * preview comes through the TaskpaneHost it is given.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { verdictReasons, type ReportPartyCell, type Ruleset } from "../core";
import { formatCount } from "./format/formatNumber";
import type { TaskpaneHost } from "../host";
import { translatorFor, type Translate } from "./i18n/translate";
import { showsChangedBanner, stampLineOf } from "./model/stampLine";
import type { TaskpaneState, ViewId } from "./state/taskpaneState";
import { useTaskpaneState } from "./state/useTaskpaneState";
import { AppHeader } from "./views/AppHeader";
import {
  LazyPartyCellsTable,
  LazyCriteriaView,
  LazyDefaultCriteriaView,
  LazyFindingsView,
  ViewLoading,
  prefetchResultViews,
} from "./views/lazyViews";
import { LiveRegion } from "./views/LiveRegion";
import { ChangedBanner, HostErrorBar, NoticeBar, noticeText } from "./views/MessageBars";
import { PreviewFileBar } from "./views/PreviewFileBar";
import { PreviewStart } from "./views/PreviewStart";
import { ScoreProgressBar, progressText } from "./views/ScoreProgressBar";
import { SelectedCellNote } from "./views/SelectedCellNote";
import { SummaryView, type SummarySource } from "./views/SummaryView";
import { UnsupportedPane } from "./views/UnsupportedPane";
import { useWindowFileDrop } from "./views/useWindowFileDrop";
import { ViewTabs, viewPanelId, viewTabId } from "./views/ViewTabs";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  app: { display: "flex", flexDirection: "column", minHeight: "100vh" },
  tabs: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0`,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

export interface AppProps {
  host: TaskpaneHost;
  /**
   * The ruleset shown before a result exists (a result, and a checked stamp, carry their own).
   * Without one, the criteria view loads the default ruleset on demand.
   */
  ruleset?: Ruleset;
}

/** What screen readers hear in the live region: progress, then the outcome, then confirmations. */
function liveText(state: TaskpaneState, t: Translate): string {
  if (state.progress) return progressText(state.progress, t);
  if (state.notice) return noticeText(state.notice, t);
  if (state.error) return state.error.messages[t.lang];
  const report = state.outcome?.evaluation.report;
  if (!report) return "";
  const summary = report.summary;
  return t("liveScored", {
    cells: formatCount(summary.cells, t.lang),
    fourGood: formatCount(summary.fourGood, t.lang),
    errors: formatCount(summary.errors, t.lang),
    shortfalls: formatCount(summary.shortfalls, t.lang),
    warnings: formatCount(summary.warnings, t.lang),
    verdict: summary.orgFourGood ? t("verdictFourGood") : t("verdictNotFourGood"),
  });
}

export function App({ host, ruleset: fallbackRuleset }: AppProps) {
  const { state, actions } = useTaskpaneState(host);
  const t = translatorFor(state.lang);
  const styles = useStyles();

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = t("appTitle");
  }, [state.lang, t]);

  // The result views are needed once a result is on its way: load them while the host works.
  const resultExpected =
    state.activity === "scoring" || state.activity === "opening" || state.outcome !== null;
  useEffect(() => {
    if (resultExpected) prefetchResultViews();
  }, [resultExpected]);

  const outcome = state.outcome;
  const report = outcome?.evaluation.report ?? null;
  const ruleset: Ruleset | null =
    outcome?.evaluation.ruleset ?? state.stampState?.ruleset ?? fallbackRuleset ?? null;
  const idle = state.activity === "idle";
  const supported = state.support.status === "supported";
  const isPreview = host.kind === "preview";
  const needsFile = isPreview && state.fileName === null;
  const stampLine = supported && !needsFile ? stampLineOf(state) : null;
  useWindowFileDrop(isPreview && supported, actions.openWorkbook);

  const summarySource = useMemo<SummarySource>(() => {
    if (outcome) {
      const { report: scored } = outcome.evaluation;
      return {
        kind: "report",
        summary: scored.summary,
        reasons: verdictReasons(scored, outcome.evaluation.ruleset),
      };
    }
    const stamp = state.stampState?.status === "valid" ? state.stampState.stamp : null;
    if (stamp && ruleset && !state.dataChanged) {
      return { kind: "stamp", summary: stamp.summary, reasons: verdictReasons(stamp, ruleset) };
    }
    return { kind: "none", canScore: supported };
  }, [outcome, ruleset, state.stampState, state.dataChanged, supported]);

  const available = useMemo(
    () =>
      new Set<ViewId>(
        report ? ["summary", "cells", "findings", "criteria"] : ["summary", "criteria"],
      ),
    [report],
  );
  const view = available.has(state.view) ? state.view : "summary";

  if (state.support.status === "unsupported") {
    return (
      <FluentProvider theme={webLightTheme} className={styles.provider}>
        <UnsupportedPane
          error={state.support.error}
          hostKind={host.kind}
          t={t}
          onLanguageChange={actions.setLanguage}
        />
      </FluentProvider>
    );
  }

  const codeColumn = outcome?.evaluation.layout.cells?.columns.code ?? null;
  const openCell = codeColumn
    ? (cell: ReportPartyCell) => actions.selectCell(cell.sheet, `${codeColumn}${cell.row}`)
    : null;

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <div className={styles.app}>
        <AppHeader
          t={t}
          organization={report?.workbook.organization ?? null}
          year={report?.workbook.year ?? null}
          stampLine={stampLine}
          showScore={!needsFile}
          canScore={idle && supported}
          scoring={state.activity === "scoring"}
          onScore={actions.score}
          showClearMarks={host.capabilities.writesWorkbook}
          canClearMarks={idle && supported}
          onClearMarks={actions.clearMarks}
          onLanguageChange={actions.setLanguage}
        />
        <LiveRegion text={liveText(state, t)} />
        {isPreview && state.fileName !== null && (
          <PreviewFileBar
            t={t}
            fileName={state.fileName}
            busy={!idle}
            canDownload={outcome !== null && host.capabilities.downloadsMarkedCopy}
            onOpen={actions.openWorkbook}
            onDownload={actions.downloadMarkedCopy}
          />
        )}
        {state.progress && <ScoreProgressBar progress={state.progress} t={t} />}
        {state.error && <HostErrorBar error={state.error} t={t} onDismiss={actions.dismissError} />}
        {state.notice && (
          <NoticeBar notice={state.notice} t={t} onDismiss={actions.dismissNotice} />
        )}
        {stampLine && showsChangedBanner(state) && (
          <ChangedBanner t={t} canRescore={idle} onRescore={actions.score} />
        )}
        {needsFile ? (
          supported && <PreviewStart t={t} busy={!idle} onOpen={actions.openWorkbook} />
        ) : (
          <>
            <div className={styles.tabs}>
              <ViewTabs
                t={t}
                view={view}
                available={available}
                counts={
                  report
                    ? {
                        cells: formatCount(report.cells.length, t.lang),
                        findings: formatCount(report.findings.length, t.lang),
                      }
                    : {}
                }
                onChange={actions.setView}
              />
            </div>
            <main
              className={styles.panel}
              id={viewPanelId(view)}
              role="tabpanel"
              aria-labelledby={viewTabId(view)}
            >
              {view === "summary" && <SummaryView source={summarySource} t={t} />}
              {(view === "cells" || view === "findings") &&
                state.selection &&
                !host.capabilities.selectsCells && (
                  <SelectedCellNote selection={state.selection} t={t} />
                )}
              {view === "cells" && outcome && (
                <ViewLoading label={t("viewLoading")}>
                  <LazyPartyCellsTable
                    t={t}
                    cells={outcome.evaluation.report.cells}
                    criteria={outcome.evaluation.ruleset.criteria.map((criterion) => criterion.id)}
                    filter={state.cellFilter}
                    sort={state.cellSort}
                    onFilterChange={actions.setCellFilter}
                    onSortChange={actions.setCellSort}
                    onOpenCell={openCell}
                    caption={t(
                      host.capabilities.selectsCells ? "cellsCaption" : "cellsCaptionPreview",
                    )}
                  />
                </ViewLoading>
              )}
              {view === "findings" && outcome && (
                <ViewLoading label={t("viewLoading")}>
                  <LazyFindingsView
                    t={t}
                    findings={outcome.evaluation.findings}
                    cells={outcome.evaluation.report.cells}
                    grouping={state.findingGrouping}
                    onGroupingChange={actions.setFindingGrouping}
                    onSelect={(finding) => actions.selectCell(finding.sheet, finding.cell)}
                  />
                </ViewLoading>
              )}
              {view === "criteria" && (
                <ViewLoading label={t("viewLoading")}>
                  {ruleset ? (
                    <LazyCriteriaView ruleset={ruleset} t={t} />
                  ) : (
                    <LazyDefaultCriteriaView t={t} />
                  )}
                </ViewLoading>
              )}
            </main>
          </>
        )}
      </div>
    </FluentProvider>
  );
}
