/**
 * The Party cells: code, name, the four criteria (met or not, with points), total and result;
 * filterable, searchable, sortable, and virtualised (a district's 3,000 rows scroll like 30).
 * Choosing a Party cell selects its row in Excel and opens its detail right under it: where it
 * is, its result in words, and its findings, never "fix this cell" about a correct one.
 */
import {
  Button,
  Radio,
  RadioGroup,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DismissCircle12Filled } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { CriterionId, ReportPartyCell } from "../../core";
import { formatCount } from "../format/formatNumber";
import type { StringKey, Translate } from "../i18n/translate";
import {
  cellResult,
  countByFilter,
  filterAndSortCells,
  nextCellSort,
  type CellFilter,
  type CellSort,
  type CellSortColumn,
} from "../model/cellRows";
import { matchesWords, queryWords, searchKey } from "../model/searchText";
import type { CellSelection } from "../state/taskpaneState";
import { ResultPill, resultLabel } from "./ResultPill";
import { shownValue } from "./FindingDetail";
import { revealUnder } from "./revealUnder";
import { useWindowList } from "./useWindowList";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { flexWrap: "wrap" },
  filterLabel: { whiteSpace: "nowrap" },
  search: { width: "100%", maxWidth: "100%" },
  caption: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  table: { minWidth: "300px", backgroundColor: tokens.colorNeutralBackground1 },
  body: { position: "relative" },
  virtualRow: { position: "absolute", top: 0, left: 0, width: "100%" },
  cellColumn: { flex: "1 1 auto", minWidth: 0, paddingLeft: "2px" },
  criterionColumn: {
    flex: "0 0 34px",
    paddingLeft: 0,
    paddingRight: 0,
    justifyContent: "center",
  },
  totalColumn: {
    flex: "0 0 40px",
    paddingLeft: "2px",
    paddingRight: "4px",
    justifyContent: "flex-end",
  },
  result: { paddingLeft: "2px", paddingTop: "2px" },
  cellIdentity: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    minWidth: 0,
    paddingTop: "2px",
    paddingBottom: "2px",
  },
  codeButton: {
    minWidth: 0,
    height: "auto",
    paddingLeft: "2px",
    paddingRight: "2px",
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "underline",
  },
  chosenRow: { backgroundColor: tokens.colorBrandBackground2 },
  name: {
    paddingLeft: "2px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  number: {
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  points: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: "1px",
    padding: "0 2px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  pointsGood: { color: tokens.colorNeutralForeground1 },
  pointsNotGood: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorPaletteRedBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  detailRow: { backgroundColor: tokens.colorNeutralBackground1 },
  detailCell: { flex: "1 1 100%", display: "block", padding: 0 },
  detail: {
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
  },
  detailLine: { margin: 0 },
  empty: { padding: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
});

const FILTERS: readonly CellFilter[] = ["all", "notFourGood", "errors"];

const FILTER_LABELS: Record<CellFilter, StringKey> = {
  all: "cellsFilterAll",
  notFourGood: "cellsFilterNotFourGood",
  errors: "cellsFilterErrors",
};

export { resultLabel };

/** The key of a Party cell's row as an item that can be chosen. */
export function cellItem(cell: ReportPartyCell): string {
  return `cell:${cell.sheet}:${cell.row}`;
}

function CriterionPoints({
  cell,
  criterion,
  t,
}: {
  cell: ReportPartyCell;
  criterion: CriterionId;
  t: Translate;
}) {
  const styles = useStyles();
  const points = cell.scores?.[criterion];
  if (points === undefined)
    return (
      <span role="img" aria-label={t("criterionNotScored", { criterion })}>
        —
      </span>
    );
  const good = !cell.failedCriteria.includes(criterion);
  return (
    <span
      role="img"
      className={mergeClasses(styles.points, good ? styles.pointsGood : styles.pointsNotGood)}
      aria-label={t(good ? "criterionGood" : "criterionNotGood", {
        criterion,
        points: formatCount(points, t.lang),
      })}
    >
      {!good && <DismissCircle12Filled aria-hidden="true" />}
      {formatCount(points, t.lang)}
    </span>
  );
}

