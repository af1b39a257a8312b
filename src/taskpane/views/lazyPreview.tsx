/**
 * The preview's own views (the start view, the privacy note) load with the preview, never in the
 * pane Excel opens (its start-up budget).
 */
import { lazy } from "react";

export const LazyPreviewStart = lazy(() =>
  import("./PreviewStart").then((module) => ({ default: module.PreviewStart })),
);

export const LazyPrivacyNote = lazy(() =>
  import("./PreviewStart").then((module) => ({ default: module.PrivacyNote })),
);
