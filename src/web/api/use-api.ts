import { useEffect, useState } from 'react';
import { getJson, type Query } from './client.ts';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'error'; status: number; message: string; retry: () => void }
  | { state: 'ready'; data: T };

/** Fetches `/api/<path>` whenever the path or query changes; cancels the previous request. */
export function useApi<T>(path: string | null, query: Query = {}): Loadable<T> {
  const key = path === null ? null : `${path}|${JSON.stringify(query)}`;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string | null; value: Loadable<T> }>({
    key: null,
    value: { state: 'loading' },
  });
  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    getJson<T>(path, query, controller.signal).then(
      (r) =>
        setResult({
          key,
          value: r.ok
            ? { state: 'ready', data: r.data }
            : { state: 'error', status: r.status, message: r.message, retry: () => setAttempt((a) => a + 1) },
        }),
      () => undefined,
    );
    return () => controller.abort();
    // The key captures path and query, so they are not listed.
  }, [key, attempt]);
  return result.key === key ? result.value : { state: 'loading' };
}
