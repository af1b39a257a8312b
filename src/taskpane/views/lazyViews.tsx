/**
 * The views a clerk opens after a result exists (Party cells, findings, criteria) load on demand,
 * with Fluent's Table and RadioGroup, so the pane Excel opens stays within its 150 KB gzip budget
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

export const LazyPartyCellsTable = lazy(() =>
  loadPartyCellsTable().then((module) => ({ default: module.PartyCellsTable })),
);
export const LazyFindingsView = lazy(() =>
  loadFindingsView().then((module) => ({ default: module.FindingsView })),
);
export const LazyCriteriaView = lazy(() =>
  loadCriteriaView().then((module) => ({ default: module.CriteriaView })),
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
  void loadPartyCellsTable().catch(() => undefined);
  void loadFindingsView().catch(() => undefined);
  void loadCriteriaView().catch(() => undefined);
}

export function ViewLoading({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<ProgressBar aria-label={label} />}>{children}</Suspense>;
}
