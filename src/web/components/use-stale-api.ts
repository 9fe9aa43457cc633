import { useState } from 'react';
import type { Query } from '../api/client.ts';
import { useApi, type Loadable } from '../api/use-api.ts';

/**
 * `useApi` that keeps showing the last result while the next one loads: controls such as a year
 * slider stay mounted (and keep keyboard focus) when the query they drive changes. `data` is the
 * newest ready value (undefined before the first), `current` the live request.
 */
export function useStaleApi<T>(
  path: string | null,
  query: Query = {},
): { readonly current: Loadable<T>; readonly data: T | undefined; readonly updating: boolean } {
  const current = useApi<T>(path, query);
  const [last, setLast] = useState<T | undefined>(undefined);
  // Storing a value derived from the previous render: React's documented pattern, no effect needed.
  if (current.state === 'ready' && current.data !== last) setLast(current.data);
  const data = current.state === 'ready' ? current.data : last;
  return { current, data, updating: current.state === 'loading' && last !== undefined };
}
