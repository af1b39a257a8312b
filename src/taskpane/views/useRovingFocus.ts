/**
 * One Tab stop for a group of controls (table rows, findings, view tabs): Tab enters the group,
 * arrow keys, Home and End move inside it, skipping items that are not shown (a tab moved into
 * the overflow menu). Small on purpose: Fluent's tabster-based arrow navigation (and TabList,
 * built on it) would cost about 20 KB gzip of the task pane's start-up budget.
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

function shown(element: HTMLElement | null | undefined): element is HTMLElement {
  return !!element && element.isConnected && element.getClientRects().length > 0;
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

  /** Moves to `to`, or the nearest shown item in the direction `step`. */
  const move = useCallback(
    (to: number, step: 1 | -1) => {
      for (let index = to; index >= 0 && index < count; index += step) {
        const element = elements.current[index];
        if (shown(element)) {
          setActive(index);
          element.focus();
          return;
        }
      }
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
        if (event.key === next) move(index + 1, 1);
        else if (event.key === previous) move(index - 1, -1);
        else if (event.key === "Home") move(0, 1);
        else if (event.key === "End") move(count - 1, -1);
        else return;
        event.preventDefault();
      },
    }),
    [count, current, move, next, previous],
  );
}
