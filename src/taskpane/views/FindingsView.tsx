/**
 * Every finding, grouped by Party cell or by kind at the clerk's choice, searchable, and
 * virtualised (15,000 findings scroll like 15). Each finding shows its plain title ("Sai kiểu dữ
 * liệu"), its place ("ô F13, trang Chi bộ"), its Party cell and message, the rule code as small
 * secondary text. Choosing one (click, Enter or Space) marks it, selects its cell in Excel, and
 * opens its detail right under it, so nothing above it moves.
 */
import {
  Button,
  Radio,
  RadioGroup,
  SearchBox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type KeyboardEvent } from "react";
import type { DetailedFinding, ReportPartyCell, Ruleset } from "../../core";
import { formatCount } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import { groupFindings, type FindingGroup, type FindingGrouping } from "../model/findingGroups";
import { findingPlace, findingSearchText, findingTitle } from "../model/findingText";
import { matchesWords, queryWords } from "../model/searchText";
import type { CellSelection } from "../state/taskpaneState";
import { FindingDetail } from "./FindingDetail";
import { SeverityBadge } from "./SeverityBadge";
import { SEVERITY_ORDER, legendEntry } from "./severityLegend";
import { useWindowList } from "./useWindowList";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  search: { width: "100%", maxWidth: "100%" },
  toolbarLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  shown: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", paddingBottom: "2px" },
  groupHeading: {
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  groupCounts: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    flexDirection: "column",
    rowGap: "2px",
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  chosen: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  findingTop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  rule: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  place: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { whiteSpace: "normal", wordBreak: "break-word", fontSize: tokens.fontSizeBase300 },
  none: { color: tokens.colorNeutralForeground2 },
});

/** The key of a finding as an item that can be chosen. */
export function findingItem(index: number): string {
  return `finding:${index}`;
}

type Row =
  | { kind: "group"; group: FindingGroup; index: number }
  | { kind: "finding"; finding: DetailedFinding; index: number; position: number };

function groupTitle(group: FindingGroup, t: Translate): string {
  const subject = group.subject;
  switch (subject.kind) {
    case "cell":
      return subject.name ? `${subject.code} · ${subject.name}` : subject.code;
    case "sheet":
      return t("findingsGroupSheet", { sheet: subject.sheet });
    case "rule":
      return findingTitle(subject.rule, t);
  }
}

function groupCountsText(group: FindingGroup, t: Translate): string {
  return SEVERITY_ORDER.filter((severity) => group.counts[severity] > 0)
    .map((severity) => {
      const count = group.counts[severity];
      const label = legendEntry(severity).label[t.lang].toLowerCase();
      // Vietnamese nouns have no plural; English ones here take an "s".
      const noun = t.lang === "en" && count !== 1 ? `${label}s` : label;
      return `${formatCount(count, t.lang)} ${noun}`;
    })
    .join(", ");
}

export interface FindingsViewProps {
  t: Translate;
  findings: readonly DetailedFinding[];
  cells: readonly ReportPartyCell[];
  ruleset: Ruleset;
  grouping: FindingGrouping;
  onGroupingChange(grouping: FindingGrouping): void;
  query: string;
  onQueryChange(query: string): void;
  selection: CellSelection | null;
  /** Excel selects the chosen cell; the preview shows its value in the detail instead. */
  selectsCells: boolean;
  onSelect(item: string, finding: DetailedFinding): void;
  onCollapse(): void;
}

