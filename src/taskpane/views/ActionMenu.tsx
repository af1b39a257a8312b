/**
 * A Fluent menu of secondary actions behind a "…" button: the header's overflow and the view
 * tabs that do not fit. Loaded on demand (lazyMenu.tsx): Fluent's Menu brings its positioning
 * and focus management, which the pane Excel opens cannot afford in its start-up budget.
 */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { MenuButton, type MenuAction, type MenuButtonLook } from "./MenuButton";

export interface ActionMenuProps extends MenuButtonLook {
  actions: readonly MenuAction[];
  /** The clerk asked for the menu before this code was loaded: open at once. */
  openOnMount: boolean;
  /** The stand-in button had the focus: give it to the real one. */
  focusOnMount: boolean;
}

export function ActionMenu({ actions, openOnMount, focusOnMount, ...look }: ActionMenuProps) {
  const [open, setOpen] = useState(openOnMount);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount || openOnMount) trigger.current?.focus();
    // Once, when the code arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Menu
      open={open}
      onOpenChange={(_, data) => setOpen(data.open)}
      positioning={{ position: "below", align: "end" }}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton {...look} ref={trigger} expanded={open} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map((action) => (
            <MenuItem
              key={action.id}
              icon={action.icon}
              disabled={action.disabled}
              onClick={action.onClick}
              data-testid={`menu-${action.id}`}
            >
              {action.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