function CellDetail(props: {
  cell: ReportPartyCell;
  findings: number;
  value: string | null | undefined;
  selectsCells: boolean;
  t: Translate;
  onShowFindings(code: string): void;
}) {
  const { cell, t } = props;
  const styles = useStyles();
  const result = cellResult(cell);
  const ref = useRef<HTMLDivElement>(null);
  // Opened under the row (the element before it): in view, the row kept in view too.
  useEffect(() => {
    const detail = ref.current;
    if (detail) revealUnder(detail, detail.closest('[role="row"]')?.previousElementSibling ?? null);
  }, []);
  return (
    <div
      ref={ref}
      className={styles.detail}
      role="region"
      aria-label={t("detailHeading")}
      data-testid="cell-detail"
    >
      <p className={styles.detailLine}>
        {t("cellDetailPlace", { row: cell.row, sheet: cell.sheet })}
        {!props.selectsCells &&
        props.value !== undefined &&
        props.value !== null &&
        props.value !== cell.code
          ? ` · ${shownValue(props.value, t)}`
          : ""}
      </p>
      {cell.total !== null ? (
        <p className={styles.detailLine}>
          {t("cellDetailResult", {
            total: formatCount(cell.total, t.lang),
            result: resultLabel(result, t),
          })}
          {". "}
          {cell.failedCriteria.length > 0
            ? t("cellDetailFailed", { criteria: cell.failedCriteria.join(", ") })
            : t("cellDetailAllGood")}
        </p>
      ) : (
        <p className={styles.detailLine}>{t("cellDetailNotScored")}</p>
      )}
      {props.findings === 0 ? (
        <p className={styles.detailLine}>{t("cellDetailNoFindings")}</p>
      ) : (
        <Button
          appearance="secondary"
          size="small"
          style={{ alignSelf: "flex-start" }}
          onClick={() => props.onShowFindings(cell.code)}
        >
          {t("cellDetailShowFindings", { count: formatCount(props.findings, t.lang) })}
        </Button>
      )}
    </div>
  );
}

export interface PartyCellsTableProps {
  t: Translate;
  cells: readonly ReportPartyCell[];
  criteria: readonly CriterionId[];
  filter: CellFilter;
  sort: CellSort;
  query: string;
  onFilterChange(filter: CellFilter): void;
  onSortChange(sort: CellSort): void;
  onQueryChange(query: string): void;
  /** Findings per Party cell code. */
  findingCounts: ReadonlyMap<string, number>;
  selection: CellSelection | null;
  selectsCells: boolean;
  /** Chooses the row (selects its code cell in the workbook); null when the code column is unknown. */
  onOpenCell: ((cell: ReportPartyCell) => void) | null;
  onCollapse(): void;
  onShowFindings(code: string): void;
  /** What the table shows and what choosing a Party cell does. */
  caption: string;
}

