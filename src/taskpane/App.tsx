/**
 * The task pane: wires the state hook to the views. Everything the pane knows about Excel or the
 * preview comes through the TaskpaneHost it is given. One primary action per state (Chấm điểm /
 * Chấm lại in Excel, Tải bản đã đánh dấu in the preview, Chọn tệp on its start view), the others
 * in the header's "…" menu.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  ArrowDownload20Regular,
  CheckmarkCircle20Regular,
  DocumentTable20Regular,
  Eraser20Regular,
  FolderOpen20Regular,
} from "@fluentui/react-icons";
import { Suspense, useEffect, useMemo } from "react";
import { verdictReasons, type DetailedFinding, type ReportPartyCell, type Ruleset } from "../core";
import { formatCount } from "./format/formatNumber";
import type { TaskpaneHost } from "../host";
import { translatorFor, type Translate } from "./i18n/translate";
import { showsChangedBanner, stampLineOf } from "./model/stampLine";
import { isUnscorable, unscorableReasons } from "./model/unscorable";
import type { TaskpaneState, ViewId } from "./state/taskpaneState";
import { useTaskpaneState, type TaskpaneActions } from "./state/useTaskpaneState";
import { AppHeader, type PrimaryAction } from "./views/AppHeader";
import { prefetchMenu } from "./views/lazyMenu";
import {
  LazyPartyCellsTable,
  LazyCriteriaView,
  LazyDefaultCriteriaView,
  LazyFindingsView,
  LazyUnsupportedPane,
  ViewLoading,
  prefetchResultSummary,
  prefetchResultViews,
} from "./views/lazyViews";
import { LiveRegion } from "./views/LiveRegion";
import type { MenuAction } from "./views/MenuButton";
import { ChangedBanner, HostErrorBar, NoticeBar, noticeText, failureTitle } from "./views/MessageBars";
import { useFilePicker } from "./views/filePicker";
import { LazyPreviewStart, LazyPrivacyNote } from "./views/lazyPreview";
import { ScoreProgressBar, progressText } from "./views/ScoreProgressBar";
import { SummaryView, type SummarySource } from "./views/SummaryView";
import { useWindowFileDrop } from "./views/useWindowFileDrop";
import { ViewTabs, viewPanelId, viewTabId } from "./views/ViewTabs";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  app: { display: "flex", flexDirection: "column", minHeight: "100vh" },
  main: { display: "flex", flexDirection: "column", flexGrow: 1 },
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
function liveText(state: TaskpaneState, t: Translate, hostKind: "excel" | "preview"): string {
  if (state.progress) return progressText(state.progress, t, hostKind);
  if (state.error) return `${failureTitle(state.error, t)}. ${state.error.error.messages[t.lang]}`;
  if (state.notice) return noticeText(state.notice, t);
  const outcome = state.outcome;
  if (!outcome) return "";
  const report = outcome.evaluation.report;
  if (isUnscorable(report)) {
    return t("liveUnscorable", { reason: unscorableReasons(outcome.evaluation, t)[0] ?? "" });
  }
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

/** Starts the download of a file next to the page (the blank template). */
function downloadFrom(url: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = "";
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Keeps what the page scrolls to (a focused row, a finding) out from under the sticky header. */
function useStickyHeaderPadding(): void {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('[data-testid="app-header"]');
    if (!header) return;
    const apply = () => {
      document.documentElement.style.scrollPaddingTop = `${header.offsetHeight + 8}px`;
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(header);
    return () => observer.disconnect();
  });
}

function primaryAction(
  state: TaskpaneState,
  host: TaskpaneHost,
  actions: TaskpaneActions,
  t: Translate,
  openFile: () => void,
): PrimaryAction | null {
  const idle = state.activity === "idle";
  const supported = state.support.status === "supported";
  if (host.kind === "excel") {
    const scoredBefore = state.outcome !== null || state.stampState?.status === "valid";
    return {
      label:
        state.activity === "scoring"
          ? t("scoreButtonBusy")
          : scoredBefore || state.dataChanged
            ? t("rescoreButton")
            : t("scoreButton"),
      icon: scoredBefore ? <ArrowClockwise20Regular /> : <CheckmarkCircle20Regular />,
      onClick: actions.score,
      disabled: !idle || !supported,
      testId: "score-button",
    };
  }
  if (state.fileName === null || state.activity === "opening") return null;
  if (state.outcome && !isUnscorable(state.outcome.evaluation.report)) {
    return {
      label: t("previewDownload"),
      icon: <ArrowDownload20Regular />,
      onClick: actions.downloadMarkedCopy,
      disabled: !idle,
      testId: "download-button",
    };
  }
  return {
    label: t("previewOpenAnother"),
    icon: <FolderOpen20Regular />,
    onClick: openFile,
    disabled: !idle,
    testId: "open-another",
  };
}

