/**
 * The views of a result: summary, Party cells, findings, criteria. An ARIA tab list made of
 * Fluent buttons with arrow-key navigation (manual activation: Enter or Space opens a tab):
 * Fluent's TabList would add about 20 KB gzip (tabster) to the 150 KB budget.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StringKey, Translate } from "../i18n/translate";
import type { ViewId } from "../state/taskpaneState";
import { useRovingFocus } from "./useRovingFocus";

const VIEWS: readonly { id: ViewId; label: StringKey }[] = [
  { id: "summary", label: "viewSummary" },
  { id: "cells", label: "viewCells" },
  { id: "findings", label: "viewFindings" },
  { id: "criteria", label: "viewCriteria" },
];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: 0,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
  },
  selected: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export function viewTabId(view: ViewId): string {
  return `view-tab-${view}`;
}

export function viewPanelId(view: ViewId): string {
  return `view-panel-${view}`;
}

export interface ViewTabsProps {
  t: Translate;
  view: ViewId;
  /** Views that need a result are left out until there is one. */
  available: ReadonlySet<ViewId>;
  /** Counts shown beside a tab's name, e.g. findings (12). */
  counts: Partial<Record<ViewId, string>>;
  onChange(view: ViewId): void;
}

export function ViewTabs(props: ViewTabsProps) {
  const { t } = props;
  const styles = useStyles();
  const views = VIEWS.filter(({ id }) => props.available.has(id));
  const roving = useRovingFocus(views.length, {
    orientation: "horizontal",
    anchor: Math.max(
      0,
      views.findIndex(({ id }) => id === props.view),
    ),
  });
  return (
    <div role="tablist" aria-label={t("viewsLabel")} className={styles.list}>
      {views.map(({ id, label }, index) => {
        const selected = id === props.view;
        return (
          <Button
            key={id}
            id={viewTabId(id)}
            role="tab"
            aria-selected={selected}
            aria-controls={selected ? viewPanelId(id) : undefined}
            appearance="transparent"
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => props.onChange(id)}
            {...roving(index)}
          >
            {t(label)}
            {props.counts[id] !== undefined ? ` (${props.counts[id]})` : ""}
          </Button>
        );
      })}
    </div>
  );
}
