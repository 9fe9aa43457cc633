import type { ReactNode } from 'react';

/**
 * A horizontally scrollable box for a wide table. It is focusable and named, so keyboard users can
 * scroll it with the arrow keys (axe's `scrollable-region-focusable`). Used by the country and
 * compare pages.
 */
export function ScrollBox(props: { label: string; children: ReactNode }): ReactNode {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={props.label}>
      {props.children}
    </div>
  );
}