function menuActions(
  state: TaskpaneState,
  host: TaskpaneHost,
  actions: TaskpaneActions,
  t: Translate,
  openFile: () => void,
  primary: PrimaryAction | null,
): MenuAction[] {
  const idle = state.activity === "idle";
  if (host.kind === "excel") {
    return host.capabilities.writesWorkbook
      ? [
          {
            id: "clear-marks",
            label: t("clearMarksButton"),
            icon: <Eraser20Regular />,
            onClick: actions.clearMarks,
            disabled: !idle || state.support.status !== "supported",
          },
        ]
      : [];
  }
  // While a file opens, the progress (with its Hủy) is the only action: a menu of disabled items
  // would take a line of its own.
  if (state.fileName === null || state.activity === "opening") return [];
  const menu: MenuAction[] = [];
  if (primary?.testId !== "open-another") {
    menu.push({
      id: "open-another",
      label: t("previewOpenAnother"),
      icon: <FolderOpen20Regular />,
      onClick: openFile,
      disabled: !idle,
    });
  }
  menu.push({
    id: "open-sample",
    label: t("previewOpenSample"),
    icon: <DocumentTable20Regular />,
    onClick: () => actions.openWorkbook("sample"),
    disabled: !idle,
  });
  const templateUrl = host.templateUrl;
  if (templateUrl) {
    menu.push({
      id: "template",
      label: t("previewTemplate"),
      icon: <ArrowDownload20Regular />,
      onClick: () => downloadFrom(templateUrl),
    });
  }
  return menu;
}

