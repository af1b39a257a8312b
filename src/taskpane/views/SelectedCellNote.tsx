/**
 * Outside Excel (the preview) a finding cannot select its cell, so the pane shows which cell it
 * is and what it holds.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import type { Translate } from "../i18n/translate";
import type { CellSelection } from "../state/taskpaneState";

const useStyles = makeStyles({
  body: { whiteSpace: "normal", wordBreak: "break-word" },
});

export function SelectedCellNote({ selection, t }: { selection: CellSelection; t: Translate }) {
  const styles = useStyles();
  const address = `${selection.sheet}!${selection.cell}`;
  const value =
    selection.value === null
      ? t("selectedCellUnknown")
      : selection.value === ""
        ? t("selectedCellEmpty")
        : `«${selection.value}»`;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="selected-cell">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("selectedCellTitle", { address })}</MessageBarTitle>
        {t("selectedCellValue", { value })}
      </MessageBarBody>
    </MessageBar>
  );
}
