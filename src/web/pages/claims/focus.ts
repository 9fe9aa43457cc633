import type { MouseEvent } from 'react';

/**
 * Follows an in-page link by moving focus (not only the scroll position) to its target, so that
 * keyboard and screen-reader users continue from there; the address is left as it is, since the
 * page's state lives in its query string.
 */
export function focusById(
  event: MouseEvent<HTMLAnchorElement>,
  id: string,
  block: ScrollLogicalPosition = 'start',
): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block });
  target.focus({ preventScroll: true });
}
