/**
 * The Party cells: code, name, the four criteria (good / not good, with points), total and
 * result; sortable and filterable. The code opens the cell's row in the workbook.
 */
import {
  Badge,
  Button,
  Radio,
  RadioGroup,
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
import { useState } from "react";
import type { CriterionId, ReportPartyCell } from "../../core";
import { formatCount } from "../format/formatNumber";
import type { StringKey, Translate } from "../i18n/translate";
import {
  cellResult,
  countByFilter,
  filterAndSortCells,
  nextCellSort,
  type CellFilter,
  type PartyCellResult,
  type CellSort,
  type CellSortColumn,
} from "../model/cellRows";
import { useRovingFocus } from "./useRovingFocus";

/** Rows rendered at first; a large district file shows more on request instead of freezing. */
const PAGE_SIZE = 200;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { flexWrap: "wrap" },
  filterLabel: { whiteSpace: "nowrap" },
  scroller: { overflowX: "auto" },
  // Fluent's table lays columns out fixed: the narrow columns get widths, the Party cell the rest.
  table: { minWidth: "300px" },
  caption: {
    textAlign: "left",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cellColumn: { paddingLeft: "2px" },
  criterionColumn: { width: "28px", paddingLeft: 0, paddingRight: 0, textAlign: "center" },
  totalColumn: { width: "38px", paddingLeft: "2px", paddingRight: "4px" },
  resultColumn: { width: "64px", paddingLeft: "2px", paddingRight: 0 },
  cellIdentity: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    paddingTop: "2px",
    paddingBottom: "2px",
  },
  codeButton: {
    minWidth: 0,
    height: "auto",
    paddingLeft: "2px",
    paddingRight: "2px",
    fontWeight: tokens.fontWeightSemibold,
  },
  code: { fontWeight: tokens.fontWeightSemibold, paddingLeft: "2px" },
  name: {
    paddingLeft: "2px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  number: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  resultBadge: {
    whiteSpace: "normal",
    height: "auto",
    textAlign: "center",
    lineHeight: tokens.lineHeightBase100,
  },
  empty: { padding: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
});

const FILTERS: readonly CellFilter[] = ["all", "notFourGood", "errors"];

const FILTER_LABELS: Record<CellFilter, StringKey> = {
  all: "cellsFilterAll",
  notFourGood: "cellsFilterNotFourGood",
  errors: "cellsFilterErrors",
};

export function resultLabel(result: PartyCellResult, t: Translate): string {
  return result === "fourGood"
    ? t("resultFourGood")
    : result === "notFourGood"
      ? t("resultNotFourGood")
      : t("resultDataError");
}

function ResultBadge({ result, t }: { result: PartyCellResult; t: Translate }) {
  const styles = useStyles();
  const color = result === "fourGood" ? "success" : result === "notFourGood" ? "warning" : "danger";
  return (
    <Badge
      appearance="tint"
      color={color}
      shape="rounded"
      size="small"
      className={styles.resultBadge}
    >
      {resultLabel(result, t)}
    </Badge>
  );
}

function CriterionBadge({
  cell,
  criterion,
  t,
}: {
  cell: ReportPartyCell;
  criterion: CriterionId;
  t: Translate;
}) {
  const points = cell.scores?.[criterion];
  if (points === undefined)
    return <span aria-label={t("criterionNotScored", { criterion })}>—</span>;
  const good = !cell.failedCriteria.includes(criterion);
  return (
    <Badge
      appearance={good ? "tint" : "filled"}
      color={good ? "success" : "danger"}
      shape="rounded"
      size="small"
      aria-label={t(good ? "criterionGood" : "criterionNotGood", {
        criterion,
        points: formatCount(points, t.lang),
      })}
    >
      {formatCount(points, t.lang)}
    </Badge>
  );
}

export interface PartyCellsTableProps {
  t: Translate;
  cells: readonly ReportPartyCell[];
  criteria: readonly CriterionId[];
  filter: CellFilter;
  sort: CellSort;
  onFilterChange(filter: CellFilter): void;
  onSortChange(sort: CellSort): void;
  /** Opens the cell's row (its code cell) in the workbook; null when the code column is unknown. */
  onOpenCell: ((cell: ReportPartyCell) => void) | null;
  /** The table's caption: what it shows and what activating a code does. */
  caption: string;
}

export function PartyCellsTable(props: PartyCellsTableProps) {
  const { t } = props;
  const styles = useStyles();
  const counts = countByFilter(props.cells);
  const rows = filterAndSortCells(props.cells, props.filter, props.sort);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = rows.slice(0, limit);
  const roving = useRovingFocus(shown.length);

  const sortProps = (column: CellSortColumn) => ({
    sortDirection: props.sort.column === column ? props.sort.direction : undefined,
    onClick: () => props.onSortChange(nextCellSort(props.sort, column)),
  });

  return (
    <div className={styles.box}>
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
      <div className={styles.scroller}>
        <Table sortable size="extra-small" className={styles.table} data-testid="cells-table">
          <caption className={styles.caption}>{props.caption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell {...sortProps("code")} className={styles.cellColumn}>
                {t("cellsColumnCell")}
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
              <TableHeaderCell {...sortProps("result")} className={styles.resultColumn}>
                {t("cellsColumnResult")}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((cell, index) => (
              <TableRow key={`${cell.sheet}:${cell.row}`} data-code={cell.code}>
                <TableCell className={styles.cellColumn}>
                  <div className={styles.cellIdentity}>
                    {props.onOpenCell ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.codeButton}
                        onClick={() => props.onOpenCell?.(cell)}
                        aria-label={t("cellsOpenRow", { code: cell.code, row: cell.row })}
                        {...roving(index)}
                      >
                        {cell.code}
                      </Button>
                    ) : (
                      <span className={styles.code}>{cell.code}</span>
                    )}
                    <span className={styles.name}>{cell.name}</span>
                  </div>
                </TableCell>
                {props.criteria.map((criterion) => (
                  <TableCell key={criterion} className={styles.criterionColumn}>
                    <CriterionBadge cell={cell} criterion={criterion} t={t} />
                  </TableCell>
                ))}
                <TableCell
                  className={mergeClasses(styles.totalColumn, styles.number)}
                  data-testid="cell-total"
                >
                  {cell.total === null ? "—" : formatCount(cell.total, t.lang)}
                </TableCell>
                <TableCell className={styles.resultColumn}>
                  <ResultBadge result={cellResult(cell)} t={t} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <p className={styles.empty}>{t("cellsEmpty")}</p>}
      </div>
      {rows.length > shown.length && (
        <Button onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t("showMore", {
            shown: formatCount(shown.length, t.lang),
            total: formatCount(rows.length, t.lang),
          })}
        </Button>
      )}
    </div>
  );
}
