/**
 * The views of a result: summary, Party cells, findings, criteria. An ARIA tab list of Fluent
 * buttons styled as Fluent's tabs, with arrow-key navigation (manual activation: Enter or Space
 * opens a tab). Tabs that do not fit on one line go into a "…" menu, as Fluent's TabList does
 * with its Overflow, instead of wrapping; the selected tab always stays visible. (Fluent's
 * TabList itself would add tabster, about 20 KB gzip, to the start-up budget.)
 */
import {
  Button,
  Overflow,
  OverflowItem,
  makeStyles,
  mergeClasses,
  tokens,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useState } from "react";
import type { StringKey, Translate } from "../i18n/translate";
import type { ViewId } from "../state/taskpaneState";
import { ActionMenuButton } from "./lazyMenu";
import { useRovingFocus } from "./useRovingFocus";

const VIEWS: readonly { id: ViewId; label: StringKey }[] = [
  { id: "summary", label: "viewSummary" },
  { id: "cells", label: "viewCells" },
  { id: "findings", label: "viewFindings" },
  { id: "criteria", label: "viewCriteria" },
];

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  list: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    minWidth: 0,
    overflow: "hidden",
  },
  tab: {
    position: "relative",
    flexShrink: 0,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: 0,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
  },
  // The selected tab's bar is drawn under the button, not as its border: Fluent's hover and
  // pressed styles recolour a button's border, which hid the bar under the pointer.
  selected: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
  count: {
    marginLeft: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  more: { flexShrink: 0 },
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
  /** Counts shown beside a tab's name, e.g. findings 12. */
  counts: Partial<Record<ViewId, string>>;
  onChange(view: ViewId): void;
}

function tabText(id: ViewId, label: StringKey, props: ViewTabsProps): string {
  const count = props.counts[id];
  return count === undefined ? props.t(label) : `${props.t(label)} (${count})`;
}

function OverflowTabs(props: ViewTabsProps & { hidden: ReadonlySet<string> }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLSpanElement>();
  const views = VIEWS.filter(({ id }) => props.hidden.has(id) && props.available.has(id));
  const styles = useStyles();
  return (
    <span ref={ref} className={styles.more}>
      {isOverflowing && (
        <ActionMenuButton
          label={props.t("viewMore")}
          testId="more-views"
          actions={views.map(({ id, label }) => ({
            id: `view-${id}`,
            label: tabText(id, label, props),
            onClick: () => props.onChange(id),
          }))}
        />
      )}
    </span>
  );
}

export function ViewTabs(props: ViewTabsProps) {
  const { t } = props;
  const styles = useStyles();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const views = VIEWS.filter(({ id }) => props.available.has(id));
  const roving = useRovingFocus(views.length, {
    orientation: "horizontal",
    anchor: Math.max(
      0,
      views.findIndex(({ id }) => id === props.view),
    ),
  });
  return (
    <Overflow
      padding={4}
      onOverflowChange={(_, data) =>
        setHidden(
          new Set(
            Object.entries(data.itemVisibility)
              .filter(([, visible]) => !visible)
              .map(([id]) => id),
          ),
        )
      }
    >
      <div className={styles.bar}>
        <div role="tablist" aria-label={t("viewsLabel")} className={styles.list}>
          {views.map(({ id, label }, index) => {
            const selected = id === props.view;
            const count = props.counts[id];
            return (
              // The selected tab overflows last; the others from the end.
              <OverflowItem key={id} id={id} priority={selected ? 100 : VIEWS.length - index}>
                <Button
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
                  {count !== undefined && <span className={styles.count}>{count}</span>}
                </Button>
              </OverflowItem>
            );
          })}
        </div>
        <OverflowTabs {...props} hidden={hidden} />
      </div>
    </Overflow>
  );
}
