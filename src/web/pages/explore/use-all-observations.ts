import { useEffect, useState } from 'react';
import { getJson, type Query } from '../../api/client.ts';
import type { Loadable } from '../../api/use-api.ts';
import type { Observation, Paged } from '../../components/api-types.ts';

const PAGE = 1000;
/** Enough for every UNECE member over 35 years with room to spare; beyond it the view says so. */
const MAX_PAGES = 20;

export interface AllObservations {
  readonly rows: readonly Observation[];
  /** True when more rows matched than were fetched (MAX_PAGES pages). */
  readonly truncated: boolean;
}

/**
 * Every observation matching `query`, fetched page by page (1000 a page); null query = nothing to
 * fetch. Keeps the previous result while the next loads (`data`), as `useStaleApi` does.
 */
export function useAllObservations(query: Query | null): {
  readonly current: Loadable<AllObservations>;
  readonly data: AllObservations | undefined;
} {
  const key = query === null ? null : JSON.stringify(query);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string | null; value: Loadable<AllObservations> }>({
    key: null,
    value: { state: 'loading' },
  });
  const [last, setLast] = useState<AllObservations | undefined>(undefined);
  useEffect(() => {
    if (query === null) return undefined;
    const controller = new AbortController();
    fetchAll(query, controller.signal).then(
      (value) => setState({ key, value: withRetry(value, () => setAttempt((a) => a + 1)) }),
      () => undefined,
    );
    return () => controller.abort();
    // `key` stands for the query.
  }, [key, attempt]);
  const current: Loadable<AllObservations> = state.key === key ? state.value : { state: 'loading' };
  if (current.state === 'ready' && current.data !== last) setLast(current.data);
  return { current, data: current.state === 'ready' ? current.data : last };
}

type Fetched = { ok: true; data: AllObservations } | { ok: false; status: number; message: string };

function withRetry(r: Fetched, retry: () => void): Loadable<AllObservations> {
  return r.ok
    ? { state: 'ready', data: r.data }
    : { state: 'error', status: r.status, message: r.message, retry };
}

async function fetchAll(query: Query, signal: AbortSignal): Promise<Fetched> {
  const rows: Observation[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const r = await getJson<Paged<Observation>>(
      'observations',
      { ...query, limit: PAGE, offset: page * PAGE },
      signal,
    );
    if (!r.ok) return r;
    rows.push(...r.data.items);
    if (rows.length >= r.data.total || r.data.items.length === 0)
      return { ok: true, data: { rows, truncated: false } };
  }
  return { ok: true, data: { rows, truncated: true } };
}
