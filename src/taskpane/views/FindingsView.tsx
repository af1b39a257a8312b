/**
 * Every finding, grouped by Party cell or by rule, each with its severity colour, rule code,
 * sheet!cell and message. Activating a finding (click, Enter or Space) selects its cell.
 */
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { FINDING_CATALOG, type DetailedFinding, type ReportPartyCell } from "../../core";
import { formatCount } from "../format/formatNumber";
import type { Translate } from "../i18n/translate";
import { groupFindings, type FindingGroup, type FindingGrouping } from "../model/findingGroups";
import { SeverityBadge } from "./SeverityBadge";
import { SEVERITY_ORDER, legendEntry } from "./severityLegend";
import { useRovingFocus, type RovingItemProps } from "./useRovingFocus";

/** Findings rendered at first; thousands of findings render on request, page by page. */
const PAGE_SIZE = 300;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grouping: { flexWrap: "wrap" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  groupHeading: {
    margin: 0,
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
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
  },
  findingTop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  address: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { whiteSpace: "normal", wordBreak: "break-word", fontSize: tokens.fontSizeBase300 },
  none: { color: tokens.colorNeutralForeground2 },
});

export function findingAddress(finding: { sheet: string; cell: string }): string {
  return `${finding.sheet}!${finding.cell}`;
}

function groupTitle(group: FindingGroup, t: Translate): string {
  const subject = group.subject;
  switch (subject.kind) {
    case "cell":
      return subject.name ? `${subject.code} · ${subject.name}` : subject.code;
    case "sheet":
      return t("findingsGroupSheet", { sheet: subject.sheet });
    case "rule":
      return `${subject.rule} · ${FINDING_CATALOG[subject.rule].title[t.lang]}`;
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

function FindingItem(props: {
  finding: DetailedFinding;
  t: Translate;
  roving: RovingItemProps;
  onSelect(finding: DetailedFinding): void;
}) {
  const { finding, t } = props;
  const styles = useStyles();
  const message = finding.messages[t.lang];
  const address = findingAddress(finding);
  const severityLabel = legendEntry(finding.severity).label[t.lang];
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.finding}
        style={{ borderLeftColor: legendEntry(finding.severity).colour.font }}
        onClick={() => props.onSelect(finding)}
        aria-label={t("findingLabel", {
          severity: severityLabel,
          rule: finding.rule,
          address,
          message,
        })}
        data-testid="finding"
        data-severity={finding.severity}
        data-rule={finding.rule}
        data-sheet={finding.sheet}
        data-cell={finding.cell}
        {...props.roving}
      >
        <span className={styles.findingTop}>
          <SeverityBadge severity={finding.severity} t={t} />
          <span className={styles.rule}>{finding.rule}</span>
          <span className={styles.address}>{address}</span>
        </span>
        <span className={styles.message}>{message}</span>
      </Button>
    </li>
  );
}

export interface FindingsViewProps {
  t: Translate;
  findings: readonly DetailedFinding[];
  cells: readonly ReportPartyCell[];
  grouping: FindingGrouping;
  onGroupingChange(grouping: FindingGrouping): void;
  onSelect(finding: DetailedFinding): void;
}

export function FindingsView(props: FindingsViewProps) {
  const { t } = props;
  const styles = useStyles();
  const idPrefix = useId();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const groups = groupFindings(props.findings, props.cells, props.grouping);

  // Cut the groups down to the first `limit` findings, keeping the group headings.
  let remaining = limit;
  const shownGroups: FindingGroup[] = [];
  for (const group of groups) {
    if (remaining <= 0) break;
    const findings = group.findings.slice(0, remaining);
    remaining -= findings.length;
    shownGroups.push({ ...group, findings });
  }
  const shownCount = Math.min(limit, props.findings.length);
  const roving = useRovingFocus(shownCount);
  let itemIndex = 0;

  return (
    <div className={styles.box} data-testid="findings-view">
      <RadioGroup
        layout="horizontal"
        className={styles.grouping}
        value={props.grouping}
        onChange={(_, data) => props.onGroupingChange(data.value as FindingGrouping)}
        aria-label={t("findingsGroupingLabel")}
      >
        <Radio value="cell" label={t("findingsByCell")} />
        <Radio value="rule" label={t("findingsByRule")} />
      </RadioGroup>
      {props.findings.length === 0 && <Text className={styles.none}>{t("findingsNone")}</Text>}
      {shownGroups.map((group, groupIndex) => (
        <section
          key={group.id}
          className={styles.group}
          aria-labelledby={`${idPrefix}-${groupIndex}`}
        >
          <h3 id={`${idPrefix}-${groupIndex}`} className={styles.groupHeading}>
            <span>{groupTitle(group, t)}</span>
            <span className={styles.groupCounts}>{groupCountsText(group, t)}</span>
          </h3>
          <ul className={styles.list}>
            {group.findings.map((finding) => {
              const index = itemIndex++;
              return (
                <FindingItem
                  key={`${finding.sheet}!${finding.cell}:${finding.rule}:${index}`}
                  finding={finding}
                  t={t}
                  roving={roving(index)}
                  onSelect={props.onSelect}
                />
              );
            })}
          </ul>
        </section>
      ))}
      {props.findings.length > shownCount && (
        <Button onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t("showMore", {
            shown: formatCount(shownCount, t.lang),
            total: formatCount(props.findings.length, t.lang),
          })}
        </Button>
      )}
    </div>
  );
}
