/**
 * The views a clerk opens after a result exists (Party cells, findings, criteria) load on demand,
 * with Fluent's Table, RadioGroup and SearchBox, so the pane Excel opens stays within its 125 KB gzip budget
 * (the default ruleset too: before any result the criteria view loads it).
 * Their code is fetched as soon as scoring starts (or a tab asks for it), from the add-in's own
 * server, so it is there by the time the result is.
 */
import { ProgressBar } from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import type { Translate } from "../i18n/translate";

const loadPartyCellsTable = () => import("./PartyCellsTable");
const loadFindingsView = () => import("./FindingsView");
const loadCriteriaView = () => import("./CriteriaView");
const loadUnscorablePanel = () => import("./UnscorablePanel");
const loadUnsupportedPane = () => import("./UnsupportedPane");
const loadVerdictPanel = () => import("./VerdictPanel");
const loadSummaryCards = () => import("./SummaryCards");

export const LazyPartyCellsTable = lazy(() =>
  loadPartyCellsTable().then((module) => ({ default: module.PartyCellsTable })),
);
export const LazyFindingsView = lazy(() =>
  loadFindingsView().then((module) => ({ default: module.FindingsView })),
);
export const LazyCriteriaView = lazy(() =>
  loadCriteriaView().then((module) => ({ default: module.CriteriaView })),
);
/** "Không chấm được" with what to fix: shown only with a result, so loaded with the result views. */
export const LazyUnscorablePanel = lazy(() =>
  loadUnscorablePanel().then((module) => ({ default: module.UnscorablePanel })),
);

/**
 * The verdict and the summary numbers: never on the pane's first screen (they need a result or
 * the workbook's stamp, which the host reads after the pane shows), so they load when one comes
 * (prefetchResultSummary).
 */
export const LazyVerdictPanel = lazy(() =>
  loadVerdictPanel().then((module) => ({ default: module.VerdictPanel })),
);
export const LazySummaryCards = lazy(() =>
  loadSummaryCards().then((module) => ({ default: module.SummaryCards })),
);

/** Starts loading the verdict and the summary numbers (a result or a valid stamp is coming). */
export function prefetchResultSummary(): void {
  void loadVerdictPanel().catch(() => undefined);
  void loadSummaryCards().catch(() => undefined);
}

/**
 * The whole-pane message of a host that cannot run the product: shown instead of the pane, in
 * an Excel too old for it, so the pane that Excel opens does not carry it at start.
 */
export const LazyUnsupportedPane = lazy(() =>
  loadUnsupportedPane().then((module) => ({ default: module.UnsupportedPane })),
);

/** The criteria view before any result: the default ruleset, loaded with the view. */
export const LazyDefaultCriteriaView = lazy(async () => {
  const [{ CriteriaView }, { DEFAULT_RULESET }] = await Promise.all([
    loadCriteriaView(),
    import("../model/defaultRuleset"),
  ]);
  return {
    default: function DefaultCriteriaView({ t }: { t: Translate }) {
      return <CriteriaView ruleset={DEFAULT_RULESET} t={t} />;
    },
  };
});

/** Starts loading the result views; failures surface when a view renders (Suspense boundary). */
export function prefetchResultViews(): void {
  prefetchResultSummary();
  void loadPartyCellsTable().catch(() => undefined);
  void loadFindingsView().catch(() => undefined);
  void loadCriteriaView().catch(() => undefined);
  void loadUnscorablePanel().catch(() => undefined);
}

export function ViewLoading({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<ProgressBar aria-label={label} />}>{children}</Suspense>;
}
