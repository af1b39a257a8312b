/**
 * One Tab stop for a group of controls (table rows, findings, view tabs): Tab enters the group,
 * arrow keys, Home and End move inside it. Small on purpose: Fluent's tabster-based arrow
 * navigation (and TabList, built on it) would cost about 20 KB gzip of the task pane's 150 KB.
 */
import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";

export interface RovingItemProps {
  tabIndex: number;
  ref: (element: HTMLElement | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

export interface RovingOptions {
  /** Up/Down for lists (default), Left/Right for a tab row. */
  orientation?: "vertical" | "horizontal";
  /** The item that holds the Tab stop until focus moves (e.g. the selected tab). */
  anchor?: number;
}

export function useRovingFocus(
  count: number,
  options: RovingOptions = {},
): (index: number) => RovingItemProps {
  const { orientation = "vertical", anchor } = options;
  const [active, setActive] = useState<number | null>(null);
  const elements = useRef<(HTMLElement | null)[]>([]);
  const chosen = active ?? anchor ?? 0;
  const current = count === 0 ? 0 : Math.min(chosen, count - 1);
  const next = orientation === "vertical" ? "ArrowDown" : "ArrowRight";
  const previous = orientation === "vertical" ? "ArrowUp" : "ArrowLeft";

  const move = useCallback(
    (to: number) => {
      if (count === 0) return;
      const target = Math.max(0, Math.min(count - 1, to));
      setActive(target);
      elements.current[target]?.focus();
    },
    [count],
  );

  return useCallback(
    (index: number): RovingItemProps => ({
      tabIndex: index === current ? 0 : -1,
      ref: (element) => {
        elements.current[index] = element;
      },
      onFocus: () => setActive(index),
      onKeyDown: (event) => {
        let to: number | null = null;
        if (event.key === next) to = index + 1;
        else if (event.key === previous) to = index - 1;
        else if (event.key === "Home") to = 0;
        else if (event.key === "End") to = count - 1;
        if (to === null) return;
        event.preventDefault();
        move(to);
      },
    }),
    [count, current, move, next, previous],
  );
}