export function FindingsView(props: FindingsViewProps) {
  const { t } = props;
  const styles = useStyles();

  const cellNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const cell of props.cells) if (!names.has(cell.code)) names.set(cell.code, cell.name);
    return names;
  }, [props.cells]);
  const positions = useMemo(
    () => new Map(props.findings.map((finding, index) => [finding, index])),
    [props.findings],
  );
  const searchTexts = useMemo(
    () =>
      props.findings.map((finding) =>
        findingSearchText(
          finding,
          finding.cellCode ? (cellNames.get(finding.cellCode) ?? null) : null,
        ),
      ),
    [props.findings, cellNames],
  );
  const words = queryWords(props.query);
  const matching = useMemo(
    () =>
      words.length === 0
        ? props.findings
        : props.findings.filter((_, index) => matchesWords(searchTexts[index], words)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.findings, searchTexts, words.join(" ")],
  );
  const rows = useMemo(() => {
    const flat: Row[] = [];
    for (const group of groupFindings(matching, props.cells, props.grouping)) {
      flat.push({ kind: "group", group, index: flat.length });
      for (const finding of group.findings) {
        flat.push({
          kind: "finding",
          finding,
          index: flat.length,
          position: positions.get(finding) ?? -1,
        });
      }
    }
    return flat;
  }, [matching, props.cells, props.grouping, positions]);

  const selectedItem = props.selection?.item ?? null;
  const chosenRow = rows.findIndex(
    (row) => row.kind === "finding" && findingItem(row.position) === selectedItem,
  );
  const { listRef, virtualizer, scrollMargin, focusRow } = useWindowList(
    rows.length,
    (index) => (rows[index]?.kind === "group" ? 36 : 92),
    chosenRow === -1 ? null : chosenRow,
  );
  // The finding that holds the list's one Tab stop.
  const [active, setActive] = useState<number | null>(null);
  const firstFinding = rows.findIndex((row) => row.kind === "finding");
  const tabStop = active !== null && rows[active]?.kind === "finding" ? active : firstFinding;

  const step = (from: number, direction: 1 | -1): number | null => {
    for (let index = from + direction; index >= 0 && index < rows.length; index += direction) {
      if (rows[index].kind === "finding") return index;
    }
    return null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, rowIndex: number) => {
    let to: number | null = null;
    if (event.key === "ArrowDown") to = step(rowIndex, 1);
    else if (event.key === "ArrowUp") to = step(rowIndex, -1);
    else if (event.key === "Home") to = step(-1, 1);
    else if (event.key === "End") to = step(rows.length, -1);
    else if (event.key === "Escape" && props.selection) {
      props.onCollapse();
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    if (to === null) return;
    setActive(to);
    focusRow(to);
  };

  return (
    <div className={styles.box} data-testid="findings-view">
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          value={props.query}
          onChange={(_, data) => props.onQueryChange(data.value)}
          placeholder={t("findingsSearchPlaceholder")}
          aria-label={t("findingsSearchLabel")}
          data-testid="findings-search"
        />
        <div className={styles.toolbarLine}>
          <RadioGroup
            layout="horizontal"
            value={props.grouping}
            onChange={(_, data) => props.onGroupingChange(data.value as FindingGrouping)}
            aria-label={t("findingsGroupingLabel")}
          >
            <Radio value="cell" label={t("findingsByCell")} />
            <Radio value="rule" label={t("findingsByRule")} />
          </RadioGroup>
          {props.findings.length > 0 && (
            <span className={styles.shown} data-testid="findings-shown">
              {t("findingsShown", {
                shown: formatCount(matching.length, t.lang),
                total: formatCount(props.findings.length, t.lang),
              })}
            </span>
          )}
        </div>
      </div>
      {props.findings.length === 0 && <Text className={styles.none}>{t("findingsNone")}</Text>}
      {props.findings.length > 0 && matching.length === 0 && (
        <Text className={styles.none}>{t("findingsNoMatch", { query: props.query.trim() })}</Text>
      )}
      <div
        ref={listRef}
        className={styles.list}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
        role="list"
        aria-label={t("viewFindings")}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={row.kind === "group" ? `g:${row.group.id}` : `f:${row.position}`}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-row={item.index}
              role="listitem"
              className={styles.row}
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {row.kind === "group" ? (
                <h2 className={styles.groupHeading}>
                  <span>{groupTitle(row.group, t)}</span>
                  <span className={styles.groupCounts}>{groupCountsText(row.group, t)}</span>
                </h2>
              ) : (
                <FindingRow
                  row={row}
                  t={t}
                  chosen={selectedItem === findingItem(row.position)}
                  tabStop={tabStop === row.index}
                  partyCellName={
                    // Grouped by Party cell, the heading already names it.
                    props.grouping === "rule" && row.finding.cellCode
                      ? (cellNames.get(row.finding.cellCode) ?? null)
                      : null
                  }
                  onKeyDown={(event) => onKeyDown(event, row.index)}
                  onFocus={() => setActive(row.index)}
                  onChoose={() =>
                    selectedItem === findingItem(row.position)
                      ? props.onCollapse()
                      : props.onSelect(findingItem(row.position), row.finding)
                  }
                  detail={
                    selectedItem === findingItem(row.position) ? (
                      <FindingDetail
                        id={`finding-detail-${row.position}`}
                        finding={row.finding}
                        ruleset={props.ruleset}
                        value={props.selection?.value}
                        selectsCells={props.selectsCells}
                        t={t}
                      />
                    ) : null
                  }
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function FindingRow(props: {
  row: Extract<Row, { kind: "finding" }>;
  t: Translate;
  chosen: boolean;
  tabStop: boolean;
  partyCellName: string | null;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(): void;
  onChoose(): void;
  detail: React.ReactNode;
}) {
  const { row, t } = props;
  const { finding } = row;
  const styles = useStyles();
  const message = finding.messages[t.lang];
  const place = findingPlace(finding, t);
  const title = findingTitle(finding.rule, t);
  const partyCell = finding.cellCode ? t("findingPartyCell", { code: finding.cellCode }) : null;
  const detailId = `finding-detail-${row.position}`;
  return (
    <>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.finding, props.chosen && styles.chosen)}
        style={{ borderLeftColor: legendEntry(finding.severity).colour.font }}
        onClick={props.onChoose}
        onKeyDown={props.onKeyDown}
        onFocus={props.onFocus}
        tabIndex={props.tabStop ? 0 : -1}
        aria-expanded={props.chosen}
        aria-controls={props.chosen ? detailId : undefined}
        aria-label={t("findingLabel", {
          severity: legendEntry(finding.severity).label[t.lang],
          title,
          place: partyCell ? `${place}, ${partyCell}` : place,
          message,
        })}
        data-focus-target=""
        data-testid="finding"
        data-severity={finding.severity}
        data-rule={finding.rule}
        data-sheet={finding.sheet}
        data-cell={finding.cell}
        data-chosen={props.chosen ? "true" : undefined}
      >
        <span className={styles.findingTop}>
          <SeverityBadge severity={finding.severity} t={t} />
          <span className={styles.title}>{title}</span>
          <span className={styles.rule}>{finding.rule}</span>
        </span>
        <span className={styles.place} data-testid="finding-place">
          {partyCell
            ? `${place} · ${partyCell}${props.partyCellName ? ` (${props.partyCellName})` : ""}`
            : place}
        </span>
        <span className={styles.message} data-testid="finding-message">
          {message}
        </span>
      </Button>
      {props.detail}
    </>
  );
}
