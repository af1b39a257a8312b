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

const loadCellsTable = () => import("./CellsTable");
const loadFindingsView = () => import("./FindingsView");
const loadCriteriaView = () => import("./CriteriaView");
const loadUnscorablePanel = () => import("./UnscorablePanel");

export const LazyCellsTable = lazy(() =>
  loadCellsTable().then((module) => ({ default: module.CellsTable })),
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
  void loadCellsTable().catch(() => undefined);
  void loadFindingsView().catch(() => undefined);
  void loadCriteriaView().catch(() => undefined);
  void loadUnscorablePanel().catch(() => undefined);
}

export function ViewLoading({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<ProgressBar aria-label={label} />}>{children}</Suspense>;
}
