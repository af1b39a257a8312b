/**
 * A menu button whose menu (Fluent's Menu, ActionMenu.tsx) loads on demand: the button is there
 * at once; the menu's code is fetched as soon as the pointer or the focus reaches it (or when a
 * result is on its way, prefetchMenu), and a click before it arrives opens it on arrival.
 */
import { lazy, Suspense, useState } from "react";
import { MenuButton, type MenuAction, type MenuButtonLook } from "./MenuButton";

const loadActionMenu = () => import("./ActionMenu");

const LazyActionMenu = lazy(() =>
  loadActionMenu().then((module) => ({ default: module.ActionMenu })),
);

export function prefetchMenu(): void {
  void loadActionMenu().catch(() => undefined);
}

export function ActionMenuButton(props: MenuButtonLook & { actions: readonly MenuAction[] }) {
  const { actions, ...look } = props;
  const [wanted, setWanted] = useState<{ open: boolean; focus: boolean } | null>(null);
  const standIn = (
    <MenuButton
      {...look}
      expanded={false}
      onPointerEnter={() => setWanted((now) => now ?? { open: false, focus: false })}
      onFocus={() => setWanted((now) => now ?? { open: false, focus: true })}
      onClick={() => setWanted({ open: true, focus: true })}
    />
  );
  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <LazyActionMenu
        {...look}
        actions={actions}
        openOnMount={wanted.open}
        focusOnMount={wanted.focus}
      />
    </Suspense>
  );
}
