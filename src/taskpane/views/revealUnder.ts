/**
 * Shows a detail that just opened under the item it belongs to (a finding, a Party cell's row):
 * the page scrolls only when the detail reaches below the window, only as far as needed, and
 * never so far that the item itself goes under the sticky header. The item stays under the
 * pointer whenever the detail fits below it.
 */
export function revealUnder(detail: HTMLElement, item: Element | null): void {
  const below = detail.getBoundingClientRect().bottom - window.innerHeight;
  if (below <= 0) return;
  const header = document.querySelector('[data-testid="app-header"]');
  const headerBottom = header ? header.getBoundingClientRect().bottom : 0;
  const gap = 8;
  const room = (item ?? detail).getBoundingClientRect().top - headerBottom - gap;
  const by = Math.min(below + gap, room);
  if (by > 0) window.scrollBy({ top: by });
}
