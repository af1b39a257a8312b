/**
 * A menu button whose menu (Fluent's Menu, ActionMenu.tsx) loads on demand: the button is there
 * at once; the menu's code is fetched on the first click (or earlier, when a result is on its way:
 * prefetchMenu) and the menu opens when it arrives. The swap happens in a transition, so the
 * button stays on screen meanwhile, and after the click, so no click is lost; the real button
 * takes the focus over.
 */
import { lazy, startTransition, Suspense, useState } from "react";
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
  const [wanted, setWanted] = useState(false);
  const standIn = (
    <MenuButton {...look} expanded={false} onClick={() => startTransition(() => setWanted(true))} />
  );
  return (
    <Suspense fallback={standIn}>
      {wanted ? <LazyActionMenu {...look} actions={actions} openOnMount focusOnMount /> : standIn}
    </Suspense>
  );
}