export function App({ host, ruleset: fallbackRuleset }: AppProps) {
  const { state, actions } = useTaskpaneState(host);
  const t = translatorFor(state.lang);
  const styles = useStyles();
  const isPreview = host.kind === "preview";
  const picker = useFilePicker((file) => actions.openWorkbook(file));
  useStickyHeaderPadding();

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = t("appTitle");
  }, [state.lang, t]);

  // The result views (and the menus) are needed once a result is on its way: load them meanwhile.
  const resultExpected =
    state.activity === "scoring" || state.activity === "opening" || state.outcome !== null;
  useEffect(() => {
    if (resultExpected) {
      prefetchResultViews();
      prefetchMenu();
    }
  }, [resultExpected]);
  // A valid stamp shows its verdict and numbers before any scoring.
  const stampShown = state.stampState?.status === "valid";
  useEffect(() => {
    if (stampShown) prefetchResultSummary();
  }, [stampShown]);

  const outcome = state.outcome;
  const report = outcome?.evaluation.report ?? null;
  const unscorable = report !== null && isUnscorable(report);
  const ruleset: Ruleset | null =
    outcome?.evaluation.ruleset ?? state.stampState?.ruleset ?? fallbackRuleset ?? null;
  const idle = state.activity === "idle";
  const supported = state.support.status === "supported";
  const opening = state.activity === "opening";
  const needsFile = isPreview && state.fileName === null && !opening;
  const stampLine = supported && !needsFile ? stampLineOf(state) : null;
  useWindowFileDrop(isPreview && supported && idle, actions.openWorkbook);

  const summarySource = useMemo<SummarySource>(() => {
    if (opening && state.openingFile) return { kind: "opening", fileName: state.openingFile };
    if (outcome) {
      const scored = outcome.evaluation.report;
      if (isUnscorable(scored)) {
        return {
          kind: "unscorable",
          reasons: unscorableReasons(outcome.evaluation, t),
          hint: t(isPreview ? "unscorableHintPreview" : "unscorableHintExcel"),
          templateUrl: host.templateUrl,
        };
      }
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
  }, [opening, state.openingFile, outcome, ruleset, state.stampState, state.dataChanged, supported, t, isPreview, host.templateUrl]);

  const available = useMemo(() => {
    if (!report) return new Set<ViewId>(["summary", "criteria"]);
    if (unscorable) {
      return new Set<ViewId>(
        report.findings.length > 0 ? ["summary", "findings", "criteria"] : ["summary", "criteria"],
      );
    }
    return new Set<ViewId>(["summary", "cells", "findings", "criteria"]);
  }, [report, unscorable]);
  const view = available.has(state.view) ? state.view : "summary";

  const findingCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const finding of outcome?.evaluation.findings ?? []) {
      if (finding.cellCode !== null) counts.set(finding.cellCode, (counts.get(finding.cellCode) ?? 0) + 1);
    }
    return counts;
  }, [outcome]);

  if (state.support.status === "unsupported") {
    return (
      <FluentProvider theme={webLightTheme} className={styles.provider}>
        <ViewLoading label={t("viewLoading")}>
          <LazyUnsupportedPane
            error={state.support.error}
            hostKind={host.kind}
            t={t}
            onLanguageChange={actions.setLanguage}
          />
        </ViewLoading>
      </FluentProvider>
    );
  }

  const codeColumn = outcome?.evaluation.layout.cells?.columns.code ?? null;
  const openCell = codeColumn
    ? (cell: ReportPartyCell) =>
        actions.selectCell(`cell:${cell.sheet}:${cell.row}`, cell.sheet, `${codeColumn}${cell.row}`)
    : null;
  const selectFinding = (item: string, finding: DetailedFinding) =>
    actions.selectCell(item, finding.sheet, finding.cell);

  const primary = supported ? primaryAction(state, host, actions, t, picker.open) : null;
  const menu = supported ? menuActions(state, host, actions, t, picker.open, primary) : [];
  const workbookLine =
    [
      isPreview ? (state.fileName ?? state.openingFile) : null,
      report?.workbook.organization ?? null,
      report?.workbook.year != null ? t("headerYear", { year: report.workbook.year }) : null,
    ]
      .filter((part): part is string => Boolean(part))
      .join(" · ") || null;

  const messages = (
    <>
      {state.error && (
        <HostErrorBar failure={state.error} t={t} onDismiss={actions.dismissError} />
      )}
      {state.notice && <NoticeBar notice={state.notice} t={t} onDismiss={actions.dismissNotice} />}
      {stampLine && showsChangedBanner(state) && <ChangedBanner t={t} />}
    </>
  );

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <div className={styles.app}>
        <AppHeader
          t={t}
          workbookLine={workbookLine}
          stampLine={stampLine}
          primary={primary}
          menu={menu}
          onLanguageChange={actions.setLanguage}
          progress={
            state.progress && (
              <ScoreProgressBar
                progress={state.progress}
                t={t}
                hostKind={host.kind}
                fileName={opening ? state.openingFile : null}
                onCancel={opening ? actions.cancelOpening : undefined}
              />
            )
          }
          tabs={
            needsFile ? undefined : (
              <ViewTabs
                t={t}
                view={view}
                available={available}
                counts={
                  report && !unscorable
                    ? {
                        cells: formatCount(report.cells.length, t.lang),
                        findings: formatCount(report.findings.length, t.lang),
                      }
                    : report
                      ? { findings: formatCount(report.findings.length, t.lang) }
                      : {}
                }
                onChange={actions.setView}
              />
            )
          }
        />
        {isPreview && picker.input}
        {needsFile ? (
          <main className={styles.main} aria-labelledby="preview-heading">
            <LiveRegion text={liveText(state, t, host.kind)} />
            {messages}
            {supported && (
              <ViewLoading label={t("viewLoading")}>
                <LazyPreviewStart
                  t={t}
                  busy={!idle}
                  onChooseFile={picker.open}
                  onOpenSample={() => actions.openWorkbook("sample")}
                  templateUrl={host.templateUrl}
                />
              </ViewLoading>
            )}
          </main>
        ) : (
          <main className={styles.main}>
            <LiveRegion text={liveText(state, t, host.kind)} />
            {messages}
            <div
              className={styles.panel}
              id={viewPanelId(view)}
              role="tabpanel"
              aria-labelledby={viewTabId(view)}
            >
              {view === "summary" && <SummaryView source={summarySource} t={t} />}
              {view === "summary" && isPreview && (
                <Suspense fallback={null}>
                  <LazyPrivacyNote t={t} />
                </Suspense>
              )}
              {view === "cells" && outcome && (
                <ViewLoading label={t("viewLoading")}>
                  <LazyPartyCellsTable
                    t={t}
                    cells={outcome.evaluation.report.cells}
                    criteria={outcome.evaluation.ruleset.criteria.map((criterion) => criterion.id)}
                    filter={state.cellFilter}
                    sort={state.cellSort}
                    query={state.cellQuery}
                    onFilterChange={actions.setCellFilter}
                    onSortChange={actions.setCellSort}
                    onQueryChange={actions.setCellQuery}
                    findingCounts={findingCounts}
                    selection={state.selection}
                    selectsCells={host.capabilities.selectsCells}
                    onOpenCell={openCell}
                    onCollapse={actions.clearSelection}
                    onShowFindings={actions.showFindingsOfCell}
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
                    ruleset={outcome.evaluation.ruleset}
                    grouping={state.findingGrouping}
                    onGroupingChange={actions.setFindingGrouping}
                    query={state.findingQuery}
                    onQueryChange={actions.setFindingQuery}
                    selection={state.selection}
                    selectsCells={host.capabilities.selectsCells}
                    onSelect={selectFinding}
                    onCollapse={actions.clearSelection}
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
            </div>
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
