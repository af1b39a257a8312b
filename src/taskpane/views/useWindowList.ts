/**
 * A long list (thousands of findings or Party cells) rendered a screenful at a time with
 * TanStack Virtual, scrolled by the page itself under the pane's sticky header. Rows are measured
 * as they render (a row grows when its detail opens); a row that grows or shrinks never moves the
 * rows on screen: the scroll position is corrected for rows wholly above the viewport, and for
 * every row above the chosen one (`anchor`), so that the row just clicked stays under the pointer
 * when the detail of a row above it closes.
 */
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";

export function useWindowList(
  count: number,
  estimateSize: (index: number) => number,
  /** The row whose place on screen is kept (the chosen one), if any. */
  anchor: number | null = null,
) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    overscan: 6,
    scrollMargin,
    scrollPaddingStart: headerHeight(),
  });
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    item.end < (instance.scrollOffset ?? 0) ||
    (anchorRef.current !== null && item.index < anchorRef.current);

  /** Focuses a row once it is rendered (after scrolling to it). */
  const pendingFocus = useRef<number | null>(null);
  const focusRow = useCallback(
    (index: number) => {
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: "auto" });
      requestAnimationFrame(() => focusPending(listRef.current, pendingFocus));
    },
    [virtualizer],
  );
  useLayoutEffect(() => focusPending(listRef.current, pendingFocus));

  return { listRef, virtualizer, scrollMargin, focusRow };
}

function focusPending(list: HTMLElement | null, pending: { current: number | null }): void {
  if (pending.current === null || !list) return;
  const target = list.querySelector<HTMLElement>(`[data-row="${pending.current}"] [data-focus-target]`);
  if (!target) return;
  pending.current = null;
  target.focus({ preventScroll: false });
}

/** The sticky header's height: rows scrolled to must not end up under it. */
function headerHeight(): number {
  return document.querySelector<HTMLElement>('[data-testid="app-header"]')?.offsetHeight ?? 0;
}
