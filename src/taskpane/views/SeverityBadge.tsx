/** A finding's severity in the colours of its mark in the workbook. */
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core";
import type { Translate } from "../i18n/translate";
import { legendEntry } from "./severityLegend";

export function SeverityBadge({ severity, t }: { severity: Severity; t: Translate }) {
  const entry = legendEntry(severity);
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      size="medium"
      style={{
        backgroundColor: entry.colour.fill,
        color: entry.colour.font,
        borderColor: entry.colour.font,
      }}
    >
      {entry.label[t.lang]}
    </Badge>
  );
}
