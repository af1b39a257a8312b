/**
 * The pane's messages: a host error (what went wrong and what to do), a confirmation, and the
 * banner that the data changed after scoring.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, Dismiss20Regular } from "@fluentui/react-icons";
import { formatCount, formatFileSize } from "../format/formatNumber";
import type { HostError } from "../../host";
import type { Translate } from "../i18n/translate";
import type { Notice } from "../state/taskpaneState";

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  body: { whiteSpace: "normal", wordBreak: "break-word" },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

function DismissButton({ t, onDismiss }: { t: Translate; onDismiss(): void }) {
  return (
    <Button
      appearance="transparent"
      size="small"
      icon={<Dismiss20Regular />}
      aria-label={t("dismiss")}
      onClick={onDismiss}
    />
  );
}

export function HostErrorBar({
  error,
  t,
  onDismiss,
}: {
  error: HostError;
  t: Translate;
  onDismiss(): void;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="host-error">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {error.messages[t.lang]}{" "}
        <span className={styles.code}>({t("errorCode", { code: error.code })})</span>
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton t={t} onDismiss={onDismiss} />} />
    </MessageBar>
  );
}

export function noticeText(notice: Notice, t: Translate): string {
  switch (notice.kind) {
    case "marksCleared":
      return notice.count === 0
        ? t("noticeNoMarks")
        : t("noticeMarksCleared", { count: formatCount(notice.count, t.lang) });
    case "downloaded":
      return t("noticeDownloaded", {
        fileName: notice.fileName,
        size: formatFileSize(notice.bytes, t.lang),
      });
  }
}

export function NoticeBar({
  notice,
  t,
  onDismiss,
}: {
  notice: Notice;
  t: Translate;
  onDismiss(): void;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline" className={styles.bar} data-testid="notice">
      <MessageBarBody className={styles.body}>{noticeText(notice, t)}</MessageBarBody>
      <MessageBarActions containerAction={<DismissButton t={t} onDismiss={onDismiss} />} />
    </MessageBar>
  );
}

export function ChangedBanner({
  t,
  canRescore,
  onRescore,
}: {
  t: Translate;
  canRescore: boolean;
  onRescore(): void;
}) {
  const styles = useStyles();
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      className={styles.bar}
      data-testid="changed-banner"
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("changedTitle")}</MessageBarTitle>
        {t("changedBody")}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          icon={<ArrowClockwise20Regular />}
          onClick={onRescore}
          disabledFocusable={!canRescore}
        >
          {t("changedRescore")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
