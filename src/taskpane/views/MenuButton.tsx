/**
 * The "…" button that opens a menu of secondary actions. Part of the start-up code: it is shown
 * at once, and stands in for the menu (lazyMenu.tsx) until Fluent's Menu has loaded.
 */
import { Button } from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import type { ReactElement, Ref } from "react";

export interface MenuAction {
  id: string;
  label: string;
  icon?: ReactElement;
  onClick(): void;
  disabled?: boolean;
}

export interface MenuButtonLook {
  /** The accessible name ("Thao tác khác"). */
  label: string;
  /** Visible text beside the icon; none: an icon button. */
  text?: string;
  testId?: string;
}

export function MenuButton(
  props: MenuButtonLook & {
    ref?: Ref<HTMLButtonElement>;
    expanded: boolean;
    onClick?: () => void;
  },
) {
  const { label, text, testId, expanded, ref, ...handlers } = props;
  return (
    <Button
      ref={ref}
      appearance="subtle"
      icon={<MoreHorizontal20Regular />}
      aria-label={text ? undefined : label}
      title={label}
      aria-haspopup="menu"
      aria-expanded={expanded}
      data-testid={testId}
      {...handlers}
    >
      {text}
    </Button>
  );
}
