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
import { Dismiss20Regular } from "@fluentui/react-icons";
import { formatCount, formatFileSize } from "../format/formatNumber";
import type { StringKey, Translate } from "../i18n/translate";
import type { FailedAction, Failure, Notice } from "../state/taskpaneState";

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  body: { whiteSpace: "normal", wordBreak: "break-word" },
  // The title on a line of its own: what failed, then what to do.
  title: { display: "block" },
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

const ERROR_TITLES: Record<FailedAction, StringKey> = {
  starting: "errorTitleStarting",
  opening: "errorTitleOpening",
  scoring: "errorTitleScoring",
  clearing: "errorTitleClearing",
  downloading: "errorTitleDownloading",
  selecting: "errorTitleSelecting",
};

/** What failed, in a few words: "Không mở được tệp “danh-sach.xlsx”", "Chưa chấm điểm được". */
export function failureTitle(failure: Failure, t: Translate): string {
  return t(ERROR_TITLES[failure.during], { fileName: failure.fileName ?? "" });
}

export function HostErrorBar({
  failure,
  t,
  onDismiss,
}: {
  failure: Failure;
  t: Translate;
  onDismiss(): void;
}) {
  const styles = useStyles();
  const error = failure.error;
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="host-error">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle className={styles.title}>{failureTitle(failure, t)}</MessageBarTitle>
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
    case "openCancelled":
      return t("openCancelled", { fileName: notice.fileName });
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
    <MessageBar
      intent={notice.kind === "openCancelled" ? "info" : "success"}
      layout="multiline"
      className={styles.bar}
      data-testid="notice"
    >
      <MessageBarBody className={styles.body}>{noticeText(notice, t)}</MessageBarBody>
      <MessageBarActions containerAction={<DismissButton t={t} onDismiss={onDismiss} />} />
    </MessageBar>
  );
}

/** The data changed after scoring: the header's primary action is now "Chấm lại". */
export function ChangedBanner({ t }: { t: Translate }) {
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
    </MessageBar>
  );
}
