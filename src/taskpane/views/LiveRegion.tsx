/** A polite live region: screen readers hear progress and outcomes without moving focus. */
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function LiveRegion({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div
      className={styles.visuallyHidden}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {text}
    </div>
  );
}
