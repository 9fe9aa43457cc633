import { useCallback, useEffect, useState } from 'react';
import { getJson, type Query } from '../api/client.ts';
import type { Loadable } from '../api/use-api.ts';
import { useSession } from './SessionProvider.tsx';

/**
 * `useApi` for answers that depend on who asks (reports, trackers, comments): refetches when the
 * actor changes, never reuses a copy the browser kept from before a sign-in, waits until the session
 * is known, and `reload()` (after a write) keeps the last answer on screen while the new one loads.
 */
export function useSessionApi<T>(path: string | null, query: Query = {}): [Loadable<T>, () => void] {
  const session = useSession();
  const key =
    path === null || session.state === 'loading' ? null : `${session.key}|${path}|${JSON.stringify(query)}`;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string | null; value: Loadable<T> }>({
    key: null,
    value: { state: 'loading' },
  });
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  useEffect(() => {
    if (key === null || path === null) return undefined;
    const controller = new AbortController();
    getJson<T>(path, query, controller.signal, { cache: 'no-cache' }).then(
      (r) =>
        setResult({
          key,
          value: r.ok
            ? { state: 'ready', data: r.data }
            : { state: 'error', status: r.status, message: r.message, retry: reload },
        }),
      () => undefined,
    );
    return () => controller.abort();
    // The key captures path, query and actor.
  }, [key, attempt]);
  return [result.key === key ? result.value : { state: 'loading' }, reload];
}