export function PartyCellsTable(props: PartyCellsTableProps) {
  const { t } = props;
  const styles = useStyles();
  const counts = countByFilter(props.cells);
  const words = queryWords(props.query);
  const rows = useMemo(() => {
    const filtered = filterAndSortCells(props.cells, props.filter, props.sort);
    return words.length === 0
      ? filtered
      : filtered.filter((cell) => matchesWords(searchKey(`${cell.code} ${cell.name}`), words));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.cells, props.filter, props.sort, words.join(" ")]);
  const chosenRow = rows.findIndex((cell) => cellItem(cell) === (props.selection?.item ?? null));
  const { listRef, virtualizer, scrollMargin, focusRow } = useWindowList(
    rows.length,
    () => 72,
    chosenRow === -1 ? null : chosenRow,
  );
  const [active, setActive] = useState(0);
  const tabStop = Math.min(active, Math.max(0, rows.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    let to: number | null = null;
    if (event.key === "ArrowDown") to = Math.min(rows.length - 1, index + 1);
    else if (event.key === "ArrowUp") to = Math.max(0, index - 1);
    else if (event.key === "Home") to = 0;
    else if (event.key === "End") to = rows.length - 1;
    else if (event.key === "Escape" && props.selection) {
      props.onCollapse();
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    setActive(to);
    focusRow(to);
  };

  const sortProps = (column: CellSortColumn) => ({
    sortDirection: props.sort.column === column ? props.sort.direction : undefined,
    onClick: () => props.onSortChange(nextCellSort(props.sort, column)),
  });
  const chosen = props.selection?.item ?? null;

  return (
    <div className={styles.box}>
      <SearchBox
        className={styles.search}
        value={props.query}
        onChange={(_, data) => props.onQueryChange(data.value)}
        placeholder={t("cellsSearchPlaceholder")}
        aria-label={t("cellsSearchLabel")}
        data-testid="cells-search"
      />
      <RadioGroup
        layout="horizontal"
        className={styles.filters}
        value={props.filter}
        onChange={(_, data) => props.onFilterChange(data.value as CellFilter)}
        aria-label={t("cellsFilterLabel")}
      >
        {FILTERS.map((filter) => (
          <Radio
            key={filter}
            value={filter}
            label={{
              className: styles.filterLabel,
              children: t(FILTER_LABELS[filter], { count: formatCount(counts[filter], t.lang) }),
            }}
          />
        ))}
      </RadioGroup>
      <p className={styles.caption} id="cells-caption">
        {props.caption}
      </p>
      <Table
        sortable
        noNativeElements
        size="extra-small"
        className={styles.table}
        aria-labelledby="cells-caption"
        data-testid="cells-table"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell {...sortProps("code")} className={styles.cellColumn}>
              {t("cellsColumnCell")} · {t("cellsColumnResult")}
            </TableHeaderCell>
            {props.criteria.map((criterion) => (
              <TableHeaderCell
                key={criterion}
                sortable={false}
                className={styles.criterionColumn}
                aria-label={t("cellsColumnCriterion", { criterion })}
              >
                {criterion}
              </TableHeaderCell>
            ))}
            <TableHeaderCell {...sortProps("total")} className={styles.totalColumn}>
              {t("cellsColumnTotal")}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody
          ref={listRef}
          className={styles.body}
          style={{ height: `${virtualizer.getTotalSize()}px` }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const cell = rows[item.index];
            if (!cell) return null;
            const isChosen = chosen === cellItem(cell);
            return (
              <div
                key={`${cell.sheet}:${cell.row}`}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-row={item.index}
                role="presentation"
                className={styles.virtualRow}
                style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
              >
                <TableRow
                  data-code={cell.code}
                  className={isChosen ? styles.chosenRow : undefined}
                  aria-selected={isChosen}
                >
                  <TableCell className={styles.cellColumn}>
                    <div className={styles.cellIdentity}>
                      {props.onOpenCell ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          className={styles.codeButton}
                          onClick={() => (isChosen ? props.onCollapse() : props.onOpenCell?.(cell))}
                          onKeyDown={(event) => onKeyDown(event, item.index)}
                          onFocus={() => setActive(item.index)}
                          tabIndex={tabStop === item.index ? 0 : -1}
                          aria-expanded={isChosen}
                          aria-label={t("cellsOpenRow", { code: cell.code, row: cell.row })}
                          data-focus-target=""
                        >
                          {cell.code}
                        </Button>
                      ) : (
                        <span className={styles.number}>{cell.code}</span>
                      )}
                      <span className={styles.name} data-testid="cell-name">
                        {cell.name}
                      </span>
                      <span className={styles.result} data-testid="cell-result">
                        <ResultPill result={cellResult(cell)} t={t} />
                      </span>
                    </div>
                  </TableCell>
                  {props.criteria.map((criterion) => (
                    <TableCell key={criterion} className={styles.criterionColumn}>
                      <CriterionPoints cell={cell} criterion={criterion} t={t} />
                    </TableCell>
                  ))}
                  <TableCell
                    className={mergeClasses(styles.totalColumn, styles.number)}
                    data-testid="cell-total"
                  >
                    {cell.total === null ? "—" : formatCount(cell.total, t.lang)}
                  </TableCell>
                </TableRow>
                {isChosen && (
                  <TableRow className={styles.detailRow}>
                    <TableCell className={styles.detailCell}>
                      <CellDetail
                        cell={cell}
                        findings={props.findingCounts.get(cell.code) ?? 0}
                        value={props.selection?.value}
                        selectsCells={props.selectsCells}
                        t={t}
                        onShowFindings={props.onShowFindings}
                      />
                    </TableCell>
                  </TableRow>
                )}
              </div>
            );
          })}
        </TableBody>
      </Table>
      {rows.length === 0 && (
        <p className={styles.empty}>
          {words.length > 0 ? t("cellsNoMatch", { query: props.query.trim() }) : t("cellsEmpty")}
        </p>
      )}
    </div>
  );
}
